/**
 * Outreach on a build without a public origin (dist/), served from the test server: printed sheets,
 * the share panel and the embed snippet use the address the page is opened at, the QR encoder loads
 * only when a code is needed, and every embed fits the height its snippet gives it.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Page } from 'playwright-core';
import { decodeQr as decode, encoderChunks } from '../helpers/qr.ts';
import { DIST, decodeEntities, longestPages, page } from '../helpers/dist.ts';
import { inTabs, pdfPageCount, startHarness, type Harness } from '../helpers/browser.ts';

const targetIds = (parseYaml(fs.readFileSync('content/targets.yaml', 'utf8')) as Array<{ id: string }>).map((t) => t.id);

/** Switches the page to print media and waits until the codes it prints are drawn. */
async function printMedia(tab: Page): Promise<void> {
	await tab.emulateMedia({ media: 'print' });
	await tab.waitForFunction(() => document.querySelectorAll('[data-qr-path]:not([data-qr-drawn])').length === 0, null, { timeout: 10_000 });
}

describe('the build without an origin', () => {
	it('has no QR code and no full address in its HTML, and one QR encoder chunk that no page links', () => {
		const chunks = encoderChunks(DIST);
		expect(chunks).toHaveLength(1);
		for (const p of ['/', '/plan/', '/tasks/12/', '/kepu/handout/', '/targets/rd-spending-growth/']) {
			const html = page(p).toString();
			expect(html, p).not.toContain(chunks[0]);
			expect(page(p).querySelectorAll('svg.qr'), p).toHaveLength(0);
			expect(page(p).querySelectorAll('[data-qr-path]').length, p).toBeGreaterThan(0);
		}
		// The handout: the full text, 惠企政策, 科普 and the five actions.
		expect(
			page('/kepu/handout/')
				.querySelectorAll('.handout-codes [data-qr-path]')
				.map((s) => s.getAttribute('data-qr-path')),
		).toEqual(['/plan/', '/support/', '/kepu/', '/a/1/', '/a/2/', '/a/3/', '/a/4/', '/a/5/']);
	});
});

