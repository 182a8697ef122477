/**
 * Body vs annex wording. The annex 重点任务分解表 restates the body's measures, not always word for
 * word; both wordings are official and are published as they are. This module computes where they
 * differ, character by character (jsdiff's diffChars), and classifies each comparison:
 *
 * - identical: the two strings are the same;
 * - punctuation: they differ only in punctuation or spacing (，/, or a space beside a number);
 * - words: at least one difference involves a character that is neither.
 *
 * An annex row often restates only part of a body clause (tasks 9–11 split clause a2-m1), so a task
 * is compared with the span of its clause that it restates: the run of whole clause pieces (cut
 * after ，。；： and after an item number ①) with the smallest edit distance to the annex wording.
 *
 * Cost: jsdiff's diffChars (Myers) takes time proportional to the length times the number of edits,
 * which is quadratic for long texts that differ a lot. Every diff here goes through boundedDiff: the
 * exact diff while it fits a fixed budget of steps (every comparison of the real content does, by far),
 * and beyond it the shared start and end with one change between them, in linear time. Everything else
 * here is linear in the number of chunks and characters, so a task text 100 times longer costs about
 * 100 times as much, not 10,000 times.
 *
 * Pure: no Astro imports, so that unit tests exercise it directly.
 */
import { diffArrays, diffChars, type ChangeObject } from 'diff';

export type WordingKind = 'identical' | 'punctuation' | 'words';

/** How each kind of comparison is named on the task pages and /compare/. */
export const wordingKindLabels: Record<WordingKind, string> = { identical: '写法一致', punctuation: '仅标点或空格不同', words: '文字不同' };

/** A run of text the two wordings share. */
export interface SameChunk {
	type: 'same';
	text: string;
}

/** A place where the wordings differ: what the body has there, and what the annex has instead. */
export interface ChangeChunk {
	type: 'change';
	/** Text only the body has here ('' for a pure insertion in the annex). */
	body: string;
	/** Text only the annex has here ('' for a pure deletion). */
	annex: string;
	/** True where both sides consist of punctuation and spacing alone. */
	minor: boolean;
}

export type Chunk = SameChunk | ChangeChunk;

export interface WordingComparison {
	kind: WordingKind;
	/** The compared body text followed chunk by chunk: same + change.body gives the body side, same + change.annex the annex side. */
	chunks: Chunk[];
	/** Changes that involve words (shown marked). */
	wordChanges: ChangeChunk[];
	/** Changes of punctuation or spacing only (counted, not marked). */
	minorChanges: ChangeChunk[];
}

export interface SpanComparison extends WordingComparison {
	/** The whole body clause text. */
	bodyText: string;
	/** The compared span of bodyText: [start, end). */
	span: { start: number; end: number };
	/** Edit distance over the span (characters inserted + deleted). */
	distance: number;
	/** 1 − distance ÷ (span length + annex length): 1 for identical texts, 0 for nothing in common. */
	similarity: number;
}

/** Punctuation, whitespace and item numbers (①…⑳: the annex numbers its rows itself, not the body's items). */
const MINOR = /^[\s\p{P}\u2460-\u2473]*$/u;

/** Whether a string consists of punctuation, whitespace and item numbers alone. */
export function isMinor(s: string): boolean {
	return MINOR.test(s);
}

/** The text with punctuation and whitespace removed: two strings that differ only in those give the same key. */
export function wordsOnly(s: string): string {
	return s.replace(/[\s\p{P}\u2460-\u2473]/gu, '');
}

/** The body side of a list of chunks. */
export function bodySide(chunks: readonly Chunk[]): string {
	return chunks.map((c) => (c.type === 'same' ? c.text : c.body)).join('');
}

/** The annex side of a list of chunks. */
export function annexSide(chunks: readonly Chunk[]): string {
	return chunks.map((c) => (c.type === 'same' ? c.text : c.annex)).join('');
}

/** Character offsets where a word starts or ends (Intl.Segmenter, Chinese word granularity). */
function wordBoundaries(s: string): Set<number> {
	const out = new Set<number>([0, s.length]);
	for (const seg of new Intl.Segmenter('zh', { granularity: 'word' }).segment(s)) {
		out.add(seg.index);
		out.add(seg.index + seg.segment.length);
	}
	return out;
}

/**
 * Steps (characters compared × edits allowed) a character diff may take. The real content needs far
 * fewer (its longest comparison, a clause and its task, is under 2,000 characters and close); a diff
 * that would need more gets the linear fallback.
 */
export const DIFF_BUDGET = 4_000_000;

