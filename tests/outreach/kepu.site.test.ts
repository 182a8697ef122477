/**
 * The 科普 hub, the handout, the outreach links, short links and printed sheets. Expected texts come
 * from the official source (tests/helpers/source.ts), not from the site's content files.
 */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { builtPages, decodeEntities, longestPages, officialText, page, squash } from '../helpers/dist.ts';
import { type Harness, inTabs, pageProblems, pdfPageCount, sidewaysPx, startHarness, WIDTHS } from '../helpers/browser.ts';
import { annexCells, bodyText } from '../helpers/source.ts';
import { bootScript } from '../../src/site/reader-settings.ts';

const cells = annexCells();
const annex = (n: number) => squash(cells.get(n)!.text);
const body = squash(bodyText());
const outreach = parseYaml(fs.readFileSync('content/outreach.yaml', 'utf8')) as Array<{ id: string; kind: string; url: string; title: string }>;
const targetIds = (parseYaml(fs.readFileSync('content/targets.yaml', 'utf8')) as Array<{ id: string }>).map((t) => t.id);
const supportIds = (parseYaml(fs.readFileSync('content/supports.yaml', 'utf8')) as Array<{ id: string }>).map((s) => s.id);

describe('/kepu/ quotes the official text', () => {
	const root = page('/kepu/');

	it('quotes annex rows 29 and 35 in full, exactly', () => {
		for (const n of [29, 35]) {
			const quote = root.querySelector(`blockquote[data-official-task="${n}"]:not([data-excerpt])`);
			expect(quote, `task ${n}`).toBeTruthy();
			expect(squash(quote!.textContent)).toBe(annex(n));
		}
	});

	it('quotes the related sentences of rows 26 and 31 as exact pieces of those rows', () => {
		for (const n of [26, 31]) {
			const quote = root.querySelector(`blockquote[data-official-task="${n}"][data-excerpt]`);
			expect(quote, `task ${n}`).toBeTruthy();
			const text = squash(quote!.textContent).replace(/^……/, '').replace(/……$/, '');
			expect(text.length, `task ${n}`).toBeGreaterThan(15);
			expect(annex(n), `task ${n}`).toContain(text);
		}
		// Row 26's sentence on the 优秀科技工作者 selection; row 31's on 学术团体 and 学术（技术）交流活动.
		expect(squash(root.querySelector('blockquote[data-official-task="26"]')!.textContent)).toContain('优秀科技工作者评选活动');
		expect(squash(root.querySelector('blockquote[data-official-task="31"]')!.textContent)).toContain('开展学术（技术）交流活动');
	});

	it('links every quote to its task page and to the body clause that holds the same words', () => {
		for (const n of [26, 29, 31, 35]) {
			const card = root.querySelector(`blockquote[data-official-task="${n}"]`)!.parentNode!;
			expect(card.querySelector(`a[href="/tasks/${n}/"]`), `task ${n}`).toBeTruthy();
			const clauseLink = card.querySelectorAll('a').find((a) => a.getAttribute('href')?.startsWith('/plan/#'));
			expect(clauseLink, `task ${n}`).toBeTruthy();
			const id = clauseLink!.getAttribute('href')!.slice('/plan/#'.length);
			// Measure anchors sit on the measure's heading; its text is the heading's parent.
			const target = page('/plan/').querySelector(`[id="${id}"]`)!;
			const clause = officialText(/^H\d$/.test(target.tagName) ? target.parentNode! : target);
			const quoted = squash(card.querySelector('blockquote')!.textContent).replace(/^……/, '').replace(/……$/, '');
			expect(body, `task ${n}: the quote is in the body`).toContain(quoted);
			expect(clause, `task ${n}: #${id} holds the quote`).toContain(quoted);
		}
	});

	it('names the venues and events of the plan, as the annex row 29 writes them', () => {
		const venues = root.querySelectorAll('[data-named="venues"] li').map((li) => li.textContent.trim());
		const events = root.querySelectorAll('[data-named="events"] li').map((li) => li.textContent.trim());
		expect(venues).toEqual(['进企业', '进社区', '进楼宇']);
		expect(events).toEqual(['科技活动周', '科普日', '科技工作者日']);
		expect(annex(29)).toContain('“进企业、进社区、进楼宇”');
		for (const e of events) expect(annex(29)).toContain(`“${e}”`);
	});

	it('lists every outreach link, external ones marked as leaving the site and opened safely', () => {
		const listed = root.querySelectorAll('[data-outreach]');
		expect(listed.map((li) => li.getAttribute('data-outreach'))).toEqual(expect.arrayContaining(outreach.map((l) => l.id)));
		expect(listed).toHaveLength(outreach.length);
		for (const li of listed) {
			const a = li.querySelector('a')!;
			const entry = outreach.find((l) => l.id === li.getAttribute('data-outreach'))!;
			expect(a.getAttribute('href')).toBe(entry.url);
			if (entry.kind === 'site-page') {
				expect(a.getAttribute('rel'), entry.id).toBeUndefined();
				expect(a.textContent, entry.id).not.toContain('外部网站');
			} else {
				expect(entry.url, entry.id).toMatch(/^https:\/\/[^/]+\/$/);
				expect(a.getAttribute('rel')?.split(/\s+/).sort(), entry.id).toEqual(['noopener', 'noreferrer']);
				expect(a.textContent, entry.id).toContain('外部网站，将离开本站');
			}
		}
		expect(outreach.filter((l) => l.kind !== 'site-page').length).toBeGreaterThan(0);
	});

	it('every external link anywhere on the site is an outreach link with the same marking', () => {
		const external = outreach.filter((l) => l.kind !== 'site-page').map((l) => l.url);
		let found = 0;
		for (const p of builtPages()) {
			for (const a of page(p).querySelectorAll('a[href^="http"]')) {
				found++;
				expect(external, `${p} ${a.getAttribute('href')}`).toContain(a.getAttribute('href'));
				expect(a.getAttribute('rel'), p).toBe('noopener noreferrer');
				expect(a.textContent, p).toContain('将离开本站');
			}
		}
		expect(found).toBeGreaterThanOrEqual(external.length);
	});
});

