/** Target pages and charts in Chromium: drawing, lazy loading, no-script and print, reduced motion, axe. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pageProblems, WIDTHS, useHarness, watchPage } from '../helpers/browser.ts';
import { STORAGE_KEY } from '../../src/site/reader-settings.ts';

const PAGES = ['/targets/', '/targets/hightech-output-growth/', '/targets/phytium-construction-application/', '/targets/annual-rd-guidance-funds/', '/data/', '/actions/1/', '/tasks/35/'];

const h = useHarness();

/** Brings each chart into view in turn and waits until it is drawn. */
async function drawAll(page: Page): Promise<void> {
	const charts = page.locator('chart-figure');
	const n = await charts.count();
	for (let i = 0; i < n; i++) {
		await charts.nth(i).scrollIntoViewIfNeeded();
		await page.waitForFunction((k) => document.querySelectorAll<HTMLElement>('chart-figure')[k]!.dataset.state === 'drawn', i, { timeout: 15_000 });
	}
	await page.evaluate(() => window.scrollTo(0, 0));
}

/** How many pixels of a canvas are not transparent. */
function paintedPixels(page: Page, selector: string): Promise<number> {
	return page.evaluate((sel) => {
		const canvas = document.querySelector<HTMLCanvasElement>(sel)!;
		const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
		let n = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
		return n;
	}, selector);
}

describe('charts', () => {
	it('draw in Chromium: the canvas has pixels, is an image with the summary as its name, and its table stays', async () => {
		const ctx = await h.context({ viewport: { width: 1280, height: 900 } });
		const page = await ctx.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await page.goto(h.base + '/targets/hightech-output-growth/');
		await drawAll(page);
		const figure = 'chart-figure[data-chart-id="chart-path"]';
		expect(await paintedPixels(page, `${figure} canvas`)).toBeGreaterThan(2000);
		await expect(page.locator(`${figure} canvas`).getAttribute('role')).resolves.toBe('img');
		const summary = (await page.locator(`${figure} .chart-summary`).innerText()).trim();
		// 2023 on the 12%-a-year path from 2020 = 100 (computed here, as targets.test.ts does).
		expect(summary).toContain((100 * 1.12 ** 3).toFixed(1));
		await expect(page.locator(`${figure} canvas`).getAttribute('aria-label')).resolves.toContain(summary);
		await expect(page.locator(`${figure} table`).isVisible()).resolves.toBe(true);
		await expect(page.locator(`${figure} figcaption`).innerText()).resolves.toContain('2020 年 = 100');
		expect(errors).toEqual([]);
	});

	it('load Chart.js only when a chart nears the viewport', async () => {
		const ctx = await h.context({ viewport: { width: 390, height: 500 } });
		const page = await ctx.newPage();
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
		await page.goto(h.base + '/targets/hightech-output-growth/');
		await page.waitForTimeout(500);
		// The chart is far below the first screen: it waits, and the drawing code is not fetched.
		await expect(page.locator('chart-figure').getAttribute('data-state')).resolves.toBe('waiting');
		const before = [...scripts];
		await page.locator('chart-figure').scrollIntoViewIfNeeded();
		await page.waitForFunction(() => document.querySelector<HTMLElement>('chart-figure')!.dataset.state === 'drawn');
		const fetched = scripts.filter((s) => !before.includes(s));
		expect(
			fetched.some((s) => /chart-draw/.test(s)),
			`fetched after scrolling: ${fetched.join(', ')}`,
		).toBe(true);
		expect(
			before.some((s) => /chart-draw/.test(s)),
			`fetched before: ${before.join(', ')}`,
		).toBe(false);
		expect(await paintedPixels(page, 'chart-figure canvas')).toBeGreaterThan(1000);
	});

	it('without scripts, show caption, summary and the full table, and no empty chart box', async () => {
		const ctx = await h.context({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
		const page = await ctx.newPage();
		await page.goto(h.base + '/targets/');
		const figures = page.locator('chart-figure');
		await expect(figures.count()).resolves.toBe(2);
		for (let i = 0; i < 2; i++) {
			const f = figures.nth(i);
			await expect(f.locator('.chart-canvas').isVisible()).resolves.toBe(false);
			await expect(f.locator('table').isVisible()).resolves.toBe(true);
			await expect(f.locator('figcaption').isVisible()).resolves.toBe(true);
			await expect(f.locator('.chart-summary').isVisible()).resolves.toBe(true);
		}
		await expect(page.locator('chart-figure').first().locator('tbody tr').count()).resolves.toBe(7);
	});

	it('in print, show the tables rather than the canvases', async () => {
		const ctx = await h.context({ viewport: { width: 1280, height: 900 } });
		const page = await ctx.newPage();
		await page.goto(h.base + '/targets/hightech-output-growth/');
		await drawAll(page);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('chart-figure .chart-canvas').isVisible()).resolves.toBe(false);
		await expect(page.locator('chart-figure table').isVisible()).resolves.toBe(true);
	});

	it('respect reduced motion: the first drawn frame is already the final one', async () => {
		const frames = async (reducedMotion: 'reduce' | 'no-preference') => {
			// A short viewport keeps the chart far from view until the test scrolls to it.
			const ctx = await h.context({ viewport: { width: 1280, height: 300 }, reducedMotion });
			const page = await ctx.newPage();
			await page.goto(h.base + '/targets/hightech-output-growth/');
			expect(await page.locator('chart-figure').getAttribute('data-state')).not.toBe('drawn');
			// Take the first frame in the page, in the frame after drawing starts: a round trip from the
			// test could arrive after a short animation has ended.
			const first = await page.evaluate(
				() =>
					new Promise<string>((resolve) => {
						const el = document.querySelector<HTMLElement>('chart-figure')!;
						const grab = () => requestAnimationFrame(() => resolve(el.querySelector('canvas')!.toDataURL()));
						new MutationObserver((_, observer) => {
							if (el.dataset.state !== 'drawn') return;
							observer.disconnect();
							grab();
						}).observe(el, { attributes: true, attributeFilter: ['data-state'] });
						el.scrollIntoView();
					}),
			);
			await page.waitForTimeout(900);
			const last = await page.locator('chart-figure canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL());
			return first === last;
		};
		expect(await frames('reduce')).toBe(true);
		// With motion allowed the chart animates, so the comparison above can tell the two apart.
		expect(await frames('no-preference')).toBe(false);
	});

	it('draw Chinese labels in the page’s CJK font stack', async () => {
		const ctx = await h.context({ viewport: { width: 1280, height: 900 } });
		const page = await ctx.newPage();
		// Record what the canvas writes, and in which font.
		await page.addInitScript(() => {
			const log: Array<[string, string]> = [];
			(window as unknown as { canvasTexts: typeof log }).canvasTexts = log;
			const fillText = CanvasRenderingContext2D.prototype.fillText;
			CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
				log.push([String(text), this.font]);
				return fillText.call(this, text, x, y, maxWidth);
			};
		});
		await page.goto(h.base + '/targets/');
		await drawAll(page);
		const texts = await page.evaluate(() => (window as unknown as { canvasTexts: Array<[string, string]> }).canvasTexts);
		const label = texts.find(([t]) => t === '二、总体目标');
		expect(label, texts.map(([t]) => t).join(' | ')).toBeTruthy();
		expect(label![1]).toMatch(/Noto Sans CJK SC/);
		expect(texts.find(([t]) => t === '2023 年')?.[1]).toMatch(/Noto Sans CJK SC/);
	});
});

/** How many canvas pixels are exactly the given colour (the inside of a 3 px line or a bar). */
function pixelsOf(page: Page, rgb: [number, number, number]): Promise<number> {
	return page
		.locator('chart-figure canvas')
		.first()
		.evaluate((canvas: HTMLCanvasElement, [r, g, b]) => {
			const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
			let n = 0;
			for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) n++;
			return n;
		}, rgb);
}