/** The shared start and end of two strings, and the two middles: a diff in linear time. */
function prefixSuffixDiff(a: string, b: string): Array<ChangeObject<string>> {
	let p = 0;
	const max = Math.min(a.length, b.length);
	while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
	// Keep surrogate pairs whole.
	if (p > 0 && p < max && /[\uD800-\uDBFF]/.test(a[p - 1]!)) p--;
	let q = 0;
	while (q < max - p && a.charCodeAt(a.length - 1 - q) === b.charCodeAt(b.length - 1 - q)) q++;
	if (q > 0 && q < max - p && /[\uDC00-\uDFFF]/.test(a[a.length - q]!)) q--;
	const parts: Array<ChangeObject<string>> = [];
	const push = (value: string, added: boolean, removed: boolean) => {
		if (value) parts.push({ value, added, removed, count: value.length });
	};
	push(a.slice(0, p), false, false);
	push(a.slice(p, a.length - q), false, true);
	push(b.slice(p, b.length - q), true, false);
	push(a.slice(a.length - q), false, false);
	return parts;
}

/** A text cut into pieces after each clause-ending mark (see pieceBoundaries). */
function pieces(text: string): string[] {
	const cuts = pieceBoundaries(text);
	const out: string[] = [];
	for (let i = 0; i + 1 < cuts.length; i++) out.push(text.slice(cuts[i], cuts[i + 1]));
	return out;
}

/**
 * A diff of long texts in two steps: the pieces (cut after ，。；：) first, as whole tokens that match when
 * their words do (punctuation aside), within the budget; then the characters of each pair of matching
 * pieces, and of each changed run of pieces where that run is short enough (else its shared start and
 * end). Undefined when even the pieces differ too much for the budget.
 */
function pieceDiff(a: string, b: string): Array<ChangeObject<string>> | undefined {
	const pa = pieces(a);
	const pb = pieces(b);
	const ka = pa.map(wordsOnly);
	const kb = pb.map(wordsOnly);
	const affordable = Math.floor(DIFF_BUDGET / Math.max(1, pa.length + pb.length));
	const parts = affordable > 0 ? diffArrays(ka, kb, { maxEditLength: affordable }) : undefined;
	if (!parts) return undefined;
	const out: Array<ChangeObject<string>> = [];
	let removed = '';
	let added = '';
	// Each run alone is small against the budget (its square at most DIFF_BUDGET / 4), so all of them
	// together cost at most about (total length) × √DIFF_BUDGET: linear in the length.
	const diffSmall = (x: string, y: string) => ((x.length + y.length) ** 2 <= DIFF_BUDGET / 4 ? diffChars(x, y) : prefixSuffixDiff(x, y));
	const flush = () => {
		if (removed || added) out.push(...diffSmall(removed, added));
		removed = added = '';
	};
	let i = 0;
	let j = 0;
	for (const part of parts) {
		const n = part.count ?? part.value.length;
		if (part.removed) {
			removed += pa.slice(i, i + n).join('');
			i += n;
		} else if (part.added) {
			added += pb.slice(j, j + n).join('');
			j += n;
		} else {
			flush();
			for (let k = 0; k < n; k++) {
				const x = pa[i + k]!;
				const y = pb[j + k]!;
				if (x === y) out.push({ value: x, added: false, removed: false, count: x.length });
				else out.push(...diffSmall(x, y));
			}
			i += n;
			j += n;
		}
	}
	flush();
	return out;
}

/**
 * jsdiff's diffChars within DIFF_BUDGET steps; beyond it, a diff of the pieces and then of the characters
 * of the changed runs (pieceDiff), or at worst the linear prefix/suffix diff (or, with `maxEdits`,
 * undefined where the texts differ by more edits than that).
 */
export function boundedDiff(a: string, b: string, maxEdits = a.length + b.length): Array<ChangeObject<string>> | undefined {
	const n = Math.max(1, a.length + b.length);
	const affordable = Math.floor(DIFF_BUDGET / n);
	if (affordable >= maxEdits) return maxEdits >= a.length + b.length ? diffChars(a, b) : diffChars(a, b, { maxEditLength: maxEdits });
	const exact = affordable > 0 ? diffChars(a, b, { maxEditLength: affordable }) : undefined;
	if (exact) return exact;
	const rough = pieceDiff(a, b) ?? prefixSuffixDiff(a, b);
	let d = 0;
	for (const part of rough) if (part.added || part.removed) d += part.value.length;
	return d <= maxEdits ? rough : undefined;
}

