/**
 * The built search index (dist/pagefind), queried in Node through Pagefind's own browser bundle:
 * what is indexed, the facets of each page, OR/AND filtering, browsing without a query, anchored
 * places, and that every stretch of the annex text finds every page that contains it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPagefind, type PagefindApi } from '../helpers/pagefind.ts';
import { annexCells } from '../helpers/source.ts';
import fs from 'node:fs';
import path from 'node:path';
import { builtPages, DIST } from '../helpers/dist.ts';
import { normalise } from '../../src/search/results.ts';
import { runSearch } from '../../src/search/run.ts';
import { readState } from '../../src/search/records.ts';
import { parse as parseYaml } from 'yaml';

/** The targets as editors wrote them (content/targets.yaml): id, title, quote, clause and the annex rows that state them. */
const targets = parseYaml(fs.readFileSync('content/targets.yaml', 'utf8')) as Array<{ id: string; title: string; quote: string; clause: string; tasks?: number[] }>;
/** The support measures as editors wrote them (content/supports.yaml), in file order. */
const supports = parseYaml(fs.readFileSync('content/supports.yaml', 'utf8')) as Array<{ id: string; audiences: string[]; industries?: string[] }>;
/** Support pages whose data passes a test, in file order (the order browsing by facets lists them in). */
const supportPages = (test: (s: (typeof supports)[number]) => boolean) => supports.filter(test).map((s) => `/support/${s.id}/`);
/** How many measures list each value of a field. */
const tally = (values: string[][]) => values.flat().reduce<Record<string, number>>((n, v) => ({ ...n, [v]: (n[v] ?? 0) + 1 }), {});

/** A target's title as a reader would type it: its runs, separated by spaces, without quotation marks. */
const typed = (title: string) =>
	title
		.split('……')
		.map((run) => run.replace(/[“”]/g, ''))
		.join(' ');

let pf: PagefindApi;
/** Every indexed page: url → text and filters, read once through a query-less search. */
const pages = new Map<string, { text: string; filters: Record<string, string[]> }>();
const idToUrl = new Map<string, string>();

beforeAll(async () => {
	pf = await loadPagefind();
	const all = await pf.search(null);
	for (const r of all.results) {
		const d = await r.data();
		pages.set(d.url, { text: d.content, filters: d.filters });
		idToUrl.set(r.id, d.url);
	}
});

const search = (q: string, filters = '') => runSearch(pf, readState(new URLSearchParams(`q=${encodeURIComponent(q)}&${filters}`)));
const urls = async (q: string | null, filters: object = {}) => Promise.all((await pf.search(q, { filters, sort: q ? {} : { order: 'asc' } })).results.map(async (r) => (await r.data()).url));

