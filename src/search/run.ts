/**
 * One search, as the search page runs it (and the tests, with the same code): Pagefind finds
 * and ranks the pages; then the first results are read and the pages that contain what the
 * reader typed, as typed, move ahead of pages that only contain its parts (Pagefind matches
 * every word as a prefix and drops words it cannot find, so "30万元" also finds "300亩…万平米").
 * Among those, a page the query names (its title's `about` words are all in the query) comes
 * first: "航天之星 研发投入" names the target “航天之星”……研发投入, not the task that mentions both.
 */
import { present, type Presented, type ResultData } from './results.ts';
import { isEmpty, pagefindFilters, type FacetKey, type SearchState } from './records.ts';
import { fewerWords, interpret, planForms, type Interpretation, type Lexicon } from './vocabulary.ts';

/** The part of Pagefind's browser API used here. */
export interface PagefindLike {
	search(
		term: string | null,
		options?: { filters?: object; sort?: object },
	): Promise<{
		results: Array<{ id: string; data(): Promise<ResultData & { filters: Record<string, string[]> }> }>;
		filters: Record<string, Record<string, number>>;
	}>;
}

export interface ShownResult extends Presented {
	filters: Record<string, string[]>;
	/** For a support measure: the amount as the text states it (index-only `amount` field), shown as a labelled part. */
	amount?: string;
	/** Other pages that answered with the same clause (an action page repeating /plan/'s text). */
	alsoAt?: Array<{ url: string; title: string }>;
}

/** The full text; the action pages repeat its clauses under the same anchors. */
export const FULL_TEXT = '/plan/';

const anchorOf = (url: string | undefined) => url?.split('#')[1];

/**
 * Letters and digits only, lower case: the form in which a query and a title are compared, and the
 * way Pagefind normalises words (src/search/hints.ts).
 */
export const bare = (s: string) => s.toLocaleLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether a query names a page: the words of its title that say what it is about (the index's
 * `about` field, else its title) occur in the query, spaces and punctuation aside. Two characters
 * at least, so that no page is named by a single character.
 */
export function namesPage(q: string, meta: Record<string, string | undefined>): boolean {
	const about = bare(meta.about ?? meta.title ?? '');
	return [...about].length >= 2 && bare(q).includes(about);
}

/**
 * Where /plan/ and an action page answer with the same clause (same anchor first), the reader gets it
 * once: from /plan/, at the better of the two ranks, with the action page as a second link. Returns
 * the merged list and how many results were folded in.
 */
export function mergeSameClause(results: ShownResult[]): { merged: ShownResult[]; folded: number } {
	const merged: ShownResult[] = [];
	let folded = 0;
	for (const r of results) {
		const id = anchorOf(r.places[0]?.url);
		const twin = id ? merged.findIndex((o) => o.url !== r.url && (o.url === FULL_TEXT || r.url === FULL_TEXT) && anchorOf(o.places[0]?.url) === id) : -1;
		if (twin < 0) {
			merged.push(r);
			continue;
		}
		const [kept, other] = merged[twin]!.url === FULL_TEXT ? [merged[twin]!, r] : [r, merged[twin]!];
		merged[twin] = { ...kept, alsoAt: [...(kept.alsoAt ?? []), { url: other.places[0]!.url, title: other.title }] };
		folded++;
	}
	return { merged, folded };
}

export interface SearchOutcome {
	/** Results: pages found, less those folded into /plan/'s result for the same clause. */
	total: number;
	/** The first results, read and presented, best first. */
	shown: ShownResult[];
	/** Loads and presents the next results, in Pagefind's order. */
	more(count: number): Promise<ShownResult[]>;
	/** Counts per facet value for the current search, each facet counted without its own selection (OR inside a facet). */
	counts: Partial<Record<FacetKey, Record<string, number>>>;
	/** How the query was read: everyday words searched as the plan's words, fillers left out (see search-vocabulary.ts). */
	interpretation?: Interpretation;
	/**
	 * Set when no page contains every word of the query and the results are those of the same query
	 * with fewer words (the nearest results): the words left out.
	 */
	dropped?: string[];
}

/**
 * How many results are read up front and re-ordered by how literally they match. Each is a fragment
 * to fetch (/plan/'s is 9.5 KB gzip); 14 is the fewest that keeps every plan-word query's pages in the
 * first five (12 loses 2亿元's), measured with tests/search/recall.site.test.ts.
 */
