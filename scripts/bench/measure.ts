/**
 * Measures one page load in Chromium as a phone on a slow connection: what is fetched (by type, raw
 * and gzip), the scripts run before the page is usable, LCP and CLS from the browser's own
 * PerformanceObserver entries. Every run gets a fresh browser context with the cache disabled.
 */
import zlib from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Page, Request } from 'playwright-core';

export type Kind = 'html' | 'css' | 'js' | 'other';
export const kinds: Kind[] = ['html', 'css', 'js', 'other'];

export interface Throttle {
	name: string;
	/** Added round-trip latency per request. */
	latencyMs: number;
	downloadKbps: number;
	uploadKbps: number;
	/** CPU slowdown factor. */
	cpu: number;
}

/** Lighthouse's mobile profile as DevTools applies it (Slow 4G, a mid-range phone's CPU). */
export const slow4g: Throttle = { name: 'Slow 4G (562.5 ms RTT, 1.44 Mbit/s down) and 4× CPU slowdown, as Lighthouse mobile', latencyMs: 562.5, downloadKbps: 1474.56, uploadKbps: 675, cpu: 4 };

export const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: 'zh-CN' } as const;

export interface Fetch {
	url: string;
	status: number;
	kind: Kind;
	/** Body bytes as served (the static server does not compress). */
	raw: number;
	/** The body gzipped (level 6, as `gzip` and most servers do); never more than raw. */
	gzip: number;
	/** Finished before the load event. */
	beforeLoad: boolean;
	/** The code, for scripts. */
	code?: string;
}

export interface Bytes {
	raw: number;
	gzip: number;
}

export function gzipSize(body: Buffer): number {
	return Math.min(body.length, zlib.gzipSync(body, { level: 6 }).length);
}

export function kindOf(contentType: string | undefined): Kind {
	const t = (contentType ?? '').toLowerCase();
	if (t.includes('text/html')) return 'html';
	if (t.includes('text/css')) return 'css';
	if (/javascript|ecmascript/.test(t)) return 'js';
	return 'other';
}

export function sumBytes(fetches: Fetch[], kind?: Kind): Bytes {
	const f = kind ? fetches.filter((x) => x.kind === kind) : fetches;
	return { raw: f.reduce((s, x) => s + x.raw, 0), gzip: f.reduce((s, x) => s + x.gzip, 0) };
}

/** Records every request of a page, and tells when the network has gone quiet. */
class Recorder {
	fetches: Fetch[] = [];
	#pending: Promise<void>[] = [];
	#inflight = 0;
	#last = Date.now();
	#loaded = false;

	constructor(page: Page) {
		page.on('request', () => {
			this.#inflight++;
			this.#last = Date.now();
		});
		page.on('load', () => {
			this.#loaded = true;
		});
		page.on('requestfinished', (r) => {
			const beforeLoad = !this.#loaded;
			this.#pending.push(this.#record(r, beforeLoad).finally(() => this.#done()));
		});
		page.on('requestfailed', () => this.#done());
	}

	#done(): void {
		this.#inflight--;
		this.#last = Date.now();
	}

	async #record(r: Request, beforeLoad: boolean): Promise<void> {
		const res = await r.response().catch(() => null);
		if (!res) return;
		const body = await res.body().catch(() => Buffer.alloc(0));
		const kind = kindOf(res.headers()['content-type']);
		this.fetches.push({ url: r.url(), status: res.status(), kind, raw: body.length, gzip: gzipSize(body), beforeLoad, ...(kind === 'js' ? { code: body.toString('utf8') } : {}) });
	}

	/**
	 * Waits until no request has been in flight for `quietMs` (at most `maxMs`), counting from now at
	 * the earliest (what was just done may start a request a frame later), and all bodies are read.
	 */
	async quiet(quietMs = 1000, maxMs = 30_000): Promise<void> {
		const start = Date.now();
		this.#last = Math.max(this.#last, start);
		while (Date.now() - start < maxMs) {
			if (this.#inflight <= 0 && Date.now() - this.#last >= quietMs) break;
			await new Promise((r) => setTimeout(r, 100));
		}
		await Promise.all(this.#pending);
	}
}

export interface Session {
	context: BrowserContext;
	page: Page;
	cdp: CDPSession;
	recorder: Recorder;
}

/** A fresh context and page: phone viewport, cache disabled, throttled if asked. */
export async function openSession(browser: Browser, throttle: Throttle | undefined): Promise<Session> {
	const context = await browser.newContext({ ...phone, viewport: { ...phone.viewport } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	if (throttle) {
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: throttle.latencyMs,
			downloadThroughput: (throttle.downloadKbps * 1024) / 8,
			uploadThroughput: (throttle.uploadKbps * 1024) / 8,
		});
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpu });
	}
	await cdp.send('Performance.enable');
	// Long tasks are collected from the start (their buffering is not guaranteed).
	await page.addInitScript(() => {
		const w = window as unknown as { __benchLongTasks: number[] };
		w.__benchLongTasks = [];
		try {
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) w.__benchLongTasks.push(e.duration);
			}).observe({ type: 'longtask', buffered: true });
		} catch {
			/* not supported: reported as 0 */
		}
	});
	return { context, page, cdp, recorder: new Recorder(page) };
}

/** The figures of one page load (PageRun), or their medians over several (Summary). */
export interface Figures {
	/** Requests from navigation until the network is quiet after load, without any interaction. */
	requests: number;
	bytes: Record<Kind | 'total', Bytes>;
	/** Scripts run before the load event: inline ones and those fetched before it. */
	jsBeforeLoad: Bytes & { count: number };
	/** Time spent running script until the load event (Chromium's ScriptDuration, throttled CPU). */
	scriptMs: number;
	/** Total blocking time of long tasks until the network is quiet (sum of each task's time over 50 ms). */
	blockingMs: number;
	loadMs: number;
	lcpMs: number;
	cls: number;
}