describe('the handout', () => {
	const root = page('/kepu/handout/');
	it('says what the plan is with the preamble, the 总体目标 sentence and the 主要工作目标, quoted whole', () => {
		const lines = bodyText().split('\n').map(squash);
		const what = root.querySelectorAll('.handout-what p').map((p) => squash(p.textContent).replace(/^总体目标：/, ''));
		expect(what).toHaveLength(3);
		expect(what[0]).toBe(lines.find((l) => l.startsWith('为进一步落实省委')));
		expect(what[1]).toBe(lines.find((l) => l.startsWith('到2023年，基本建成')));
		expect(what[2]).toBe(lines.find((l) => l.startsWith('主要工作目标')));
	});
	it('lists the five actions, each with a QR code slot for its short link', () => {
		const actions = root.querySelectorAll('.handout-actions > li > strong').map((s) => s.textContent);
		expect(actions).toHaveLength(5);
		for (const [i, numeral] of ['一', '二', '三', '四', '五'].entries()) {
			const heading = bodyText()
				.split('\n')
				.find((l) => l.startsWith(`（${numeral}）`))!;
			expect(squash(heading), `action ${i + 1}`).toBe(squash(actions[i]!));
			expect(root.querySelector(`.handout-codes a[href="/a/${i + 1}/"]`), `short link of action ${i + 1}`).toBeTruthy();
			expect(root.querySelector(`.handout-codes [data-qr-path="/a/${i + 1}/"]`), `code of action ${i + 1}`).toBeTruthy();
		}
	});
	it('quotes task 29 and task 35 only with words of the annex', () => {
		const items = root.querySelectorAll('.handout-kepu li');
		expect(items).toHaveLength(2);
		for (const [i, n] of [29, 35].entries()) {
			const text = squash(items[i]!.textContent);
			const quote = text
				.slice(text.indexOf('）：') + 2)
				.split('……')
				.filter((s) => s.length > 5);
			expect(quote.length, `task ${n}`).toBeGreaterThan(0);
			for (const q of quote) expect(annex(n), `task ${n}`).toContain(q.replace(/\/t\/\d+\/$/, ''));
		}
	});
});

