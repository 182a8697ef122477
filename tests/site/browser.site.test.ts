import { describe, expect, it } from 'vitest';
import { axeProblems, sidewaysPx, useHarness, watchPage } from '../helpers/browser.ts';
import { annexCells } from '../helpers/source.ts';
import { page } from '../helpers/dist.ts';
import type { Page } from 'playwright-core';
import { pdfColours, luminance } from '../helpers/pdf-colours.ts';
import { STORAGE_KEY } from '../../src/site/reader-settings.ts';

/** One page of each template. */
const templates = [
	'/',
	'/plan/',
	'/annex/',
	'/actions/',
	'/actions/3/',
	'/tasks/10/',
	'/tasks/1/',
	'/departments/',
	'/departments/qu-ke-ji-ju/',
	'/departments/xiang-guan-jie-dao/',
	'/about/',
	'/404.html',
];

const h = useHarness();

// Every page at phone width, in the default mode and in 长辈模式 (axe, sideways scrolling, sizes, errors):
// tests/site/page-walk.site.test.ts. Here the templates at desktop width.
describe('at desktop width (1280 px)', () => {
	it('every template renders without horizontal scrolling, keeps its full navigation, requests nothing off-site, logs no errors, and axe finds nothing', async () => {
		const ctx = await h.context({ viewport: { width: 1280, height: 800 } });
		const page = await ctx.newPage();
		const problems = await watchPage(page, h.base);
		for (const path of templates) {
			await page.goto(h.base + path);
			const overflow = await sidewaysPx(page);
			if (overflow > 0) problems.push(`${path} scrolls sideways by ${overflow}px`);
			if (!(await page.locator('nav.nav-full').isVisible())) problems.push(`${path}: no full navigation`);
			if (await page.locator('summary', { hasText: '菜单' }).isVisible()) problems.push(`${path}: 菜单 shown on a wide screen`);
			problems.push(...(await axeProblems(page, path)));
		}
		expect(problems).toEqual([]);
	});
});

