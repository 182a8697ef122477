/**
 * Recall of the built search index on real queries, in Node, through Pagefind's own browser
 * bundle (see tests/helpers/pagefind.ts). Prints the recall figure.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadPagefind } from '../helpers/pagefind.ts';
import { recallQueries } from '../helpers/search-queries.ts';
import { runSearch } from '../../src/search/run.ts';
import { lexicon } from '../helpers/lexicon.ts';

const TOP = 5;

/** The first five results of a query as the search page shows them (with the everyday vocabulary): page URL and the places it offers. */
async function topResults(q: string) {
	const outcome = await runSearch(await loadPagefind(), { q, filters: {} }, { lexicon: lexicon() });
	return outcome.shown.slice(0, TOP);
}

/** Which expected targets a query's first five results satisfy. */
export async function recallOf(q: string, targets: string[]) {
	const top = await topResults(q);
	const found = targets.filter((target) => {
		const [page, anchor] = target.split('#');
		const result = top.find((r) => r.url === page);
		return result && (!anchor || result.places.some((p) => p.url === target));
	});
	return { found, top };
}

const outcomes: Array<{ q: string; found: number; total: number }> = [];

describe('recall on the real text (Node, built index)', () => {
	it(`has a set of at least 40 real queries`, () => {
		expect(recallQueries.length).toBeGreaterThanOrEqual(40);
		expect(new Set(recallQueries.map((r) => r.q)).size).toBe(recallQueries.length);
	});

	it.each(recallQueries.map((r) => [r.q, r] as const))('%s', async (_q, { q, top5, first }) => {
		const { found, top } = await recallOf(q, top5);
		// A query whose page must come first counts as found only there.
		const firstMissed = first && top[0]?.url !== top5[0];
		outcomes.push({ q, found: found.length - (firstMissed ? 1 : 0), total: top5.length });
		const shown = top.map((r) => `${r.url} [${r.places.map((p) => p.url.split('#')[1] ?? '·').join(' ')}]`);
		expect(found, `first ${TOP} for “${q}”: ${shown.join(', ')}`).toEqual(top5);
		if (first) expect(top[0]?.url, `first result for “${q}”: ${shown.join(', ')}`).toBe(top5[0]);
	});

	afterAll(() => {
		const found = outcomes.reduce((n, o) => n + o.found, 0);
		const total = outcomes.reduce((n, o) => n + o.total, 0);
		const queries = outcomes.filter((o) => o.found === o.total).length;
		console.log(`search recall (Node): ${found}/${total} expected pages in the first ${TOP} (${((100 * found) / total).toFixed(1)}%); ${queries}/${outcomes.length} queries complete`);
	});
});
