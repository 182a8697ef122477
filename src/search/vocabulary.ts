/**
 * Everyday words in search (常用说法对照, content/vocabulary.yaml). A query is read as a run of
 * units: everyday words of the vocabulary (longest first), fillers (question words that name no
 * subject: 多少钱, 怎么, 申请) and the literal text between them. Fillers are left out of what every
 * result must contain; an everyday word is searched as its group's plan words.
 *
 * How a group is searched (measured in tests/search/everyday.site.test.ts and `npm run bench:search`):
 * a group with one plan word is searched as that word (高企 → 高新技术企业), so it ranks exactly as the
 * plan word does; a group with several plan words gets an index-only token (see groupToken), which the
 * indexer adds to every page whose text contains any of them (src/integrations/pagefind.ts). Pagefind
 * ANDs query words and has no OR, so the token is how "any of 补助、奖补、奖励" is asked in one search.
 * No everyday word and no filler occurs in the official text (the loader checks), so a query made of
 * the plan's own words is never rewritten.
 *
 * Pure functions: the search page and the Node tests run the same code.
 */

/** The vocabulary as the search page needs it (the collection's groups, in order, and the fillers). */
export interface Lexicon {
	fillers: readonly string[];
	groups: ReadonlyArray<{ id?: string; everyday: readonly string[]; plan: readonly string[]; broad?: boolean }>;
}

/**
 * The lexicon as the search page carries it (a data-* attribute): one line of fillers, then one line
 * per group, "!" for a broad group, its everyday words, "|", its plan words; words separated by
 * spaces (no word contains a space or "|": the schema says so). About 3.5 KB gzip, a third less than JSON.
 */
export function packLexicon(lexicon: Lexicon): string {
	return [lexicon.fillers.join(' '), ...lexicon.groups.map((g) => `${g.broad ? '!' : ''}${g.everyday.join(' ')}|${g.plan.join(' ')}`)].join('\n');
}

/** The lexicon from packLexicon's text. */
export function unpackLexicon(text: string): Lexicon {
	const [fillers = '', ...lines] = text.split('\n');
	const words = (s: string) => s.split(' ').filter(Boolean);
	return {
		fillers: words(fillers),
		groups: lines.map((line) => {
			const broad = line.startsWith('!');
			const [everyday = '', plan = ''] = (broad ? line.slice(1) : line).split('|');
			return { everyday: words(everyday), plan: words(plan), ...(broad ? { broad } : {}) };
		}),
	};
}

/**
 * The index-only word that stands for a group with several plan words: "zzv" and the group's
 * position in three letters (zzvaab). Fixed length, so no token is a prefix of another (Pagefind
 * matches query words as prefixes); never a word of the text.
 */
export function groupToken(index: number): string {
	const a = 'abcdefghijklmnopqrstuvwxyz';
	if (index < 0 || index >= 26 ** 3) throw new Error(`group index ${index} out of range`);
	return `zzv${a[Math.floor(index / 676)]}${a[Math.floor(index / 26) % 26]}${a[index % 26]}`;
}

/** What Pagefind is asked for a group: its plan word when it has one, else its token. */
export function groupTerm(lexicon: Lexicon, index: number): string {
	const g = lexicon.groups[index]!;
	return g.plan.length === 1 ? g.plan[0]! : groupToken(index);
}

/** Letters and digits only, lower case (how words are compared). */
const norm = (s: string) => s.toLocaleLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The tokens of the groups whose plan words (or everyday words, should the page use one) a page's
 * text contains, each repeated once per occurrence (at most `cap` times) so that a page that says
 * it more often ranks higher, as it would for the word itself.
 */
export function pageTokens(lexicon: Lexicon, text: string, cap = 3): string[] {
	const t = norm(text);
	const out: string[] = [];
	lexicon.groups.forEach((g, i) => {
		if (g.plan.length === 1) return;
		let n = 0;
		for (const w of [...g.plan, ...g.everyday]) {
			const k = norm(w);
			for (let at = t.indexOf(k); at >= 0 && n < cap; at = t.indexOf(k, at + k.length)) n++;
		}
		for (let k = 0; k < n; k++) out.push(groupToken(i));
	});
	return out;
}

/** One unit of a query. */
export interface QueryUnit {
	/** The text as typed. */
	text: string;
	kind: 'literal' | 'group' | 'filler';
	/** For a group: its index in the lexicon. */
	group?: number;
}

/** A query as it is searched. */
export interface Interpretation {
	/** The query as typed (trimmed). */
	q: string;
	units: QueryUnit[];
	/** What Pagefind is asked (the query itself when nothing was rewritten). */
	term: string;
	/** For each unit that every result must contain: the words that count as it (a literal: itself; a group: its plan words and the everyday word). */
	words: string[][];
	/** Everyday words searched as the plan's words, for the page to say so. */
	expanded: Array<{ everyday: string; plan: string[] }>;
	/** Fillers left out. */
	ignored: string[];
	/** Whether anything was rewritten (a group or a filler). */
	rewritten: boolean;
}