describe('the phone header', () => {
	const navLinks = (page: Page) => page.locator('details.menu nav a');

	it('folds the navigation into 菜单, which opens without scripts and lists 科普', async () => {
		const ctx = await h.context({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
		const page = await ctx.newPage();
		await page.goto(h.base + '/plan/');
		await expect(page.locator('nav.nav-full').isVisible()).resolves.toBe(false);
		await expect(navLinks(page).first().isVisible()).resolves.toBe(false);
		const header = await page.locator('.site-header').boundingBox();
		expect(header!.height).toBeLessThanOrEqual(120);
		await page.locator('summary', { hasText: '菜单' }).click();
		await expect(navLinks(page).allInnerTexts()).resolves.toEqual(['方案全文', '五大行动', '任务分解表', '指标', '责任单位', '惠企政策', '科普', '关于']);
		await expect(navLinks(page).first().isVisible()).resolves.toBe(true);
		await page.locator('details.menu nav a', { hasText: '科普' }).click();
		expect(new URL(page.url()).pathname).toBe('/kepu/');
		// Without scripts the page tools and the 长辈模式 switch (they need scripts) are not shown.
		await expect(page.locator('page-tools').isVisible()).resolves.toBe(false);
		await expect(page.locator('elder-switch').first().isVisible()).resolves.toBe(false);
	});

	it('works with the keyboard alone: Tab to 菜单, Enter opens it, Tab reaches the links, Esc closes it', async () => {
		const ctx = await h.context({ viewport: { width: 390, height: 844 } });
		const page = await ctx.newPage();
		await page.goto(h.base + '/annex/');
		const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
		await page.keyboard.press('Tab'); // skip link
		await page.keyboard.press('Tab'); // site name
		await page.keyboard.press('Tab');
		await expect(focused()).resolves.toBe('菜单');
		await expect(page.locator('summary', { hasText: '菜单' }).evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).resolves.toBe(false);
		await page.keyboard.press('Enter');
		await expect(page.locator('details.menu').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
		await page.keyboard.press('Tab');
		await expect(focused()).resolves.toBe('方案全文');
		// The current page is marked for screen readers.
		await expect(page.locator('details.menu nav a[aria-current="page"]').innerText()).resolves.toBe('任务分解表');
		await page.keyboard.press('Escape');
		await expect(page.locator('details.menu').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
		await expect(focused()).resolves.toBe('菜单');
		// 工具: one control for the reader settings, print and copy.
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-settings-toggle'))).resolves.toBe(true);
		await page.keyboard.press('Enter');
		for (const sel of ['[data-print]', '[data-copy-url]', '[data-settings-reset]']) await expect(page.locator(`.reader-panel ${sel}`).isVisible(), sel).resolves.toBe(true);
		await page.keyboard.press('Escape');
		await expect(page.locator('.reader-panel [data-print]').isVisible()).resolves.toBe(false);
	});
});

describe('the 长辈模式 switch', () => {
	it('is on the home page’s first screen, works by keyboard, is remembered, and agrees with the menu and 工具', async () => {
		const ctx = await h.context({ viewport: { width: 390, height: 844 } });
		const page = await ctx.newPage();
		await page.goto(h.base + '/');
		const home = page.locator('elder-switch.on-home button');
		const box = await home.boundingBox();
		expect(box!.y + box!.height, 'on the first screen').toBeLessThanOrEqual(844);
		expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(44);
		await expect(home.getAttribute('aria-pressed')).resolves.toBe('false');
		await home.focus();
		await page.keyboard.press('Space');
		await expect(page.getAttribute('html', 'data-elder')).resolves.toBe('on');
		await expect(home.getAttribute('aria-pressed')).resolves.toBe('true');
		await expect(page.locator('elder-switch.in-menu button').getAttribute('aria-pressed')).resolves.toBe('true');
		await page.reload();
		await expect(page.getAttribute('html', 'data-elder')).resolves.toBe('on');
		await expect(home.getAttribute('aria-pressed')).resolves.toBe('true');
		// Off again from the header menu, on another page; 工具 shows the same.
		await page.goto(h.base + '/plan/');
		await page.locator('summary', { hasText: '菜单' }).click();
		await page.locator('elder-switch.in-menu button').click();
		await expect(page.getAttribute('html', 'data-elder')).resolves.toBeNull();
		await page.locator('[data-settings-toggle]').click();
		await expect(page.locator('input[name="elder"]').isChecked()).resolves.toBe(false);
	});
});

describe('type scale', () => {
	const combos = ['standard', 'large', 'xlarge'].flatMap((size) => ['off', 'on'].map((elder) => ({ size, elder })));

	it.each(['/plan/', '/tasks/12/'])('on %s headings stay larger than body text, and body text never shrinks, in every 字号 × 长辈模式', async (path) => {
		const ctx = await h.context({ viewport: { width: 390, height: 844 } });
		const page = await ctx.newPage();
		const bodyBy = new Map<string, number>();
		for (const c of combos) {
			await page.goto(h.base + '/');
			await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [STORAGE_KEY, JSON.stringify(c)]);
			await page.goto(h.base + path);
			const sizes = await page.evaluate(() => {
				const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
				const all = (sel: string) => [...document.querySelectorAll(`main ${sel}`)].filter((e) => (e as HTMLElement).offsetParent !== null).map(size);
				return { body: size(document.body), p: all('p:not([class]):not(.masthead *)'), h1: all('h1'), h2: all('h2'), h3: all('h3'), h4: all('h4') };
			});
			const label = `${path} ${c.size}/${c.elder}`;
			expect(sizes.p.length, label).toBeGreaterThan(0);
			for (const p of sizes.p) expect(p, `${label}: paragraph text is body text`).toBe(sizes.body);
			expect(Math.min(...sizes.h1), label).toBeGreaterThan(Math.max(...sizes.h2, ...sizes.h3, ...sizes.h4, sizes.body));
			for (const [level, list] of Object.entries({ h2: sizes.h2, h3: sizes.h3, h4: sizes.h4 })) for (const s of list) expect(s, `${label}: ${level}`).toBeGreaterThan(sizes.body);
			if (c.elder === 'on') expect(sizes.body, label).toBeGreaterThanOrEqual(18);
			bodyBy.set(`${c.size}/${c.elder}`, sizes.body);
		}
		// Larger 字号 and 长辈模式 never make body text smaller.
		for (const elder of ['off', 'on']) {
			expect(bodyBy.get(`large/${elder}`)!).toBeGreaterThan(bodyBy.get(`standard/${elder}`)!);
			expect(bodyBy.get(`xlarge/${elder}`)!).toBeGreaterThan(bodyBy.get(`large/${elder}`)!);
		}
		for (const size of ['standard', 'large', 'xlarge']) expect(bodyBy.get(`${size}/on`)!).toBeGreaterThan(bodyBy.get(`${size}/off`)!);
	});
});

describe('print', () => {
	it('after choosing 深色 + 高对比度, prints no header search, menu or tool, and dark text on white (Chromium PDF, backgrounds on)', async () => {
		const ctx = await h.context({ viewport: { width: 390, height: 844 } });
		const page = await ctx.newPage();
		await page.goto(h.base + '/tasks/12/');
		await page.locator('[data-settings-toggle]').click();
		await page.locator('input[name="theme"][value="dark"]').check();
		await page.locator('input[name="contrast"]').check();
		await page.locator('[data-settings-close]').click();
		await expect(page.getAttribute('html', 'data-theme')).resolves.toBe('dark');
		const screenBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(screenBg, 'dark on screen').toBe('rgb(0, 0, 0)');
		await page.emulateMedia({ media: 'print' });
		for (const sel of ['.header-search', '.page-tools', '.site-menu', '.nav-full', '.elder-switch', '.breadcrumbs', '.pager', 'button']) {
			for (const el of await page.locator(sel).all()) await expect(el.isVisible(), `${sel} prints`).resolves.toBe(false);
		}
		const [fg, bg] = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
		expect([fg, bg]).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		const { text, fills } = pdfColours(pdf);
		expect(text.length, 'text found in the PDF').toBeGreaterThan(20);
		const lightText = text.filter((c) => luminance(c) > 0.2);
		expect(lightText, 'text that is not dark').toEqual([]);
		// A4 is 595 × 842 pt: no dark area larger than a rule or a QR module pattern's square.
		const darkAreas = fills.filter((f) => luminance(f.rgb) < 0.5 && f.area > 2000);
		expect(darkAreas, 'dark filled areas').toEqual([]);
	});
});

describe('copy fallback', () => {
	/** A browser that refuses the clipboard (plain http, some in-app browsers). */
	const refusing = async () => {
		const ctx = await h.context({ viewport: { width: 390, height: 844 } });
		await ctx.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
		});
		return ctx.newPage();
	};

	it('复制链接 shows the page’s link selected in a field, with a message', async () => {
		const page = await refusing();
		await page.goto(h.base + '/tasks/12/');
		await page.locator('[data-settings-toggle]').click();
		await page.locator('.reader-panel [data-copy-url]').click();
		const field = page.locator('[data-copy-manual] input');
		await field.waitFor();
		await expect(field.inputValue()).resolves.toBe(`${h.base}/t/12/`);
		await expect(field.evaluate((i: HTMLInputElement) => [document.activeElement === i, i.selectionStart, i.selectionEnd, i.value.length])).resolves.toEqual([
			true,
			0,
			`${h.base}/t/12/`.length,
			`${h.base}/t/12/`.length,
		]);
		await expect(page.locator('[data-copy-manual] p').innerText()).resolves.toContain('无法自动复制');
		await expect(page.locator('[data-tools-status]').textContent()).resolves.toContain('无法自动复制');
	});

	it('a clause anchor shows the clause’s link selected in a field, with a message', async () => {
		const page = await refusing();
		await page.goto(h.base + '/plan/');
		await page.click('a.anchor[href="#a1-m1-i2"]');
		const field = page.locator('[data-copy-manual-box] input');
		await field.waitFor();
		await expect(field.inputValue()).resolves.toBe(`${h.base}/plan/#a1-m1-i2`);
		await expect(field.evaluate((i: HTMLInputElement) => document.activeElement === i && i.selectionEnd === i.value.length)).resolves.toBe(true);
		await expect(page.locator('[data-copy-manual-box] p').innerText()).resolves.toContain('无法自动复制');
		await page.getByRole('button', { name: '关闭' }).click();
		await expect(field.isVisible()).resolves.toBe(false);
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

describe('the 404 page', () => {
	it('links 惠企政策 and says how tasks are numbered and short-linked', () => {
		const root = page('/404.html');
		expect(root.querySelector('main a[href="/support/"]')?.textContent).toBe('惠企政策');
		const text = root.querySelector('main')!.textContent;
		const n = annexCells().size;
		expect(text).toContain(`任务编号为 1—${n}`);
		expect(text).toContain(`/t/${n}/`);
	});
});
