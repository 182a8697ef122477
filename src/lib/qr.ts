/**
 * QR codes as inline SVG, made at build time with the `qrcode` library: no runtime service, no
 * image request. The SVG carries its accessible name (the URL it encodes).
 */
import QRCode from 'qrcode';
import { escapeAttribute } from './html.ts';

/**
 * An SVG QR code of `text`. Error correction M survives a crease or a smudge on paper; the quiet zone
 * of four modules is what the standard asks for. The markup has no style attributes (strict CSP).
 */
export async function qrSvg(text: string, label: string): Promise<string> {
	const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000ff', light: '#ffffffff' } });
	if (!svg.startsWith('<svg ')) throw new Error('qrcode did not return an SVG');
	return svg.trim().replace('<svg ', `<svg class="qr" role="img" aria-label="${escapeAttribute(label)}" data-qr="${escapeAttribute(text)}" `);
}
