import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { officialText, page, squash } from '../helpers/dist.ts';
import { pageProblems, WIDTHS, useHarness } from '../helpers/browser.ts';
import { annexCells, bodyText } from '../helpers/source.ts';

const cells = annexCells();
const body = squash(bodyText());

/** The official text of a marked element (the hidden screen-reader phrases left out). */
const marked = (els: HTMLElement[]) => els.map((e) => officialText(e));

/** Tasks whose annex cell appears character for character (spaces included) in the official body. */
const verbatim = [...cells].filter(([, c]) => bodyText().replace(/\n/g, '').includes(c.text)).map(([n]) => n);
/** Tasks whose annex cell appears in the body once whitespace is ignored (e.g. 资金2亿元 / 资金 2 亿元). */
const sameButSpacing = [...cells].filter(([n, c]) => !verbatim.includes(n) && body.includes(squash(c.text))).map(([n]) => n);

describe('/compare/', () => {
	const root = page('/compare/');
	const item = (id: string) => root.querySelector(`[data-compare-item="${id}"]`);

	it('states the count at the top, and lists that many items', () => {
		const count = root.querySelector('[data-compare-total]')!;
		const items = root.querySelectorAll('[data-compare-item]');
		expect(Number(count.getAttribute('data-compare-total'))).toBe(items.length);
		expect(squash(count.textContent)).toContain(`共有${items.length}处`);
		// The five differences the issue names, and task 17 (…建设，支持航天一院… / 重点支持航天一院…).
		expect(items.map((i) => i.getAttribute('data-compare-item'))).toEqual(['a3', 'a4-m1', 'task-5', 'task-6', 'task-8', 'task-17']);
	});

	it('shows the five known differences with the words marked', () => {
		expect(marked(item('task-5')!.querySelectorAll('.wd-changes del'))).toEqual(['极盛']);
		expect(marked(item('task-5')!.querySelectorAll('.wd-changes ins'))).toEqual(['极端']);
		expect(marked(item('task-6')!.querySelectorAll('.wd-changes del')).map((s) => s.replace(/、/g, ''))).toEqual(['区块链', '国家']);
		expect(marked(item('task-8')!.querySelectorAll('.wd-changes del'))).toEqual(['市级以上']);
		expect(marked(item('task-8')!.querySelectorAll('.wd-changes ins'))).toEqual(['省、市级']);
		expect(marked(item('a3')!.querySelectorAll('del'))).toEqual(['转移转化']);
		expect(marked(item('a3')!.querySelectorAll('ins'))).toEqual(['转化转移']);
		expect(marked(item('a4-m1')!.querySelectorAll('del'))).toEqual(['培养']);
		expect(marked(item('a4-m1')!.querySelectorAll('ins'))).toEqual(['培育']);
	});

	it('lists no task whose annex wording is found word for word in the body', () => {
		expect(verbatim.length).toBeGreaterThan(20);
		for (const n of verbatim) {
			expect(item(`task-${n}`), `task ${n}`).toBeNull();
			expect(root.querySelector(`tr[data-task="${n}"]`)!.getAttribute('data-task-kind'), `task ${n}`).toBe('identical');
		}
		for (const n of sameButSpacing) expect(item(`task-${n}`), `task ${n}`).toBeNull();
	});

	it('has a screen-reader phrase inside every mark', () => {
		for (const m of [...root.querySelectorAll('del'), ...root.querySelectorAll('ins')]) {
			if (m.closest('.wd-legend')) continue;
			expect(m.querySelector('.visually-hidden')?.textContent ?? '').toMatch(/^［(正文有、分解表无|分解表有、正文无)：$/);
		}
	});
});

