/**
 * Search in Chromium: the /search/ page and the header box, as a reader uses them — keyboard,
 * URL state, without scripts, under a strict content security policy, with axe — and the recall
 * set run through the page itself.
 */
import { describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import type { Page } from 'playwright-core';
import { pageProblems, sidewaysPx, useHarness } from '../helpers/browser.ts';
import { recallQueries } from '../helpers/search-queries.ts';
import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** The support measures as editors wrote them, in file order. */
const supports = parseYaml(fs.readFileSync('content/supports.yaml', 'utf8')) as Array<{ id: string; audiences: string[]; industries?: string[] }>;

const h = useHarness();

/** A page that records console errors, page errors and requests to other hosts (CSP violations are watched in quality.test.ts). */
async function watchedPage(width = 1280, options: { javaScriptEnabled?: boolean } = {}) {
	const ctx = await h.context({ viewport: { width, height: 900 }, ...options });
	const page = await ctx.newPage();
	const problems: string[] = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	page.on('request', (r) => !r.url().startsWith(h.base) && !r.url().startsWith('data:') && problems.push(`off-site request: ${r.url()}`));
	return { page, problems };
}

/** Waits until the search page has rendered the search now in its form. */
async function rendered(page: Page) {
	await page.waitForFunction(() => {
		const el = document.querySelector('site-search') as HTMLElement | null;
		return el?.dataset.state === 'done' || el?.dataset.state === 'error';
	});
	expect(await page.locator('site-search').getAttribute('data-state')).toBe('done');
}

/** Types a query into the search page's box and waits for its results. */
async function typeQuery(page: Page, q: string) {
	const before = await page.evaluate(() => {
		const el = document.querySelector('site-search')!;
		(window as unknown as { __renders: number }).__renders = 0;
		el.addEventListener('search-rendered', () => (window as unknown as { __renders: number }).__renders++);
		return 0;
	});
	await page.fill('#search-q', q);
	await page.waitForFunction((n) => (window as unknown as { __renders: number }).__renders > n && (document.querySelector('site-search') as HTMLElement).dataset.state === 'done', before);
}

/** The results as shown: page URL and every link the result offers (title link and other places). */
async function shownResults(page: Page) {
	return page
		.locator('[data-results] > li')
		.evaluateAll((lis) => lis.map((li) => ({ url: (li as HTMLElement).dataset.url!, links: [...li.querySelectorAll('a')].map((a) => new URL(a.href).pathname + new URL(a.href).hash) })));
}

describe('the /search/ page', () => {
	it('shows highlighted results for a query in the URL, with counts, and keeps the query in the box', async () => {
		const { page, problems } = await watchedPage();
		await page.goto(`${h.base}/search/?q=${encodeURIComponent('楠菲微电子')}`);
		await rendered(page);
		await expect(page.inputValue('#search-q')).resolves.toBe('楠菲微电子');
		const results = await shownResults(page);
		// Annex row 3 and the support measure that quotes it come first; /plan/ opens at item ③ of 1.1.
		expect(
			results
				.slice(0, 2)
				.map((r) => r.url)
				.sort(),
		).toEqual(['/support/ic-design-platform/', '/tasks/3/']);
		expect(results.find((r) => r.url === '/plan/')!.links).toContain('/plan/#a1-m1-i3');
		await expect(page.locator('[data-results] mark').first().innerText()).resolves.toBe('楠菲微电子');
		await expect(page.locator('[data-search-status]').innerText()).resolves.toMatch(/^找到 \d+ 个结果/);
		// The 任务 facet counts one task for this query.
		await expect(page.locator('[data-facet-value="任务"] [data-count]').innerText()).resolves.toBe('1');
		expect(problems).toEqual([]);
	});

	it('filters with the facets by keyboard, keeps them in the URL, and restores them on reload', async () => {
		const { page, problems } = await watchedPage();
		await page.goto(`${h.base}/search/?q=${encodeURIComponent('科普')}`);
		await rendered(page);
		const before = (await shownResults(page)).length;
		// Tab to the 任务 checkbox, tick it with the space bar.
		await page.focus('#search-q');
		let reached = false;
		for (let i = 0; i < 20 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value === '任务');
		}
		expect(reached).toBe(true);
		await page.keyboard.press('Space');
		await page.waitForFunction(() => new URL(location.href).searchParams.get('type') === '任务');
		await rendered(page);
		const tasks = await shownResults(page);
		expect(tasks.length).toBeLessThan(before);
		expect(tasks.every((r) => r.url.startsWith('/tasks/'))).toBe(true);
		// 科普 is in annex rows 29 (科普日) and 35 (全域科普); task 30's page quotes body 5.1, which has 科普日 too.
		expect(tasks.map((r) => r.url).sort()).toEqual(['/tasks/29/', '/tasks/30/', '/tasks/35/']);
		await page.reload();
		await rendered(page);
		await expect(page.isChecked('input[name=type][value=任务]')).resolves.toBe(true);
		expect((await shownResults(page)).map((r) => r.url).sort()).toEqual(['/tasks/29/', '/tasks/30/', '/tasks/35/']);
		expect(problems).toEqual([]);
	});

	it('shows ten results at a time; "显示更多" adds the next ones and moves focus to the first of them', async () => {
		const { page, problems } = await watchedPage();
		await page.goto(`${h.base}/search/?type=任务`);
		await rendered(page);
		await expect(page.locator('[data-search-status]').innerText()).resolves.toBe('共 35 个页面符合所选条件。');
		expect(await shownResults(page)).toHaveLength(10);
		await page.focus('[data-more]');
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelectorAll('[data-results] > li').length === 20);
		await expect(page.evaluate(() => (document.activeElement as HTMLAnchorElement).closest('li')?.dataset.url)).resolves.toBe('/tasks/11/');
		for (let i = 0; i < 2; i++) await page.click('[data-more]');
		await page.waitForFunction(() => document.querySelectorAll('[data-results] > li').length === 35);
		await expect(page.locator('[data-more]').isHidden()).resolves.toBe(true);
		// Browsing lists the tasks in the annex's order.
		expect((await shownResults(page)).map((r) => r.url)).toEqual(Array.from({ length: 35 }, (_, i) => `/tasks/${i + 1}/`));
		expect(problems).toEqual([]);
	});

	it('browses by facets without a query (OR inside a facet, AND across)', async () => {
		const { page } = await watchedPage(390);
		await page.goto(`${h.base}/search/?type=任务&lead=区金融事务中心&lead=区财政局`);
		await rendered(page);
		// Annex: 区金融事务中心 leads tasks 11, 28, 34; 区财政局 leads task 32.
		expect((await shownResults(page)).map((r) => r.url)).toEqual(['/tasks/11/', '/tasks/28/', '/tasks/32/', '/tasks/34/']);
		await expect(page.locator('[data-search-status]').innerText()).resolves.toBe('共 4 个页面符合所选条件。');
		// On a phone the facets are folded behind one 筛选 control that says how many values are chosen; opened,
		// each facet says how many of its values are.
		await expect(page.locator('details[data-facets]').getAttribute('open')).resolves.toBeNull();
		await expect(page.locator('details[data-facets] > summary').innerText()).resolves.toMatch(/^筛选\s*（已选 3 项）$/);
		await page.locator('details[data-facets] > summary').click();
		await expect(page.locator('details[data-facet=lead]').getAttribute('open')).resolves.toBeNull();
		await expect(page.locator('details[data-facet=lead] summary').innerText()).resolves.toMatch(/^牵头单位\s*（已选 2）$/);
	});

	it('browses support measures by 支持对象 and 行业, with counts, kept in the URL', async () => {
		const { page, problems } = await watchedPage(390);
		const pages = (test: (s: (typeof supports)[number]) => boolean) => supports.filter(test).map((s) => `/support/${s.id}/`);
		await page.goto(`${h.base}/search/?audience=${encodeURIComponent('企业')}`);
		await rendered(page);
		const enterprise = pages((s) => s.audiences.includes('企业'));
		await expect(page.locator('[data-search-status]').innerText()).resolves.toBe(`共 ${enterprise.length} 个页面符合所选条件。`);
		expect((await shownResults(page)).map((r) => r.url)).toEqual(enterprise.slice(0, 10));
		await expect(page.isChecked('input[name=audience][value=企业]')).resolves.toBe(true);
		// Counts are worked out once the 筛选 control is opened.
		await page.locator('details[data-facets] > summary').click();
		await page.waitForFunction(() => document.querySelector('details[data-facet=industry] [data-facet-value=视频文创] [data-count]')?.textContent !== '');
		// The 行业 facet counts within the selection: 视频文创 is named for these many of them.
		const video = pages((s) => s.audiences.includes('企业') && (s.industries ?? []).includes('视频文创'));
		await expect(page.locator('details[data-facet=industry] [data-facet-value=视频文创] [data-count]').textContent()).resolves.toBe(String(video.length));
		// Ticking 视频文创 by keyboard narrows the list (AND) and goes into the URL.
		await page.locator('details[data-facet=industry] summary').click();
		await page.focus('input[name=industry][value=视频文创]');
		await page.keyboard.press('Space');
		await page.waitForFunction(() => new URL(location.href).searchParams.get('industry') === '视频文创');
		await rendered(page);
		expect((await shownResults(page)).map((r) => r.url)).toEqual(video);
		await expect(page.locator('details[data-facet=audience] summary').innerText()).resolves.toMatch(/^支持对象\s*（已选 1）$/);
		// A result says whom the measure is for, as a labelled part.
		await expect(page.locator('[data-results] > li').first().locator('.result-parts').innerText()).resolves.toMatch(/对象\s*\S/);
		await page.reload();
		await rendered(page);
		expect((await shownResults(page)).map((r) => r.url)).toEqual(video);
		expect(problems).toEqual([]);
	});

	it('says honestly when nothing matches, and points to the annex and the facets', async () => {
		const { page, problems } = await watchedPage(390);
		await page.goto(`${h.base}/search/?q=${encodeURIComponent('能耗')}&type=任务`);
		await rendered(page);
		await expect(page.locator('[data-empty]').isVisible()).resolves.toBe(true);
		await expect(page.locator('[data-search-status]').innerText()).resolves.toBe('没有找到与“能耗”相符的内容。');
		await expect(page.locator('[data-empty] a[href="/annex/"]').isVisible()).resolves.toBe(true);
		await expect(page.locator('[data-empty] [data-empty-filters]').isVisible()).resolves.toBe(true);
		await page.waitForSelector('[data-empty-missing]:not([hidden])');
		await expect(page.locator('[data-empty-chars]').innerText()).resolves.toBe('耗');
		expect(await shownResults(page)).toEqual([]);
		// Clearing the filters from the empty state keeps the query.
		await page.click('[data-empty] [data-clear-filters]');
		await page.waitForFunction(() => !new URL(location.href).searchParams.has('type'));
		await expect(page.inputValue('#search-q')).resolves.toBe('能耗');
		expect(problems).toEqual([]);
	});

	it.each([
		['phone', 390],
		['desktop', 1280],
	])('has no axe violations with results, facets and the empty state (%s)', async (_n, width) => {
		const { page } = await watchedPage(width);
		const found: string[] = [];
		for (const q of ['q=知识产权质押&type=任务&type=正文', 'q=能耗', 'lead=区科技局', 'audience=企业&audience=产业领军人才&industry=视频文创', 'q=技术合同交易额&type=指标']) {
			await page.goto(`${h.base}/search/?${q}`);
			await rendered(page);
			for (const d of await page.locator('details[data-facet]').all()) await d.evaluate((e) => ((e as HTMLDetailsElement).open = true));
			found.push(...(await pageProblems(page, q)));
		}
		const overflow = await sidewaysPx(page);
		expect(overflow).toBeLessThanOrEqual(0);
		expect(found).toEqual([]);
	});

	it('works under a strict content security policy (hashed inline scripts, WebAssembly allowed, no worker)', async () => {
		const { page, problems } = await watchedPage();
		const violations: string[] = [];
		await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`));
		});
		// The policy Astro's security.csp produces: hashes for the scripts and styles it inlines, 'self' otherwise.
		await page.route(`${h.base}/**`, async (route) => {
			const response = await route.fetch();
			if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) return route.fulfill({ response });
			const html = await response.text();
			const hash = (s: string) => `'sha256-${crypto.createHash('sha256').update(s).digest('base64')}'`;
			const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1]!));
			const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]!));
			const csp = [
				"default-src 'none'",
				`script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`,
				`style-src 'self' ${styles.join(' ')}`,
				"img-src 'self' data:",
				"connect-src 'self'",
				"worker-src 'none'",
				"form-action 'self'",
				"base-uri 'self'",
			].join('; ');
			return route.fulfill({ response, body: html, headers: { ...response.headers(), 'content-security-policy': csp } });
		});
		await page.goto(`${h.base}/tasks/3/`);
		await page.keyboard.press('/');
		await page.keyboard.type('区块链');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\/\?q=/);
		await rendered(page);
		expect((await shownResults(page)).map((r) => r.url)).toContain('/tasks/1/');
		expect(violations).toEqual([]);
		expect(problems).toEqual([]);
	});
});

describe('everyday words on the /search/ page (phone, 390×844)', () => {
	/** A phone-sized page (the size the issue measured). */
	async function phone() {
		const ctx = await h.context({ viewport: { width: 390, height: 844 } });
		const page = await ctx.newPage();
		const problems: string[] = [];
		page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
		page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
		return { page, problems };
	}

	it('shows the first result in the first screen after a search, without scrolling', async () => {
		const { page, problems } = await phone();
		for (const q of ['人才补贴', '高企认定奖励多少钱', '贷款难']) {
			await page.goto(`${h.base}/search/?q=${encodeURIComponent(q)}`);
			await rendered(page);
			const box = await page.locator('[data-results] > li').first().locator('.result-title').boundingBox();
			expect(await page.evaluate(() => scrollY), q).toBe(0);
			expect(box, `first result of “${q}”`).not.toBeNull();
			// The whole title line of the first result is on the first screen.
			expect(box!.y + box!.height, `bottom of the first result's title for “${q}”`).toBeLessThanOrEqual(844);
		}
		// Typed into the box (not from the URL), too.
		await typeQuery(page, '孩子上学');
		const box = await page.locator('[data-results] > li').first().locator('.result-title').boundingBox();
		expect(box!.y + box!.height - (await page.evaluate(() => scrollY))).toBeLessThanOrEqual(844);
		expect(problems).toEqual([]);
	});

	it('says what it searched for, and lets the reader search the words as typed', async () => {
		const { page, problems } = await phone();
		await page.goto(`${h.base}/search/?q=${encodeURIComponent('怎么申请人才补贴')}`);
		await rendered(page);
		const read = page.locator('[data-search-read]');
		// 人才补贴 is searched as the two talent rewards' words (content/vocabulary.yaml), 怎么 and 申请 are left out.
		await expect(read.innerText()).resolves.toMatch(/按“产业领军人才、创新型高层次人才”查找“人才补贴”；略去了“怎么”“申请”/);
		const urls = (await shownResults(page)).map((r) => r.url);
		expect(urls.slice(0, 2).sort()).toEqual(['/support/innovative-talent-reward/', '/support/leading-talent-reward/']);
		// A support result shows its parts labelled, the amount as the text states it.
		const first = page.locator('[data-results] > li').first();
		await expect(first.locator('.result-parts dt').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['金额', '对象']));
		await expect(first.locator('.result-parts').innerText()).resolves.toMatch(/金额\s*(30|10)万元/);
		// Undo: the words as typed, kept in the URL; the plan never says 人才补贴, so nothing contains it.
		await read.locator('[data-exact-toggle]').click();
		await page.waitForFunction(() => new URL(location.href).searchParams.get('exact') === '1');
		await rendered(page);
		await expect(read.innerText()).resolves.toMatch(/已按原词“怎么申请人才补贴”查找/);
		await expect(page.locator('[data-empty]').isVisible()).resolves.toBe(true);
		// And back.
		await read.locator('[data-exact-toggle]').click();
		await page.waitForFunction(() => !new URL(location.href).searchParams.has('exact'));
		await rendered(page);
		await expect(page.locator('[data-results] > li').count()).resolves.toBeGreaterThan(0);
		expect(problems).toEqual([]);
	});

	it('never ends on nothing: nearest results with fewer words, the finder with the audience chosen, the glossary', async () => {
		const { page, problems } = await phone();
		// The site has no 奶茶: the nearest results drop the word and say which.
		await page.goto(`${h.base}/search/?q=${encodeURIComponent('孵化器补贴 奶茶')}`);
		await rendered(page);
		await expect(page.locator('[data-search-status]').innerText()).resolves.toMatch(/^没有同时包含全部搜索词的内容；去掉“奶茶”后，找到 \d+ 个结果/);
		expect((await shownResults(page)).map((r) => r.url)).toContain('/support/incubators/');
		await expect(page.locator('[data-results] > li').count()).resolves.toBeGreaterThan(0);
		// Searched as typed, 高企 and 外星 occur nowhere: the finder, with 高新技术企业 (what 高企 means) chosen, and the glossary.
		await page.goto(`${h.base}/search/?q=${encodeURIComponent('高企 外星')}&exact=1`);
		await rendered(page);
		const finder = page.locator('[data-empty] [data-finder-link]');
		await expect(page.locator('[data-empty]').isVisible()).resolves.toBe(true);
		await expect(finder.getAttribute('href')).resolves.toBe('/support/?type=high-tech');
		await expect(page.locator('[data-empty] [data-finder-chosen]').innerText()).resolves.toContain('高新技术企业');
		await expect(page.locator('[data-empty] a[href="/glossary/"]').isVisible()).resolves.toBe(true);
		expect(problems).toEqual([]);
	});
});

