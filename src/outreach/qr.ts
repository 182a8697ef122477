/**
 * QR codes as inline SVG with the `qrcode` library: made at build time when the public origin is known,
 * and in the browser (src/scripts/qr-draw.ts, loaded only when a code is needed) when it is not. No
 * runtime service, no image request. The SVG carries its accessible name and the URL it encodes.
 */
import QRCode from 'qrcode';
import { escapeAttribute } from '../common/html.ts';

/**
 * An SVG QR code of `text`, made synchronously (the browser draws codes inside `beforeprint`, which
 * cannot wait). Error correction M survives a crease or a smudge on paper; the quiet zone of four
 * modules is what the standard asks for. The markup has no style attributes (strict CSP).
 */
export function qrSvgSync(text: string, label: string): string {
	let svg = '';
	// With a callback, qrcode renders synchronously and calls back before returning.
	QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000ff', light: '#ffffffff' } }, (error, out) => {
		if (error) throw error;
		svg = out;
	});
	if (!svg.startsWith('<svg ')) throw new Error('qrcode did not return an SVG');
	return svg.trim().replace('<svg ', `<svg class="qr" role="img" aria-label="${escapeAttribute(label)}" data-qr="${escapeAttribute(text)}" `);
}

/** The same, for build-time callers. */
export async function qrSvg(text: string, label: string): Promise<string> {
	return qrSvgSync(text, label);
}