describe('task pages', () => {
	const section = (n: number) => page(`/tasks/${n}/`).querySelector('section.wd')!;

	it.each([
		[5, ['极盛'], ['极端']],
		[6, ['区块链', '国家'], []],
		[8, ['市级以上'], ['省、市级']],
		[17, [], ['重点']],
	])('task %i lists the words that differ, once, as /compare/ does', (n, del, ins) => {
		const s = section(n);
		expect(s.getAttribute('data-wording-kind')).toBe('words');
		const outsideTitles = (els: HTMLElement[]) => els.filter((e) => !e.closest('.wd-titles, .wd-legend'));
		expect(marked(outsideTitles(s.querySelectorAll('.wd-changes del'))).map((x) => x.replace(/、/g, ''))).toEqual(del);
		expect(marked(outsideTitles(s.querySelectorAll('.wd-changes ins')))).toEqual(ins);
		const onCompare = page('/compare/').querySelector(`[data-compare-item="task-${n}"]`)!;
		expect(marked(outsideTitles(s.querySelectorAll('.wd-changes del, .wd-changes ins')))).toEqual(marked(onCompare.querySelectorAll('.wd-changes del, .wd-changes ins')));
	});

	it.each([...cells.keys()])('task %i quotes the annex wording and the body clause once each', (n) => {
		const root = page(`/tasks/${n}/`);
		const main = root.querySelector('main')!.clone() as HTMLElement;
		main.querySelector('.task-body-clause')!.remove();
		const annexText = squash(cells.get(n)!.text);
		// The annex wording once outside the body clause (the comparison shows a few characters around each change).
		expect(squash(main.textContent).split(annexText).length - 1, `task ${n}`).toBe(1);
		expect(root.querySelectorAll('.wd-sides'), `task ${n}`).toHaveLength(0);
		expect(root.querySelectorAll('.task-body-clause blockquote'), `task ${n}`).toHaveLength(1);
	});

	it("/compare/ puts each differing task's two wordings side by side, each as its source", () => {
		const items = page('/compare/').querySelectorAll('[data-compare-item^="task-"]');
		expect(items.length).toBeGreaterThan(3);
		for (const item of items) {
			const n = Number(item.getAttribute('data-compare-item')!.slice('task-'.length));
			expect(officialText(item.querySelector('.wd-side-annex .wd-text')!)).toBe(squash(cells.get(n)!.text));
			const bodySide = officialText(item.querySelector('.wd-side-body .wd-text')!);
			expect(bodySide.length).toBeGreaterThan(10);
			expect(body.includes(bodySide), `body side of task ${n} is a passage of the body`).toBe(true);
		}
	});

	it('tasks found word for word in the body show no difference; those differing in spacing alone mark no word', () => {
		for (const n of verbatim) {
			const s = section(n);
			expect(s.getAttribute('data-wording-kind'), `task ${n}`).toBe('identical');
			// Identical wordings get a one-line verdict, no heading and no list.
			expect(
				s.querySelectorAll('.wd-changes').filter((e) => !e.closest('.wd-titles')),
				`task ${n}`,
			).toHaveLength(0);
			expect(
				s.querySelectorAll('del, ins').filter((e) => !e.closest('.wd-legend, .wd-titles')),
				`task ${n}`,
			).toHaveLength(0);
		}
		// Task 12 (资金2亿元 in the body, 资金 2 亿元 in the annex) is one of these.
		expect(sameButSpacing).toContain(12);
		for (const n of sameButSpacing) {
			const s = section(n);
			expect(s.getAttribute('data-wording-kind'), `task ${n}`).toBe('punctuation');
			expect(
				s.querySelectorAll('del, ins').filter((e) => !e.closest('.wd-legend, .wd-titles')),
				`task ${n}`,
			).toHaveLength(0);
			expect(s.querySelector('.wd-minor')?.textContent ?? '', `task ${n}`).toContain('空格');
		}
	});

	it('tasks of action three and of the talent measure show the annex’s other title wording', () => {
		for (const n of [15, 16, 17, 18, 19, 20, 21, 22]) expect(marked(section(n).querySelectorAll('.wd-titles ins')), `task ${n}`).toEqual(['转化转移']);
		for (const n of [23, 24]) expect(marked(section(n).querySelectorAll('.wd-titles ins')), `task ${n}`).toEqual(['培育']);
		for (const n of [1, 9, 25, 35]) expect(section(n).querySelector('.wd-titles'), `task ${n}`).toBeNull();
	});
});

