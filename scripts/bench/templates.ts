/**
 * What the benchmark measures and what it holds the site to: the page templates (one table, so a
 * template that lands on another branch is covered as soon as its page is built), the kinds of
 * script a page may load and where, and the budgets.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface Template {
	/** Short key, used in the JSON output. */
	key: string;
	/** What the page is, as printed. */
	label: string;
	/**
	 * The page on this site: a path, or a function that picks one page of many from the built dist/
	 * (undefined: none built). Paths end with a slash; a query string may follow.
	 */
	path: string | ((dist: string) => string | undefined);
	/** The Starlight baseline builds the same page at the same path. */
	starlight?: boolean;
}

/** The search query measured on /search/ and in Starlight's search dialog. */
export const SEARCH_QUERY = '高新技术企业';

/** The page templates, in the order they print. */
export const templates: Template[] = [
	{ key: 'home', label: '首页', path: '/', starlight: true },
	{ key: 'plan', label: '方案全文', path: '/plan/', starlight: true },
	{ key: 'action', label: '行动页（最重的一页）', path: (dist) => heaviestPage(dist, 'actions') },
	{ key: 'task', label: '任务页（最重的一页）', path: (dist) => heaviestPage(dist, 'tasks'), starlight: true },
	{ key: 'department', label: '单位页（最重的一页）', path: (dist) => heaviestPage(dist, 'departments') },
	{ key: 'annex', label: '任务分解表（筛选）', path: '/annex/' },
	{ key: 'targets', label: '指标总览', path: '/targets/' },
	{ key: 'target', label: '指标页（有图表的最重一页）', path: (dist) => heaviestPage(dist, 'targets', (html) => html.includes('<chart-figure')) ?? heaviestPage(dist, 'targets') },
	{ key: 'support', label: '政策支持查询', path: '/support/' },
	{ key: 'search', label: `搜索“${SEARCH_QUERY}”`, path: `/search/?q=${encodeURIComponent(SEARCH_QUERY)}` },
	{ key: 'kepu', label: '科普', path: '/kepu/' },
	{ key: 'tujie', label: '一图读懂', path: '/tujie/' },
];

