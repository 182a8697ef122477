/**
 * Checks a target against the official sentence it cites. Spaces are ignored throughout (the text
 * writes both "到 2023 年" and "到2023年"); everything else must match character for character.
 * Used by the build (src/targets/check.ts) and by the unit tests.
 */
import type { Comparator, TargetInput } from '../schemas/target.ts';
import { withoutSpace } from '../common/text.ts';

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
	/** Position in the squashed text (of the year's digits; 到 stands before it). */
	index: number;
	/** The mention, e.g. 到2023年, 2023年前, 2022年上半年. */
	text: string;
	firstHalf: boolean;
	/** 2023年前: by that year. */
	before: boolean;
	/** 到2023年: a frame for the rest of the sentence. */
	frame: boolean;
}

/** Every year mention (four digits followed by 年) in a squashed text. */
export function yearMentions(squashed: string): YearMention[] {
	return [...squashed.matchAll(/(到)?(?<![\d.])(\d{4})年(上半年|前)?/g)].map((m) => ({
		year: Number(m[2]),
		index: m.index + (m[1] ? 1 : 0),
		text: m[0],
		firstHalf: m[3] === '上半年',
		before: m[3] === '前',
		frame: Boolean(m[1]),
	}));
}

/** The parts of a sentence: split at ，；。 (not at 、, which joins items of one list). */
const SEGMENT_END = /[，；。：]/g;
const PART_END = /[；。]/g;

/** Position of the next match of `re` at or after `from` (the text's length where there is none). */
function nextMatch(text: string, re: RegExp, from: number): number {
	re.lastIndex = from;
	const m = re.exec(text);
	return m ? m.index : text.length;
}

/** Start of the stretch ended by `re` that holds `pos`. */
function stretchStart(text: string, re: RegExp, pos: number): number {
	let start = 0;
	re.lastIndex = 0;
	for (let m = re.exec(text); m && m.index < pos; m = re.exec(text)) start = m.index + 1;
	return start;
}

/**
 * How far a year mention reaches in a sentence (squashed):
 * - 到 2023 年，… frames the rest of the sentence;
 * - a year that opens the sentence or a part of it after ；(2021 年加快…，…，…；2023 年前建成…，…)
 *   reaches to the end of that part;
 * - a year inside a part (…签订代建回购协议，2022年上半年启动报建手续，2023年正式投入运营，研发经费投入…)
 *   dates only its own words, up to the next ，.
 */
export function yearReach(squashedSentence: string, m: YearMention): number {
	if (m.frame) return squashedSentence.length;
	const opensPart = stretchStart(squashedSentence, PART_END, m.index) === m.index;
	return nextMatch(squashedSentence, opensPart ? PART_END : SEGMENT_END, m.index);
}

/**
 * The year that governs the words of a sentence ending at `end`: the last year named before their end
 * whose reach (see yearReach) covers them. "到 2023 年，A，B" sets 2023 for A and B; "2021 年 A，B；
 * 2023 年前 C" sets 2021 for A and B and 2023 (年前) for C; "2023年正式投入运营，研发经费投入…" sets
 * 2023 for 正式投入运营 only.
 */
export function governingYear(squashedSentence: string, end: number): YearMention | undefined {
	return yearMentions(squashedSentence)
		.filter((m) => m.index < end && yearReach(squashedSentence, m) >= end)
		.at(-1);
}