/** jsdiff's change list as chunks: consecutive removals and additions form one change. */
function toChunks(body: string, annex: string): Chunk[] {
	const out: Chunk[] = [];
	for (const part of boundedDiff(body, annex)!) {
		const last = out.at(-1);
		if (!part.added && !part.removed) {
			out.push({ type: 'same', text: part.value });
			continue;
		}
		const change: ChangeChunk = last?.type === 'change' ? last : { type: 'change', body: '', annex: '', minor: false };
		if (part.removed) change.body += part.value;
		else change.annex += part.value;
		if (change !== last) out.push(change);
	}
	for (const c of out) if (c.type === 'change') c.minor = isMinor(c.body + c.annex);
	return out;
}

const changeLength = (c: ChangeChunk) => Math.max(c.body.length, c.annex.length);

/**
 * Semantic cleanup: a short run of shared text between two word changes is folded into one change
 * when it is no longer than the changes on either side (the rule of diff-match-patch's
 * cleanupSemantic), so that 市级以上 → 省、市级 reads as one change, not as 省、 inserted and 以上 deleted.
 */
function foldShortEqualities(chunks: Chunk[]): Chunk[] {
	let changed = true;
	while (changed) {
		changed = false;
		for (let i = 1; i + 1 < chunks.length; i++) {
			const [prev, same, next] = [chunks[i - 1]!, chunks[i]!, chunks[i + 1]!];
			if (prev.type !== 'change' || same.type !== 'same' || next.type !== 'change' || prev.minor || next.minor) continue;
			if (same.text.length > changeLength(prev) || same.text.length > changeLength(next)) continue;
			chunks.splice(i - 1, 3, { type: 'change', body: prev.body + same.text + next.body, annex: prev.annex + same.text + next.annex, minor: false });
			changed = true;
			// The first triple that can fold now is the one ending at the new change, or a later one: the
			// ones before it were checked already and did not change (scanning again from the start, as
			// this once did, finds the same ones at quadratic cost).
			i = Math.max(0, i - 3);
		}
	}
	return chunks;
}

/**
 * Widens each word change to whole words on both sides: 盛 → 端 becomes 极盛 → 极端, 移转化 → 化转移
 * becomes 转移转化 → 转化转移. Only shared text is taken in, the same characters on both sides, so
 * each side still reads exactly as its source.
 */
function snapToWords(chunks: Chunk[], body: string, annex: string): Chunk[] {
	const bodyWords = wordBoundaries(body);
	const annexWords = wordBoundaries(annex);
	// Offsets of the start of chunk i in the body and in the annex, kept as the loop goes (widening only
	// moves characters between neighbouring chunks).
	let b = 0;
	let a = 0;
	for (let i = 0; i < chunks.length; i++) {
		const c = chunks[i]!;
		if (c.type !== 'change' || c.minor) {
			b += c.type === 'same' ? c.text.length : c.body.length;
			a += c.type === 'same' ? c.text.length : c.annex.length;
			continue;
		}
		// Widen the start.
		while (!(bodyWords.has(b) && annexWords.has(a))) {
			const prev = chunks[i - 1];
			if (prev?.type !== 'same' || !prev.text) break;
			const ch = prev.text.at(-1)!;
			prev.text = prev.text.slice(0, -1);
			c.body = ch + c.body;
			c.annex = ch + c.annex;
			b--;
			a--;
		}
		// Widen the end.
		while (!(bodyWords.has(b + c.body.length) && annexWords.has(a + c.annex.length))) {
			const next = chunks[i + 1];
			if (next?.type !== 'same' || !next.text) break;
			const ch = next.text[0]!;
			next.text = next.text.slice(1);
			c.body += ch;
			c.annex += ch;
		}
		b += c.body.length;
		a += c.annex.length;
	}
	// Drop emptied runs and join changes that now touch.
	const out: Chunk[] = [];
	for (const c of chunks) {
		if (c.type === 'same' && !c.text) continue;
		const last = out.at(-1);
		if (c.type === 'change' && last?.type === 'change') {
			last.body += c.body;
			last.annex += c.annex;
			last.minor = isMinor(last.body + last.annex);
		} else if (c.type === 'same' && last?.type === 'same') {
			last.text += c.text;
		} else out.push({ ...c });
	}
	return out;
}

/** Compares two whole wordings (a title with a title, a span with a task). */
export function compareWording(body: string, annex: string): WordingComparison {
	if (body === annex) return { kind: 'identical', chunks: body ? [{ type: 'same', text: body }] : [], wordChanges: [], minorChanges: [] };
	const chunks = snapToWords(foldShortEqualities(toChunks(body, annex)), body, annex);
	const changes = chunks.filter((c): c is ChangeChunk => c.type === 'change');
	const wordChanges = changes.filter((c) => !c.minor);
	// The class comes from the texts themselves, not from how the diff happened to cut them.
	const kind: WordingKind = wordsOnly(body) === wordsOnly(annex) ? 'punctuation' : 'words';
	return { kind, chunks, wordChanges, minorChanges: changes.filter((c) => c.minor) };
}

