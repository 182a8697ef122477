/** Chromium (Debian's /usr/bin/chromium) driven by playwright-core, against dist/ served locally. */
import type { Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

export { CHROMIUM };

/** The WCAG rule sets every axe run checks against. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core on a page against AXE_TAGS. It runs in the page itself (axe.run, "legacy mode": our frames
 * are same-origin, which axe reaches from the page) rather than the default runPartial + finishRun,
 * which opens a blank page and sends every result through Node for each run; and it returns every
 * violation in full but, of the other result types, each rule with one node only (`passes.length` still
 * counts the rules that passed).
 */
export const runAxe = (page: Page) =>
	new AxeBuilder({ page })
		.options({ resultTypes: ['violations'] })
		.withTags(AXE_TAGS)
		.setLegacyMode(true)
		.analyze();

/** How far the document scrolls sideways, in CSS pixels (≤ 0: it does not). */
export const sidewaysPx = (page: Page | Frame): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * The harness of a test file or describe block, started before its tests and closed after them. The
 * object returned becomes the harness when it has started (read its fields inside the tests).
 */
export function useHarness(root = 'dist'): Harness {
	const live = {} as Harness;
	beforeAll(async () => {
		Object.assign(live, await startHarness(root));
	});
	afterAll(async () => {
		await live.close?.();
	});
	return live;
}

/**
 * Watches a tab for what a page must never do: console errors, CSP violations, uncaught errors, failed
 * or 4xx/5xx requests (but the 404 page itself), and requests off the site at `base`. Each becomes a
 * line, naming the page, in the list returned (filled as the tab is used).
 */
export async function watchPage(page: Page, base: string): Promise<string[]> {
	const problems: string[] = [];
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
	});
	page.on('console', (m) => m.type() === 'error' && problems.push(`${page.url()} console: ${m.text()}`));
	page.on('pageerror', (e) => problems.push(`${page.url()} pageerror: ${e.message}`));
	page.on('requestfailed', (r) => problems.push(`${page.url()} failed request: ${r.url()}`));
	page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/404.html') && problems.push(`${page.url()} HTTP ${r.status()}: ${r.url()}`));
	page.on('request', (r) => !r.url().startsWith(base) && !/^(data|blob):/.test(r.url()) && problems.push(`${page.url()} off-site request: ${r.url()}`));
	return problems;
}

/** The widths the browser tests check pages at: a phone and a desktop. */
export const WIDTHS = [
	['phone', 390],
	['desktop', 1280],
] as const;

/**
 * axe on the page as it is now: one line per violation, naming `label` (the page), the rule, its impact
 * and up to three elements; and a line if axe ran too few rules to be trusted (fewer than 11 passed).
 */
export async function axeProblems(page: Page, label: string): Promise<string[]> {
	const result = await runAxe(page);
	const lines = result.violations.map(
		(v) =>
			`${label}: ${v.id} (${v.impact}) ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(' | ')}`,
	);
	if (result.passes.length <= 10) lines.push(`${label}: axe ran only ${result.passes.length} passing rules`);
	return lines;
}

/** axeProblems and sideways scrolling of the page as it is now. */
export async function pageProblems(page: Page, label: string): Promise<string[]> {
	const overflow = await sidewaysPx(page);
	return [...(overflow > 0 ? [`${label} scrolls sideways by ${overflow}px`] : []), ...(await axeProblems(page, label))];
}

/** The PDF page count Chromium produces (the /Type /Page objects; /Pages is the tree). */
export const pdfPageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

export interface Harness {
	browser: Browser;
	base: string;
	/** A fresh context (axe needs pages from a context, not from browser.newPage()). */
	context(options?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext>;
	close(): Promise<void>;
}

/**
 * The site project's one Chromium (started by tests/helpers/site-setup.ts) when the run provides it,
 * else a Chromium of this file's own. Closing a connected browser only disconnects this file from it.
 */
async function browserForTests(): Promise<Browser> {
	const ws = inject('chromiumWs');
	return ws ? chromium.connect(ws) : chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Serves `root` (dist/ unless another build is given) and opens the shared Chromium. */
export async function startHarness(root = 'dist'): Promise<Harness> {
	const { server, url } = (await startStaticServer({ root })) as { server: Server; url: string };
	const browser = await browserForTests();
	const contexts: BrowserContext[] = [];
	return {
		browser,
		base: url,
		async context(options) {
			const c = await browser.newContext(options);
			contexts.push(c);
			return c;
		},
		async close() {
			for (const c of contexts) await c.close().catch(() => {});
			await browser.close();
			await new Promise((r) => server.close(r));
		},
	};
}

/**
 * Visits `items` in `tabs` tabs of `ctx` at once, each tab taking the next item when it is free, so
 * that one page's waits (network, fonts, PDF) overlap another's work. Resolves when all are done.
 */
export async function inTabs<T>(ctx: BrowserContext, tabs: number, items: readonly T[], visit: (tab: Page, item: T) => Promise<void>): Promise<void> {
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(tabs, items.length) }, async () => {
			const tab = await ctx.newPage();
			while (next < items.length) await visit(tab, items[next++]!);
		}),
	);
}
