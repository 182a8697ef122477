/**
 * npm run bench: the performance benchmark (not part of npm test; it prints figures and exits non-zero
 * when a budget fails).
 *
 *  1. Builds the site, and the same plan text as a stock Starlight site in a temporary folder.
 *  2. Serves both dist/ folders on 127.0.0.1 and loads every page template in Chromium as a phone on a
 *     slow connection (a fresh context per run, cache disabled), several runs, and prints the medians as
 *     "this site / Starlight (ratio)".
 *  3. Checks the budgets (templates.ts) and which scripts each page runs.
 *  4. Builds, in a copy of the project, the real content and synthetic sets ×5 and ×10 (scale.ts checks
 *     that build CPU time, output and Pagefind index grow no worse than linearly).
 *  5. Builds the real content with one task text ×100 (long-text.ts) and prints the build-time ratio.
 *
 * Options: --runs=N (default 5), --no-throttle, --no-scale, --json=FILE (all figures), --keep (keep the
 * temporary folder). Run through npm (Node 24): node --experimental-transform-types scripts/bench/bench.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startStaticServer } from '../static-server.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.mjs';
import { contentDir, loadContent, readContent } from '../../src/content-reader/read-content.ts';
import { gzipSize, measurePage, median, openSession, phone, presentSelectors, slow4g, summarize, sumBytes, type Fetch, type PageRun, type Session, type Summary, type Throttle } from './measure.ts';
import { cls, count, kb, ms, pair, row, seconds } from './report.ts';
import { buildFigures, copyProject, linkedAstroBuild, timedBuild, type BuildFigures, type BuildTime } from './build.ts';
import { missingFromStarlightPlan, writeStarlightProject } from './starlight.ts';
import { growth, type Growth } from './scale.ts';
import { generateSynthetic, type SyntheticSummary } from './synthetic.ts';
import { LONG_TEXT_BUDGET, LONG_TEXT_FACTOR, longTextReport, measureLongText, type LongTextResult } from './long-text.ts';
import { budgets, builtFile, CHART_JS, classifyScripts, definedElements, featureSelectors, KB, resolveTemplate, SEARCH_QUERY, templates, type ScriptVerdict, type Template } from './templates.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

const argv = process.argv.slice(2);
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const RUNS = Number(option('runs') ?? 5);
const THROTTLE: Throttle | undefined = argv.includes('--no-throttle') ? undefined : slow4g;
const SCALE = !argv.includes('--no-scale');
const JSON_OUT = option('json');
const KEEP = argv.includes('--keep');
const FACTOR = budgets.scaleFactor;
const MID = Math.round(FACTOR / 2);

const log = (s = '') => process.stdout.write(s + '\n');
const progress = (s: string) => process.stderr.write(`… ${s}\n`);

interface ScriptReport extends ScriptVerdict {
	url?: string;
	raw: number;
	gzip: number;
}

interface ChartReport {
	/** Top of the highest chart at load, px from the top of the viewport. */
	top: number;
	/** Close enough to the first screen that Chart.js may load with the page. */
	near: boolean;
	/** Runs that fetched Chart.js on load (page at the top, no interaction). */
	onLoadRuns: number;
	/** Chart.js was fetched once the chart was scrolled into view. */
	afterScroll: boolean;
}

interface TemplateResult {
	template: Template;
	path?: string;
	ours?: Summary;
	theirs?: Summary;
	scripts?: ScriptReport[];
	chart?: ChartReport;
	/** The search template: bytes of the Pagefind files fetched. */
	pagefind?: number;
}

/** The first run's extra look at the page: its scripts against what the page holds, and its charts. */
async function inspect(s: Session, run: PageRun, result: TemplateResult): Promise<void> {
	const selectors = [...new Set([...featureSelectors(), ...run.scripts.flatMap((x) => definedElements(x.code))])];
	const present = await presentSelectors(s.page, selectors);
	const verdicts = classifyScripts(run.scripts, (sel) => present.has(sel));
	result.scripts = run.scripts.map((x, i) => {
		const body = Buffer.from(x.code);
		return { ...(x.url ? { url: x.url } : {}), raw: body.length, gzip: gzipSize(body), ...verdicts[i]! };
	});
	if (run.chartTop !== undefined) {
		const mark = s.recorder.fetches.length;
		await s.page.evaluate(() => document.querySelector('chart-figure')?.scrollIntoView({ block: 'center' }));
		await s.recorder.quiet();
		const afterScroll = s.recorder.fetches.slice(mark).some(isChartJs);
		result.chart = { top: run.chartTop, near: run.chartTop < phone.viewport.height + budgets.chartNearPx, onLoadRuns: 0, afterScroll };
	}
}

