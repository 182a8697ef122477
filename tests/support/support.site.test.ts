import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { pageProblems, sidewaysPx, useHarness } from '../helpers/browser.ts';
import { builtPages, page as built, squash } from '../helpers/dist.ts';
import { bodyText } from '../helpers/source.ts';
import { profileQuery, profiles, REWARD_SCOPE } from '../helpers/support-profiles.ts';

/** The measures as editors wrote them (content/supports.yaml), read independently of the site's code. */
const supports = parseYaml(fs.readFileSync('content/supports.yaml', 'utf8')) as Array<{
	id: string;
	title: string;
	kind: string;
	audiences: string[];
	amount?: string;
	lead?: string;
	clause: string;
	tasks?: number[];
	conditions: string[];
}>;
const source = squash(bodyText());
const FUNDS = ['奖励', '经费补助', '配套支持'];

describe('the built support pages', () => {
	it('/support/ lists every measure as a card, in the order of the file, with links to its page and its clause', () => {
		const root = built('/support/');
		const cards = root.querySelectorAll('li[data-support]');
		expect(cards.map((c) => c.getAttribute('data-support'))).toEqual(supports.map((s) => s.id));
		expect(root.querySelector('[data-group="match"] [data-group-heading]')?.textContent).toBe(`全部 ${supports.length} 项措施`);
		for (const [i, s] of supports.entries()) {
			const card = cards[i]!;
			expect(card.querySelector('h3 a')?.getAttribute('href')).toBe(`/support/${s.id}/`);
			expect(card.querySelector(`a[href="/plan/#${s.clause}"]`), s.id).toBeTruthy();
			expect(card.querySelector('.amount')?.textContent ?? undefined, s.id).toBe(s.amount);
			expect(
				card.querySelectorAll('.official-quote p').map((p) => p.textContent),
				s.id,
			).toEqual(s.conditions);
		}
		// Without scripts the form is not shown (data-needs-script, see base.css): the page is the plain list.
		expect(root.querySelector('[data-finder-form]')?.hasAttribute('data-needs-script')).toBe(true);
	});

	it('has a page for every measure, with the period note, the contact point and only official text in its quotations', () => {
		const pages = builtPages().filter((p) => /^\/support\/[^/]+\/$/.test(p));
		expect(pages.sort()).toEqual(supports.map((s) => `/support/${s.id}/`).sort());
		for (const s of supports) {
			const root = built(`/support/${s.id}/`);
			const note = root.querySelector('.period-note')?.textContent ?? '';
			expect(squash(note), s.id).toContain('标题注明的年限为2021—2023年');
			expect(note, s.id).toContain('确认');
			expect(note, s.id).toContain(s.lead ?? '原文未指定牵头单位');
			const quotes = root.querySelectorAll('.official-quote p').map((p) => squash(p.textContent));
			expect(quotes.length, s.id).toBeGreaterThan(s.conditions.length);
			for (const q of quotes) expect(source, `${s.id}: ${q}`).toContain(q);
			const payment = root.querySelector('.payment-table');
			expect(Boolean(payment), s.id).toBe(FUNDS.includes(s.kind));
			if (payment) {
				const rows = Object.fromEntries(payment.querySelectorAll('tbody tr').map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]));
				// “原则上马栏山视频文创产业园和金霞经济开发区内企业和人才的奖补资金在园区列支”.
				expect(rows['马栏山视频文创产业园']).toBe('原则上在马栏山视频文创产业园列支');
				expect(rows['金霞经济开发区']).toBe('原则上在金霞经济开发区列支');
				// “本方案中的奖励对象仅限于开福区内的企业单位”.
				if (s.kind === '奖励') expect(rows['开福区以外']).toContain('不适用');
				else expect(rows['开福区以外']).not.toContain('不适用');
			}
		}
	});

	it('lists on each department page the measures it is the contact point for', () => {
		const leads = new Map<string, string[]>();
		for (const s of supports) if (s.lead) leads.set(s.lead, [...(leads.get(s.lead) ?? []), s.id]);
		expect(leads.get('区委人才办')).toEqual(['leading-talent-reward', 'innovative-talent-reward', 'talent-one-stop-service', 'talent-selection', 'military-talent-policy']);
		for (const p of builtPages().filter((p) => p.startsWith('/departments/') && p !== '/departments/')) {
			const root = built(p);
			const name = root.querySelector('h1')!.textContent;
			const listed = root.querySelectorAll('.department-supports a').map((a) => a.getAttribute('href')!.split('/')[2]);
			expect(listed, name).toEqual(leads.get(name) ?? []);
		}
	});
});

const h = useHarness();

