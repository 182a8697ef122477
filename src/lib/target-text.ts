/**
 * Checks a target against the official sentence it cites. Spaces are ignored throughout (the text
 * writes both "到 2023 年" and "到2023年"); everything else must match character for character.
 * Used by the build (src/lib/load-targets.ts) and by the unit tests.
 */
import type { Comparator, TargetInput } from '../schemas/target.ts';

/** The text without whitespace. */
export function squash(s: string): string {
	return s.replace(/\s+/g, '');
}

/** Half-width punctuation as the annex sometimes types it, mapped to the full-width forms of the body. */
export function fullWidthPunctuation(s: string): string {
	return s.replace(/,/g, '，').replace(/;/g, '；').replace(/:/g, '：').replace(/\(/g, '（').replace(/\)/g, '）');
}

/** Every start position of `needle` in `hay`. */
export function occurrences(hay: string, needle: string): number[] {
	const out: number[] = [];
	if (!needle) return out;
	for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
	return out;
}

/** Bounds [start, end) of the sentence (ended by 。) around position `pos` of `text`. */
export function sentenceBounds(text: string, pos: number): [number, number] {
	const start = text.lastIndexOf('。', pos - 1) + 1;
	const stop = text.indexOf('。', pos);
	return [start, stop < 0 ? text.length : stop + 1];
}

/** A year the text names, as 2023年 (spaces removed), with what follows it. */
export interface YearMention {
	year: number;
	/** Position in the squashed text. */
	index: number;
	/** The mention, e.g. 2022年上半年. */
	text: string;
	firstHalf: boolean;
}

/** Every year mention (four digits followed by 年) in a squashed text. */
export function yearMentions(squashed: string): YearMention[] {
	return [...squashed.matchAll(/(?<![\d.])(\d{4})年(上半年)?/g)].map((m) => ({ year: Number(m[1]), index: m.index, text: m[0], firstHalf: Boolean(m[2]) }));
}

/**
 * The year that governs a stretch of a sentence: the last year the sentence names before the end of
 * the stretch. "到 2023 年，A，B" sets 2023 for A and B; "2021 年 A；2023 年前 B" sets 2021 for A and 2023 for B.
 */
export function governingYear(squashedSentence: string, stretchEnd: number): YearMention | undefined {
	return yearMentions(squashedSentence)
		.filter((m) => m.index < stretchEnd)
		.at(-1);
}

/** Where a quote is in a clause's text. */
export interface QuoteLocation {
	/** The clause text without spaces. */
	squashed: string;
	/** How often the quote occurs (it must occur once). */
	count: number;
	/** Position of the quote in `squashed` (first occurrence). */
	start: number;
	/** The sentence holding the quote, without spaces, and the quote's position within it. */
	sentence: string;
	inSentence: number;
}

export function locateQuote(clauseText: string, quote: string): QuoteLocation | undefined {
	const squashed = squash(clauseText);
	const q = squash(quote);
	const found = occurrences(squashed, q);
	if (found.length === 0) return undefined;
	const start = found[0]!;
	const [s, e] = sentenceBounds(squashed, start);
	return { squashed, count: found.length, start, sentence: squashed.slice(s, e), inSentence: start - s };
}

/**
 * The sentence of `text` that holds `quote`, exactly as the text writes it (spaces kept), for display.
 * Also returns the quote's bounds within that sentence, so a page can mark it.
 */
export function officialSentence(text: string, quote: string): { sentence: string; mark: [number, number] } | undefined {
	// Map each non-space character to its position in the original text.
	const positions: number[] = [];
	let squashed = '';
	for (let i = 0; i < text.length; i++) {
		if (/\s/.test(text[i]!)) continue;
		positions.push(i);
		squashed += text[i];
	}
	const q = squash(quote);
	const at = squashed.indexOf(q);
	if (at < 0 || q.length === 0) return undefined;
	const [s, e] = sentenceBounds(squashed, at);
	const from = positions[s]!;
	const to = positions[e - 1]! + 1;
	return { sentence: text.slice(from, to), mark: [positions[at]! - from, positions[at + q.length - 1]! + 1 - from] };
}