/**
 * Offsets in `text` just after each clause-ending mark (，。；：！？ and their ASCII forms) and after
 * each item number (①…⑳, which the annex does not repeat), plus 0 and the end.
 */
export function pieceBoundaries(text: string): number[] {
	const out = [0];
	for (let i = 0; i < text.length; i++) if (/[，。；：！？,;:!?\u2460-\u2473]/u.test(text[i]!) && i + 1 < text.length) out.push(i + 1);
	out.push(text.length);
	return out;
}

/**
 * Characters inserted plus deleted between two strings (an upper bound where the diff is beyond
 * DIFF_BUDGET), or undefined if more than `max`.
 */
function editDistance(a: string, b: string, max: number): number | undefined {
	const parts = boundedDiff(a, b, max);
	if (!parts) return undefined;
	let d = 0;
	for (const p of parts) if (p.added || p.removed) d += p.value.length;
	return d <= max ? d : undefined;
}

/** Above this (pieces² × annex length; the real content needs under 50,000), alignSpan reads the span off one diff instead of searching. */
export const SPAN_SEARCH_BUDGET = 1_000_000;

/**
 * The span of `body` that `annex` restates, from one diff of the two: from the piece boundary before the
 * first shared text to the one after the last (linear, for texts too long for the search).
 */
function spanFromDiff(body: string, annex: string, cuts: number[]): { start: number; end: number; distance: number } {
	const parts = boundedDiff(body, annex)!;
	let at = 0;
	let first = -1;
	let last = -1;
	for (const p of parts) {
		if (p.added) continue;
		if (!p.removed) {
			if (first < 0) first = at;
			last = at + p.value.length;
		}
		at += p.value.length;
	}
	if (first < 0) return { start: 0, end: body.length, distance: body.length + annex.length };
	const start = cuts.filter((c) => c <= first).at(-1) ?? 0;
	const end = cuts.find((c) => c >= last) ?? body.length;
	return { start, end, distance: editDistance(body.slice(start, end), annex, end - start + annex.length)! };
}

/**
 * The span of `body` (whole pieces, cut after ，。；：) that `annex` restates: the one with the fewest
 * characters inserted and deleted; among equals, the earliest and shortest.
 */
export function alignSpan(body: string, annex: string): { start: number; end: number; distance: number } {
	const cuts = pieceBoundaries(body);
	// The search below tries every run of whole pieces: quadratic in the pieces. Where that would cost too
	// much (never for the real content: its clauses have a few dozen pieces), the span is read off one diff.
	if (cuts.length * cuts.length * Math.max(1, annex.length) > SPAN_SEARCH_BUDGET) return spanFromDiff(body, annex, cuts);
	let best = { start: 0, end: body.length, distance: editDistance(body, annex, body.length + annex.length)! };
	for (let i = 0; i < cuts.length - 1; i++) {
		for (let j = i + 1; j < cuts.length; j++) {
			const start = cuts[i]!;
			const end = cuts[j]!;
			const length = end - start;
			// The length difference alone is a lower bound on the distance.
			if (annex.length - length >= best.distance) continue;
			if (length - annex.length >= best.distance) break;
			const d = editDistance(body.slice(start, end), annex, best.distance - 1);
			if (d !== undefined && d < best.distance) best = { start, end, distance: d };
		}
	}
	return best;
}

/** Compares a task's annex wording with the span of its body clause that it restates. */
export function compareWithClause(bodyText: string, annex: string): SpanComparison {
	const { start, end, distance } = alignSpan(bodyText, annex);
	const spanText = bodyText.slice(start, end);
	const total = spanText.length + annex.length;
	return {
		...compareWording(spanText, annex),
		bodyText,
		span: { start, end },
		distance,
		similarity: total ? 1 - distance / total : 1,
	};
}

/** A piece of a description: plain words, or characters quoted from a source (shown boxed). */
export interface DescriptionPart {
	text: string;
	quoted?: boolean;
}