/** The words 争取, 争创 or 力争 where they bear on the words [start, end): in their own parts, or before the year that frames them. */
export function striveWords(squashedSentence: string, start: number, end: number): string | undefined {
	const from = stretchStart(squashedSentence, SEGMENT_END, start);
	const to = nextMatch(squashedSentence, SEGMENT_END, Math.max(start, end - 1));
	const own = /争取|争创|力争(?!取)/.exec(squashedSentence.slice(from, to));
	if (own) return own[0];
	const year = governingYear(squashedSentence, end);
	if (!year) return undefined;
	const yearFrom = stretchStart(squashedSentence, SEGMENT_END, year.index);
	return /争取|争创|力争(?!取)/.exec(squashedSentence.slice(yearFrom, year.index))?.[0];
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
	const squashed = withoutSpace(clauseText);
	const q = withoutSpace(quote);
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
	const q = withoutSpace(quote);
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
	for (const part of title.split('……').map(withoutSpace)) {
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
	return n + withoutSpace(t.unit);
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

	const q = withoutSpace(t.quote);
	const token = figureToken(t);
	if (token) {
		const hits = [...q.matchAll(new RegExp(`(?<![\\d.—])${escapeRegExp(token)}`, 'g'))];
		if (hits.length !== 1) {
			problems.push({
				field: 'value',
				message: `the quote does not state ${t.comparator === 'range' ? `${t.value}—${t.valueMax}` : t.value} followed by the unit ${t.unit} ("${token}")${hits.length > 1 ? ' exactly once' : ''}`,
			});
		} else {
			const at = hits[0]!.index;
			const after = q.slice(at + token.length);
			const said = comparatorInText(q.slice(0, at), after, t.comparator === 'range');
			if (said !== t.comparator) problems.push({ field: 'comparator', message: `the text says ${said} (以上/达到 → >=, 超过/突破 → >, a bare figure → =), not ${t.comparator}` });
			// A level is an amount to reach (研发投入超过 2 亿元). Where the figure describes a thing the
			// sentence goes on to name (完成 10 万平米研发中心……选址), the commitment is to do something: a milestone.
			if (t.kind === 'level' && after.replace(/^以上/, '') !== '')
				problems.push({
					field: 'kind',
					message: `"${token}" describes "${after.replace(/^以上/, '')}", the thing the sentence commits to do: this is a milestone, not a level (an amount to reach ends the quote)`,
				});
		}
	}
	if (t.kind === 'growth' && !q.includes('年均')) problems.push({ field: 'kind', message: 'a growth target quotes an annual rate (年均…)' });
	if (t.kind === 'percentage' && t.unit !== '%') problems.push({ field: 'unit', message: 'a percentage is in %' });
	if (t.kind === 'city-average' && !q.includes('超过全市平均水平')) problems.push({ field: 'kind', message: 'a city-average target quotes 超过全市平均水平' });
	if (t.kind === 'recurring' && t.frequency === 'annual' && !q.includes('每年')) problems.push({ field: 'frequency', message: 'an annual duty quotes 每年' });

	const governing = governingYear(loc.sentence, loc.inSentence + q.length);
	const strive = striveWords(loc.sentence, loc.inSentence, loc.inSentence + q.length);
	if (strive && !t.strive) problems.push({ field: 'strive', message: `the text says ${strive} for this: it is a 争取目标 (strive: true), not a firm commitment` });
	if (!strive && t.strive) problems.push({ field: 'strive', message: 'the words of this commitment say neither 争取, 争创 nor 力争: leave strive out' });
	if (t.year === null && governing && t.kind !== 'recurring') {
		problems.push({ field: 'year', message: `the sentence sets ${governing.text} for this: year: ${governing.year}` });
	} else if (t.year !== null && governing?.year !== t.year) {
		problems.push({
			field: 'year',
			message: governing
				? `the sentence sets ${governing.text} for this, not ${t.year}`
				: `the sentence ties no year to these words (a year inside another part of the sentence dates only its own words): leave year out`,
		});
	} else if (t.year !== null && governing && governing.firstHalf !== t.firstHalf) {
		problems.push({ field: 'firstHalf', message: governing.firstHalf ? 'the text says 上半年: firstHalf: true' : 'the text does not say 上半年' });
	} else if (t.year !== null && governing && governing.before !== t.before) {
		problems.push({
			field: 'before',
			message: governing.before ? `the text says ${governing.text} (by that year): before: true` : `the text says ${governing.text}, not ${t.year}年前: leave before out`,
		});
	}
	return problems;
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
