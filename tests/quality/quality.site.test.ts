/**
 * Quality gates over every page of the built site: HTML validity, text alternatives, the CSP, and the
 * reader settings (persisted, applied before first paint). axe-core, console errors, CSP violations and
 * failed or off-site requests on every page: tests/site/page-walk.site.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { builtPages, fileOf, page as parsedPage } from '../helpers/dist.ts';
import { useHarness } from '../helpers/browser.ts';

const pages = builtPages();
describe('every page, statically', () => {
	it('is valid HTML (html-validate, recommended preset)', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const errors: string[] = [];
		for (const p of pages) {
			const report = await validator.validateFile(fileOf(p)!);
			for (const r of report.results) for (const m of r.messages) errors.push(`${p} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
		expect(pages.length).toBeGreaterThan(60);
		expect(errors).toEqual([]);
	});

	it('gives every image a text alternative and every page a unique description', () => {
		const descriptions = new Map<string, string>();
		for (const p of pages) {
			const root = parsedPage(p);
			for (const img of root.querySelectorAll('img')) expect(img.hasAttribute('alt'), `${p} <img src=${img.getAttribute('src')}>`).toBe(true);
			for (const svg of root.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden') === 'true' || svg.getAttribute('role') === 'img', `${p} <svg> needs aria-hidden or role=img`).toBe(true);
			const d = root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
			expect(descriptions.has(d), `${p} repeats the description of ${descriptions.get(d)}`).toBe(false);
			descriptions.set(d, p);
		}
	});

	it('carries a content security policy without unsafe-inline on every page, and headers for hosts', () => {
		for (const p of pages) {
			const csp = parsedPage(p).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
			expect(csp, p).toMatch(/script-src 'self'/);
			expect(csp, p).toMatch(/default-src 'self'/);
			expect(csp, p).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
		}
		const headers = fs.readFileSync('dist/_headers', 'utf8');
		// Pages: CSP with frame-ancestors 'none' (one rule per top-level folder); embeds: frame-ancestors *.
		expect(headers).toMatch(/^\/plan\/\*\n {2}Content-Security-Policy: [^\n]*frame-ancestors 'none'/m);
		expect(headers).toMatch(/^\/embed\/\*\n( {2}[^\n]*\n)* {2}Content-Security-Policy: [^\n]*frame-ancestors \*/m);
		for (const h of ['Referrer-Policy', 'X-Content-Type-Options: nosniff', 'Permissions-Policy', 'Strict-Transport-Security']) expect(headers).toContain(h);
		expect(fs.readFileSync('dist/nginx-security-headers.conf', 'utf8')).toMatch(/location \/embed\/ \{[^}]*frame-ancestors \*/);
	});

	it('emits no canonical link, sitemap or sitemap line in robots.txt while no origin is configured', () => {
		expect(fs.existsSync('dist/sitemap-index.xml')).toBe(false);
		expect(fs.readFileSync('dist/robots.txt', 'utf8')).not.toMatch(/Sitemap/);
		for (const p of pages) expect(parsedPage(p).querySelector('link[rel="canonical"]'), p).toBeNull();
	});
});

// Every page in Chromium (axe in the default settings and in 长辈模式 + 特大 + 高对比度 + 深色, console errors, CSP
// violations, failed and off-site requests): the one page walk, tests/site/page-walk.site.test.ts.

describe('reader settings', () => {
	const h = useHarness();

	it('are set by keyboard, persist across pages, and apply before the first paint', async () => {
		const ctx = await h.context({ viewport: { width: 390, height: 800 } });
		const page = await ctx.newPage();
		await page.goto(h.base + '/plan/');
		const toggle = page.locator('[data-settings-toggle]');
		await toggle.focus();
		await page.keyboard.press('Enter');
		await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
		// Focus lands on the first choice (字号 标准); arrow keys move through the radio group.
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(page.getAttribute('html', 'data-size')).resolves.toBe('xlarge');
		await page.locator('input[name="elder"]').focus();
		await page.keyboard.press('Space');
		await expect(page.getAttribute('html', 'data-elder')).resolves.toBe('on');
		await page.keyboard.press('Escape');
		await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
		await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-settings-toggle'))).resolves.toBe(true);
		const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
		// 长辈模式 at 特大: at least 18 pt (24 px) body text.
		expect(bodySize).toBeGreaterThanOrEqual(24);
		const lineHeight = await page.evaluate(() => parseFloat(getComputedStyle(document.body).lineHeight) / parseFloat(getComputedStyle(document.body).fontSize));
		expect(lineHeight).toBeGreaterThanOrEqual(1.8);

		// Another page: the attributes are already on <html> when parsing ends, before any module script runs.
		const page2 = await ctx.newPage();
		await page2.addInitScript(() => {
			document.addEventListener('readystatechange', () => {
				if (document.readyState === 'interactive') (window as unknown as { __atParse: string }).__atParse = `${document.documentElement.dataset.size}|${document.documentElement.dataset.elder}`;
			});
		});
		await page2.goto(h.base + '/annex/');
		await expect(page2.evaluate(() => (window as unknown as { __atParse: string }).__atParse)).resolves.toBe('xlarge|on');
		// Every control in 长辈模式 is at least 44 × 44 px.
		const small = await page2.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.site-header nav a, .tool, select')]
				.filter((el) => el.offsetParent !== null)
				.map((el) => ({ t: el.textContent?.trim(), r: el.getBoundingClientRect() }))
				.filter(({ r }) => r.width < 44 || r.height < 44)
				.map(({ t, r }) => `${t} ${Math.round(r.width)}×${Math.round(r.height)}`),
		);
		expect(small).toEqual([]);
		// Reset returns to the defaults everywhere.
		await page2.click('[data-settings-toggle]');
		await page2.click('[data-settings-reset]');
		await expect(page2.getAttribute('html', 'data-size')).resolves.toBeNull();
		await page.reload();
		await expect(page.getAttribute('html', 'data-elder')).resolves.toBeNull();
	});

	it('without scripts the page is readable at the standard settings and follows the system colour scheme', async () => {
		const ctx = await h.context({ javaScriptEnabled: false, colorScheme: 'dark', viewport: { width: 390, height: 800 } });
		const page = await ctx.newPage();
		await page.goto(h.base + '/plan/');
		await expect(page.locator('page-tools').isVisible()).resolves.toBe(false);
		const [fg, bg] = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
		expect(bg).toBe('rgb(21, 23, 26)');
		expect(fg).toBe('rgb(233, 230, 225)');
	});
});
