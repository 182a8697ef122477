// Search benchmark (a measurement, not a test): recall of the two query sets (the plan's words,
// tests/helpers/search-queries.ts; everyday words, tests/helpers/everyday-queries.ts) through the
// search page's own code, index size, bytes a first search fetches (Pagefind files, and the whole
// /search/?q=… page on a phone, gzip), and time from keystroke to rendered results in Chromium.
// Usage: npm run build && npm run bench:search   (RUNS=15 for more runs)
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../static-server.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.mjs';
import { gzipSize, median } from './measure.ts';
import { loadPagefind } from '../../tests/helpers/pagefind.ts';
import { recallQueries } from '../../tests/helpers/search-queries.ts';
import { everydayQueries } from '../../tests/helpers/everyday-queries.ts';
import { loadContent } from '../../src/content-reader/read-content.ts';
import { runSearch } from '../../src/search/run.ts';

const DIST = path.resolve('dist');
const BUNDLE = path.join(DIST, 'pagefind');
const RUNS = Number(process.env.RUNS ?? 9);
const QUERIES = [
	'楠菲微电子',
	'加计扣除',
	'孵化器',
	'30万元',
	'知识产权质押',
	'区科技局',
	'科普',
	'风险补偿资金池',
	'人才 住房保障',
	'揭榜挂帅',
	'长沙银行',
	'一站式',
	'湖南极盛制造产业园',
	'芯片',
	'专利',
];

if (!fs.existsSync(path.join(BUNDLE, 'pagefind.js'))) {
	console.error('dist/pagefind is missing: run `npm run build` first.');
	process.exit(1);
}

const kb = (n) => `${n.toLocaleString('en')} B (${(n / 1024).toFixed(1)} KiB)`;

// 0. Recall of both query sets, in Node, through runSearch with the everyday vocabulary (as the page runs it).
{
	const pf = await loadPagefind();
	const lexicon = loadContent().vocabulary;
	const top = async (q) => (await runSearch(pf, { q, filters: {} }, { lexicon })).shown.slice(0, 5);
	const offered = (r, target) => {
		const [page, anchor] = target.split('#');
		return r.url === page && (!anchor || r.places.some((p) => p.url === target));
	};
	let found = 0;
	let expected = 0;
	let complete = 0;
	for (const { q, top5 } of recallQueries) {
		const shown = await top(q);
		const n = top5.filter((t) => shown.some((r) => offered(r, t))).length;
		found += n;
		expected += top5.length;
		if (n === top5.length) complete++;
	}
	let inTop = 0;
	let first = 0;
	let zero = 0;
	for (const { q, answers } of everydayQueries) {
		const outcome = await runSearch(pf, { q, filters: {} }, { lexicon });
		const shown = outcome.shown.slice(0, 5);
		const rank = shown.findIndex((r) => answers.some((a) => offered(r, a)));
		if (rank >= 0) inTop++;
		if (rank === 0) first++;
		if (outcome.total === 0 || !outcome.shown.some((r) => r.tier < 2)) zero++;
	}
	const pct = (k, n) => `${k}/${n} (${((100 * k) / n).toFixed(1)}%)`;
	console.log("Recall (Node, the search page's code with the everyday vocabulary):");
	console.log(`  plan-word set (${recallQueries.length} queries): expected pages in the first 5 ${pct(found, expected)}; queries complete ${pct(complete, recallQueries.length)}`);
	console.log(
		`  everyday set (${everydayQueries.length} queries): answer in the first 5 ${pct(inTop, everydayQueries.length)}; first ${pct(first, everydayQueries.length)}; no result ${pct(zero, everydayQueries.length)}\n`,
	);
}

// 1. Index size on disk, by kind of file.
const sizes = {};
for (const e of fs.readdirSync(BUNDLE, { recursive: true, withFileTypes: true })) {
	if (!e.isFile()) continue;
	const name = e.name;
	const kind = name.endsWith('.pf_fragment')
		? 'fragments (one per page)'
		: name.endsWith('.pf_index')
			? 'word index chunks'
			: name.endsWith('.pf_filter')
				? 'filter chunks'
				: name.endsWith('.pf_meta') || name.endsWith('.json')
					? 'metadata'
					: name.endsWith('.pagefind')
						? 'WebAssembly'
						: name === 'pagefind.js'
							? 'search JS (pagefind.js)'
							: 'not fetched: ' + name;
	sizes[kind] = (sizes[kind] ?? 0) + fs.statSync(path.join(e.parentPath, name)).size;
}
const used = Object.entries(sizes)
	.filter(([k]) => !k.startsWith('not fetched'))
	.reduce((n, [, v]) => n + v, 0);
console.log('Search index (dist/pagefind):');
for (const [k, v] of Object.entries(sizes).sort()) console.log(`  ${k.padEnd(42)} ${kb(v)}`);
console.log(`  ${'total used by the search page'.padEnd(42)} ${kb(used)}`);

