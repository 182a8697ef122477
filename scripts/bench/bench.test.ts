/** The benchmark's pure parts: script rules, the Starlight copy of the text, the synthetic content set. */
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readContent } from '../../src/content-reader/read-content.ts';
import { formatProblem } from '../../src/content-reader/problems.ts';
import { bootScript } from '../../src/site/reader-settings.ts';
import { classifyScript, classifyScripts, definedElements, heaviestPage, resolveTemplate, templates } from './templates.ts';
import { gzipSize, kindOf, median, summarize, type PageRun } from './measure.ts';
import { escapeMarkdown, planMarkdown, taskMarkdown } from './starlight.ts';
import { generateSynthetic, remapAnchor } from './synthetic.ts';
import { kb, pair, ratio } from './report.ts';
import { growth } from './scale.ts';

const root = process.cwd();
const contentDir = path.resolve('content');
const temp: string[] = [];
const tmpdir = (name: string) => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kaifu-bench-test-${name}-`));
	temp.push(dir);
	return dir;
};
afterAll(() => temp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('which scripts a page may run', () => {
	const everything = () => true;
	const nothing = () => false;

	it('allows the reader-settings boot script on every page', () => {
		expect(classifyScript(bootScript(), undefined, (sel) => sel === 'html')).toEqual({ feature: '阅读设置与页面工具', elements: [] });
	});

	it('allows a filter, finder or chart element only where the page holds that element', () => {
		const filter = 'class A extends HTMLElement{};customElements.define(`annex-filter`,A)';
		expect(definedElements(filter)).toEqual(['annex-filter']);
		expect(classifyScript(filter, undefined, (sel) => sel === 'annex-filter')).toEqual({ feature: '筛选', elements: ['annex-filter'] });
		expect(classifyScript(filter, undefined, nothing).problem).toMatch(/no such element/);
		expect(classifyScript("customElements.define('support-finder',B)", '/_astro/x.js', everything).feature).toBe('查询向导');
		expect(classifyScript('customElements.define("chart-figure",C)', '/_astro/y.js', everything).feature).toBe('图表');
	});

	it('allows the 朗读 control (as the pages inline it) only where the page holds one', () => {
		const init = 'let e=`/read-aloud.js`;customElements.define(`read-aloud`,class extends HTMLElement{connectedCallback(){}});';
		expect(classifyScript(init, undefined, (sel) => sel === 'read-aloud')).toEqual({ feature: '朗读', elements: ['read-aloud'] });
		expect(classifyScript(init, undefined, nothing).problem).toMatch(/no such element/);
	});

	it('recognises Chart.js by its code and refuses it on a page without charts', () => {
		const chartJs = 'throw new Error("Canvas is already in use. Chart with ID \'"+a.id+"\' must be destroyed")';
		expect(classifyScript(chartJs, '/_astro/chart-draw.js', (sel) => sel === 'chart-figure').feature).toBe('图表');
		expect(classifyScript(chartJs, '/_astro/chart-draw.js', (sel) => sel !== 'chart-figure').problem).toMatch(/图表 code, but the page has nothing/);
	});

	it('recognises Pagefind by its URL, and the copy-link script by what it works on', () => {
		expect(classifyScript('export const x=1', 'http://127.0.0.1:1/pagefind/pagefind.js', (sel) => sel.includes('role="search"'))).toEqual({ feature: '搜索', elements: [] });
		const copy = 'function e(e){let t=e.querySelector(`[data-copy-status]`)}';
		expect(classifyScript(copy, undefined, (sel) => sel === '[data-copy-status]').problem).toBeUndefined();
		expect(classifyScript(copy, undefined, (sel) => sel === 'html').problem).toMatch(/nothing it works on/);
	});

	it('gives a shared chunk the kind of the allowed script that imports it, and nothing else', () => {
		const scripts = [
			{ url: 'http://h/_astro/PageTools.abc.js', code: 'import{a as e}from"./shared.X1y.js";customElements.define("page-tools",P)' },
			{ url: 'http://h/_astro/shared.X1y.js', code: 'export const a=1' },
			{ url: 'http://h/_astro/other.Z9.js', code: 'export const b=2' },
		];
		const v = classifyScripts(scripts, (sel) => sel === 'page-tools');
		expect(v.map((x) => x.feature)).toEqual(['阅读设置与页面工具', '阅读设置与页面工具', undefined]);
		expect(v[1]!.problem).toBeUndefined();
		expect(v[2]!.problem).toMatch(/none of the allowed kinds/);
	});

	it("gives an entry stub that only imports an allowed script that script's kind, but not code that does more", () => {
		const shortcut = { url: 'http://h/_astro/search-shortcut.CIY.js', code: 'document.querySelector(`[data-search-shortcut]`)' };
		const stub = { url: 'http://h/_astro/HeaderSearch.astro_astro_type_script_index_0_lang.Cr.js', code: 'import"./search-shortcut.CIY.js";' };
		const app = { url: 'http://h/_astro/app.js', code: 'import"./search-shortcut.CIY.js";document.body.innerHTML=render()' };
		const v = classifyScripts([stub, shortcut, app], (sel) => sel === '[data-search-shortcut]');
		expect(v.map((x) => x.feature)).toEqual(['搜索', '搜索', undefined]);
	});

	it('refuses any other script, with or without custom elements', () => {
		const app = classifyScript('document.querySelector("main").innerHTML=render(data)', '/_astro/app.js', everything);
		expect(app.feature).toBeUndefined();
		expect(app.problem).toMatch(/none of the allowed kinds/);
		expect(classifyScript('customElements.define("plan-reader",R)', undefined, everything).problem).toMatch(/<plan-reader>.*none of the allowed kinds/);
	});
});

describe('templates', () => {
	it('reports a template whose page is not built as not built, and picks the heaviest of many pages', () => {
		const dist = tmpdir('dist');
		for (const [p, html] of [
			['index.html', '<p>home</p>'],
			['tasks/1/index.html', '<p>short</p>'],
			['tasks/2/index.html', `<p>${'长文本，'.repeat(400)}</p>`],
			['tasks/3/index.html', '<p>medium medium</p>'],
		] as const) {
			fs.mkdirSync(path.dirname(path.join(dist, p)), { recursive: true });
			fs.writeFileSync(path.join(dist, p), html);
		}
		const byKey = (k: string) => templates.find((t) => t.key === k)!;
		expect(resolveTemplate(byKey('home'), dist)).toBe('/');
		expect(resolveTemplate(byKey('task'), dist)).toBe('/tasks/2/');
		expect(resolveTemplate(byKey('plan'), dist)).toBeUndefined();
		expect(resolveTemplate(byKey('search'), dist)).toBeUndefined();
		expect(heaviestPage(dist, 'tasks', (html) => html.includes('medium'))).toBe('/tasks/3/');
		expect(heaviestPage(dist, 'targets')).toBeUndefined();
	});
});

describe('measurement arithmetic', () => {
	it('sorts responses by content type', () => {
		expect(['text/html; charset=utf-8', 'text/css', 'text/javascript; charset=utf-8', 'application/wasm', undefined].map(kindOf)).toEqual(['html', 'css', 'js', 'other', 'other']);
	});
	it('never counts a gzipped body as larger than the body', () => {
		const random = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919) % 251));
		expect(gzipSize(random)).toBeLessThanOrEqual(512);
		expect(gzipSize(Buffer.from('科技创新'.repeat(1000)))).toBeLessThan(200);
	});
	it('takes medians per figure and keeps the worst CLS', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		const run = (lcp: number, cls: number) =>
			({
				requests: 3,
				bytes: { html: { raw: 1, gzip: 1 }, css: { raw: 1, gzip: 1 }, js: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 }, total: { raw: 2, gzip: 2 } },
				jsBeforeLoad: { raw: 0, gzip: 0, count: 0 },
				scriptMs: 1,
				blockingMs: 0,
				loadMs: 1,
				lcpMs: lcp,
				cls,
				fetches: [],
				scripts: [],
			}) satisfies PageRun;
		const s = summarize([run(100, 0), run(300, 0.02), run(200, 0)]);
		expect(s.lcpMs).toBe(200);
		expect(s.cls).toBe(0);
		expect(s.clsMax).toBe(0.02);
	});
	it('prints this site / Starlight with the ratio', () => {
		expect(ratio(1, 4)).toBe('0.25×');
		expect(pair(15 * 1024, 60 * 1024, kb)).toBe('15.0 KB / 60.0 KB (0.25×)');
		expect(pair(3, undefined, String)).toBe('3 / —');
		expect(kb(0)).toBe('0 KB');
	});
});

describe('the Starlight baseline', () => {
	const { content } = readContent(contentDir, root);
	const md = planMarkdown(contentDir, content);
	const plain = (s: string) => s.replace(/\\(.)/g, '$1').replace(/\s+/g, '');

	it('carries every paragraph of the official text in order', () => {
		const text = plain(md);
		let at = 0;
		const leaves = content.clauses.filter((c) => !content.clauses.some((d) => d.parent === c.id));
		expect(leaves.length).toBeGreaterThan(20);
		for (const c of leaves) {
			for (const p of c.paragraphs) {
				const i = text.indexOf(plain(p), at);
				expect(i, `${c.id}: ${p.slice(0, 20)}…`).toBeGreaterThanOrEqual(at);
				at = i;
			}
		}
	});

	it('has the headings of the text: sections, the five actions and their measures', () => {
		const headings = md.split('\n').filter((l) => l.startsWith('#'));
		expect(headings).toContain('### 三、重点任务');
		expect(headings).toContain('#### （一）实施高水平科技创新载体建设行动');
		expect(headings).toContain('#### （五）实施创新生态优化行动');
		expect(headings).toContain('##### 4\\. 提升全民科普素质。');
		expect(headings.filter((h) => h.startsWith('#### （'))).toHaveLength(5 + 3);
		expect(headings.filter((h) => h.startsWith('##### '))).toHaveLength(15);
	});

	it('writes a task page with the annex wording and its units', () => {
		const page = taskMarkdown(content, 12);
		const task = content.tasks.find((t) => t.number === 12)!;
		expect(page).toMatch(/^---\ntitle: 任务 12\n/);
		expect(plain(page)).toContain(plain(task.text));
		expect(page).toContain(`**牵头单位**：${task.lead}`);
	});

	it('escapes what Markdown would take for syntax', () => {
		expect(escapeMarkdown('1. 推进“四大”重点工程。')).toBe('1\\. 推进“四大”重点工程。');
		expect(escapeMarkdown('R&D <b> *x*')).toBe('R&D \\<b\\> \\*x\\*');
	});
});

describe('the synthetic content set', () => {
	const out = path.join(tmpdir('content'), 'x10');
	const summary = generateSynthetic(contentDir, out, 10);
	const { content, problems } = readContent(out, root);

	it('renumbers anchors of copied actions only', () => {
		expect(remapAnchor('a1-m2-i3', 2, 5)).toBe('a11-m2-i3');
		expect(remapAnchor('a5', 9, 5)).toBe('a50');
		expect(remapAnchor('goals-main', 3, 5)).toBe('goals-main');
	});

	it('is ten times the real one and passes every content check', () => {
		expect(problems.map(formatProblem)).toEqual([]);
		expect(summary).toMatchObject({ actions: 50, tasks: 350 });
		expect(content.actions).toHaveLength(50);
		expect(content.tasks.map((t) => t.number)).toEqual(Array.from({ length: 350 }, (_, i) => i + 1));
		expect(content.clauses.filter((c) => c.kind === 'measure')).toHaveLength(150);
	});

	it('points each copied task at the copy of its clause', () => {
		const t36 = content.tasks.find((t) => t.number === 36)!;
		const t1 = content.tasks.find((t) => t.number === 1)!;
		expect(t1.clause).toBe('a1-m1-i1');
		expect(t36.clause).toBe('a6-m1-i1');
		expect(t36.text).toBe(t1.text);
		expect(content.clauses.find((c) => c.id === 'a6-m1-i1')!.paragraphs).toEqual(content.clauses.find((c) => c.id === 'a1-m1-i1')!.paragraphs);
		expect(content.clauses.find((c) => c.id === 'a50')!.title).toBe('（五十）实施创新生态优化行动');
	});
});

describe('growth no worse than linear', () => {
	const at = (f: (n: number) => number) => [1, 5, 10].map((factor) => ({ factor, value: f(factor) }));

	it('passes a fixed cost plus a cost per unit, and noise within the margin', () => {
		expect(
			growth(
				at((n) => 8 + n),
				0.25,
			),
		).toMatchObject({ ok: true, ratio: 18 / 9, excess: 0 });
		expect(
			growth(
				at((n) => 100 * n),
				0.02,
			).ok,
		).toBe(true);
		// Medians of three measured build CPU times on a busy machine (×1, ×5, ×10), and a noisier single run.
		expect(
			growth(
				[
					{ factor: 1, value: 3.9 },
					{ factor: 5, value: 4.6 },
					{ factor: 10, value: 5.5 },
				],
				0.25,
			).ok,
		).toBe(true);
		expect(
			growth(
				[
					{ factor: 1, value: 3.7 },
					{ factor: 5, value: 4.0 },
					{ factor: 10, value: 5.6 },
				],
				0.25,
			).ok,
		).toBe(true);
	});

	it('fails a quadratic cost, even when a large fixed cost keeps ×10 under ten times ×1', () => {
		const g = growth(
			at((n) => 20 + n * n),
			0.25,
		);
		expect(g.ratio).toBeLessThan(10);
		expect(g.excess).toBe(45);
		expect(g.ok).toBe(false);
		expect(g.problem).toBe('×10 costs 38% more than the line through ×1 and ×5 predicts (allowed: 25%)');
	});

	it('fails a cost that grows faster than the content', () => {
		expect(
			growth(
				at((n) => 2 ** n),
				0.25,
			).problem,
		).toMatch(/×10 content costs ×512\.00, more than ×10/);
	});
});
