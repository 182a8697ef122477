/** Formatting of the benchmark's figures: every figure as "this site / Starlight (ratio)". */
import { KB } from './templates.ts';

export function kb(bytes: number): string {
	if (bytes === 0) return '0 KB';
	if (bytes >= 1024 * KB) return `${(bytes / (1024 * KB)).toFixed(2)} MB`;
	return `${(bytes / KB).toFixed(bytes < 10 * KB ? 2 : 1)} KB`;
}

export function ms(v: number): string {
	return v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`;
}

export function seconds(v: number): string {
	return `${(v / 1000).toFixed(1)} s`;
}

export const count = (v: number): string => String(Math.round(v * 10) / 10);
export const cls = (v: number): string => (v === 0 ? '0' : v.toFixed(4));

/** this / other (ratio), with "—" where the other side has no such page. */
export function pair(ours: number | undefined, theirs: number | undefined, format: (v: number) => string): string {
	if (ours === undefined) return 'n/a';
	if (theirs === undefined) return `${format(ours)} / —`;
	return `${format(ours)} / ${format(theirs)} (${ratio(ours, theirs)})`;
}

export function ratio(ours: number, theirs: number): string {
	if (theirs === 0) return ours === 0 ? '=' : '—';
	const r = ours / theirs;
	if (r === 0) return '0×';
	return `${r < 0.095 ? r.toFixed(3) : r.toFixed(2)}×`;
}

/** Pads a row of cells to the given widths (CJK characters count as two columns). */
export function row(cells: string[], widths: number[]): string {
	return cells
		.map((c, i) => (i < widths.length ? c + ' '.repeat(Math.max(1, widths[i]! - displayWidth(c))) : c))
		.join('')
		.trimEnd();
}

function displayWidth(s: string): number {
	let w = 0;
	for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
	return w;
}
