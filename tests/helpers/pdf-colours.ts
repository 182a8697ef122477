/**
 * The colours a PDF paints with: the fill colour in force at every text-showing operator, and the
 * colour and area of every filled rectangle. Reads Chromium's PDFs (Flate-compressed content streams
 * with rg/g fill colours); enough to tell whether a sheet is dark text on white.
 */
import zlib from 'node:zlib';

export interface PdfColours {
	/** The fill colour (r, g, b in 0–1) of each text-showing operator. */
	text: Array<[number, number, number]>;
	/** Filled rectangles: colour and area (in PDF units², 1/72 inch). */
	fills: Array<{ rgb: [number, number, number]; area: number }>;
}

const TOKEN = /\((?:\\.|[^\\)])*\)|<[0-9a-fA-F\s]*>|\/[^\s/[\]<>()]+|\[|\]|[-+]?(?:\d+\.?\d*|\.\d+)|[A-Za-z'"*]+/g;

export function pdfColours(pdf: Buffer): PdfColours {
	const out: PdfColours = { text: [], fills: [] };
	const raw = pdf.toString('latin1');
	const streams = /stream\r?\n/g;
	for (let m = streams.exec(raw); m; m = streams.exec(raw)) {
		const start = m.index + m[0].length;
		const end = raw.indexOf('endstream', start);
		if (end < 0) break;
		let content: string;
		try {
			content = zlib.inflateSync(pdf.subarray(start, end)).toString('latin1');
		} catch {
			continue; // not Flate (images, fonts): nothing to read
		}
		if (!/\b(BT|re)\b/.test(content)) continue;
		let fill: [number, number, number] = [0, 0, 0];
		const stack: Array<[number, number, number]> = [];
		const nums: number[] = [];
		let rectArea = 0;
		for (const t of content.match(TOKEN) ?? []) {
			if (/^[-+.\d]/.test(t)) {
				nums.push(Number(t));
				continue;
			}
			switch (t) {
				case 'q':
					stack.push(fill);
					break;
				case 'Q':
					fill = stack.pop() ?? fill;
					break;
				case 'rg':
					fill = nums.slice(-3) as [number, number, number];
					break;
				case 'g': {
					const v = nums[nums.length - 1] ?? 0;
					fill = [v, v, v];
					break;
				}
				case 're': {
					const [, , w = 0, h = 0] = nums.slice(-4);
					rectArea += Math.abs(w * h);
					break;
				}
				case 'f':
				case 'F':
				case 'f*':
					if (rectArea > 0) out.fills.push({ rgb: fill, area: rectArea });
					rectArea = 0;
					break;
				case 'n':
				case 'S':
				case 'W':
					rectArea = 0;
					break;
				case 'Tj':
				case 'TJ':
				case "'":
				case '"':
					out.text.push(fill);
					break;
			}
			if (!/^[[\]]$/.test(t) && !t.startsWith('(') && !t.startsWith('<') && !t.startsWith('/')) nums.length = 0;
		}
	}
	return out;
}

/** Relative luminance (WCAG) of an sRGB colour with components in 0–1. */
export function luminance([r, g, b]: [number, number, number]): number {
	const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