describe('what is indexed', () => {
	it('holds the plan, the five actions, the 35 tasks, every unit’s page, every support measure’s page and every target’s page, and nothing else', () => {
		const expected = builtPages().filter((p) => p === '/plan/' || /^\/(actions|tasks|departments|support|targets)\/[^/]+\/$/.test(p));
		expect(expected.filter((p) => p.startsWith('/tasks/'))).toHaveLength(35);
		expect(expected.filter((p) => p.startsWith('/support/')).length).toBeGreaterThan(0);
		expect(expected.filter((p) => p.startsWith('/targets/')).sort()).toEqual(targets.map((t) => `/targets/${t.id}/`).sort());
		expect([...pages.keys()].sort()).toEqual(expected.sort());
	});

	it('indexes a target page for its title, figure and deadline, not for the sentence it quotes', () => {
		for (const t of targets) {
			const text = normalise(pages.get(`/targets/${t.id}/`)!.text);
			// Every run of the title is there…
			for (const run of t.title.split('……')) expect(text, t.id).toContain(normalise(run));
			// …but not the official sentence (/plan/ and the task pages have it), nor the group heading or the task list.
			if (!normalise(t.title).includes(normalise(t.quote))) expect(text, t.id).not.toContain(normalise(t.quote));
			expect(text, t.id).not.toMatch(/实施.*行动|任务\s*\d/);
		}
	});

	it('ships only the files the search page uses (no unused Pagefind UI)', () => {
		const files = fs.readdirSync(path.join(DIST, 'pagefind'));
		expect(files.filter((f) => /\.(js|css)$/.test(f)).sort()).toEqual(['pagefind-worker.js', 'pagefind.js']);
		expect(files).toEqual(expect.arrayContaining(['pagefind-entry.json', 'index', 'fragment', 'filter']));
	});

	it('leaves out navigation, footer, breadcrumbs, pagers, source lines and anchors', async () => {
		// Text of the layout and of the pages' navigation, as the templates write it.
		const ui = [
			'本站为政策文件的阅读版本',
			'跳到正文',
			'上一项：任务',
			'下一项：任务',
			'下一个：',
			'出自：附件',
			'出自：方案全文',
			'本条的固定链接',
			'全站搜索',
			'首页',
			'关于本站',
			'本行动措施',
			'不是现行的申报指南',
			'返回惠企政策查找',
			'阅读设置',
		];
		for (const [url, p] of pages) {
			for (const s of ui) expect(normalise(p.text), `“${s}” is indexed on ${url}`).not.toContain(normalise(s));
			expect(p.text, url).not.toContain('#');
		}
		// And the search page, asked for them, finds no page containing them.
		for (const s of ui)
			expect(
				(await search(s)).shown.filter((r) => r.tier === 0).map((r) => r.url),
				s,
			).toEqual([]);
	});

	it('indexes a department page for its name, not for the task texts it lists', async () => {
		// 孵化器 is in task 5, which 区人社局 shares as a 责任单位; its page lists the task but is not about incubators.
		expect(pages.get('/departments/qu-ren-she-ju/')!.text).not.toContain('孵化器');
		expect((await urls('孵化器')).filter((u) => u.startsWith('/departments/'))).toEqual([]);
	});
});

describe('facets', () => {
	it('tag every task page with its annex row’s lead and units, and its action', () => {
		const cells = annexCells();
		const ranges: Array<[string, number, number]> = [
			['1', 1, 8],
			['2', 9, 14],
			['3', 15, 22],
			['4', 23, 28],
			['5', 29, 35],
		];
		for (const [n, cell] of cells) {
			const f = pages.get(`/tasks/${n}/`)!.filters;
			expect(f.type, `task ${n}`).toEqual(['任务']);
			expect(f.lead, `task ${n}`).toEqual([cell.lead]);
			expect(f.unit ?? [], `task ${n}`).toEqual(cell.units ? cell.units.split('、') : []);
			expect(f.action, `task ${n}`).toEqual([ranges.find(([, a, b]) => n >= a && n <= b)![0]]);
		}
	});

	it('count every page once per content type', async () => {
		const counts = await pf.filters();
		const supports = [...pages.keys()].filter((u) => u.startsWith('/support/')).length;
		expect(counts.type).toEqual({ 正文: 6, 任务: 35, 部门: 22, 支持措施: supports, 指标: targets.length });
	});

	it('tag every target page 指标, with its clause’s action and the annex leads of the tasks that state it', () => {
		const cells = annexCells();
		for (const t of targets) {
			const f = pages.get(`/targets/${t.id}/`)!.filters;
			expect(f.type, t.id).toEqual(['指标']);
			// Anchors a1… are inside action one, and so on; 总体目标 (goals…) and 保障措施 belong to no action.
			const action = /^a(\d)/.exec(t.clause)?.[1];
			expect(f.action ?? [], t.id).toEqual(action ? [action] : []);
			expect(new Set(f.lead ?? []), t.id).toEqual(new Set((t.tasks ?? []).map((n) => cells.get(n)!.lead)));
		}
		// Some targets are stated by annex rows, some (总体目标) by none.
		expect(targets.some((t) => t.tasks?.length) && targets.some((t) => !t.tasks?.length)).toBe(true);
	});

	it('browse without a query, in the site’s order', async () => {
		// Action three holds tasks 15–22 in the annex.
		expect(await urls(null, { type: { any: ['任务'] }, action: { any: ['3'] } })).toEqual([15, 16, 17, 18, 19, 20, 21, 22].map((n) => `/tasks/${n}/`));
	});

	it('combine values of one facet with OR and facets with AND', async () => {
		// The annex names 区金融事务中心 lead of tasks 11, 28 and 34, and 区财政局 lead of task 32.
		const either = await urls(null, { type: { any: ['任务'] }, lead: { any: ['区金融事务中心', '区财政局'] } });
		expect(either).toEqual(['/tasks/11/', '/tasks/28/', '/tasks/32/', '/tasks/34/']);
		// …of which only task 28 lists 区市场监管局 among its units.
		expect(await urls(null, { type: { any: ['任务'] }, lead: { any: ['区金融事务中心', '区财政局'] }, unit: { any: ['区市场监管局'] } })).toEqual(['/tasks/28/']);
		// A query and filters together: 科技 within the tasks 区税务局 shares (task 14 only).
		expect(await urls('研发', { type: { any: ['任务'] }, unit: { any: ['区税务局'] } })).toEqual(['/tasks/14/']);
	});

	it('count a selected facet as if it were not selected, so its other values show what they would add', async () => {
		const outcome = await runSearch(pf, readState(new URLSearchParams('type=任务&lead=区金融事务中心')), { facets: ['type', 'lead', 'action'] });
		expect(outcome.total).toBe(3);
		// Other leads keep their task counts (区财政局 leads one task), the other facets count within the selection.
		expect(outcome.counts.lead?.['区财政局']).toBe(1);
		expect(outcome.counts.lead?.['区金融事务中心']).toBe(3);
		expect(outcome.counts.action).toMatchObject({ '2': 1, '4': 1, '5': 1, '1': 0 });
	});
});