export interface PageRun extends Figures {
	fetches: Fetch[];
	/** Every script that ran or was fetched on load: inline code, or an external script's URL and code. */
	scripts: Array<{ url?: string; code: string }>;
	/** Charts on the page: the top of the highest one at load, in CSS px from the top of the viewport. */
	chartTop?: number;
}

/** Loads a page and measures it. `after` may act on the page (scroll, type) once it is quiet. */
export async function measurePage(browser: Browser, url: string, throttle: Throttle | undefined, after?: (s: Session, run: PageRun) => Promise<void>): Promise<PageRun> {
	const s = await openSession(browser, throttle);
	try {
		const { page, cdp, recorder } = s;
		await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
		const metrics = (await cdp.send('Performance.getMetrics')).metrics;
		const scriptMs = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
		await recorder.quiet();
		const found = await page.evaluate(
			() =>
				new Promise<{ lcp: number; cls: number; load: number; longTasks: number[]; inline: string[]; chartTop: number | null }>((resolve) => {
					const out = { lcp: 0, cls: 0 };
					const lcp = new PerformanceObserver((list) => {
						for (const e of list.getEntries()) out.lcp = Math.max(out.lcp, e.startTime);
					});
					lcp.observe({ type: 'largest-contentful-paint', buffered: true });
					const cls = new PerformanceObserver((list) => {
						for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) out.cls += e.value;
					});
					cls.observe({ type: 'layout-shift', buffered: true });
					const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
					const inline = [...document.scripts].filter((x) => !x.src && ['', 'module', 'text/javascript', 'application/javascript'].includes(x.type)).map((x) => x.textContent ?? '');
					const charts = [...document.querySelectorAll('chart-figure')].map((c) => c.getBoundingClientRect().top);
					setTimeout(() => {
						lcp.disconnect();
						cls.disconnect();
						resolve({
							...out,
							load: nav?.loadEventStart ?? 0,
							longTasks: (window as unknown as { __benchLongTasks?: number[] }).__benchLongTasks ?? [],
							inline,
							chartTop: charts.length ? Math.min(...charts) : null,
						});
					}, 250);
				}),
		);
		const fetches = [...recorder.fetches];
		const bytes = Object.fromEntries([...kinds.map((k) => [k, sumBytes(fetches, k)]), ['total', sumBytes(fetches)]]) as PageRun['bytes'];
		const jsFetchedBeforeLoad = fetches.filter((f) => f.kind === 'js' && f.beforeLoad);
		const inlineBytes = found.inline.map((c) => Buffer.from(c));
		const run: PageRun = {
			requests: fetches.length,
			bytes,
			jsBeforeLoad: {
				raw: inlineBytes.reduce((n, b) => n + b.length, 0) + jsFetchedBeforeLoad.reduce((n, f) => n + f.raw, 0),
				gzip: inlineBytes.reduce((n, b) => n + gzipSize(b), 0) + jsFetchedBeforeLoad.reduce((n, f) => n + f.gzip, 0),
				count: inlineBytes.length + jsFetchedBeforeLoad.length,
			},
			scriptMs,
			blockingMs: found.longTasks.reduce((n, d) => n + Math.max(0, d - 50), 0),
			loadMs: found.load,
			lcpMs: found.lcp,
			cls: found.cls,
			fetches,
			scripts: [...found.inline.map((code) => ({ code })), ...fetches.filter((f) => f.kind === 'js').map((f) => ({ url: f.url, code: f.code ?? '' }))],
			...(found.chartTop !== null ? { chartTop: found.chartTop } : {}),
		};
		if (after) await after(s, run);
		return run;
	} finally {
		await s.context.close();
	}
}

/** Which of these selectors match on a loaded page. */
export async function presentSelectors(page: Page, selectors: string[]): Promise<Set<string>> {
	const hits = await page.evaluate(
		(list) =>
			list.filter((sel) => {
				try {
					return document.querySelector(sel) !== null;
				} catch {
					return false;
				}
			}),
		selectors,
	);
	return new Set(hits);
}

export function median(values: number[]): number {
	if (!values.length) return NaN;
	const v = [...values].sort((a, b) => a - b);
	const mid = Math.floor(v.length / 2);
	return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/** Per-figure median of several runs (CLS also keeps its maximum, which the budget binds). */
export interface Summary extends Figures {
	runs: number;
	clsMax: number;
}

export function summarize(runs: PageRun[]): Summary {
	const m = (f: (r: PageRun) => number) => median(runs.map(f));
	const b = (f: (r: PageRun) => Bytes): Bytes => ({ raw: m((r) => f(r).raw), gzip: m((r) => f(r).gzip) });
	return {
		runs: runs.length,
		requests: m((r) => r.requests),
		bytes: Object.fromEntries([...kinds, 'total' as const].map((k) => [k, b((r) => r.bytes[k])])) as Summary['bytes'],
		jsBeforeLoad: { ...b((r) => r.jsBeforeLoad), count: m((r) => r.jsBeforeLoad.count) },
		scriptMs: m((r) => r.scriptMs),
		blockingMs: m((r) => r.blockingMs),
		loadMs: m((r) => r.loadMs),
		lcpMs: m((r) => r.lcpMs),
		cls: m((r) => r.cls),
		clsMax: Math.max(...runs.map((r) => r.cls)),
	};
}