/** Whether every part of a title (parts joined by ……) occurs in the squashed text, in order. */
export function titleInText(title: string, squashedText: string): boolean {
	let from = 0;
	for (const part of title.split('……').map(squash)) {
		if (!part) return false;
		const at = squashedText.indexOf(part, from);
		if (at < 0) return false;
		from = at + part.length;
	}
	return true;
}

/** How the figure is written in the text: 500家, 12%, 1—2条. */
export function figureToken(t: Pick<TargetInput, 'value' | 'valueMax' | 'unit' | 'comparator'>): string | undefined {
	if (t.value === null || t.unit === null) return undefined;
	const n = t.comparator === 'range' && t.valueMax !== undefined ? `${t.value}—${t.valueMax}` : String(t.value);
	return n + squash(t.unit);
}

/** The comparator the words around the figure express. */
export function comparatorInText(before: string, after: string, isRange: boolean): Comparator {
	if (isRange) return 'range';
	if (after.startsWith('以上') || /达到?$/.test(before)) return '>=';
	if (/(超过|突破)$/.test(before)) return '>';
	return '=';
}

export interface TextProblem {
	field: string;
	message: string;
}

/**
 * Checks one target against the body text of the clause it cites: the quote is there once; the title is
 * made of its words; the figure and unit stand in the quote as written; the comparator matches the words
 * around the figure; the year is the one the sentence sets for it; kind-specific words are present.
 */
export function checkTargetText(t: TargetInput, clauseText: string): TextProblem[] {
	const problems: TextProblem[] = [];
	const loc = locateQuote(clauseText, t.quote);
	if (!loc) return [{ field: 'quote', message: `not found in the text of clause ${t.clause} (spaces aside, it must be copied exactly)` }];
	if (loc.count > 1) problems.push({ field: 'quote', message: `occurs ${loc.count} times in clause ${t.clause}: quote enough words to make it unique` });
	if (!titleInText(t.title, loc.squashed)) problems.push({ field: 'title', message: `must be words of clause ${t.clause} (one run, or runs joined by …… in their order)` });

	const q = squash(t.quote);
	const token = figureToken(t);
	if (token) {
		const hits = [...q.matchAll(new RegExp(`(?<![\\d.—])${escapeRegExp(token)}`, 'g'))];
		if (hits.length !== 1) {
			problems.push({ field: 'value', message: `the quote does not state ${t.comparator === 'range' ? `${t.value}—${t.valueMax}` : t.value} followed by the unit ${t.unit} ("${token}")${hits.length > 1 ? ' exactly once' : ''}` });
		} else {
			const at = hits[0]!.index;
			const said = comparatorInText(q.slice(0, at), q.slice(at + token.length), t.comparator === 'range');
			if (said !== t.comparator) problems.push({ field: 'comparator', message: `the text says ${said} (以上/达到 → >=, 超过/突破 → >, a bare figure → =), not ${t.comparator}` });
		}
	}
	if (t.kind === 'growth' && !q.includes('年均')) problems.push({ field: 'kind', message: 'a growth target quotes an annual rate (年均…)' });
	if (t.kind === 'percentage' && t.unit !== '%') problems.push({ field: 'unit', message: 'a percentage is in %' });
	if (t.kind === 'city-average' && !q.includes('超过全市平均水平')) problems.push({ field: 'kind', message: 'a city-average target quotes 超过全市平均水平' });
	if (t.kind === 'recurring' && t.frequency === 'annual' && !q.includes('每年')) problems.push({ field: 'frequency', message: 'an annual duty quotes 每年' });

	const governing = governingYear(loc.sentence, loc.inSentence + q.length);
	if (t.year === null && governing && t.kind !== 'recurring') {
		problems.push({ field: 'year', message: `the sentence sets ${governing.text} for this: year: ${governing.year}` });
	} else if (t.year !== null && governing?.year !== t.year) {
		problems.push({ field: 'year', message: governing ? `the sentence sets ${governing.text} for this, not ${t.year}` : `the sentence names no year before the quote: leave year out` });
	} else if (t.year !== null && governing && governing.firstHalf !== t.firstHalf) {
		problems.push({ field: 'firstHalf', message: governing.firstHalf ? 'the text says 上半年: firstHalf: true' : 'the text does not say 上半年' });
	}
	return problems;
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