describe('the header search box', () => {
	it('is on every page but /search/, and "/" focuses it unless the reader is typing', async () => {
		const { page } = await watchedPage(390);
		for (const path of ['/', '/plan/', '/annex/', '/tasks/10/', '/departments/', '/about/', '/404.html']) {
			await page.goto(h.base + path);
			await expect(page.locator('form.header-search input[name=q]').count(), path).resolves.toBe(1);
		}
		await page.goto(`${h.base}/annex/`);
		await page.keyboard.press('/');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
		// Typing "/" inside a field types it.
		await page.keyboard.type('a/b');
		await expect(page.inputValue('#site-search-q')).resolves.toBe('a/b');
		await page.goto(`${h.base}/search/`);
		await expect(page.locator('form.header-search').count()).resolves.toBe(0);
		await page.keyboard.press('/');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-q');
	});

	it('submits to /search/?q= without scripts', async () => {
		const { page } = await watchedPage(390, { javaScriptEnabled: false });
		await page.goto(`${h.base}/plan/`);
		await page.fill('#site-search-q', '科技金融');
		await page.press('#site-search-q', 'Enter');
		await page.waitForURL(/\/search\/\?q=/);
		expect(new URL(page.url()).searchParams.get('q')).toBe('科技金融');
		// Without scripts the page says so and points to the annex and the plan.
		await expect(page.locator('.search-noscript').isVisible()).resolves.toBe(true);
		await expect(page.locator('.search-noscript').innerText()).resolves.toContain('搜索需要浏览器启用 JavaScript');
		await expect(page.locator('.search-noscript a[href="/annex/"]').isVisible()).resolves.toBe(true);
		// Facets that cannot work without scripts are not offered.
		await expect(page.locator('[data-facets]').isVisible()).resolves.toBe(false);
	});
});