const isChartJs = (f: Fetch) => f.kind === 'js' && CHART_JS.test(f.code ?? '');
const isPagefind = (f: Fetch) => /\/pagefind\//.test(f.url);

async function runTemplate(browser: Browser, base: string, pagePath: string, result?: TemplateResult): Promise<{ summary: Summary; runs: PageRun[] }> {
	const runs: PageRun[] = [];
	for (let i = 0; i < RUNS; i++) {
		runs.push(await measurePage(browser, base + pagePath, THROTTLE, i === 0 && result ? (s, run) => inspect(s, run, result) : undefined));
	}
	return { summary: summarize(runs), runs };
}

/** Starlight's first search: open the search dialog on the home page, type the query, wait for results. */
async function starlightSearch(browser: Browser, base: string): Promise<{ all: number; pagefind: number }> {
	const all: number[] = [];
	const pagefind: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const s = await openSession(browser, THROTTLE);
		try {
			await s.page.goto(base + '/', { waitUntil: 'load' });
			await s.recorder.quiet();
			const mark = s.recorder.fetches.length;
			await s.page.click('site-search button[data-open-modal]');
			const input = s.page.locator('#starlight__search input[type="search"], #starlight__search input').first();
			await input.waitFor({ timeout: 60_000 });
			await input.fill(SEARCH_QUERY);
			await s.page.locator('.pagefind-ui__result').first().waitFor({ timeout: 60_000 });
			await s.recorder.quiet();
			// Everything the search fetched, and any search code the page had fetched before the dialog opened.
			const fetched = s.recorder.fetches.filter((f, k) => k >= mark || isPagefind(f));
			all.push(sumBytes(fetched).gzip);
			pagefind.push(sumBytes(fetched.filter(isPagefind)).gzip);
		} finally {
			await s.context.close();
		}
	}
	return { all: median(all), pagefind: median(pagefind) };
}

function printTemplate(r: TemplateResult): void {
	const head = `${r.template.label}  ${r.path ?? ''}`;
	log();
	log(head);
	if (!r.ours) {
		log('  n/a (not built)');
		return;
	}
	const o = r.ours;
	const t = r.theirs;
	const W = [24, 38];
	const bytesRow = (label: string, a: { raw: number; gzip: number }, b: { raw: number; gzip: number } | undefined) =>
		log(row(['  ' + label, 'gzip ' + pair(a.gzip, b?.gzip, kb), 'raw ' + pair(a.raw, b?.raw, kb)], W));
	log(row(['  requests', pair(o.requests, t?.requests, count)], W));
	bytesRow('HTML', o.bytes.html, t?.bytes.html);
	bytesRow('CSS', o.bytes.css, t?.bytes.css);
	bytesRow('JS files', o.bytes.js, t?.bytes.js);
	bytesRow('other', o.bytes.other, t?.bytes.other);
	bytesRow('total on load', o.bytes.total, t?.bytes.total);
	bytesRow('JS run before load', o.jsBeforeLoad, t?.jsBeforeLoad); // inline and files
	log(row(['  scripts before load', pair(o.jsBeforeLoad.count, t?.jsBeforeLoad.count, count)], W));
	log(row(['  script time to load', pair(o.scriptMs, t?.scriptMs, ms)], W));
	log(row(['  blocking time', pair(o.blockingMs, t?.blockingMs, ms)], W));
	log(row(['  load event', pair(o.loadMs, t?.loadMs, ms)], W));
	log(row(['  LCP', pair(o.lcpMs, t?.lcpMs, ms)], W));
	log(row(['  CLS', pair(o.cls, t?.cls, cls) + (o.clsMax > 0 ? `  (worst run ${cls(o.clsMax)})` : '')], W));
	if (r.scripts) {
		const groups = new Map<string, { n: number; gzip: number }>();
		for (const s of r.scripts) {
			const key = s.feature ?? 'not allowed';
			const g = groups.get(key) ?? { n: 0, gzip: 0 };
			groups.set(key, { n: g.n + 1, gzip: g.gzip + s.gzip });
		}
		log(`  scripts on this site: ${groups.size ? [...groups].map(([k, g]) => `${k} ×${g.n} (${kb(g.gzip)} gzip)`).join('; ') : 'none'}`);
		for (const s of r.scripts.filter((x) => x.problem)) log(`    ✗ ${s.url ?? 'inline script'} (${kb(s.raw)}) ${s.problem}`);
	}
	if (r.chart) {
		log(
			`  charts: first chart ${Math.round(r.chart.top)} px from the top; Chart.js fetched on load in ${r.chart.onLoadRuns}/${o.runs} runs${r.chart.onLoadRuns < o.runs ? `; fetched when scrolled to: ${r.chart.afterScroll ? 'yes' : 'no'}` : ''}`,
		);
	}
}