describe('in Chromium, served from 127.0.0.1', () => {
	let h: Harness;
	let host: string;
	let encoder: string;
	beforeAll(async () => {
		h = await startHarness();
		host = new URL(h.base).host;
		encoder = encoderChunks(DIST)[0]!;
	});
	afterAll(async () => {
		await h?.close();
	});

	it('no page loads the QR encoder until the share panel is opened', async () => {
		const ctx = await h.context({ viewport: { width: 390, height: 844 } });
		const requests: string[] = [];
		// Every request of every tab of the context.
		ctx.on('request', (r) => requests.push(new URL(r.url()).pathname));
		const pages = [
			'/',
			'/plan/',
			'/tasks/12/',
			'/actions/3/',
			'/kepu/',
			'/kepu/handout/',
			'/targets/',
			'/targets/rd-spending-growth/',
			'/support/',
			'/annex/',
			'/search/?q=孵化器',
			'/embed/targets/rd-spending-growth/',
		];
		await inTabs(ctx, 4, pages, async (tab, p) => {
			await tab.goto(h.base + p);
			await tab.waitForLoadState('networkidle');
			// Scroll through the page: nothing on the way (the share panel included) loads it either.
			await tab.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
			await tab.waitForLoadState('networkidle');
		});
		expect(requests.filter((r) => r.includes('/_astro/')).length).toBeGreaterThan(pages.length);
		expect(requests.filter((r) => r.endsWith(encoder))).toEqual([]);

		// Opening the share panel loads it once and draws the page's code.
		const tab = await ctx.newPage();
		await tab.goto(h.base + '/tasks/12/');
		const button = tab.getByRole('button', { name: '显示本页二维码' });
		await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
		await expect(tab.locator('#page-qr').isVisible()).resolves.toBe(false);
		await button.click();
		await tab.locator('.page-qr svg.qr').waitFor();
		expect(requests.filter((r) => r.endsWith(encoder))).toHaveLength(1);
		await expect(tab.getByRole('button', { name: '收起二维码' }).getAttribute('aria-expanded')).resolves.toBe('true');
		await expect(decode(tab.locator('.page-qr svg.qr'))).resolves.toBe(`${h.base}/tasks/12/`);
		await expect(tab.locator('.page-qr svg.qr').getAttribute('aria-label')).resolves.toBe(`本页二维码，扫描后打开 ${h.base}/tasks/12/`);
	});

	it('the share panel shows the full address and short link, and says that they point to this computer', async () => {
		const ctx = await h.context({ viewport: { width: 390, height: 844 } });
		const tab = await ctx.newPage();
		await tab.goto(h.base + '/tasks/12/');
		const link = tab.locator('.page-share a[data-page-url]');
		await expect(link.innerText()).resolves.toBe(`${host}/tasks/12/`);
		await expect(link.evaluate((a: HTMLAnchorElement) => a.href)).resolves.toBe(`${h.base}/tasks/12/`);
		const short = tab.locator('.page-share a[data-short-url]');
		await expect(short.innerText()).resolves.toBe(`${host}/t/12/`);
		await expect(short.evaluate((a: HTMLAnchorElement) => a.href)).resolves.toBe(`${h.base}/t/12/`);
		const note = tab.locator('.page-share [data-local-note]');
		await expect(note.isVisible()).resolves.toBe(true);
		await expect(note.innerText()).resolves.toContain(`（${host}）`);
		await expect(note.innerText()).resolves.toContain('指向这台电脑');
	});

	it('prints the handout on one A4 page whose codes open the full text, 惠企政策, 科普 and the five actions here', async () => {
		const ctx = await h.context({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 2 });
		const tab = await ctx.newPage();
		await tab.goto(h.base + '/kepu/handout/');
		await printMedia(tab);
		const expected = ['/plan/', '/support/', '/kepu/', '/a/1/', '/a/2/', '/a/3/', '/a/4/', '/a/5/'];
		const items = tab.locator('.handout-codes > li');
		await expect(items.count()).resolves.toBe(expected.length);
		for (const [i, p] of expected.entries()) {
			const item = items.nth(i);
			await expect(decode(item.locator('svg.qr')), p).resolves.toBe(h.base + p);
			// Under the code, its short address as printed: host and path.
			await expect(item.locator('.handout-url').innerText(), p).resolves.toBe(host + p);
		}
		await expect(tab.locator('.handout print-date').innerText()).resolves.toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
		await expect(tab.locator('.handout [data-local-note]').isVisible()).resolves.toBe(true);
		// The page's own code in the foot is left out: the sheet has its own.
		await expect(tab.locator('.page-share .page-qr').isVisible()).resolves.toBe(false);
		const pdf = await tab.pdf({ preferCSSPageSize: true, printBackground: true });
		expect(pdfPageCount(pdf)).toBe(1);
	});

	it('prints a task sheet and a target sheet on one page with a code that opens the page here', async () => {
		const ctx = await h.context({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 2 });
		const tab = await ctx.newPage();
		for (const [p, short] of [
			['/tasks/12/', '/t/12/'],
			['/targets/rd-spending-growth/', '/g/rd-spending-growth/'],
		] as const) {
			await tab.goto(h.base + p);
			await printMedia(tab);
			await expect(tab.locator('.page-qr').isVisible(), p).resolves.toBe(true);
			await expect(decode(tab.locator('.page-qr svg.qr')), p).resolves.toBe(h.base + p);
			await expect(tab.locator('[data-page-url]').innerText(), p).resolves.toBe(host + p);
			await expect(tab.locator('[data-short-url]').innerText(), p).resolves.toBe(host + short);
			await expect(tab.locator('print-date').first().innerText(), p).resolves.toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
			expect(pdfPageCount(await tab.pdf({ preferCSSPageSize: true, printBackground: true })), p).toBe(1);
			await tab.emulateMedia({ media: 'screen' });
		}
	});

	it('with the codes drawn and the note on this computer, the longest task, target and support sheets still print on one page', async () => {
		const ctx = await h.context();
		// The six longest pages of each kind (most text, so the first to spill onto a second sheet).
		const sheets = ['tasks', 'targets', 'support'].flatMap((section) => longestPages(section, 6));
		expect(sheets).toHaveLength(18);
		const over: string[] = [];
		await inTabs(ctx, 2, sheets, async (tab, p) => {
			await tab.goto(h.base + p);
			await printMedia(tab);
			expect(await tab.locator('.page-qr svg.qr').count(), p).toBe(1);
			const n = pdfPageCount(await tab.pdf({ preferCSSPageSize: true, printBackground: true }));
			if (n !== 1) over.push(`${p}: ${n} pages`);
			await tab.emulateMedia({ media: 'screen' });
		});
		expect(over).toEqual([]);
	}, 120_000);

	it("the header's 打印 button and Ctrl+P print only once the codes are drawn", async () => {
		const ctx = await h.context({ viewport: { width: 1280, height: 900 } });
		// Record each print with the number of codes drawn at that moment (headless Chromium shows no dialog).
		await ctx.addInitScript(() => {
			const w = window as unknown as { prints: number[] };
			w.prints = [];
			window.print = () => void w.prints.push(document.querySelectorAll('svg.qr').length);
		});
		const tab = await ctx.newPage();
		await tab.goto(h.base + '/kepu/handout/');
		await tab.locator('[data-settings-toggle]').click(); // 工具: the page tools sit behind one control
		await tab.getByRole('button', { name: '打印', exact: true }).click();
		await tab.waitForFunction(() => (window as unknown as { prints: number[] }).prints.length === 1);
		await expect(tab.evaluate(() => (window as unknown as { prints: number[] }).prints)).resolves.toEqual([9]);

		await tab.goto(h.base + '/tasks/12/');
		await tab.locator('h1').click();
		await tab.keyboard.press('Control+p');
		await tab.waitForFunction(() => (window as unknown as { prints: number[] }).prints.length === 1);
		await expect(tab.evaluate(() => (window as unknown as { prints: number[] }).prints)).resolves.toEqual([1]);
	});

	it("the embed snippet holds this server's address", async () => {
		const ctx = await h.context({ viewport: { width: 390, height: 844 } });
		const tab = await ctx.newPage();
		await tab.goto(h.base + '/targets/science-info-officers/');
		const snippet = await tab.locator('[data-embed-snippet]').innerText();
		expect(snippet).toMatch(new RegExp(`^<iframe src="${h.base}/embed/targets/science-info-officers/" title="指标：注册科普信息员" width="100%" height="\\d+" loading="lazy"></iframe>$`));
	});

	it("every embed, at 360 and 640 px wide, shows its attribution and link back inside the snippet's height", async () => {
		const clipped: string[] = [];
		// Both widths at once, each in two tabs.
		await Promise.all(
			[360, 640].map(async (width) => {
				// The partner's page: body margin 8px each side, so the frame (width="100%") is `width` px wide.
				const ctx = await h.context({ viewport: { width: width + 16, height: 900 } });
				await inTabs(ctx, 2, targetIds, async (tab, id) => {
					// The snippet exactly as the target page gives it (built with the embed's path, completed here).
					const code = decodeEntities(page(`/targets/${id}/`).querySelector('[data-embed-snippet]')!.textContent);
					const height = Number(/height="(\d+)"/.exec(code)![1]);
					const snippet = code.replace(`src="/embed/targets/${id}/"`, `src="${h.base}/embed/targets/${id}/"`);
					expect(snippet, id).toContain(`src="${h.base}/`);
					await tab.goto(h.base + '/404.html');
					await tab.setContent(`<!doctype html><html lang="zh-CN"><title>合作网站</title><body>${snippet}</body></html>`);
					const inner = (await (await tab.locator('iframe').elementHandle())!.contentFrame())!;
					await inner.waitForLoadState('networkidle');
					await inner.locator('a[data-embed-source]').waitFor();
					// A chart draws when it nears the viewport; wait for it, so the measure is of the page as shown.
					if (await inner.locator('chart-figure').count()) await inner.locator('chart-figure canvas').waitFor({ state: 'visible' });
					const m = await inner.evaluate(() => ({
						viewport: document.documentElement.clientHeight,
						width: document.documentElement.clientWidth,
						scroll: document.documentElement.scrollHeight,
						linkBottom: document.querySelector('a[data-embed-source]')!.getBoundingClientRect().bottom,
						footBottom: document.querySelector('.embed-attribution')!.getBoundingClientRect().bottom,
					}));
					expect(m.width, `${id} @${width}`).toBeGreaterThan(width - 10);
					expect(m.width, `${id} @${width}`).toBeLessThanOrEqual(width);
					expect(m.viewport, `${id} @${width}`).toBeGreaterThan(height - 10);
					if (m.scroll > m.viewport || m.footBottom > m.viewport || m.linkBottom > m.viewport) clipped.push(`${id} @${width}px: needs ${m.scroll}px, snippet gives ${height}`);
				});
			}),
		);
		expect(clipped).toEqual([]);
	}, 300_000);
});
