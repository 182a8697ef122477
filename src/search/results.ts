/**
 * Turning a Pagefind result into what the search page shows: the places on the page that match
 * (anchored sub-results, so /plan/ results open at the clause) and excerpts with the query's
 * words highlighted.
 *
 * Matching here is literal, on the page text Pagefind returns, independent of how either
 * segmenter cut the words: a query word is found where it occurs as typed (spaces ignored);
 * where it does not occur as a whole (人才奖励), its longer parts are looked for instead (人才,
 * 奖励). Pure functions: the browser and the Node tests run the same code.
 */

/** The parts of a Pagefind result's data() that this module reads. */
export interface ResultData {
	url: string;
	/** The indexed text with U+200B between segmented words (Pagefind's word positions count those words). */
	raw_content?: string;
	content: string;
	meta: Record<string, string | undefined>;
	anchors: ReadonlyArray<{ id: string; element?: string; text?: string; title?: string; location: number }>;
	excerpt: string;
	sub_results: ReadonlyArray<{ url: string; title: string; excerpt: string }>;
}

/** A run of excerpt text, highlighted or not. */
export interface Run {
	text: string;
	mark: boolean;
}

/** One place on a page that matches. */
export interface Place {
	/** The page URL, with the anchor of the heading, measure, item or paragraph the place is in. */
	url: string;
	/** The anchor's title (heading text or data-pagefind-title); undefined for text before the first anchor. */
	title?: string;
	excerpt: Run[];
}

export interface Presented {
	url: string;
	title: string;
	/** Best places first (most query words, then most occurrences, then page order). */
	places: Place[];
	/** How well the page matches: 0 every query word occurs as typed; 1 by its longer parts; 2 only some of it. */
	tier: 0 | 1 | 2;
}

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh-CN', { granularity: 'word' }) : undefined;

/** Lower-cases and drops whitespace, the normal form both query words and page text are compared in. */
export function normalise(s: string): string {
	return s.toLocaleLowerCase().replace(/\s+/g, '');
}