describe('support facets (支持对象, 行业)', () => {
	it('tag every support page with the audiences and industries its data lists, and no other page', () => {
		for (const s of supports) {
			const f = pages.get(`/support/${s.id}/`)!.filters;
			expect(new Set(f.audience), s.id).toEqual(new Set(s.audiences));
			expect(new Set(f.industry ?? []), s.id).toEqual(new Set(s.industries ?? []));
		}
		for (const [url, p] of pages) if (!url.startsWith('/support/')) expect([p.filters.audience, p.filters.industry], url).toEqual([undefined, undefined]);
	});

	it('count each value as often as content/supports.yaml lists it', async () => {
		const counts = await pf.filters();
		expect(counts.audience).toEqual(tally(supports.map((s) => s.audiences)));
		expect(counts.industry).toEqual(tally(supports.map((s) => s.industries ?? [])));
	});

	it('browse by one 支持对象 without a query: exactly the measures that list it, in file order', async () => {
		const used = Object.keys(tally(supports.map((s) => s.audiences)));
		expect(used.length).toBeGreaterThan(5);
		for (const a of used) expect(await urls(null, { audience: { any: [a] } }), a).toEqual(supportPages((s) => s.audiences.includes(a)));
		// 高新技术企业 is one of them (a2-m1: 高新技术企业认定 rewards).
		expect(used).toContain('高新技术企业');
	});

	it('browse by one 行业 without a query: exactly the measures whose text names it, in file order', async () => {
		const used = Object.keys(tally(supports.map((s) => s.industries ?? [])));
		expect(used).toContain('视频文创');
		for (const i of used) expect(await urls(null, { industry: { any: [i] } }), i).toEqual(supportPages((s) => (s.industries ?? []).includes(i)));
	});

	it('combine values of one support facet with OR and the two facets with AND, through the URL state', async () => {
		const [a, b, i] = ['企业', '产业领军人才', '视频文创'];
		const either = supportPages((s) => s.audiences.includes(a) || s.audiences.includes(b));
		const both = supportPages((s) => (s.audiences.includes(a) || s.audiences.includes(b)) && (s.industries ?? []).includes(i));
		// The check means something only if OR adds pages to each value and AND takes some away.
		expect(either.length).toBeGreaterThan(Math.max(supportPages((s) => s.audiences.includes(a)).length, supportPages((s) => s.audiences.includes(b)).length));
		expect(both.length).toBeGreaterThan(0);
		expect(both.length).toBeLessThan(either.length);
		const browse = async (query: string) => {
			const outcome = await runSearch(pf, readState(new URLSearchParams(query)), { facets: ['audience', 'industry'] });
			return [...outcome.shown, ...(await outcome.more(100))].map((r) => r.url);
		};
		expect(await browse(`audience=${a}&audience=${b}`)).toEqual(either);
		expect(await browse(`audience=${a}&audience=${b}&industry=${i}`)).toEqual(both);
		// The counts of a facet with a selection show what each other value would add (OR), the other facet's counts are within the selection (AND).
		const outcome = await runSearch(pf, readState(new URLSearchParams(`audience=${a}&industry=${i}`)), { facets: ['audience', 'industry'] });
		expect(outcome.counts.audience?.[b]).toBe(supportPages((s) => s.audiences.includes(b) && (s.industries ?? []).includes(i)).length);
		expect(outcome.counts.industry?.[i]).toBe(supportPages((s) => s.audiences.includes(a) && (s.industries ?? []).includes(i)).length);
	});

	it('combine a support facet with a query', async () => {
		// 研发 with 支持对象 = 高新技术企业: only measures whose data lists that audience (tasks and the plan have no audiences).
		const outcome = await runSearch(pf, readState(new URLSearchParams(`q=${encodeURIComponent('研发')}&audience=高新技术企业`)));
		const expected = new Set(supportPages((s) => s.audiences.includes('高新技术企业')));
		expect(outcome.shown.length).toBeGreaterThan(0);
		for (const r of outcome.shown) expect(expected, r.url).toContain(r.url);
	});
});