interface Check {
	name: string;
	status: 'pass' | 'fail' | 'n/a';
	detail: string;
}

function checkBudgets(results: TemplateResult[], scale: ScaleResult | undefined, longText?: LongTextResult): Check[] {
	const checks: Check[] = [];
	const byKey = (k: string) => results.find((r) => r.template.key === k);
	const sizeCheck = (key: string, limit: number, name: string) => {
		const r = byKey(key);
		if (!r?.ours) return checks.push({ name, status: 'n/a', detail: 'page not built' });
		const v = r.ours.bytes.total.gzip;
		checks.push({ name, status: v <= limit ? 'pass' : 'fail', detail: `${r.path}: ${kb(v)} gzip (${kb(r.ours.bytes.total.raw)} raw, ${count(r.ours.requests)} requests)` });
	};
	sizeCheck('plan', budgets.planGzip, `/plan/ total on load ≤ ${kb(budgets.planGzip)} gzip`);
	sizeCheck('task', budgets.taskGzip, `task page (the heaviest) total on load ≤ ${kb(budgets.taskGzip)} gzip`);
	// 一图读懂 holds the task pages' budget; its images load lazily, below the first screen.
	sizeCheck('tujie', budgets.taskGzip, `/tujie/ total on load ≤ ${kb(budgets.taskGzip)} gzip (images lazily)`);

	const measured = results.filter((r) => r.ours);
	const bad = measured.flatMap((r) => (r.scripts ?? []).filter((s) => s.problem).map((s) => `${r.path}: ${s.url ?? 'inline script'} ${s.problem}`));
	checks.push({
		name: 'scripts: only page tools/reader settings, search, charts, filters, finder, 朗读, each where needed',
		status: bad.length ? 'fail' : 'pass',
		detail: bad.length ? bad.join('\n        ') : `${measured.length} templates checked; ${measured.reduce((n, r) => n + (r.scripts?.length ?? 0), 0)} scripts, all allowed`,
	});

	const charts = measured.filter((r) => r.chart);
	if (!charts.length) checks.push({ name: 'Chart.js only when a chart nears the viewport', status: 'n/a', detail: 'no chart page built' });
	for (const r of charts) {
		const c = r.chart!;
		const problems = [
			...(!c.near && c.onLoadRuns > 0 ? [`Chart.js fetched on load in ${c.onLoadRuns} runs though the first chart is ${Math.round(c.top)} px from the top`] : []),
			...(c.onLoadRuns === 0 && !c.afterScroll ? ['Chart.js was not fetched when the chart was scrolled into view'] : []),
		];
		checks.push({
			name: `Chart.js only when a chart nears the viewport (${r.path})`,
			status: problems.length ? 'fail' : 'pass',
			detail: problems.length
				? problems.join('; ')
				: c.near
					? `the first chart starts ${Math.round(c.top)} px down, within the first screen and the ${budgets.chartNearPx} px look-ahead: fetched on load`
					: `not fetched on load (first chart ${Math.round(c.top)} px down); fetched when scrolled to`,
		});
	}

	const shifted = measured.filter((r) => r.ours!.clsMax > budgets.cls);
	checks.push({
		name: 'CLS 0 on every template, every run',
		status: shifted.length ? 'fail' : 'pass',
		detail: shifted.length ? shifted.map((r) => `${r.path}: worst ${cls(r.ours!.clsMax)}`).join('; ') : `${measured.length} templates × ${RUNS} runs`,
	});

	if (!scale) checks.push({ name: 'scale: content ×10 grows no worse than linearly', status: 'n/a', detail: 'skipped (--no-scale)' });
	else {
		const parts = [
			['build CPU time', scale.time],
			['dist/ size', scale.bytes],
			['Pagefind index', scale.index],
		] as const;
		const failed = parts.filter(([, g]) => g && !g.ok);
		checks.push({
			name: `scale: content ×${FACTOR} grows no worse than linearly (build CPU time, dist/ size, Pagefind index)`,
			status: failed.length ? 'fail' : 'pass',
			detail: failed.length
				? failed.map(([n, g]) => `${n}: ${g!.problem}`).join('; ')
				: parts.map(([n, g]) => (g ? `${n} ×${g.ratio.toFixed(2)}, ${((g.excess / g.points[2]!.value) * 100).toFixed(1)}% from the line` : `${n}: none built`)).join('; '),
		});
	}
	if (!longText) checks.push({ name: `long text: a task text ×${LONG_TEXT_FACTOR} builds in at most ×${LONG_TEXT_BUDGET} the time`, status: 'n/a', detail: 'skipped (--no-scale)' });
	else
		checks.push({
			name: `long text: a task text ×${LONG_TEXT_FACTOR} builds in at most ×${LONG_TEXT_BUDGET} the time`,
			status: longText.ok ? 'pass' : 'fail',
			detail: `build CPU time ×${longText.ratio.toFixed(2)} (${longText.content.before} → ${longText.content.after} characters)`,
		});
	return checks;
}