describe('/data/quality/', () => {
	const root = page('/data/quality/');

	it('counts tasks and departments and passes every check', () => {
		expect(root.querySelector('[data-count="任务"]')!.textContent.trim()).toBe(String(cells.size));
		const departments = new Set([...cells.values()].flatMap((c) => [c.lead, ...(c.units ? c.units.split('、') : [])]));
		expect(root.querySelector('[data-count="单位"]')!.textContent.trim()).toBe(String(departments.size));
		const checks = root.querySelectorAll('[data-check]');
		expect(checks.length).toBeGreaterThanOrEqual(8);
		for (const c of checks) expect(c.getAttribute('data-failures'), c.getAttribute('data-check')!).toBe('0');
	});

	it('lists task 10’s illegible 责任单位 with what the site shows there', () => {
		const rows = root.querySelectorAll('table[data-gaps] tbody tr');
		expect(rows).toHaveLength(1);
		expect(squash(rows[0]!.textContent)).toContain('任务10');
		expect(squash(rows[0]!.querySelectorAll('td')[1]!.textContent)).toContain('原表未列明');
	});
});

describe('in the browser', () => {
	const h = useHarness();

	describe.each(WIDTHS)('at %s width (%i px)', (_name, width) => {
		it('/compare/, /data/quality/ and a task page have no axe violations and no sideways scrolling', async () => {
			const ctx = await h.context({ viewport: { width, height: 800 } });
			const page = await ctx.newPage();
			const found: string[] = [];
			for (const path of ['/compare/', '/data/quality/', '/tasks/6/', '/tasks/17/']) {
				await page.goto(h.base + path);
				// Open the full-text comparisons, so that axe checks them too.
				await page.locator('details').evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
				found.push(...(await pageProblems(page, path)));
			}
			expect(found).toEqual([]);
		});
	});

	it('puts the two wordings side by side on a wide screen and stacks them on a phone', async () => {
		for (const [width, sideBySide] of [
			[1280, true],
			[390, false],
		] as const) {
			const ctx = await h.context({ viewport: { width, height: 800 } });
			const page = await ctx.newPage();
			await page.goto(h.base + '/compare/');
			await page.locator('[data-compare-item="task-5"] details').evaluate((d) => d.setAttribute('open', ''));
			const [a, b] = await page.locator('[data-compare-item="task-5"] .wd-side').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
			expect(Math.abs(a!.top - b!.top) < 1, `side by side at ${width}px`).toBe(sideBySide);
		}
	});

	it('marks differences by shape, not colour alone', async () => {
		const ctx = await h.context({ viewport: { width: 1280, height: 800 } });
		const page = await ctx.newPage();
		await page.goto(h.base + '/tasks/5/');
		const del = await page
			.locator('.wd-changes del')
			.first()
			.evaluate((e) => getComputedStyle(e).textDecorationLine);
		const ins = await page
			.locator('.wd-changes ins')
			.first()
			.evaluate((e) => getComputedStyle(e).textDecorationLine);
		expect(del).toContain('line-through');
		expect(ins).toContain('underline');
	});

	it('/compare/ is the full list without scripts, and filters by action with them', async () => {
		const noJs = await (await h.context({ javaScriptEnabled: false })).newPage();
		await noJs.goto(h.base + '/compare/');
		await expect(noJs.locator('[data-compare-item]:visible').count()).resolves.toBe(6);
		await expect(noJs.locator('[data-filter-form]').isVisible()).resolves.toBe(false);

		const page = await (await h.context({ viewport: { width: 390, height: 800 } })).newPage();
		await page.goto(h.base + '/compare/');
		await page.selectOption('#c-action', '3');
		const visible = () => page.locator('[data-compare-item]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-compare-item')));
		// Action three: its title (转移转化 / 转化转移) and task 17.
		await expect(visible()).resolves.toEqual(['a3', 'task-17']);
		await expect(page.locator('[data-filter-count]').innerText()).resolves.toContain('显示 2 处');
		expect(new URL(page.url()).searchParams.get('action')).toBe('3');
		await page.selectOption('#c-action', '2');
		await expect(visible()).resolves.toEqual([]);
		await expect(page.locator('[data-empty]:visible').count()).resolves.toBe(2);
		await page.goto(h.base + '/compare/?action=1');
		await expect(visible()).resolves.toEqual(['task-5', 'task-6', 'task-8']);
	});
});