describe('results open at the clause', () => {
	it('name the item of /plan/ that holds a name only the body has', async () => {
		// 湖南极盛制造产业园 is the body’s wording in 1.2 ①; the annex row 5 writes 湖南极端制造产业园.
		const plan = (await search('湖南极盛制造产业园')).shown.find((r) => r.url === '/plan/')!;
		expect(plan.places[0]!.url).toBe('/plan/#a1-m2-i1');
		expect(plan.places[0]!.title).toBe('（一）实施高水平科技创新载体建设行动 › 2. 支持科技创新平台建设。 ①');
		expect(plan.places[0]!.excerpt.filter((r) => r.mark).map((r) => r.text)).toEqual(['湖南极盛制造产业园']);
	});

	it('offer the paragraphs of /plan/ that have no heading of their own', async () => {
		const plan = (await search('奖励对象')).shown.find((r) => r.url === '/plan/')!;
		expect(plan.places[0]!.url).toBe('/plan/#reward-scope');
	});

	it('put the unit’s own page first for its name, opening at its top', async () => {
		expect((await search('区金融事务中心')).shown[0]!.url).toBe('/departments/qu-jin-rong-shi-wu-zhong-xin/');
		expect((await search('区城投集团')).shown[0]!.url).toBe('/departments/qu-cheng-tou-ji-tuan/');
		expect((await search('区科技局')).shown[0]!.places[0]!.url).toBe('/departments/qu-ke-ji-ju/');
	});

	it('put the task’s own page before every other task page and the body text for its distinctive words', async () => {
		// (A support measure's page, or a target's page whose title has the words, may come first: it is about it too.)
		for (const [q, n] of [
			['楠菲微电子', 3],
			['揭榜挂帅', 12],
			['研发准备金', 14],
			['风险补偿资金池', 32],
			['长沙银行', 34],
			['德荣医疗', 11],
		] as const) {
			const urls = (await search(q)).shown.filter((r) => !r.url.startsWith('/support/') && !(r.url.startsWith('/targets/') && r.title.includes(q))).map((r) => r.url);
			expect(urls[0], q).toBe(`/tasks/${n}/`);
		}
	});

	it('put a target’s page first for its own title', async () => {
		const misses: string[] = [];
		for (const t of targets) {
			const shown = (await search(typed(t.title))).shown;
			if (shown[0]?.url !== `/targets/${t.id}/`)
				misses.push(
					`${typed(t.title)} → ${shown
						.slice(0, 3)
						.map((r) => r.url)
						.join(' ')}`,
				);
		}
		expect(misses).toEqual([]);
	});

	it('do not let the targets of an institute, a company or a park crowd out the pages about it', async () => {
		// “航天之星”……研发投入 and its kind: the words before …… say whose target it is; the annex rows
		// that state those targets, and /plan/, come before them for those words alone.
		const contexts = new Map<string, Set<number>>();
		for (const t of targets) {
			const runs = t.title.split('……');
			if (runs.length < 2 || !t.tasks?.length) continue;
			const q = runs[0]!.replace(/[“”]/g, '');
			contexts.set(q, new Set([...(contexts.get(q) ?? []), ...t.tasks]));
		}
		expect([...contexts.keys()]).toEqual(expect.arrayContaining(['航天之星', '飞腾长沙全国研发中心', '马栏山视频文创产业园']));
		for (const [q, tasks] of contexts) {
			// The first screen of results and what 显示更多 adds: the context's targets are found, after the pages about it.
			const outcome = await search(q);
			const urls = [...outcome.shown, ...(await outcome.more(100))].map((r) => r.url);
			for (const n of tasks) expect(urls.indexOf(`/tasks/${n}/`), `${q}: task ${n} in ${urls.join(' ')}`).toBeGreaterThanOrEqual(0);
			const lastTask = Math.max(...[...tasks].map((n) => urls.indexOf(`/tasks/${n}/`)), urls.indexOf('/plan/'));
			const contextTargets = targets.filter((t) => t.title.includes('……') && t.title.split('……')[0]!.replace(/[“”]/g, '') === q).map((t) => `/targets/${t.id}/`);
			for (const u of contextTargets) expect(urls, `${q} finds ${u}`).toContain(u);
			expect(contextTargets.length, q).toBeGreaterThan(0);
			for (const u of contextTargets) expect(urls.indexOf(u), `${q}: ${u} before the task and /plan/ in ${urls.join(' ')}`).toBeGreaterThan(lastTask);
		}
	});

	it('show /plan/ once where an action page answers with the same clause, with the action page as a second link', async () => {
		const shown = (await search('揭榜挂帅')).shown;
		const plan = shown.find((r) => r.url === '/plan/')!;
		expect(plan.places[0]!.url).toBe('/plan/#a2-m2');
		expect(plan.alsoAt).toEqual([{ url: '/actions/2/#a2-m2', title: '（二）实施企业主体创新能力提升行动' }]);
		expect(shown.some((r) => r.url === '/actions/2/')).toBe(false);
	});
});