interface ScaleResult {
	/** The real content (×1) and the synthetic sets, built the same way in a copy of the project. */
	points: Array<{ factor: number; figures: BuildFigures; synthetic?: SyntheticSummary }>;
	time: Growth;
	bytes: Growth;
	index?: Growth;
}

async function main(): Promise<number> {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kaifu-bench-'));
	const dist = path.join(ROOT, 'dist');
	const slDir = path.join(tmp, 'starlight');
	const slDist = path.join(slDir, 'dist');
	const starlightVersion = (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', '@astrojs', 'starlight', 'package.json'), 'utf8')) as { version: string }).version;
	try {
		progress('building the site');
		// KAIFU_IMAGE_CACHE=0: the images are drawn anew, as --force rebuilds the content layer.
		const ours = buildFigures(dist, await timedBuild([ASTRO, 'build', '--force'], ROOT, { KAIFU_IMAGE_CACHE: '0' }));
		const content = loadContent(contentDir(ROOT), ROOT);
		progress(`building the Starlight ${starlightVersion} baseline in ${slDir}`);
		writeStarlightProject(slDir, ROOT, contentDir(ROOT), content);
		const theirs = buildFigures(slDist, await timedBuild(linkedAstroBuild(slDir), slDir));
		const missing = missingFromStarlightPlan(slDist, content);
		if (missing.length) throw new Error(`the Starlight /plan/ lacks the text of ${missing.join(', ')}: the baseline would not be the same text`);

		const a = await startStaticServer({ root: dist });
		const b = await startStaticServer({ root: slDist });
		const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
		const results: TemplateResult[] = [];
		let slSearch: { all: number; pagefind: number } | undefined;
		try {
			for (const template of templates) {
				const pagePath = resolveTemplate(template, dist);
				const result: TemplateResult = { template, ...(pagePath ? { path: pagePath } : {}) };
				results.push(result);
				if (!pagePath) continue;
				progress(`measuring ${pagePath} (${RUNS} runs)`);
				const mine = await runTemplate(browser, a.url, pagePath, result);
				result.ours = mine.summary;
				if (result.chart) result.chart.onLoadRuns = mine.runs.filter((r) => r.fetches.some(isChartJs)).length;
				if (template.key === 'search') result.pagefind = median(mine.runs.map((r) => sumBytes(r.fetches.filter(isPagefind)).gzip));
				if (template.starlight && builtFile(slDist, pagePath)) {
					progress(`measuring ${pagePath} on Starlight`);
					result.theirs = (await runTemplate(browser, b.url, pagePath)).summary;
				}
			}
			progress('measuring a first search on Starlight');
			slSearch = await starlightSearch(browser, b.url);
		} finally {
			await browser.close();
			a.server.close();
			b.server.close();
		}

		let scale: ScaleResult | undefined;
		let longText: LongTextResult | undefined;
		if (SCALE) {
			// Every build in one copy of the project, the same way, so that only the content differs.
			const copy = path.join(tmp, 'site');
			copyProject(ROOT, copy);
			const points: ScaleResult['points'] = [];
			for (const factor of [1, MID, FACTOR]) {
				progress(`scale: building ${factor === 1 ? 'the real content' : `synthetic content ×${factor}`} in a copy of the project (${budgets.scaleRuns} times)`);
				const synthetic = factor === 1 ? undefined : generateSynthetic(contentDir(ROOT), path.join(tmp, `content-x${factor}`), factor);
				if (synthetic) {
					const { problems } = readContent(synthetic.dir, ROOT);
					if (problems.length)
						throw new Error(
							`the synthetic content ×${factor} does not pass the content checks:\n${problems
								.slice(0, 10)
								.map((p) => JSON.stringify(p))
								.join('\n')}`,
						);
				}
				const out = path.join(tmp, `dist-x${factor}`);
				const times: BuildTime[] = [];
				for (let i = 0; i < budgets.scaleRuns; i++) times.push(await timedBuild(linkedAstroBuild(copy, '--force', '--outDir', out), copy, synthetic ? { KAIFU_CONTENT_DIR: synthetic.dir } : {}));
				const time = { wallMs: median(times.map((t) => t.wallMs)), cpuMs: median(times.map((t) => t.cpuMs)) };
				points.push({ factor, figures: buildFigures(out, time), ...(synthetic ? { synthetic } : {}) });
				fs.rmSync(out, { recursive: true, force: true });
			}
			const of = (f: (b: BuildFigures) => number | undefined) => points.map((p) => ({ factor: p.factor, value: f(p.figures) ?? NaN }));
			const hasIndex = points.every((p) => p.figures.index !== undefined);
			// The long-text case, in the same copy, against the real content's build just measured.
			longText = await measureLongText(ROOT, tmp, budgets.scaleRuns, progress, points[0]!.figures);
			scale = {
				points,
				time: growth(
					of((b) => b.cpuMs),
					budgets.timeNoise,
				),
				bytes: growth(
					of((b) => b.bytes),
					budgets.sizeNoise,
				),
				...(hasIndex
					? {
							index: growth(
								of((b) => b.index),
								budgets.sizeNoise,
							),
						}
					: {}),
			};
		}

		// The report.
		log(`Performance benchmark: this site / Starlight ${starlightVersion} (the same text, stock theme), ratio = this site ÷ Starlight`);
		log(
			`Chromium, phone ${phone.viewport.width}×${phone.viewport.height} (DPR ${phone.deviceScaleFactor}), ${THROTTLE ? THROTTLE.name : 'no throttling'}; cache disabled, a fresh context per run; median of ${RUNS} runs.`,
		);
		log(`Bytes: response bodies on load (until the network is quiet, no interaction); gzip = each body gzipped at level 6 (the local server does not compress). 1 KB = ${KB} bytes.`);
		log();
		log('Build');
		const W = [30];
		log(row(['  build wall time', pair(ours.wallMs, theirs.wallMs, seconds)], W));
		log(row(['  build CPU time', pair(ours.cpuMs, theirs.cpuMs, seconds)], W));
		log(row(['  pages', pair(ours.pages, theirs.pages, count)], W));
		log(row(['  images (一图读懂, share cards)', ours.images ?? 'n/a (no image step logged)'], W));
		log(row(['  dist/ size', pair(ours.bytes, theirs.bytes, kb)], W));
		log(row(['  Pagefind index', ours.index === undefined ? `n/a (no dist/pagefind) / ${theirs.index === undefined ? '—' : kb(theirs.index)}` : pair(ours.index, theirs.index, kb)], W));
		const search = results.find((r) => r.template.key === 'search');
		log(
			row(
				[
					`  first search “${SEARCH_QUERY}”`,
					search?.ours
						? `${pair(search.ours.bytes.total.gzip, slSearch?.all, kb)} gzip; Pagefind files ${pair(search.pagefind ?? 0, slSearch?.pagefind, kb)}`
						: `n/a (/search/ not built) / ${slSearch ? `${kb(slSearch.all)} gzip (Pagefind files ${kb(slSearch.pagefind)})` : '—'}`,
				],
				W,
			),
		);
		for (const r of results) printTemplate(r);

		if (scale) {
			const big = scale.points.at(-1)!.synthetic!;
			log();
			log(
				`Scale: the real content (×1) and synthetic content ×${MID} and ×${FACTOR} (${big.actions} actions, ${big.tasks} tasks${big.targets !== undefined ? `, ${big.targets} targets` : ''}), each built in a copy of the project`,
			);
			const SW = [32, 12, 12, 12];
			log(row(['', ...scale.points.map((p) => `×${p.factor}`), `growth ×1→×${FACTOR}; ×${FACTOR} against the line through ×1 and ×${MID}`], SW));
			const line = (label: string, f: (b: BuildFigures) => number | undefined, format: (v: number) => string, g: Growth | undefined) =>
				log(
					row(
						[
							'  ' + label,
							...scale!.points.map((p) => {
								const v = f(p.figures);
								return v === undefined ? 'n/a' : format(v);
							}),
							g ? `×${g.ratio.toFixed(2)}; ${g.excess > 0 ? '+' : '−'}${format(Math.abs(g.excess))} (${g.excess > 0 ? '+' : '−'}${Math.abs((g.excess / g.points[2]!.value) * 100).toFixed(1)}%)` : '',
						],
						SW,
					),
				);
			line(`build CPU time (median of ${budgets.scaleRuns})`, (b) => b.cpuMs, seconds, scale.time);
			line('build wall time', (b) => b.wallMs, seconds, undefined);
			line('pages', (b) => b.pages, count, undefined);
			line('dist/ size', (b) => b.bytes, kb, scale.bytes);
			line('Pagefind index', (b) => b.index, kb, scale.index);
		}

		if (longText) {
			log();
			for (const l of longTextReport(longText)) log(l);
		}

		const checks = checkBudgets(results, scale, longText);
		log();
		log('Budgets');
		for (const c of checks) log(`  ${c.status.toUpperCase().padEnd(4)}  ${c.name}\n        ${c.detail}`);

		log();
		log('Summary (for the README)');
		log('| page | requests | total on load, gzip | JS run before load, gzip | LCP | CLS |');
		log('| --- | --- | --- | --- | --- | --- |');
		for (const r of results) {
			if (!r.ours) {
				log(`| ${r.template.label} | n/a (not built) | | | | |`);
				continue;
			}
			const o = r.ours;
			const t = r.theirs;
			log(
				`| ${r.template.label} \`${r.path}\` | ${pair(o.requests, t?.requests, count)} | ${pair(o.bytes.total.gzip, t?.bytes.total.gzip, kb)} | ${pair(o.jsBeforeLoad.gzip, t?.jsBeforeLoad.gzip, kb)} | ${pair(o.lcpMs, t?.lcpMs, ms)} | ${pair(o.cls, t?.cls, cls)} |`,
			);
		}

		if (JSON_OUT) {
			fs.writeFileSync(
				JSON_OUT,
				JSON.stringify(
					{
						date: new Date().toISOString(),
						runs: RUNS,
						throttle: THROTTLE ?? null,
						starlightVersion,
						build: { ours, theirs },
						search: { ours: search?.ours?.bytes.total ?? null, oursPagefind: search?.pagefind ?? null, theirs: slSearch ?? null },
						results: results.map((r) => ({ key: r.template.key, path: r.path ?? null, ours: r.ours ?? null, theirs: r.theirs ?? null, scripts: r.scripts ?? null, chart: r.chart ?? null })),
						scale: scale ?? null,
						longText: longText ?? null,
						checks,
					},
					null,
					'\t',
				),
			);
			progress(`wrote ${JSON_OUT}`);
		}
		const failed = checks.filter((c) => c.status === 'fail').length;
		log();
		log(failed ? `${failed} budget(s) failed.` : 'All budgets pass.');
		return failed ? 1 : 0;
	} finally {
		if (KEEP) progress(`kept ${tmp}`);
		else fs.rmSync(tmp, { recursive: true, force: true });
	}
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error instanceof Error ? (error.stack ?? error.message) : error);
		process.exit(2);
	},
);