/** The built file of a page path, or undefined when it was not built. */
export function builtFile(dist: string, pagePath: string): string | undefined {
	const clean = pagePath.split('?')[0]!;
	const file = path.join(dist, clean, clean.endsWith('/') ? 'index.html' : '');
	return fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

/** Resolves a template to a built page path on this site, or undefined ("not built"). */
export function resolveTemplate(t: Template, dist: string): string | undefined {
	const p = typeof t.path === 'function' ? t.path(dist) : t.path;
	return p && builtFile(dist, p) ? p : undefined;
}

/**
 * Of the pages dist/<section>/<name>/index.html (only those whose HTML passes `filter`), the one with
 * the largest gzipped HTML: the worst case of a template with many pages, and the one its budget binds.
 */
export function heaviestPage(dist: string, section: string, filter: (html: string) => boolean = () => true): string | undefined {
	const dir = path.join(dist, section);
	if (!fs.existsSync(dir)) return undefined;
	let best: { path: string; size: number } | undefined;
	for (const name of fs.readdirSync(dir).sort()) {
		const file = path.join(dir, name, 'index.html');
		if (!fs.existsSync(file)) continue;
		const html = fs.readFileSync(file);
		if (!filter(html.toString('utf8'))) continue;
		const size = zlib.gzipSync(html).length;
		if (!best || size > best.size) best = { path: `/${section}/${name}/`, size };
	}
	return best?.path;
}

/** What search code works on: a search form or a Pagefind UI. */
const SEARCH_UI = '[role="search"], [data-pagefind-ui], [data-search-shortcut]';

/** Code that is Chart.js (its error messages survive minification). */
export const CHART_JS = /Canvas is already in use|This method is not implemented: Check that a complete date adapter is provided/;

/**
 * The kinds of script a page may load. Nothing else may run: reading needs no script. A script is
 * recognised by the custom elements it defines, or (defining none) by a marker in its code or URL;
 * it is justified only on a page that holds what it works on: one of its elements, or the marker's
 * `needs` selector.
 */
interface ScriptFeature {
	name: string;
	/** Custom element names (or patterns) the feature's scripts define. */
	elements: Array<string | RegExp>;
	/** Scripts that define no element: recognised by their code or URL. */
	markers: Array<{ code?: RegExp; url?: RegExp; needs: string }>;
}

const scriptFeatures: ScriptFeature[] = [
	{
		// The 阅读设置 panel with its print and copy-link buttons, and the boot script in <head> that
		// applies stored settings before first paint (on every page). The clause copy-link, the share
		// panel's print date and its addresses and QR codes are the same kind of page tool.
		name: '阅读设置与页面工具',
		elements: ['page-tools', 'print-date'],
		markers: [
			{ code: /kaifu-reader-settings/, needs: 'html' },
			{ code: /data-copy-status/, needs: '[data-copy-status]' },
			// Without a configured origin: the share panel's and the sheets' addresses and QR codes (src/scripts/at-origin.ts).
			{ code: /\[data-qr-path\]/, needs: '[data-qr-path]' },
		],
	},
	{
		name: '搜索',
		elements: [/^pagefind-/, /-search$/],
		markers: [
			{ url: /\/pagefind\//, needs: SEARCH_UI },
			{ code: /pagefind/i, needs: SEARCH_UI },
			{ code: /data-search-shortcut/, needs: '[data-search-shortcut]' },
		],
	},
	{ name: '图表', elements: ['chart-figure'], markers: [{ code: CHART_JS, needs: 'chart-figure' }] },
	{ name: '筛选', elements: [/-filter$/], markers: [] },
	{ name: '查询向导', elements: [/-finder$/], markers: [] },
	// 朗读: the control's tiny element; its player loads on first use, never on load.
	{ name: '朗读', elements: ['read-aloud'], markers: [] },
];

/** Selectors every feature's markers need, for asking the page once. */
export const featureSelectors = (): string[] => [...new Set(scriptFeatures.flatMap((f) => f.markers.map((m) => m.needs)))];

/** Custom element names a script defines. */
export function definedElements(code: string): string[] {
	return [...code.matchAll(/customElements\.define\(\s*[`'"]([a-z][a-z0-9]*-[a-z0-9-]*)[`'"]/g)].map((m) => m[1]!);
}

export interface ScriptVerdict {
	/** The feature it belongs to, or undefined when it is none of the allowed kinds. */
	feature?: string;
	/** Elements it defines. */
	elements: string[];
	/** Why it is not allowed on this page, if it is not. */
	problem?: string;
}

/**
 * Classifies one script of a page. `present(selector)` tells whether the page holds a match (the
 * benchmark asks the live page).
 */
export function classifyScript(code: string, url: string | undefined, present: (selector: string) => boolean): ScriptVerdict {
	const elements = definedElements(code);
	const matches = (p: string | RegExp, name: string) => (typeof p === 'string' ? p === name : p.test(name));
	if (elements.length) {
		const unknown = elements.filter((e) => !scriptFeatures.some((f) => f.elements.some((p) => matches(p, e))));
		const feature = scriptFeatures.find((f) => elements.some((e) => f.elements.some((p) => matches(p, e))));
		if (unknown.length) return { feature: feature?.name, elements, problem: `defines <${unknown.join('>, <')}>, which is none of the allowed kinds of script` };
		if (!elements.some((e) => present(e))) return { feature: feature?.name, elements, problem: `defines <${elements.join('>, <')}>, but the page has no such element` };
		return { feature: feature!.name, elements };
	}
	for (const feature of scriptFeatures) {
		const marker = feature.markers.find((m) => (m.code && m.code.test(code)) || (m.url && url !== undefined && m.url.test(url)));
		if (!marker) continue;
		if (!present(marker.needs)) return { feature: feature.name, elements, problem: `is ${feature.name} code, but the page has nothing it works on (${marker.needs})` };
		return { feature: feature.name, elements };
	}
	return { elements, problem: 'is none of the allowed kinds of script (page tools, search, charts, filters, finder, read aloud)' };
}

/** The file name of a script URL. */
const fileOf = (url: string) => new URL(url, 'http://x/').pathname.split('/').pop()!;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether `code` imports the file `file` (import "./file", from "./file", import("./file")). */
const imports = (code: string, file: string) => new RegExp(`["'/]${escapeRegExp(file)}["']`).test(code);
/** Code that does nothing but import other modules (a bundler's entry stub). */
const onlyImports = (code: string) => code.replace(/import\s*(?:[\w{}\s,*$]+from\s*)?["'][^"']+["'];?/g, '').trim() === '';

/**
 * Classifies all the scripts of a page. Bundlers split code into files: a file that is none of the
 * kinds itself takes the kind of an allowed script that imports it (a shared chunk), or of the allowed
 * scripts it imports when it does nothing else (an entry stub).
 */
export function classifyScripts(scripts: Array<{ url?: string; code: string }>, present: (selector: string) => boolean): ScriptVerdict[] {
	const verdicts = scripts.map((x) => classifyScript(x.code, x.url, present));
	const allowed = (k: number) => verdicts[k]!.feature !== undefined && !verdicts[k]!.problem;
	return verdicts.map((v, i) => {
		const { url, code } = scripts[i]!;
		if (v.feature) return v;
		const importer = url ? scripts.findIndex((x, k) => k !== i && allowed(k) && imports(x.code, fileOf(url))) : -1;
		if (importer >= 0) return { feature: verdicts[importer]!.feature!, elements: v.elements };
		const imported = scripts.findIndex((x, k) => k !== i && allowed(k) && x.url !== undefined && imports(code, fileOf(x.url)));
		if (imported >= 0 && onlyImports(code)) return { feature: verdicts[imported]!.feature!, elements: v.elements };
		return v;
	});
}

/** 1 KB = 1024 bytes in every figure and budget. */
export const KB = 1024;

export const budgets = {
	/** /plan/: everything fetched on load, gzip. */
	planGzip: 25 * KB,
	/** The heaviest task page: everything fetched on load, gzip. */
	taskGzip: 12 * KB,
	/** Cumulative Layout Shift on every template, in every run. */
	cls: 0,
	/** A chart this close below the viewport may start Chart.js on load (the element's own margin is 300px). */
	chartNearPx: 300,
	/** Growth: content ×10 may cost at most ×10 (build time, output, index), see scale.ts. */
	scaleFactor: 10,
	/**
	 * How far above the straight line ×10 may land, as a fraction of its value. Build times are noisy on a
	 * shared machine (about ±5% for a median of three CPU times, amplified by the extrapolation); sizes are not.
	 */
	timeNoise: 0.25,
	sizeNoise: 0.02,
	/** Builds per point of the scale check; the median CPU time counts. */
	scaleRuns: 3,
};