describe('recall in Chromium, through the search page', () => {
	it('finds every expected page in the first five for every query of the recall set', async () => {
		const { page, problems } = await watchedPage();
		await page.goto(`${h.base}/search/`);
		await rendered(page);
		let found = 0;
		let total = 0;
		const misses: string[] = [];
		for (const { q, top5, first } of recallQueries) {
			await typeQuery(page, q);
			const top = (await shownResults(page)).slice(0, 5);
			for (const [i, target] of top5.entries()) {
				total++;
				const [pagePath, anchor] = target.split('#');
				// The first page of a `first` query counts only as the first result.
				const r = first && i === 0 ? top.slice(0, 1).find((x) => x.url === pagePath) : top.find((x) => x.url === pagePath);
				if (r && (!anchor || r.links.includes(target))) found++;
				else misses.push(`${q} → ${target}${first && i === 0 ? ' first' : ''} (first five: ${top.map((x) => x.url).join(' ')})`);
			}
		}
		console.log(`search recall (Chromium): ${found}/${total} expected pages in the first 5 (${((100 * found) / total).toFixed(1)}%) over ${recallQueries.length} queries`);
		expect(misses).toEqual([]);
		expect(problems).toEqual([]);
	});

	it('segments the queries as Node does (the index-time hints are made with Node’s segmenter)', async () => {
		const { page } = await watchedPage();
		await page.goto(`${h.base}/search/`);
		const seg = (qs: string[]) =>
			qs.map((q) =>
				[...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(q)]
					.filter((s) => s.isWordLike)
					.map((s) => s.segment)
					.join('|'),
			);
		const queries = recallQueries.map((r) => r.q);
		const inChromium = await page.evaluate(
			(qs) =>
				qs.map((q) =>
					[...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(q)]
						.filter((s) => s.isWordLike)
						.map((s) => s.segment)
						.join('|'),
				),
			queries,
		);
		const differ = queries.map((q, i) => [q, seg([q])[0], inChromium[i]] as const).filter(([, a, b]) => a !== b);
		console.log(
			`segmenter: ${queries.length - differ.length}/${queries.length} queries cut the same in Node and Chromium${differ.length ? `; differ: ${differ.map(([q, a, b]) => `${q} (${a} / ${b})`).join(', ')}` : ''}`,
		);
		// Recall above holds either way; this records how far the two segmenters agree.
		expect(differ.length).toBeLessThan(queries.length / 4);
	});
});
