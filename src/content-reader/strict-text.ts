/**
 * Strict decoding of content files. Node's `readFileSync(file, 'utf8')` turns every invalid byte into
 * U+FFFD without a word, and the build would publish it; here a file must be valid UTF-8, without a
 * byte-order mark, and free of control characters (tab, line feed and carriage return aside), or it is
 * refused with the line and column of the first fault.
 */

export type Decoded = { text: string } | { line: number; column: number; message: string };

/** Control characters no content file has reason to hold (C0 but tab/LF/CR, DEL, C1), and U+FFFD. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/;

function describe(ch: string): string {
	if (ch === '\uFFFD') return 'the replacement character U+FFFD (a sign of an earlier bad conversion)';
	return `the control character U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Line and column (1-based; the column counts characters) of a position in a text. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
	const before = text.slice(0, index);
	const line = before.split('\n').length;
	const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
	return { line, column };
}

/** Length of the valid UTF-8 prefix of a buffer (the whole length when it is all valid). */
function validPrefix(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		let n: number;
		let min: number;
		if (b < 0x80) {
			i++;
			continue;
		} else if (b >= 0xc2 && b <= 0xdf) [n, min] = [1, 0x80];
		else if (b >= 0xe0 && b <= 0xef) [n, min] = [2, 0x800];
		else if (b >= 0xf0 && b <= 0xf4) [n, min] = [3, 0x10000];
		else return i;
		let cp = b & (0x3f >> n);
		for (let k = 1; k <= n; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (c & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
		i += n + 1;
	}
	return i;
}

/** Decodes a content file strictly (see the module comment). */
export function decodeStrict(bytes: Uint8Array): Decoded {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return { line: 1, column: 1, message: 'starts with a byte-order mark (BOM): save it as UTF-8 without BOM' };
	}
	const valid = validPrefix(bytes);
	if (valid < bytes.length) {
		const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, valid));
		const at = lineColumn(prefix, prefix.length);
		return { ...at, message: `is not valid UTF-8 (byte 0x${bytes[valid]!.toString(16).toUpperCase().padStart(2, '0')}): save it as UTF-8` };
	}
	const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	const bad = FORBIDDEN.exec(text) ?? /\uFEFF/.exec(text);
	if (bad) {
		const at = lineColumn(text, bad.index);
		const what = bad[0] === '\uFEFF' ? 'a byte-order mark (U+FEFF) inside the text' : describe(bad[0]);
		return { ...at, message: `holds ${what}` };
	}
	return { text };
}