describe('chart colours follow the reader’s colour scheme', () => {
	// The link colour of base.css: #1c4f94 in light, #9cc3ff in dark.
	const light: [number, number, number] = [0x1c, 0x4f, 0x94];
	const dark: [number, number, number] = [0x9c, 0xc3, 0xff];

	it('draws in the light colours, and redraws in the dark ones when the reader switches to 深色', async () => {
		const ctx = await h.context({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce' });
		const page = await ctx.newPage();
		await page.goto(h.base + '/targets/hightech-output-growth/');
		await drawAll(page);
		expect(await pixelsOf(page, light)).toBeGreaterThan(200);
		expect(await pixelsOf(page, dark)).toBe(0);
		await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
		await expect.poll(() => pixelsOf(page, dark), { timeout: 5000 }).toBeGreaterThan(200);
		expect(await pixelsOf(page, light)).toBe(0);
	});

	it('starts in the dark colours when the reader chose 深色 before', async () => {
		const ctx = await h.context({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
		await ctx.addInitScript(([k, v]) => localStorage.setItem(k!, v!), [STORAGE_KEY, JSON.stringify({ theme: 'dark' })]);
		const page = await ctx.newPage();
		await page.goto(h.base + '/targets/hightech-output-growth/');
		await drawAll(page);
		expect(await pixelsOf(page, dark)).toBeGreaterThan(200);
		expect(await pixelsOf(page, light)).toBe(0);
	});
});

describe.each(WIDTHS)('target and data pages at %s width', (_name, width) => {
	it('have no axe violations with the charts drawn, no sideways scrolling and no off-site requests', async () => {
		const ctx = await h.context({ viewport: { width, height: 800 } });
		const page = await ctx.newPage();
		const problems = await watchPage(page, h.base);
		for (const p of PAGES) {
			await page.goto(h.base + p);
			await drawAll(page);
			problems.push(...(await pageProblems(page, p)));
		}
		expect(problems).toEqual([]);
	});
});