/** Ids of the visible cards in a result group. */
const visibleIds = (page: Page, group: string) => page.locator(`[data-group="${group}"] li[data-support]:visible`).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.support!));

/** Picks the answers in the form as a person would (by the labels they read), opening a closed group of types first. */
async function choose(page: Page, form: { types?: string[]; industry?: string; location?: string }) {
	for (const label of form.types ?? []) {
		const byText = page.locator('label').filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) });
		const group = page.locator('[data-type-group]').filter({ has: byText });
		const box = group.locator('label').filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) });
		if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator('summary').click();
		await box.getByRole('checkbox').check();
	}
	if (form.industry) await page.getByLabel('所属行业').selectOption({ label: form.industry });
	if (form.location) await page.getByRole('radio', { name: form.location, exact: true }).check();
}

/** The chosen types, as the checked boxes show them. */
const checkedTypes = (page: Page) => page.locator('[data-finder="type"]:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
const sorted = (q: URLSearchParams) => [...q].map(([k, v]) => `${k}=${v}`).sort();

describe('the finder in Chromium at phone width (390 px)', () => {
	it('without scripts shows the complete list and no form', async () => {
		const ctx = await h.context({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
		const page = await ctx.newPage();
		await page.goto(h.base + '/support/?type=financial');
		await expect(page.locator('li[data-support]:visible').count()).resolves.toBe(supports.length);
		await expect(page.locator('[data-finder-form]').isVisible()).resolves.toBe(false);
	});

	it.each(profiles)('walks the profile “$name” and shows what the text gives', async (c) => {
		const ctx = await h.context({ viewport: { width: 390, height: 800 } });
		const page = await ctx.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await page.goto(h.base + '/support/');
		await choose(page, c.form);

		const check = async (page: Page) => {
			const expected = c.match.map(([id]) => id);
			const shown = await visibleIds(page, 'match');
			if (c.ordered) expect(shown).toEqual(expected);
			else expect([...shown].sort()).toEqual([...expected].sort());
			expect(await visibleIds(page, 'excluded')).toEqual(c.excluded ?? []);
			if (expected.length > 0) {
				await expect(page.locator('[data-group="match"] [data-group-heading]').innerText()).resolves.toBe(`适用于你的措施（${expected.length} 项）`);
				await expect(page.locator('[data-finder-status]').innerText()).resolves.toContain(`找到 ${expected.length} 项适用的措施`);
			} else {
				// The text gives this profile nothing by name (a bank is named only as a provider).
				await expect(page.locator('[data-finder-status]').innerText()).resolves.toContain('没有找到明确面向你的措施');
			}
			for (const [id, yuan] of Object.entries(c.amounts ?? {})) {
				// The card shows the amount as the text states it: 30万元 is 300000 yuan.
				const amount = await page.locator(`li[data-support="${id}"] .amount`).innerText();
				expect(Number(amount.replace('万元', '')) * 10000).toBe(yuan);
			}
			if (c.payment) {
				expect(source).toContain(squash(c.payment.because));
				for (const id of expected.filter((id) => FUNDS.includes(supports.find((s) => s.id === id)!.kind))) {
					await expect(page.locator(`li[data-support="${id}"] [data-payment-for]:visible`).innerText(), id).resolves.toContain(c.payment.text);
				}
			}
			for (const id of c.excluded ?? []) {
				await expect(page.locator(`li[data-support="${id}"] [data-payment-for]:visible`).innerText()).resolves.toContain('奖励对象仅限于开福区内的企业单位');
			}
			const overflow = await sidewaysPx(page);
			expect(overflow).toBeLessThanOrEqual(0);
		};
		await check(page);
		// The choice is in the URL, and the URL alone restores it (a shared link opened elsewhere).
		expect(sorted(new URL(page.url()).searchParams)).toEqual(sorted(profileQuery(c)));
		const shared = await (await h.context({ viewport: { width: 390, height: 800 } })).newPage();
		await shared.goto(page.url());
		await check(shared);
		expect((await checkedTypes(shared)).sort()).toEqual(profileQuery(c).getAll('type').sort());
		expect(errors).toEqual([]);
	});

	it('can be used by keyboard alone, and tells screen readers what it found', async () => {
		const ctx = await h.context({ viewport: { width: 390, height: 800 } });
		const page = await ctx.newPage();
		await page.goto(h.base + '/support/');
		// From the last link before the form (the glossary link), Tab reaches the first group of types
		// (企业, open), then its boxes.
		await page.locator('.glossary-link a').focus();
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('SUMMARY');
		// 企业, 科技型企业, 科技型中小企业, 高新技术企业: Space ticks it.
		for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
		await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe('high-tech');
		await page.keyboard.press('Space');
		await expect(checkedTypes(page)).resolves.toEqual(['high-tech']);
		// On past the other boxes and the two closed groups (机构, 人才和团队) to the industry list.
		await page.locator('#sf-industry').focus();
		await page.keyboard.press('ArrowDown'); // 视频文创
		await page.keyboard.press('Tab'); // the checked radio (不限)
		await page.keyboard.press('ArrowDown'); // 马栏山视频文创产业园
		await expect(page.locator('input[name="location"]:checked').inputValue()).resolves.toBe('malanshan');
		const first = profiles[0]!;
		expect(await visibleIds(page, 'match')).toEqual(first.match.map(([id]) => id));
		const status = page.locator('[data-finder-status]');
		await expect(status.getAttribute('role')).resolves.toBe('status');
		// Measures whose text names no beneficiary are listed apart, whatever the profile.
		const unnamed = supports.filter((s) => s.audiences.includes('原文未限定对象')).length;
		await expect(status.innerText()).resolves.toBe(`找到 ${first.match.length} 项适用的措施，另有 ${unnamed} 项原文未限定对象的措施。`);
		// The form's controls all have accessible names.
		await expect(page.getByRole('group', { name: '你是（可多选）' }).count()).resolves.toBe(1);
		await expect(page.getByRole('checkbox', { name: '高新技术企业', exact: true }).count()).resolves.toBe(1);
		await expect(page.getByRole('combobox', { name: '所属行业' }).count()).resolves.toBe(1);
		await expect(page.getByRole('group', { name: '企业（或人才所在单位）位于' }).count()).resolves.toBe(1);
		// The submit button applies the same choice (for those who look for one) and takes the focus to the results.
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('查看结果');
		await page.keyboard.press('Enter');
		expect(await visibleIds(page, 'match')).toEqual(first.match.map(([id]) => id));
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('g-match-h');
		// Back to the form: after 查看结果, Tab reaches the reset button; Enter shows everything again.
		await page.getByRole('button', { name: '查看结果' }).focus();
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('清除选择');
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelector('[data-finder-status]')?.textContent?.startsWith('共 '));
		expect(await visibleIds(page, 'match')).toHaveLength(supports.length);
		expect(new URL(page.url()).search).toBe('');
	});
});

describe('查看结果 takes the reader to the results', () => {
	it.each([
		['phone', 390, 844],
		['desktop', 1280, 800],
	])('at %s width (%i×%i) it moves the focus and the view to the results heading', async (_name, width, height) => {
		const ctx = await h.context({ viewport: { width, height } });
		const page = await ctx.newPage();
		await page.goto(h.base + '/support/');
		await choose(page, { types: ['高新技术企业', '规模以上企业'], industry: '软件信息' });
		const heading = page.locator('[data-group="match"] [data-group-heading]');
		// Before: the results start below the first screen (the form is in between), so the button has work to do.
		const before = await heading.boundingBox();
		await page.getByRole('button', { name: '查看结果' }).click();
		await page.waitForFunction(() => {
			const top = document.querySelector('[data-group="match"] [data-group-heading]')!.getBoundingClientRect().top;
			return top >= 0 && top < 40;
		});
		const after = await heading.boundingBox();
		if (width === 390) expect(before!.y).toBeGreaterThan(height);
		// The heading is at the top of the view, and has the focus (a screen reader reads the count).
		expect(after!.y).toBeGreaterThanOrEqual(0);
		expect(after!.y).toBeLessThan(40);
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('g-match-h');
		await expect(heading.innerText()).resolves.toMatch(/^适用于你的措施（\d+ 项）$/);
		// The first card under it is in sight: the measure that names 高新技术企业 alone.
		const first = page.locator('[data-group="match"] li[data-support]:visible').first();
		await expect(first.getAttribute('data-support')).resolves.toBe('high-tech-recognition-reward');
		expect((await first.boundingBox())!.y).toBeLessThan(height);
		// Tab goes on into the results.
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.closest('li[data-support]')?.getAttribute('data-support'))).resolves.toBe('high-tech-recognition-reward');
	});

	it('showing the form moves nothing: the form keeps its place from the first paint (no layout shift)', async () => {
		const ctx = await h.context({ viewport: { width: 390, height: 844 } });
		const page = await ctx.newPage();
		await page.addInitScript(() => {
			(window as unknown as { shifts: number }).shifts = 0;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) (window as unknown as { shifts: number }).shifts += e.value;
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(h.base + '/support/');
		await page.waitForFunction(() => customElements.get('support-finder') !== undefined);
		await page.waitForTimeout(300);
		await expect(page.evaluate(() => (window as unknown as { shifts: number }).shifts)).resolves.toBe(0);
	});
});

describe('who to ask, on every support page and unit page', () => {
	const departments = parseYaml(fs.readFileSync('content/departments.yaml', 'utf8')) as Record<string, { kind: string; phone?: unknown; address?: unknown; web?: unknown }>;
	/** The plan's one sentence about the “政策快车” platform, read from the official source. */
	const express = source.match(/[^。]*政策快车[^。]*。/g) ?? [];

	it('names the contact point, says when no contact is recorded, and names the 12345 hotline and the 政策快车 platform, with no address of its own', () => {
		expect(new Set(express).size).toBe(1);
		for (const s of supports) {
			const root = built(`/support/${s.id}/`);
			const box = root.querySelector('.who-to-ask');
			expect(box, s.id).toBeTruthy();
			const text = squash(box!.textContent);
			if (s.lead) {
				expect(box!.querySelector(`a[href^="/departments/"]`)?.textContent, s.id).toBe(s.lead);
				const d = departments[s.lead]!;
				const configured = Boolean(d.phone || d.address || d.web);
				expect(Boolean(box!.querySelector('[data-no-contact]')), s.id).toBe(!configured);
				if (!configured) expect(text, s.id).toContain(`本站尚未收录${s.lead}的电话、地址或网站`);
			} else {
				expect(text, s.id).toContain('原文未指定本项措施的牵头单位');
			}
			expect(text, s.id).toContain('12345政务服务便民热线');
			expect(text, s.id).toContain('方案原文未提及此热线');
			// The platform's sentence is quoted from the text, and its clause is linked.
			expect(
				box!.querySelectorAll('.official-quote p').map((p) => squash(p.textContent)),
				s.id,
			).toEqual(express);
			expect(box!.querySelector('a[href="/plan/#a5-m1"]'), s.id).toBeTruthy();
			// No contact is invented: no phone link, no external link, unless configured with a source.
			const external = box!
				.querySelectorAll('a')
				.map((a) => a.getAttribute('href')!)
				.filter((h) => !h.startsWith('/'));
			expect(external, s.id).toEqual([]);
		}
	});

	it('no unit has a contact in the content today (no source is available), and every unit page says so', () => {
		for (const [name, d] of Object.entries(departments)) expect([name, d.phone, d.address, d.web]).toEqual([name, undefined, undefined, undefined]);
		for (const p of builtPages().filter((p) => p.startsWith('/departments/') && p !== '/departments/')) {
			const root = built(p);
			const name = root.querySelector('h1')!.textContent;
			const box = root.querySelector('.who-to-ask');
			if (departments[name]!.kind === '集合/泛指') {
				expect(box, name).toBeNull();
				continue;
			}
			expect(squash(box!.textContent), name).toContain(`本站尚未收录${name}的电话、地址或网站`);
		}
	});

	it('/support/ links the glossary of everyday words', () => {
		expect(builtPages()).toContain('/glossary/');
		const link = built('/support/').querySelector('.glossary-link a[href="/glossary/"]');
		expect(link?.textContent).toBe('常用说法对照');
	});
});

describe('accessibility of the support pages', () => {
	const all = [
		'/support/',
		'/support/?type=high-tech&industry=video&location=malanshan',
		'/support/?type=high-tech&type=above-scale&type=talent&industry=software',
		'/support/?type=enterprise&location=outside',
		'/support/high-tech-recognition-reward/',
		'/support/tech-insurance/',
		'/departments/qu-wei-ren-cai-ban/',
	];
	it.each([
		['phone', 390, all],
		['desktop', 1280, all.slice(1, 4)],
	])('axe-core finds no WCAG 2.2 A/AA violations at %s width, with and without a selection', async (_name, width, paths) => {
		const ctx = await h.context({ viewport: { width: width as number, height: 800 } });
		const page = await ctx.newPage();
		const found: string[] = [];
		const offsite: string[] = [];
		page.on('request', (r) => !r.url().startsWith(h.base) && !r.url().startsWith('data:') && offsite.push(r.url()));
		for (const path of paths) {
			await page.goto(h.base + path);
			if (path.includes('?')) await expect(page.locator('[data-finder-status]').innerText()).resolves.toMatch(/^找到|^没有/);
			found.push(...(await pageProblems(page, path)));
		}
		expect(found).toEqual([]);
		expect(offsite).toEqual([]);
	});

	it('the reward-scope rule is quoted from the text on /support/', () => {
		const text = squash(built('/support/').querySelector('#scope')!.textContent);
		expect(text).toContain(squash(REWARD_SCOPE.who + REWARD_SCOPE.payment));
	});
});