/** Characters that separate the words of a query: spaces, quotes and punctuation. */
const SEPARATORS = /[\s"“”'‘’?？!！,，。、;；:：()（）]+/u;

/**
 * Reads a query into units. With `exact` (the reader chose to search the words as typed) or no
 * lexicon, every space-separated word is a literal and the query is searched as typed.
 */
export function interpret(q: string, lexicon: Lexicon | undefined, { exact = false } = {}): Interpretation {
	q = q.trim();
	const chunks = q.split(SEPARATORS).filter(Boolean);
	const literal = (): Interpretation => ({
		q,
		units: chunks.map((text) => ({ text, kind: 'literal' })),
		term: q,
		words: chunks.map((c) => [c.toLocaleLowerCase()]),
		expanded: [],
		ignored: [],
		rewritten: false,
	});
	if (exact || !lexicon || !q) return literal();

	// Everyday words and fillers, longest first; a one-character filler (吗) counts only at the end of a word.
	const entries: Array<{ key: string; kind: 'group' | 'filler'; group?: number }> = [];
	lexicon.groups.forEach((g, i) => g.everyday.forEach((w) => entries.push({ key: w.toLocaleLowerCase(), kind: 'group', group: i })));
	for (const f of lexicon.fillers) entries.push({ key: f.toLocaleLowerCase(), kind: 'filler' });
	entries.sort((a, b) => b.key.length - a.key.length);

	const units: QueryUnit[] = [];
	for (const chunk of chunks) {
		const lower = chunk.toLocaleLowerCase();
		let run = '';
		const flush = () => {
			if (run) units.push({ text: run, kind: 'literal' });
			run = '';
		};
		for (let i = 0; i < chunk.length;) {
			const hit = entries.find((e) => lower.startsWith(e.key, i) && ([...e.key].length > 1 || i + e.key.length === chunk.length));
			// An ASCII word (AI, IPO) counts only as a whole word, not inside a longer one.
			const asciiInside = hit && /^[a-z0-9]+$/.test(hit.key) && (/[a-z0-9]/.test(lower[i - 1] ?? '') || /[a-z0-9]/.test(lower[i + hit.key.length] ?? ''));
			if (!hit || asciiInside) {
				run += chunk[i];
				i++;
				continue;
			}
			flush();
			units.push({ text: chunk.slice(i, i + hit.key.length), kind: hit.kind, ...(hit.group !== undefined ? { group: hit.group } : {}) });
			i += hit.key.length;
		}
		flush();
	}
	if (!units.some((u) => u.kind !== 'literal')) return literal();
	// A query of fillers alone (怎么申请) is searched as typed: there is nothing else to look for.
	if (units.every((u) => u.kind === 'filler')) return literal();
	return build(q, units, lexicon);
}

/** The interpretation of a list of units (also used for the same query with fewer words). */
export function build(q: string, units: QueryUnit[], lexicon: Lexicon): Interpretation {
	const kept = units.filter((u) => u.kind !== 'filler');
	const expanded: Interpretation['expanded'] = [];
	const words: string[][] = [];
	const terms: string[] = [];
	for (const u of kept) {
		if (u.kind === 'group') {
			const g = lexicon.groups[u.group!]!;
			terms.push(groupTerm(lexicon, u.group!));
			words.push([...new Set([...g.plan, u.text].map((w) => w.toLocaleLowerCase()))]);
			if (!expanded.some((e) => e.everyday === u.text)) expanded.push({ everyday: u.text, plan: [...g.plan] });
		} else {
			terms.push(u.text);
			words.push([u.text.toLocaleLowerCase()]);
		}
	}
	return { q, units, term: terms.join(' '), words, expanded, ignored: units.filter((u) => u.kind === 'filler').map((u) => u.text), rewritten: true };
}

/**
 * The same query with fewer words, nearest first, for when nothing contains every word: each
 * variant drops one unit (broad groups such as 补贴 first, then from the last word back), then,
 * with three or more units, two. At most `max` variants.
 */
export function fewerWords(it: Interpretation, lexicon: Lexicon | undefined, max = 6): Array<{ interpretation: Interpretation; dropped: string[] }> {
	const subject = it.units.map((u, i) => ({ u, i })).filter(({ u }) => u.kind !== 'filler');
	if (subject.length < 2) return [];
	const broad = (x: { u: QueryUnit }) => (x.u.kind === 'group' && lexicon?.groups[x.u.group!]?.broad ? 0 : 1);
	const order = [...subject].sort((a, b) => broad(a) - broad(b) || b.i - a.i);
	const drops: number[][] = order.map((x) => [x.i]);
	if (subject.length >= 3) for (let a = 0; a < order.length; a++) for (let b = a + 1; b < order.length; b++) drops.push([order[a]!.i, order[b]!.i]);
	return drops.slice(0, max).map((drop) => {
		const units = it.units.filter((_, i) => !drop.includes(i));
		const dropped = drop.map((i) => it.units[i]!.text);
		const interpretation = lexicon ? build(it.q, units, lexicon) : { ...it, units, term: units.map((u) => u.text).join(' '), words: units.map((u) => [u.text.toLocaleLowerCase()]) };
		return { interpretation, dropped };
	});
}

/**
 * The query with each everyday word replaced by its plan word: the form in which the query can name
 * a page (高企认定奖励 → 高新技术企业认定奖励). Only where every group has one plan word.
 */
export function planForms(it: Interpretation, lexicon: Lexicon | undefined, max = 16): string[] {
	// A group of several plan words means any of them, not one in particular: it names no page.
	if (it.units.some((u) => u.kind === 'group' && (lexicon?.groups[u.group!]?.plan.length ?? 2) > 1)) return [];
	let forms = [''];
	it.units
		.filter((u) => u.kind !== 'filler')
		.forEach((u, k) => {
			const options = u.kind === 'group' ? it.words[k]! : [u.text];
			forms = forms.flatMap((f) => options.map((o) => f + o)).slice(0, max);
		});
	return forms;
}