describe('segmentation', () => {
	it('finds, for every stretch of 2–4 characters of the annex, every page that contains it', async () => {
		// The pages' text split where the page has a space or a block boundary, so a stretch never spans two elements.
		const chunks = new Map([...pages].map(([url, p]) => [url, p.text.split(/[\s.]+/).map(normalise)]));
		const queries = new Set<string>();
		for (const { text } of annexCells().values()) {
			for (const run of text.split(/[^\p{Script=Han}]+/u)) for (let i = 0; i < run.length; i += 2) for (const k of [2, 3, 4]) if (i + k <= run.length) queries.add(run.slice(i, i + k));
		}
		expect(queries.size).toBeGreaterThan(1500);
		const missed: string[] = [];
		for (const q of queries) {
			const expected = [...chunks].filter(([, cs]) => cs.some((c) => c.includes(q))).map(([u]) => u);
			const found = new Set((await pf.search(q)).results.map((r) => idToUrl.get(r.id)));
			const lost = expected.filter((u) => !found.has(u));
			if (lost.length) missed.push(`${q}: ${lost.join(' ')}`);
		}
		console.log(`segmentation sweep: ${queries.size} stretches of the annex text, ${missed.length} with a page not found`);
		expect(missed).toEqual([]);
	});

	it('says nothing is found for a word the site does not contain, instead of matching its first character', async () => {
		// 能耗 is cut into 能 | 耗 and 耗 occurs nowhere; Pagefind alone would answer with every page that has 能.
		expect((await pf.search('能耗')).results.length).toBeGreaterThan(0);
		const outcome = await search('能耗');
		expect(outcome.shown.filter((r) => r.tier < 2)).toEqual([]);
		expect((await pf.search('耗')).results).toHaveLength(0);
	});
});