/** The words of a query as the reader separated them (spaces, quotes), normalised. */
export function queryWords(q: string): string[] {
	return q
		.split(/[\s"“”'‘’]+/)
		.map(normalise)
		.filter(Boolean);
}

/** The word-like parts of a query word, as the browser's segmenter cuts it. */
export function parts(word: string): string[] {
	if (!segmenter) return [word];
	return [...segmenter.segment(word)]
		.filter((s) => s.isWordLike)
		.map((s) => normalise(s.segment))
		.filter(Boolean);
}

/** Page text in normal form, mapped back to the displayed text and to Pagefind's word positions. */
interface PageText {
	display: string;
	norm: string;
	/** For each character of norm, its index in display. */
	normToDisplay: number[];
	/** For each character of display, the Pagefind word position it belongs to. */
	displayWord: number[];
}

function pageText(raw: string): PageText {
	let display = '';
	let norm = '';
	const normToDisplay: number[] = [];
	const displayWord: number[] = [];
	let word = 0;
	let inWord = false;
	for (const ch of raw) {
		if (ch === '\u200B' || /\s/.test(ch)) {
			if (inWord) word++;
			inWord = false;
			if (ch !== '\u200B' && display && !display.endsWith(' ')) {
				display += ' ';
				displayWord.push(word);
			}
			continue;
		}
		inWord = true;
		const lower = ch.toLocaleLowerCase();
		for (const c of lower.length === ch.length ? lower : ch) {
			norm += c;
			normToDisplay.push(display.length);
		}
		display += ch;
		for (let i = 0; i < ch.length; i++) displayWord.push(word);
	}
	return { display, norm, normToDisplay, displayWord };
}

interface Hit {
	unit: number;
	/** Range in display. */
	start: number;
	end: number;
	word: number;
}

/**
 * What to look for on a page: each query word as typed if it occurs, else its parts of two or
 * more characters (single characters alone say little). A query word searched through the
 * everyday vocabulary has several forms (补贴: 补助、奖补、奖励 …): it is accounted for where any
 * form occurs. Returns the units and whether every query word was accounted for.
 */
function unitsFor(words: string[][], norm: string): { units: string[]; tier: Presented['tier'] } {
	const units: string[] = [];
	let tier: Presented['tier'] = 0;
	for (const forms of words) {
		const present = forms.filter((f) => norm.includes(f));
		if (present.length) {
			units.push(...present);
			continue;
		}
		const w = forms[0]!;
		const long = forms.length === 1 ? parts(w).filter((p) => [...p].length >= 2) : [];
		const found = long.filter((p) => norm.includes(p));
		units.push(...found);
		tier = long.length === 0 || found.length < long.length ? 2 : (Math.max(tier, 1) as 1);
	}
	return { units: [...new Set(units)], tier };
}

function hitsOf(units: string[], t: PageText): Hit[] {
	const hits: Hit[] = [];
	units.forEach((u, unit) => {
		for (let i = t.norm.indexOf(u); i >= 0; i = t.norm.indexOf(u, i + 1)) {
			const start = t.normToDisplay[i]!;
			const end = t.normToDisplay[i + u.length - 1]! + 1;
			hits.push({ unit, start, end, word: t.displayWord[start]! });
		}
	});
	return hits.sort((a, b) => a.start - b.start);
}

/** Excerpt of about `length` characters around the densest spot of hits, within [lo, hi) of the display text, highlighted. */
function excerptAround(t: PageText, hits: Hit[], length: number, lo = 0, hi = t.display.length): Run[] {
	let best = hits[0]!;
	let bestScore = -1;
	for (const h of hits) {
		const inWindow = hits.filter((o) => o.start >= h.start - length / 3 && o.end <= h.start + (length * 2) / 3);
		const score = new Set(inWindow.map((o) => o.unit)).size * 1000 + inWindow.length;
		if (score > bestScore) [best, bestScore] = [h, score];
	}
	let from = Math.max(lo, Math.round(best.start - length / 3));
	let to = Math.min(hi, from + length);
	from = Math.max(lo, to - length);
	// Never cut a highlighted word in half.
	for (const h of hits) {
		if (h.start < from && h.end > from) from = h.start;
		if (h.start < to && h.end > to) to = h.end;
	}
	const marks = hits.filter((h) => h.end > from && h.start < to).map((h) => [Math.max(h.start, from), Math.min(h.end, to)] as const);
	const runs: Run[] = [];
	// Leading and trailing spaces are dropped; an ellipsis marks text left out of the place.
	while (from < to && t.display[from] === ' ') from++;
	while (to > from && t.display[to - 1] === ' ') to--;
	if (from > lo) runs.push({ text: '…', mark: false });
	let at = from;
	for (const [s, e] of marks) {
		if (e <= at) continue;
		const start = Math.max(s, at);
		if (start > at) runs.push({ text: t.display.slice(at, start), mark: false });
		runs.push({ text: t.display.slice(start, e), mark: true });
		at = e;
	}
	if (at < to) runs.push({ text: t.display.slice(at, to), mark: false });
	if (to < hi) runs.push({ text: '…', mark: false });
	return runs.filter((r) => r.text);
}

/** Pagefind's own excerpt (HTML with <mark>) as runs, for results where no query word occurs literally. */
export function runsFromPagefindExcerpt(html: string): Run[] {
	const decode = (s: string) =>
		s
			.replace(/<[^>]*>/g, '')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#0?39;/g, "'")
			.replace(/&amp;/g, '&');
	const runs: Run[] = [];
	const re = /<mark>([\s\S]*?)<\/mark>/g;
	let at = 0;
	for (let m = re.exec(html); m; m = re.exec(html)) {
		if (m.index > at) runs.push({ text: decode(html.slice(at, m.index)), mark: false });
		runs.push({ text: decode(m[1]!), mark: true });
		at = m.index + m[0].length;
	}
	if (at < html.length) runs.push({ text: decode(html.slice(at)), mark: false });
	return runs.filter((r) => r.text);
}

/** Heading level of an anchor: h1–h6, or 7 for other elements (items, paragraphs). */
function level(element?: string): number {
	const m = /^h([1-6])$/i.exec(element ?? '');
	return m ? Number(m[1]) : 7;
}

/**
 * A place's title with the headings it sits under, nearest two, outermost first:
 * “（四）实施科技人才领跑行动 › 2. 提升科技人才服务水平。”. A heading the title already
 * contains (an item's title names its measure) is not repeated.
 */
function placeTitle(anchors: ResultData['anchors'], r: number): string | undefined {
	const a = anchors[r]!;
	const own = a.title || a.text;
	if (!own) return undefined;
	const chain = [own];
	let at = level(a.element);
	for (let i = r - 1; i >= 0 && chain.length < 2; i--) {
		const b = anchors[i]!;
		const text = b.title || b.text;
		if (level(b.element) >= at || !text) continue;
		at = level(b.element);
		if (!chain.some((c) => c.replace(/\s+/g, '').includes(text.replace(/\s+/g, '')))) chain.unshift(text);
	}
	return chain.join(' › ');
}

/**
 * The places on a page that match a query (at most `maxPlaces`), best first, each with an
 * excerpt. With no query (browsing by facets), the page itself with Pagefind's excerpt.
 */
export function present(data: ResultData, q: string, { maxPlaces = 3, excerptLength = 72, words: forms }: { maxPlaces?: number; excerptLength?: number; words?: string[][] } = {}): Presented {
	const title = data.meta.title ?? data.url;
	/** Each query word with the forms that count as it (see search-vocabulary.ts); by default the words as typed. */
	const words = forms ?? queryWords(q).map((w) => [w]);
	const fallback = (): Place[] => {
		const subs = data.sub_results.length ? data.sub_results : [{ url: data.url, title, excerpt: data.excerpt }];
		return subs.slice(0, maxPlaces).map((s) => ({ url: s.url, ...(s.url.includes('#') ? { title: s.title } : {}), excerpt: runsFromPagefindExcerpt(s.excerpt) }));
	};
	// Browsing by facets: the page itself; its title says what it is, an excerpt of its first lines would not.
	if (words.length === 0) return { url: data.url, title, places: [{ url: data.url, excerpt: [] }], tier: 0 };

	const t = pageText(data.raw_content ?? data.content);
	const { units, tier } = unitsFor(words, t.norm);
	const hits = hitsOf(units, t);
	if (hits.length === 0) return { url: data.url, title, places: fallback(), tier: 2 };

	// Regions between consecutive anchors; text before the first anchor belongs to the page itself.
	const anchors = [...data.anchors].sort((a, b) => a.location - b.location);
	const regionOf = (word: number) => {
		let r = -1;
		for (let i = 0; i < anchors.length && anchors[i]!.location <= word; i++) r = i;
		return r;
	};
	/** Display index of the first character of Pagefind word `word` (or the end). */
	const displayAt = (word: number) => {
		const i = t.displayWord.findIndex((w) => w >= word);
		return i < 0 ? t.display.length : i;
	};
	const byRegion = new Map<number, Hit[]>();
	for (const h of hits) {
		const r = regionOf(h.word);
		byRegion.set(r, [...(byRegion.get(r) ?? []), h]);
	}
	let ranked = [...byRegion.entries()].sort(([ra, a], [rb, b]) => new Set(b.map((h) => h.unit)).size - new Set(a.map((h) => h.unit)).size || b.length - a.length || ra - rb);
	// Where the query is found best under a heading, the page's own preamble (breadcrumbs, units) is not a place worth listing too.
	if (ranked[0]![0] >= 0) ranked = ranked.filter(([r]) => r >= 0);
	const places = ranked.slice(0, maxPlaces).map(([r, regionHits]): Place => {
		const a = r >= 0 ? anchors[r] : undefined;
		let lo = a ? displayAt(a.location) : 0;
		const hi = r + 1 < anchors.length ? displayAt(anchors[r + 1]!.location) : t.display.length;
		// The excerpt starts after the heading that opens the place (the title says it already).
		const heading = a?.text ? a.text.replace(/\s+/g, '') : '';
		if (heading && normalise(t.display.slice(lo, lo + heading.length + 8)).startsWith(normalise(heading))) {
			let skipped = 0;
			while (lo < hi && skipped < heading.length) if (!/\s/.test(t.display[lo++]!)) skipped++;
			while (lo < hi && /[\s.]/.test(t.display[lo]!)) lo++;
		}
		const inside = regionHits.filter((h) => h.start >= lo);
		const title = a && placeTitle(anchors, r);
		return {
			url: a ? `${data.url}#${a.id}` : data.url,
			...(title ? { title } : {}),
			excerpt: excerptAround(t, inside.length ? inside : regionHits, excerptLength, inside.length ? lo : 0, hi),
		};
	});
	return { url: data.url, title, places, tier };
}
