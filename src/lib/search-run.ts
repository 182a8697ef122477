/**
 * One search, as the search page runs it (and the tests, with the same code): Pagefind finds
 * and ranks the pages; then the first results are read and the pages that contain what the
 * reader typed, as typed, move ahead of pages that only contain its parts (Pagefind matches
 * every word as a prefix and drops words it cannot find, so "30万元" also finds "300亩…万平米").
 */
import { present, type Presented, type ResultData } from './search-results.ts';
import { isEmpty, pagefindFilters, type FacetKey, type SearchState } from './search.ts';

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
}

export interface SearchOutcome {
	/** Pages found. */
	total: number;
	/** The first results, read and presented, best first. */
	shown: ShownResult[];
	/** Loads and presents the next results, in Pagefind's order. */
	more(count: number): Promise<ShownResult[]>;
	/** Counts per facet value for the current search, each facet counted without its own selection (OR inside a facet). */
	counts: Partial<Record<FacetKey, Record<string, number>>>;
}

/** How many results are read up front and re-ordered by how literally they match. */
export const VERIFIED = 20;

export async function runSearch(pf: PagefindLike, state: SearchState, { verified = VERIFIED, facets = [] as readonly FacetKey[] } = {}): Promise<SearchOutcome> {
	if (isEmpty(state)) return { total: 0, shown: [], more: async () => [], counts: {} };
	const term = state.q || null;
	// Browsing by facets alone lists pages in the site's order (content type, then number).
	const options = (except?: FacetKey) => ({ filters: pagefindFilters(state, except), ...(term ? {} : { sort: { order: 'asc' } }) });
	const search = await pf.search(term, options());

	const read = async (r: (typeof search.results)[number]): Promise<ShownResult> => {
		const data = await r.data();
		return { ...present(data, state.q), filters: data.filters };
	};
	const head = await Promise.all(search.results.slice(0, verified).map(read));
	// Stable: within a tier Pagefind's order stands.
	const shown = head.map((r, i) => [r, i] as const).sort(([a, i], [b, j]) => a.tier - b.tier || i - j).map(([r]) => r);
	let next = verified;

	// A facet with values selected is counted as if none were, so its other values show what choosing them would add.
	const counts: SearchOutcome['counts'] = {};
	for (const key of facets) {
		counts[key] = state.filters[key]?.length ? (await pf.search(term, options(key))).filters[key] ?? {} : search.filters[key] ?? {};
	}

	return {
		total: search.results.length,
		shown,
		counts,
		more(count) {
			// Taken before any await, so calls that overlap never read the same results twice.
			const slice = search.results.slice(next, next + count);
			next += slice.length;
			return Promise.all(slice.map(read));
		},
	};
}