// 2 and 3 in Chromium, against dist/ served locally.
const { server, url } = await startStaticServer({ root: DIST });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

/** A fresh context (empty cache) on /search/, with a hook that times keystroke → rendered results. */
async function freshSearchPage() {
	const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await ctx.newPage();
	const bytes = [];
	page.on('response', async (r) => {
		if (!r.url().includes('/pagefind/')) return;
		const body = await r.body().catch(() => Buffer.alloc(0));
		bytes.push({ url: new URL(r.url()).pathname, size: body.length });
	});
	await page.goto(`${url}/search/`);
	await page.waitForFunction(() => document.querySelector('site-search')?.dataset.state === 'done');
	await page.evaluate(() => {
		const input = document.querySelector('#search-q');
		const el = document.querySelector('site-search');
		window.__bench = { t0: 0, times: [] };
		input.addEventListener('keydown', (e) => (window.__bench.t0 = e.timeStamp));
		el.addEventListener('search-rendered', () => window.__bench.times.push(performance.now() - window.__bench.t0));
	});
	return { ctx, page, bytes };
}

/** Types the query's last character as a real keystroke (the rest is already in the box) and waits for the results. */
async function keystroke(page, q) {
	const before = await page.evaluate(() => window.__bench.times.length);
	await page.evaluate((v) => (document.querySelector('#search-q').value = v), q.slice(0, -1));
	await page.focus('#search-q');
	await page.keyboard.press('End');
	await page.keyboard.type(q.slice(-1));
	await page.waitForFunction((n) => window.__bench.times.length > n && document.querySelector('site-search').dataset.state === 'done', before);
	return page.evaluate(() => window.__bench.times.at(-1));
}

// First query on a fresh page: everything Pagefind fetches, from loading /search/ to the first results.
const first = [];
const coldTimes = [];
for (let i = 0; i < Math.min(RUNS, 5); i++) {
	const { ctx, page, bytes } = await freshSearchPage();
	const q = QUERIES[i % QUERIES.length];
	coldTimes.push(await keystroke(page, q));
	await page.waitForTimeout(200);
	const total = bytes.reduce((n, b) => n + b.size, 0);
	const startup = bytes.filter((b) => /pagefind(-worker)?\.js$|\.pagefind$|\.pf_meta$|entry\.json$/.test(b.url)).reduce((n, b) => n + b.size, 0);
	first.push({ q, total, startup, query: total - startup, files: bytes.length });
	await ctx.close();
}
console.log('\nBytes fetched for a first query (fresh page, empty cache; Pagefind files only):');
for (const f of first)
	console.log(`  “${f.q}”: ${kb(f.total)} in ${f.files} files = start-up (JS, WebAssembly, metadata) ${kb(f.startup)} + this query (index chunks, filters, fragments) ${kb(f.query)}`);
console.log(`  median: ${kb(median(first.map((f) => f.total)))}`);

// The whole first search on a phone, as `npm run bench` counts it: every response of a fresh /search/?q=… page
// (HTML, CSS, JS, Pagefind files), each gzipped at level 6, until the results are shown.
console.log('\nA first search on a phone (390×844, fresh page, empty cache; every response, gzip level 6):');
for (const q of ['高新技术企业', '人才补贴', '怎么申请人才补贴']) {
	const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await ctx.newPage();
	const bodies = [];
	page.on('response', async (r) => {
		const body = await r.body().catch(() => Buffer.alloc(0));
		bodies.push({ url: new URL(r.url()).pathname, gzip: gzipSize(body), pagefind: r.url().includes('/pagefind/') });
	});
	await page.goto(`${url}/search/?q=${encodeURIComponent(q)}`);
	await page.waitForFunction(() => document.querySelector('site-search')?.dataset.state === 'done');
	await page.waitForTimeout(300);
	const total = bodies.reduce((n, b) => n + b.gzip, 0);
	const pagefind = bodies.filter((b) => b.pagefind).reduce((n, b) => n + b.gzip, 0);
	console.log(`  “${q}”: ${kb(total)} gzip in ${bodies.length} responses (Pagefind files ${kb(pagefind)})`);
	await ctx.close();
}

// Warm: Pagefind loaded, one keystroke completes a query; median over RUNS different queries.
const { ctx, page } = await freshSearchPage();
await keystroke(page, '科技');
const warm = [];
for (let i = 0; i < RUNS; i++) warm.push(await keystroke(page, QUERIES[i % QUERIES.length]));
await ctx.close();
await browser.close();
server.close();

const ms = (x) => `${x.toFixed(0)} ms`;
console.log('\nKeystroke to rendered results in Chromium (includes the search box’s 60 ms typing pause):');
console.log(`  first query on a fresh page (word index and fragments not cached yet): median ${ms(median(coldTimes))} over ${coldTimes.length} runs (${coldTimes.map(ms).join(', ')})`);
console.log(`  later queries: median ${ms(median(warm))} over ${warm.length} runs (min ${ms(Math.min(...warm))}, max ${ms(Math.max(...warm))})`);