export const VERIFIED = 14;

export interface RunOptions {
	/** How many results are read up front and re-ordered. */
	verified?: number;
	/** Facets to count values of. */
	facets?: readonly FacetKey[];
	/** The everyday vocabulary; without it the query is searched as typed. */
	lexicon?: Lexicon;
	/** When no page contains every word, look for the nearest results (the query with fewer words). Default true. */
	nearest?: boolean;
}

export async function runSearch(pf: PagefindLike, state: SearchState, { verified = VERIFIED, facets = [] as readonly FacetKey[], lexicon, nearest = true }: RunOptions = {}): Promise<SearchOutcome> {
	if (isEmpty(state)) return { total: 0, shown: [], more: async () => [], counts: {} };
	const it = state.q ? interpret(state.q, lexicon, { exact: state.exact === true }) : undefined;
	const first = await searchOnce(pf, state, it, verified, facets, lexicon);
	if (!it || !nearest || first.shown.some((r) => r.tier < 2)) return first;
	// Nothing contains every word: the nearest results are those of the query with fewer words.
	for (const { interpretation, dropped } of fewerWords(it, state.exact ? undefined : lexicon)) {
		const outcome = await searchOnce(pf, state, interpretation, verified, facets, lexicon);
		if (outcome.shown.some((r) => r.tier < 2)) return { ...outcome, interpretation: it, dropped };
	}
	return first;
}

async function searchOnce(pf: PagefindLike, state: SearchState, it: Interpretation | undefined, verified: number, facets: readonly FacetKey[], lexicon: Lexicon | undefined): Promise<SearchOutcome> {
	const term = it ? it.term || null : null;
	// Browsing by facets alone lists pages in the site's order (content type, then number).
	const options = (except?: FacetKey) => ({ filters: pagefindFilters(state, except), ...(term ? {} : { sort: { order: 'asc' } }) });
	const search = await pf.search(term, options());
	// The forms in which the query can name a page: as typed, and with its everyday words in the plan's words.
	const forms = it?.rewritten ? [state.q, ...planForms(it, lexicon)] : [state.q];
	const words = it?.rewritten ? it.words : undefined;

	const read = async (r: (typeof search.results)[number]): Promise<{ shown: ShownResult; named: boolean }> => {
		const data = await r.data();
		const amount = data.meta.amount;
		return { shown: { ...present(data, state.q, words ? { words } : {}), filters: data.filters, ...(amount ? { amount } : {}) }, named: forms.some((f) => namesPage(f, data.meta)) };
	};
	const head = await Promise.all(search.results.slice(0, verified).map(read));
	// A query in everyday words is an enterprise or a resident asking what they can get: within a tier,
	// support measures come first, then tasks, targets and units, then the full text and the action
	// pages (which contain every answer). A query in the plan's own words keeps Pagefind's order.
	const typeRank = (type: readonly string[] | undefined) => (type?.includes('支持措施') ? 0 : type?.includes('正文') ? 2 : 1);
	const textLast = (h: { shown: ShownResult }) => (it?.rewritten ? typeRank(h.shown.filters.type) : 0);
	// Stable: within a tier, the pages the query names first, then Pagefind's order.
	const ordered = head
		.map((h, i) => ({ ...h, i }))
		.sort((a, b) => a.shown.tier - b.shown.tier || Number(b.named) - Number(a.named) || textLast(a) - textLast(b) || a.i - b.i)
		.map((h) => h.shown);
	const { merged: shown, folded } = mergeSameClause(ordered);
	let next = verified;

	// A facet with values selected is counted as if none were, so its other values show what choosing them would add.
	const counts: SearchOutcome['counts'] = {};
	for (const key of facets) {
		counts[key] = state.filters[key]?.length ? ((await pf.search(term, options(key))).filters[key] ?? {}) : (search.filters[key] ?? {});
	}

	return {
		total: search.results.length - folded,
		shown,
		counts,
		...(it ? { interpretation: it } : {}),
		more(count) {
			// Taken before any await, so calls that overlap never read the same results twice.
			const slice = search.results.slice(next, next + count);
			next += slice.length;
			return Promise.all(slice.map(async (r) => (await read(r)).shown));
		},
	};
}
