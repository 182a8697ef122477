/**
 * Sharing: canonical URLs, QR codes and Open Graph tags. The default build (dist/) has no origin and
 * must emit no QR code and no canonical URL; a second build with an origin (tests/helpers/origin-build.ts)
 * must give every page a QR code that decodes, as Chromium renders it, to that page's canonical URL.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { builtPages, decodeEntities, longestPages, page } from '../helpers/dist.ts';
import { type Harness, inTabs, pageProblems, pdfPageCount, startHarness, WIDTHS } from '../helpers/browser.ts';
import { buildWithOrigin, pagesIn, TEST_ORIGIN } from '../helpers/origin-build.ts';
import { decodeQr, encoderChunks } from '../helpers/qr.ts';

/** Short-link pages redirect; they are not pages to share. */
const isRedirect = (root: HTMLElement) => root.querySelector('meta[http-equiv="refresh"]') !== null;
/** Embeds live in other sites' frames; their canonical URL is the full page. */
const isEmbed = (p: string) => p.startsWith('/embed/');
const attr = (root: HTMLElement, selector: string, name = 'content') => {
	const v = root.querySelector(selector)?.getAttribute(name);
	return v === undefined ? undefined : decodeEntities(v);
};

describe('without an origin (the default build)', () => {
	const pages = builtPages();

	it('emits no QR code, no canonical link and no og:url anywhere', () => {
		expect(pages.length).toBeGreaterThan(100);
		for (const p of pages) {
			const root = page(p);
			expect(root.querySelectorAll('svg.qr'), p).toHaveLength(0);
			expect(root.querySelector('link[rel="canonical"]'), p).toBeNull();
			expect(root.querySelector('meta[property="og:url"]'), p).toBeNull();
			expect(root.toString(), p).not.toMatch(/localhost|127\.0\.0\.1/);
		}
	});

	it('gives every page its own title, description and matching Open Graph tags', () => {
		const descriptions = new Map<string, string>();
		for (const p of pages) {
			const root = page(p);
			const title = root.querySelector('title')!.textContent.trim();
			const description = attr(root, 'meta[name="description"]') ?? '';
			expect(description.trim().length, `${p} description`).toBeGreaterThan(10);
			expect(descriptions.get(description), `${p} repeats the description of ${descriptions.get(description)}`).toBeUndefined();
			descriptions.set(description, p);
			if (isRedirect(root) || isEmbed(p) || p === '/404.html') continue;
			expect(attr(root, 'meta[property="og:title"]'), p).toBe(decodeEntities(title));
			expect(attr(root, 'meta[property="og:description"]'), p).toBe(description);
			expect(attr(root, 'meta[property="og:site_name"]'), p).toBeTruthy();
			expect(attr(root, 'meta[property="og:locale"]'), p).toBe('zh_CN');
			expect(attr(root, 'meta[property="og:type"]'), p).toBe(p === '/' ? 'website' : 'article');
		}
	});

	it('shows short links on task and action pages, and none elsewhere', () => {
		expect(page('/tasks/12/').querySelector('[data-short-url]')?.getAttribute('href')).toBe('/t/12/');
		expect(page('/actions/3/').querySelector('[data-short-url]')?.getAttribute('href')).toBe('/a/3/');
		expect(page('/plan/').querySelector('[data-short-url]')).toBeNull();
		expect(page('/404.html').querySelector('.page-share')).toBeNull();
	});
});

