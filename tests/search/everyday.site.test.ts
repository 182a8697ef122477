/**
 * Recall on everyday queries (tests/helpers/everyday-queries.ts): the words enterprises and residents
 * type, run in Node through Pagefind's own bundle and the search page's code (runSearch with the
 * everyday vocabulary). Targets: an answer in the first five for ≥ 95% of the queries, first for
 * ≥ 85%, and no query without results. Prints the figures.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadPagefind } from '../helpers/pagefind.ts';
import { everydayQueries } from '../helpers/everyday-queries.ts';
import { lexicon } from '../helpers/lexicon.ts';
import { runSearch } from '../../src/search/run.ts';

const TOP = 5;

/** Whether a result is one of the answers (an answer with an #anchor must be a place the result offers). */
function isAnswer(r: { url: string; places: Array<{ url: string }> }, answers: string[]): boolean {
	return answers.some((a) => {
		const [page, anchor] = a.split('#');
		return r.url === page && (!anchor || r.places.some((p) => p.url === a));
	});
}

export async function everydayOutcome(q: string, answers: string[]) {
	const outcome = await runSearch(await loadPagefind(), { q, filters: {} }, { lexicon: lexicon() });
	const top = outcome.shown.slice(0, TOP);
	const rank = top.findIndex((r) => isAnswer(r, answers));
	return { outcome, top, rank, zero: outcome.total === 0 || !outcome.shown.some((r) => r.tier < 2) };
}

const results: Array<{ q: string; rank: number; zero: boolean; top: string[] }> = [];

describe('everyday queries find the answer (Node, built index)', () => {
	it('has a set of at least 80 everyday queries, none of them twice', () => {
		expect(everydayQueries.length).toBeGreaterThanOrEqual(80);
		expect(new Set(everydayQueries.map((e) => e.q)).size).toBe(everydayQueries.length);
	});

	it('runs every query', async () => {
		for (const { q, answers } of everydayQueries) {
			const { rank, zero, top } = await everydayOutcome(q, answers);
			results.push({ q, rank, zero, top: top.map((r) => r.url) });
		}
		const misses = results.filter((r) => r.rank < 0).map((r) => `${r.q} → ${r.top.join(' ')}`);
		const notFirst = results.filter((r) => r.rank > 0).map((r) => `${r.q} (#${r.rank + 1}) → ${r.top.join(' ')}`);
		const inTop = results.filter((r) => r.rank >= 0).length / results.length;
		const first = results.filter((r) => r.rank === 0).length / results.length;
		expect(
			results.filter((r) => r.zero).map((r) => r.q),
			'queries that end on no result',
		).toEqual([]);
		expect(inTop, `answer not in the first ${TOP}:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
		expect(first, `answer not first:\n${notFirst.join('\n')}`).toBeGreaterThanOrEqual(0.85);
	});

	afterAll(() => {
		const n = results.length;
		if (!n) return;
		const pct = (k: number) => `${k}/${n} (${((100 * k) / n).toFixed(1)}%)`;
		console.log(
			`everyday recall (Node): answer in the first ${TOP} ${pct(results.filter((r) => r.rank >= 0).length)}; first ${pct(results.filter((r) => r.rank === 0).length)}; no result ${pct(results.filter((r) => r.zero).length)}`,
		);
		for (const r of results.filter((x) => x.rank !== 0)) console.log(`  ${r.rank < 0 ? 'miss' : `#${r.rank + 1}`}  ${r.q} → ${r.top.join(' ')}`);
	});
});