/** A group of punctuation-or-spacing changes in words: 正文作［，］（全角）、分解表作［,］（半角）; 正文有空格、分解表无. */
export function describeMinorParts(g: { body: string; annex: string }): DescriptionPart[] {
	const name = (s: string): DescriptionPart => (/^\s+$/.test(s) ? { text: '空格' } : /^[\u2460-\u2473]+$/.test(s) ? { text: `条目序号${s}` } : { text: s, quoted: true });
	// ， and , look alike: say which is the full-width (全角) and which the half-width (半角) form.
	const width = (s: string): DescriptionPart[] => (/^[\x21-\x7e]+$/.test(s) ? [{ text: '（半角）' }] : /^[\u3000-\u303f\uff01-\uff60]+$/.test(s) ? [{ text: '（全角）' }] : []);
	if (g.body && g.annex) return [{ text: '正文作' }, name(g.body), ...width(g.body), { text: '、分解表作' }, name(g.annex), ...width(g.annex)];
	if (g.body) return [{ text: '正文有' }, name(g.body), { text: '、分解表无' }];
	return [{ text: '分解表有' }, name(g.annex), { text: '、正文无' }];
}

/** The same as plain text, quoted characters in “”. */
export function describeMinorGroup(g: { body: string; annex: string }): string {
	return describeMinorParts(g)
		.map((p) => (p.quoted ? `“${p.text}”` : p.text))
		.join('');
}

/** Minor changes grouped by what they are (body → annex), with how often each occurs, in first-seen order. */
export function groupMinor(changes: readonly ChangeChunk[]): Array<{ body: string; annex: string; count: number }> {
	const groups = new Map<string, { body: string; annex: string; count: number }>();
	for (const c of changes) {
		const key = `${c.body}\u0000${c.annex}`;
		const g = groups.get(key) ?? { body: c.body, annex: c.annex, count: 0 };
		g.count++;
		groups.set(key, g);
	}
	return [...groups.values()];
}

/** A word change with a little of the text around it on each side, for lists of differences. */
export interface ChangeInContext {
	/** The body's text around and at the change: before + changed + after is a substring of the body. */
	body: { before: string; changed: string; after: string };
	/** The same for the annex. */
	annex: { before: string; changed: string; after: string };
	/** Whether text was left out before / after the context. */
	cutBefore: boolean;
	cutAfter: boolean;
}

/**
 * Each word change of a comparison with up to `width` characters on either side, taken from each
 * text separately (so that each line quotes its own source exactly, punctuation included).
 */
export function changesInContext(chunks: readonly Chunk[], width = 8): ChangeInContext[] {
	const out: ChangeInContext[] = [];
	const body = bodySide(chunks);
	const annex = annexSide(chunks);
	// Where each chunk starts on each side (index chunks.length: the end).
	const bStart: number[] = [];
	const aStart: number[] = [];
	let b = 0;
	let a = 0;
	for (const c of chunks) {
		bStart.push(b);
		aStart.push(a);
		b += c.type === 'same' ? c.text.length : c.body.length;
		a += c.type === 'same' ? c.text.length : c.annex.length;
	}
	bStart.push(b);
	aStart.push(a);
	const words = chunks.flatMap((c, i) => (c.type === 'change' && !c.minor ? [i] : []));
	words.forEach((i, k) => {
		const c = chunks[i] as ChangeChunk;
		// The context stops at the neighbouring word change, which gets its own entry.
		const prevWord = words[k - 1] ?? -1;
		const nextWord = words[k + 1] ?? -1;
		const untilPrevB = prevWord < 0 ? bStart[i]! : bStart[i]! - bStart[prevWord + 1]!;
		const untilPrevA = prevWord < 0 ? aStart[i]! : aStart[i]! - aStart[prevWord + 1]!;
		const untilNextB = nextWord < 0 ? body.length - bStart[i + 1]! : bStart[nextWord]! - bStart[i + 1]!;
		const untilNextA = nextWord < 0 ? annex.length - aStart[i + 1]! : aStart[nextWord]! - aStart[i + 1]!;
		const bw = Math.min(width, untilPrevB);
		const aw = Math.min(width, untilPrevA);
		const bw2 = Math.min(width, untilNextB);
		const aw2 = Math.min(width, untilNextA);
		out.push({
			body: { before: body.slice(bStart[i]! - bw, bStart[i]!), changed: c.body, after: body.slice(bStart[i + 1]!, bStart[i + 1]! + bw2) },
			annex: { before: annex.slice(aStart[i]! - aw, aStart[i]!), changed: c.annex, after: annex.slice(aStart[i + 1]!, aStart[i + 1]! + aw2) },
			cutBefore: bStart[i]! > bw || aStart[i]! > aw,
			cutAfter: body.length - bStart[i + 1]! > bw2 || annex.length - aStart[i + 1]! > aw2,
		});
	});
	return out;
}
