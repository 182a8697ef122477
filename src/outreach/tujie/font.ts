/**
 * The CJK font the images are drawn with: Noto Sans SC from @fontsource/noto-sans-sc (an npm package,
 * so the build needs no network). The package splits the font into ~100 WOFF files by unicode-range;
 * only the files holding characters an image uses are read, which keeps font loading fast.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

export interface ImageFont {
	name: string;
	data: Buffer;
	weight: 400 | 700;
	style: 'normal';
}

export const FONT_FAMILY = 'Noto Sans SC';
const weights = [400, 700] as const;

const require = createRequire(import.meta.url);

/** The package folder, found through Node's resolution (works from the project and from tests). */
function packageDir(): string {
	return path.dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
}

/** Parses a unicode-range list ("U+4e00-4e0f,U+3000") into [from, to] code point pairs. */
export function parseUnicodeRange(range: string): Array<[number, number]> {
	return range.split(',').map((part) => {
		const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
		const from = parseInt(a!, 16);
		return [from, b ? parseInt(b, 16) : from];
	});
}

interface Subset {
	/** The file-name key: "5" for "[5]", "latin" for "latin". */
	key: string;
	ranges: Array<[number, number]>;
}

let subsets: Subset[] | undefined;
function readSubsets(): Subset[] {
	if (subsets) return subsets;
	const map = JSON.parse(fs.readFileSync(path.join(packageDir(), 'unicode.json'), 'utf8')) as Record<string, string>;
	subsets = Object.entries(map).map(([key, range]) => ({ key: key.replace(/^\[(.*)\]$/, '$1'), ranges: parseUnicodeRange(range) }));
	return subsets;
}

/** The subset keys needed to draw every character of `text`, in the package's order. */
export function subsetsFor(text: string): string[] {
	const codes = new Set([...text].map((ch) => ch.codePointAt(0)!));
	return readSubsets()
		.filter((s) => [...codes].some((c) => s.ranges.some(([from, to]) => c >= from && c <= to)))
		.map((s) => s.key);
}

const files = new Map<string, Buffer>();

/** Satori font entries (regular and bold) covering every character of `text`. */
export function fontsFor(text: string): ImageFont[] {
	const dir = path.join(packageDir(), 'files');
	const out: ImageFont[] = [];
	for (const key of subsetsFor(text)) {
		for (const weight of weights) {
			const file = path.join(dir, `noto-sans-sc-${key}-${weight}-normal.woff`);
			let data = files.get(file);
			if (!data) {
				data = fs.readFileSync(file);
				files.set(file, data);
			}
			// Satori picks one font per name and weight and falls back across names, so each subset
			// file gets a name of its own: a character missing from one is found in another.
			out.push({ name: `${FONT_FAMILY} ${key}`, data, weight, style: 'normal' });
		}
	}
	return out;
}