describe('short link pages', () => {
	it('redirect without any script or style, with a plain link', () => {
		const short = builtPages().filter((p) => /^\/[tags]\/[^/]+\/$/.test(p));
		expect(targetIds.length).toBeGreaterThan(20);
		expect(supportIds.length).toBeGreaterThan(20);
		expect(short).toHaveLength(35 + 5 + targetIds.length + supportIds.length);
		const sections: Record<string, string> = { t: 'tasks', a: 'actions', g: 'targets', s: 'support' };
		for (const p of short) {
			const root = page(p);
			const to = `/${sections[p.split('/')[1]!]}/${p.split('/')[2]}/`;
			expect(root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'), p).toBe(`0; url=${to}`);
			expect(root.querySelector('a[data-short-target]')?.getAttribute('href'), p).toBe(to);
			expect(root.querySelectorAll('script, style, [style]'), p).toHaveLength(0);
			expect(root.querySelector('meta[name="robots"]')?.getAttribute('content'), p).toBe('noindex');
		}
	});

	it('the hub, the handout and the share panel carry no style attribute and no inline script of their own', () => {
		for (const p of ['/kepu/', '/kepu/handout/', '/tasks/29/']) {
			const root = page(p);
			expect(root.querySelectorAll('[style]'), p).toHaveLength(0);
			// The one classic inline script allowed is the reader-settings boot script (allowed by its hash in the CSP).
			expect(
				root.querySelectorAll('script:not([type="module"])').filter((s) => s.textContent !== bootScript()),
				p,
			).toHaveLength(0);
			for (const el of root.querySelectorAll('*')) {
				expect(el.attributes && Object.keys(el.attributes).filter((a) => /^on/i.test(a)), `${p} <${el.tagName}> event handler attribute`).toEqual([]);
			}
		}
	});
});

describe('target embeds', () => {
	it('exist for every target, with its table, the official sentence, the attribution and a link back', () => {
		for (const id of targetIds) {
			const root = page(`/embed/targets/${id}/`);
			const full = page(`/targets/${id}/`);
			expect(root.querySelector('h1')!.textContent, id).toBe(full.querySelector('h1')!.textContent);
			expect(root.querySelector(`table.targets tr[data-target="${id}"]`), id).toBeTruthy();
			expect(root.querySelector('[data-official-sentence]')!.textContent, id).toBe(full.querySelector('[data-official-sentence]')!.textContent);
			expect(root.querySelector('a[data-embed-source]')?.getAttribute('href'), id).toBe(`/targets/${id}/`);
			expect(root.querySelector('.embed-attribution')!.textContent, id).toContain('开发〔2021〕17号');
			expect(root.querySelector('base')?.getAttribute('target'), id).toBe('_blank');
			expect(root.querySelector('meta[name="robots"]')?.getAttribute('content'), id).toBe('noindex');
			expect(root.querySelectorAll('.site-header, nav, .page-share'), id).toHaveLength(0);
			// A chart where the full page has one of the same data; else none.
			const charts = (r: typeof root) => r.querySelectorAll('chart-figure').map((c) => c.getAttribute('data-chart'));
			expect(charts(full), id).toEqual(expect.arrayContaining(charts(root)));
			expect(charts(root).length, id).toBe(charts(full).length > 0 ? 1 : 0);
		}
	});

	it('each target page documents its iframe snippet', () => {
		for (const id of targetIds) {
			const code = decodeEntities(page(`/targets/${id}/`).querySelector('[data-embed-snippet]')!.textContent);
			expect(code, id).toContain(`/embed/targets/${id}/`);
			expect(code, id).toMatch(/^<iframe src=".*" title="指标：[^"]+" width="100%" height="\d+" loading="lazy"><\/iframe>$/);
		}
	});

	it('/kepu/ lists the targets of the quoted tasks', () => {
		const targets = parseYaml(fs.readFileSync('content/targets.yaml', 'utf8')) as Array<{ id: string; tasks?: number[] }>;
		const expected = targets.filter((t) => (t.tasks ?? []).some((n) => [26, 29, 31, 35].includes(n))).map((t) => t.id);
		// Task 35 states 注册科普信息员10000人以上 and 科协覆盖率达到100%; both must be there.
		expect(expected).toEqual(expect.arrayContaining(['science-info-officers', 'sci-assoc-coverage']));
		expect(
			page('/kepu/')
				.querySelectorAll('#targets ~ * tr[data-target], section:has(#targets) tr[data-target]')
				.map((tr) => tr.getAttribute('data-target')),
		).toEqual(expected);
	});
});

describe('in Chromium', () => {
	let h: Harness;
	let pdfDir: string;
	beforeAll(async () => {
		h = await startHarness();
		pdfDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaifu-pdf-'));
	});
	afterAll(async () => {
		await h?.close();
		if (pdfDir) fs.rmSync(pdfDir, { recursive: true, force: true });
	});

	it('every short link leads to its page, with scripts off, with and without the trailing slash', async () => {
		const ctx = await h.context({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
		const cases: Array<[string, string, string]> = [];
		for (let n = 1; n <= 35; n++) cases.push([`/t/${n}/`, `/tasks/${n}/`, `任务 ${n}`]);
		const numerals = ['一', '二', '三', '四', '五'];
		for (let a = 1; a <= 5; a++) cases.push([`/a/${a}/`, `/actions/${a}/`, `（${numerals[a - 1]}）`]);
		cases.push(['/t/12', '/tasks/12/', '任务 12'], ['/a/3', '/actions/3/', '（三）']);
		for (const id of targetIds) cases.push([`/g/${id}/`, `/targets/${id}/`, page(`/targets/${id}/`).querySelector('h1')!.textContent.trim()]);
		for (const id of supportIds) cases.push([`/s/${id}/`, `/support/${id}/`, page(`/support/${id}/`).querySelector('h1')!.textContent.trim()]);
		await inTabs(ctx, 4, cases, async (tab, [from, to, h1]) => {
			await tab.goto(h.base + from);
			await tab.waitForURL(h.base + to, { timeout: 5000 });
			await expect(tab.locator('h1').innerText(), from).resolves.toContain(h1);
		});
	});

	// Every sheet of a kind has the same template: the longest are the first to spill onto a second page.
	// (tests/outreach/outreach.site.test.ts prints the longest of each kind again with the codes drawn, and
	// tests/outreach/share.site.test.ts with a public origin.)
	it('prints the handout and the longest task sheets on exactly one A4 page', async () => {
		const ctx = await h.context();
		const counts: Record<string, number> = {};
		const sheets = ['/kepu/handout/', '/tasks/35/', ...longestPages('tasks', 8).filter((p) => p !== '/tasks/35/')];
		expect(sheets.length).toBeGreaterThanOrEqual(9);
		await inTabs(ctx, 2, sheets, async (tab, p) => {
			await tab.goto(h.base + p);
			const pdf = await tab.pdf({ preferCSSPageSize: true, printBackground: true });
			counts[p] = pdfPageCount(pdf);
			if (p === '/kepu/handout/' || p === '/tasks/35/') fs.writeFileSync(path.join(pdfDir, p.replace(/\W+/g, '_') + '.pdf'), pdf);
		});
		expect(Object.keys(counts)).toHaveLength(sheets.length);
		expect(Object.entries(counts).filter(([, n]) => n !== 1)).toEqual([]);
		// A4 is 595 × 842 points.
		const handout = fs.readFileSync(path.join(pdfDir, '_kepu_handout_.pdf'), 'latin1');
		expect(handout).toMatch(/\/MediaBox\s*\[\s*0 0 594\.\d+ 841\.\d+\s*\]/);
	});

	it('the printed sheet shows the title, the official text and the units, and hides navigation', async () => {
		const ctx = await h.context({ viewport: { width: 1280, height: 900 } });
		const tab = await ctx.newPage();
		await tab.emulateMedia({ media: 'print' });
		await tab.goto(h.base + '/tasks/35/');
		for (const hidden of ['.site-header nav', '.breadcrumbs', '.pager', '.page-tools', '.site-footer']) {
			await expect(tab.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
		}
		await expect(tab.locator('h1').innerText()).resolves.toBe('任务 35');
		await expect(tab.locator('.task-units').isVisible()).resolves.toBe(true);
		await expect(tab.locator('[data-official-task="35"]').innerText().then(squash)).resolves.toBe(annex(35));
		await expect(tab.locator('[data-short-url]').innerText()).resolves.toBe(`${new URL(h.base).host}/t/35/`);
		await expect(tab.locator('print-date').innerText()).resolves.toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
	});

	it('复制链接 copies the short link of a task page, and the address of a page without one', async () => {
		const ctx = await h.context({ viewport: { width: 390, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
		const tab = await ctx.newPage();
		await tab.goto(h.base + '/tasks/12/');
		await tab.locator('[data-settings-toggle]').click(); // 工具
		// One copy button per page: the share panel does not repeat the header's page tools.
		await expect(tab.getByRole('button', { name: /复制/ }).count()).resolves.toBe(1);
		await tab.getByRole('button', { name: '复制链接' }).click();
		await tab.waitForFunction(() => document.querySelector('[data-tools-status]')?.textContent !== '');
		await expect(tab.locator('[data-tools-status]').textContent()).resolves.toBe(`已复制本页链接：${h.base}/t/12/`);
		await expect(tab.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${h.base}/t/12/`);
		await tab.goto(h.base + '/annex/?action=2#top');
		await tab.locator('[data-settings-toggle]').click();
		await tab.getByRole('button', { name: '复制链接' }).click();
		await tab.waitForFunction(() => document.querySelector('[data-tools-status]')?.textContent !== '');
		await expect(tab.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${h.base}/annex/?action=2`);
	});

	it("a clause anchor copies the clause's full link and says so", async () => {
		const ctx = await h.context({ viewport: { width: 390, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
		const tab = await ctx.newPage();
		await tab.goto(h.base + '/actions/5/');
		await tab.locator('a.anchor[href="#a5-m1"]').click();
		await tab.waitForFunction(() => document.querySelector('[data-copy-status]')?.textContent !== '');
		await expect(tab.locator('[data-copy-status]').textContent()).resolves.toBe(`已复制本条链接：${h.base}/actions/5/#a5-m1`);
		await expect(tab.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${h.base}/actions/5/#a5-m1`);
	});

	it("an embed works inside another page's iframe at phone width, and its links leave the frame", async () => {
		const ctx = await h.context({ viewport: { width: 390, height: 800 } });
		const tab = await ctx.newPage();
		// The partner's page: the snippet as the target page shows it, on this server's address.
		await tab.goto(h.base + '/targets/rd-spending-growth/');
		const snippet = await tab.locator('[data-embed-snippet]').innerText();
		expect(snippet).toContain(`src="${h.base}/embed/targets/rd-spending-growth/"`);
		await tab.goto(h.base + '/404.html');
		await tab.setContent(`<!doctype html><html lang="zh-CN"><title>合作网站</title><body><main>${snippet}</main></body></html>`);
		const frame = tab.frameLocator('iframe');
		await expect(frame.locator('h1').innerText()).resolves.toBe(page('/targets/rd-spending-growth/').querySelector('h1')!.textContent);
		await expect(frame.locator('chart-figure table').isVisible()).resolves.toBe(true);
		const inner = tab.frames().find((f) => f.url().includes('/embed/targets/rd-spending-growth/'))!;
		await expect(sidewaysPx(inner)).resolves.toBeLessThanOrEqual(0);
		const [popup] = await Promise.all([ctx.waitForEvent('page'), frame.locator('a[data-embed-source]').click()]);
		await popup.waitForLoadState();
		expect(new URL(popup.url()).pathname).toBe('/targets/rd-spending-growth/');
	});

	describe.each(WIDTHS)('at %s width (%i px)', (_name, width) => {
		it('the hub and the handout pass axe and do not scroll sideways', async () => {
			const ctx = await h.context({ viewport: { width, height: 800 } });
			const tab = await ctx.newPage();
			const found: string[] = [];
			for (const p of ['/kepu/', '/kepu/handout/', '/tasks/29/', '/targets/science-info-officers/', '/embed/targets/rd-spending-growth/', '/embed/targets/science-info-officers/']) {
				await tab.goto(h.base + p);
				found.push(...(await pageProblems(tab, p)));
			}
			expect(found).toEqual([]);
		});
	});
});