describe('with an origin configured', () => {
	let out: string;
	let h: Harness;
	let pages: Array<{ path: string; root: HTMLElement }>;
	beforeAll(async () => {
		out = await buildWithOrigin();
		pages = pagesIn(out).map((p) => ({ path: p.path, root: parse(fs.readFileSync(p.file, 'utf8')) }));
		h = await startHarness(out);
	}, 300_000);
	afterAll(async () => {
		await h?.close();
	});

	it('gives every shareable page a canonical URL, og:url and exactly one QR code; short links point to their target', () => {
		let shareable = 0;
		for (const { path, root } of pages) {
			const canonical = attr(root, 'link[rel="canonical"]', 'href');
			if (path === '/404.html') {
				expect(canonical, path).toBeUndefined();
				expect(root.querySelectorAll('svg.qr'), path).toHaveLength(0);
				continue;
			}
			if (isRedirect(root) || isEmbed(path)) {
				const to = isEmbed(path) ? path.replace('/embed/', '/') : root.querySelector('a[data-short-target]')!.getAttribute('href')!;
				expect(canonical, path).toBe(TEST_ORIGIN + to);
				expect(root.querySelectorAll('svg.qr'), path).toHaveLength(0);
				continue;
			}
			shareable++;
			expect(canonical, path).toBe(TEST_ORIGIN + path);
			expect(attr(root, 'meta[property="og:url"]'), path).toBe(canonical);
			expect(root.querySelectorAll('.page-qr svg.qr'), path).toHaveLength(1);
			// The handout's own codes (tested below) are the only other ones.
			expect(root.querySelectorAll('svg.qr'), path).toHaveLength(path === '/kepu/handout/' ? 9 : 1);
			// Nothing is left for the browser to fill in: no runtime addresses, no QR slots.
			expect(root.querySelectorAll('[data-abs-href], [data-abs-text], [data-abs-snippet], [data-qr-path], [data-local-note]'), path).toHaveLength(0);
		}
		expect(shareable).toBeGreaterThanOrEqual(60);
	});

	it('no page loads the QR encoder or the script that fills in addresses: every code and link is in the HTML', () => {
		const encoder = encoderChunks(out);
		for (const { path, root } of pages) {
			const html = root.toString();
			for (const chunk of encoder) expect(html, path).not.toContain(chunk);
			for (const s of root.querySelectorAll('script[src]')) expect(s.getAttribute('src'), path).not.toMatch(/AtOrigin|at-origin/);
		}
	});

	it("the handout's codes, as Chromium prints them, open the full text, 惠企政策, 科普 and the five actions on the origin", async () => {
		const ctx = await h.context({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 2 });
		const tab = await ctx.newPage();
		await tab.emulateMedia({ media: 'print' });
		await tab.goto(h.base + '/kepu/handout/');
		const expected = ['/plan/', '/support/', '/kepu/', '/a/1/', '/a/2/', '/a/3/', '/a/4/', '/a/5/'];
		const items = tab.locator('.handout-codes > li');
		await expect(items.count()).resolves.toBe(expected.length);
		for (const [i, p] of expected.entries()) {
			await expect(decodeQr(items.nth(i).locator('svg.qr')), p).resolves.toBe(TEST_ORIGIN + p);
			await expect(items.nth(i).locator('.handout-url').innerText(), p).resolves.toBe(new URL(TEST_ORIGIN).host + p);
		}
	});

	it('prints the full short link on task pages', () => {
		const root = pages.find((p) => p.path === '/tasks/12/')!.root;
		expect(root.querySelector('[data-short-url]')?.getAttribute('data-short-url')).toBe(`${TEST_ORIGIN}/t/12/`);
		expect(root.querySelector('[data-short-url]')?.textContent?.trim()).toBe(`${new URL(TEST_ORIGIN).host}/t/12/`);
	});

	it('一图读懂 names its links on the public host, as every page does (SITE_ORIGIN, not only site.yaml)', () => {
		const root = pages.find((p) => p.path === '/tujie/')!.root;
		const shown = root.querySelectorAll('.tj-links code').map((c) => c.textContent);
		expect(shown.length).toBeGreaterThan(3);
		for (const text of shown) expect(text).toMatch(new RegExp(`^${new URL(TEST_ORIGIN).host.replace(/\./g, '\\.')}/`));
	});

	it('gives the full embed address in the iframe snippet of a target page', () => {
		const root = pages.find((p) => p.path === '/targets/science-info-officers/')!.root;
		const snippet = parse(decodeEntities(root.querySelector('[data-embed-snippet]')!.textContent)).querySelector('iframe')!;
		expect(snippet.getAttribute('src')).toBe(`${TEST_ORIGIN}/embed/targets/science-info-officers/`);
		expect(snippet.getAttribute('title')).toBe('指标：注册科普信息员');
	});

	it("every QR code, as Chromium renders it, decodes to its page's canonical URL", async () => {
		const ctx = await h.context({ viewport: { width: 390, height: 800 }, deviceScaleFactor: 3 });
		const wrong: string[] = [];
		let decoded = 0;
		await inTabs(
			ctx,
			3,
			pages.filter(({ root }) => root.querySelector('svg.qr')),
			async (tab, { path }) => {
				await tab.goto(h.base + path);
				// A page whose script lays out content after load (the search page) can move the code while it is
				// captured: look again, briefly, before calling it unreadable.
				let code: string | undefined;
				for (let attempt = 0; attempt < 3 && code === undefined; attempt++) {
					if (attempt) await tab.waitForLoadState('networkidle');
					code = await decodeQr(tab.locator('.page-qr svg.qr'));
				}
				const canonical = await tab.locator('link[rel="canonical"]').getAttribute('href');
				if (code === undefined) wrong.push(`${path}: no QR code found`);
				else if (code !== canonical) wrong.push(`${path}: decodes to ${code}, canonical is ${canonical}`);
				else decoded++;
			},
		);
		expect(wrong).toEqual([]);
		expect(decoded).toBeGreaterThanOrEqual(60);
	}, 300_000);

	it('the QR code and the short link are on the printed sheet', async () => {
		const ctx = await h.context({ viewport: { width: 1280, height: 800 } });
		const tab = await ctx.newPage();
		await tab.emulateMedia({ media: 'print' });
		await tab.goto(h.base + '/tasks/12/');
		await expect(tab.locator('svg.qr').isVisible()).resolves.toBe(true);
		await expect(tab.locator('[data-short-url]').innerText()).resolves.toBe(`${new URL(TEST_ORIGIN).host}/t/12/`);
		await expect(tab.locator('print-date').innerText()).resolves.toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
		await expect(tab.locator('.site-header nav').evaluateAll((navs) => navs.some((n) => n.checkVisibility()))).resolves.toBe(false);
		await expect(tab.locator('.page-tools').isVisible()).resolves.toBe(false);
	});

	it("a clause anchor copies the clause's link on the public origin", async () => {
		const ctx = await h.context({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
		const tab = await ctx.newPage();
		await tab.goto(h.base + '/plan/');
		await tab.locator('a.anchor[href="#a5-m4"]').click();
		await tab.waitForFunction(() => document.querySelector('[data-copy-status]')?.textContent !== '');
		await expect(tab.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${TEST_ORIGIN}/plan/#a5-m4`);
		expect(new URL(tab.url()).hash).toBe('#a5-m4');
	});

	// Every sheet of a kind has the same template: the longest are the first to spill onto a second page.
	it('with the QR code, the handout and the longest task, target and support sheets still print on one A4 page', async () => {
		const ctx = await h.context();
		const over: string[] = [];
		const targets = pages.filter((p) => /^\/targets\/[^/]+\/$/.test(p.path)).map((p) => p.path);
		const supports = pages.filter((p) => /^\/support\/[^/]+\/$/.test(p.path)).map((p) => p.path);
		expect(targets.length).toBeGreaterThan(20);
		expect(supports.length).toBeGreaterThan(20);
		const sheets = ['/kepu/handout/', ...['tasks', 'targets', 'support'].flatMap((section) => longestPages(section, 6, out))];
		expect(sheets).toHaveLength(19);
		await inTabs(ctx, 2, sheets, async (tab, p) => {
			await tab.goto(h.base + p);
			const n = pdfPageCount(await tab.pdf({ preferCSSPageSize: true, printBackground: true }));
			if (n !== 1) over.push(`${p}: ${n} pages`);
		});
		expect(over).toEqual([]);
	}, 300_000);

	it('pages with a QR code pass axe at phone and desktop widths', async () => {
		const found: string[] = [];
		for (const [, width] of WIDTHS) {
			const ctx = await h.context({ viewport: { width, height: 800 } });
			const tab = await ctx.newPage();
			for (const p of ['/', '/tasks/12/', '/kepu/handout/', '/targets/science-info-officers/']) {
				await tab.goto(h.base + p);
				found.push(...(await pageProblems(tab, `${p} @${width}`)));
			}
		}
		expect(found).toEqual([]);
	});
});
