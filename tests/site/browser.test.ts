import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS, sidewaysPx, startHarness, type Harness } from '../helpers/browser.ts';
import { annexCells } from '../helpers/source.ts';
import { page } from '../helpers/dist.ts';

/** One page of each template. */
const templates = ['/', '/plan/', '/annex/', '/actions/', '/actions/3/', '/tasks/10/', '/tasks/1/', '/departments/', '/departments/qu-ke-ji-ju/', '/departments/xiang-guan-jie-dao/', '/about/', '/404.html'];

let h: Harness;
beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => {
	await h?.close();
});

describe.each([
	['phone', 390],
	['desktop', 1280],
])('at %s width (%i px)', (_name, width) => {
	it('every template renders without horizontal scrolling, requests nothing off-site and logs no errors', async () => {
		const ctx = await h.context({ viewport: { width, height: 800 } });
		const page = await ctx.newPage();
		const problems: string[] = [];
		page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
		page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
		page.on('request', (r) => !r.url().startsWith(h.base) && !r.url().startsWith('data:') && problems.push(`off-site request: ${r.url()}`));
		for (const path of templates) {
			await page.goto(h.base + path);
			const overflow = await sidewaysPx(page);
			expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
		}
		expect(problems).toEqual([]);
	});

	it('axe-core finds no WCAG 2.2 A/AA violations on any template', async () => {
		const ctx = await h.context({ viewport: { width, height: 800 } });
		const page = await ctx.newPage();
		const found: string[] = [];
		for (const path of templates) {
			await page.goto(h.base + path);
			const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
			expect(result.passes.length, `axe ran its checks on ${path}`).toBeGreaterThan(10);
			for (const v of result.violations) found.push(`${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
		}
		expect(found).toEqual([]);
	});
});

describe('annex table filter', () => {
	const cells = annexCells();

	it('is a complete table without scripts', async () => {
		const ctx = await h.context({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
		const page = await ctx.newPage();
		await page.goto(h.base + '/annex/');
		await expect(page.locator('table.annex tbody tr:visible').count()).resolves.toBe(35);
		await expect(page.locator('[data-filter-form]').isVisible()).resolves.toBe(false);
	});

	it('filters by action and by lead unit, keeps the choice in the URL and restores it', async () => {
		const ctx = await h.context({ viewport: { width: 1280, height: 800 } });
		const page = await ctx.newPage();
		await page.goto(h.base + '/annex/');
		await page.selectOption('#f-action', '3');
		// Action three holds tasks 15–22 in the annex.
		const visible = async () => page.locator('table.annex tbody tr:visible th[scope=row]').allInnerTexts();
		expect((await visible()).map((s) => Number(s.replace(/\D/g, '')))).toEqual([15, 16, 17, 18, 19, 20, 21, 22]);
		await page.selectOption('#f-lead', '区工信局');
		// Of those, the annex names 区工信局 as lead of tasks 17 and 20.
		const expected = [...cells].filter(([n, c]) => n >= 15 && n <= 22 && c.lead === '区工信局').map(([n]) => n);
		expect(expected).toEqual([17, 20]);
		expect((await visible()).map((s) => Number(s.replace(/\D/g, '')))).toEqual(expected);
		await expect(page.locator('[data-filter-count]').innerText()).resolves.toContain('显示 2 项');
		expect(new URL(page.url()).searchParams.get('action')).toBe('3');
		await page.reload();
		expect((await visible()).map((s) => Number(s.replace(/\D/g, '')))).toEqual(expected);
	});

	it('sorts by lead unit and can be used by keyboard alone', async () => {
		const ctx = await h.context({ viewport: { width: 390, height: 800 } });
		const page = await ctx.newPage();
		await page.goto(h.base + '/annex/?lead=区金融事务中心');
		const leads = [...cells].filter(([, c]) => c.lead === '区金融事务中心').map(([n]) => n);
		expect(leads).toEqual([11, 28, 34]);
		const rows = page.locator('table.annex tbody tr:visible th[scope=row]');
		expect((await rows.allInnerTexts()).map((s) => Number(s.replace(/\D/g, '')))).toEqual(leads);
		// Sorting by lead unit orders the rows by the unit's name (pinyin), then by number.
		await page.goto(h.base + '/annex/');
		await page.selectOption('#f-sort', 'lead');
		const keys = await page.locator('table.annex tbody tr').evaluateAll((trs) => trs.map((tr) => `${(tr as HTMLElement).dataset.leadKey}|${(tr as HTMLElement).dataset.number}`));
		const sorted = [...keys].sort((a, b) => a.split('|')[0]!.localeCompare(b.split('|')[0]!) || Number(a.split('|')[1]) - Number(b.split('|')[1]));
		expect(keys).toEqual(sorted);
		expect(keys[0]!.startsWith('jin-xia')).toBe(true);
		// Keyboard alone: Tab from the sort control back to the action filter, pick action 1 with an arrow key.
		await page.focus('#f-sort');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Shift+Tab');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('f-action');
		await page.keyboard.press('ArrowDown');
		await expect(page.locator('#f-action').inputValue()).resolves.toBe('1');
		expect((await rows.allInnerTexts()).map((s) => Number(s.replace(/\D/g, '')))[0]).toBe(4);
	});
});

describe('skip link', () => {
	it('is the first thing the keyboard reaches and moves focus to the main content', async () => {
		const ctx = await h.context({ viewport: { width: 390, height: 800 } });
		const page = await ctx.newPage();
		await page.goto(h.base + '/plan/');
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('跳到正文');
		await page.keyboard.press('Enter');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
	});
});

describe('clause links', () => {
	it('clicking a clause anchor copies its full link and goes to it', async () => {
		const ctx = await h.context({ viewport: { width: 390, height: 800 } });
		await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.base });
		const page = await ctx.newPage();
		await page.goto(h.base + '/plan/');
		await page.click('a.anchor[href="#a1-m1-i2"]');
		await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${h.base}/plan/#a1-m1-i2`);
		expect(new URL(page.url()).hash).toBe('#a1-m1-i2');
		await expect(page.locator('[data-copy-status]').textContent()).resolves.toContain('已复制');
	});

	it('a shared clause link opens at the clause', async () => {
		const ctx = await h.context({ viewport: { width: 390, height: 800 } });
		const page = await ctx.newPage();
		await page.goto(h.base + '/plan/#a3-m2');
		// (Scrolling may be smooth: wait until it settles at the clause.)
		await page.waitForFunction(() => Math.abs(document.querySelector('#a3-m2')!.getBoundingClientRect().top) < 100, null, { timeout: 5000 });
		await expect(page.evaluate(() => window.scrollY)).resolves.toBeGreaterThan(3000);
	});
});

describe('site settings', () => {
	it('shows no filing number, host or contact that is not configured', () => {
		// content/site.yaml ships with these empty; the footer must not invent any.
		for (const path of templates.filter((p) => p !== '/404.html')) {
			const footer = page(path).querySelector('.site-footer')!.textContent;
			expect(footer, path).not.toMatch(/ICP|备案|主办单位|mailto/);
		}
	});
});
