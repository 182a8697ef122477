import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readContent } from '../../src/content-reader/read-content.ts';
import {
	actionEntry,
	contentTypes,
	departmentEntry,
	facets,
	filterPairs,
	isEmpty,
	pagefindFilters,
	readState,
	sortKey,
	supportEntry,
	targetEntry,
	targetTitleParts,
	taskEntry,
	writeState,
} from '../../src/search/records.ts';
import { namesPage } from '../../src/search/run.ts';
import { missingHints, segmentationHints } from '../../src/search/hints.ts';
import { present, queryWords, type ResultData } from '../../src/search/results.ts';
import { buildIndex, EXCLUDE_SELECTORS, searchableText, withSearchMeta } from '../../src/integrations/pagefind.ts';
import { annexCells } from '../helpers/source.ts';

const { content } = readContent(path.resolve('content'), process.cwd());
const tasks = content.tasks;
const task = (n: number) => tasks.find((t) => t.number === n)!;

describe('facets of indexed pages', () => {
	it('gives a task page the annex row’s action, lead and units', () => {
		// Annex row 3: 区工信局 leads; 金霞经济开发区、区科技局、区城投集团、相关街道 are responsible.
		const cells = annexCells().get(3)!;
		expect(taskEntry(task(3))).toEqual({ type: '任务', order: 3, action: ['1'], lead: [cells.lead], unit: cells.units!.split('、') });
	});

	it('never gives task 10 a 责任单位 facet, whose cell the source does not show', () => {
		expect(annexCells().get(10)!.units).toBeUndefined();
		expect(taskEntry(task(10)).unit).toEqual([]);
		expect(filterPairs(taskEntry(task(10))).filter(([k]) => k === 'unit')).toEqual([]);
		// Nor does task 10 make 区科技局 a 责任单位 through an action or department page.
		expect(departmentEntry('区科技局', 1, tasks).unit).toEqual(['区科技局']); // it is one in other rows
		expect(actionEntry('2', tasks).unit).not.toContain(undefined);
	});

	it('gives an action page its own action and the units of its tasks, once each', () => {
		const e = actionEntry('3', tasks);
		expect(e.action).toEqual(['3']);
		// Action three (tasks 15–22) is led by 区科技局, 金霞经济开发区, 区工信局 and 区市场监管局.
		expect(new Set(e.lead)).toEqual(new Set(['区科技局', '金霞经济开发区', '区工信局', '区市场监管局']));
		const pairs = filterPairs(e).filter(([k]) => k === 'lead');
		expect(pairs).toHaveLength(4);
	});

	it('gives a department page the actions it works in and its own name under the roles it holds', () => {
		// 区税务局 appears once in the annex: a 责任单位 of task 14, in action two.
		expect(departmentEntry('区税务局', 7, tasks)).toEqual({ type: '部门', order: 7, action: ['2'], lead: [], unit: ['区税务局'] });
		// 区委人才办 leads tasks 23, 25, 26, 27 (action four) and is nowhere a 责任单位.
		expect(departmentEntry('区委人才办', 2, tasks)).toMatchObject({ action: ['4'], lead: ['区委人才办'], unit: [] });
	});

	it('gives a support measure’s page its clause’s action, its contact point, the units of its tasks, its audiences and industries', () => {
		const cells = annexCells().get(3)!;
		expect(supportEntry({ clause: 'a1-m1-i3', lead: '区工信局', tasks: [3], audiences: ['企业'], industries: ['集成电路'] }, 1, tasks)).toEqual({
			type: '支持措施',
			order: 1,
			action: ['1'],
			lead: ['区工信局'],
			unit: cells.units!.split('、'),
			audience: ['企业'],
			industry: ['集成电路'],
		});
		// A measure outside the five actions (四、保障措施) with no task and no contact point.
		expect(supportEntry({ clause: 'safeguards-2', tasks: [], audiences: ['原文未限定对象'], industries: [] }, 9, tasks)).toEqual({
			type: '支持措施',
			order: 9,
			action: [],
			lead: [],
			unit: [],
			audience: ['原文未限定对象'],
			industry: [],
		});
		// The filters follow the facets' order, one pair per value.
		expect(filterPairs(supportEntry({ clause: 'a4-m1', tasks: [], audiences: ['产业领军人才'], industries: ['视频文创', '智能制造', '视频文创'] }, 2, tasks))).toEqual([
			['type', '支持措施'],
			['action', '4'],
			['audience', '产业领军人才'],
			['industry', '视频文创'],
			['industry', '智能制造'],
		]);
	});

	it('gives a target’s page type 指标, its clause’s action, the leads and units of the annex rows that state it, and its measure as what it is about', () => {
		const target = (id: string) => content.targets.find((t) => t.id === id)!;
		// “航天之星”……累计产值 (a1-m1-i2) is stated by annex row 2, which 金霞经济开发区 leads.
		const cells = annexCells().get(2)!;
		const e = targetEntry(target('aerospace-cumulative-output'), tasks);
		expect(e).toMatchObject({ type: '指标', action: ['1'], lead: [cells.lead], unit: cells.units!.split('、'), about: '累计产值' });
		// 全区高新技术企业 is a 总体目标: no action, no annex row, no lead; the whole title is what it is about.
		expect(targetEntry(target('hightech-enterprises'), tasks)).toMatchObject({ type: '指标', action: [], lead: [], unit: [], about: '全区高新技术企业' });
		// Targets browse in the order of content/targets.yaml, after the tasks.
		expect(sortKey(targetEntry(content.targets[0]!, tasks)) < sortKey(targetEntry(content.targets[1]!, tasks))).toBe(true);
		expect(sortKey(targetEntry(content.targets[0]!, tasks)) > sortKey({ type: '任务', order: 35 })).toBe(true);
	});

	it('splits a target’s title into whose target it is and what it measures', () => {
		expect(targetTitleParts('“航天之星”……完成……产业园土地选址')).toEqual({ context: '“航天之星”……完成……', measure: '产业园土地选址' });
		expect(targetTitleParts('技术合同交易额')).toEqual({ context: '', measure: '技术合同交易额' });
		expect(() => targetTitleParts('基本建成……')).toThrow(/ends with/);
		// Every title of content/targets.yaml splits back into itself.
		for (const t of content.targets) {
			const { context, measure } = targetTitleParts(t.title);
			expect(context + measure).toBe(t.title);
			expect(measure).not.toContain('……');
		}
	});

	it('orders pages for browsing by content type, then number', () => {
		expect(sortKey({ type: '正文', order: 0 })).toBe('000000');
		expect(sortKey({ type: '任务', order: 35 })).toBe('010035');
		expect(sortKey({ type: '部门', order: 2 }) > sortKey({ type: '任务', order: 35 })).toBe(true);
		expect(() => sortKey({ type: '公告' as (typeof contentTypes)[number] })).toThrow(/unknown content type/);
	});
});

describe('search state in the URL', () => {
	it('round-trips a query and several values per facet', () => {
		const params = new URLSearchParams('q=%E5%AD%B5%E5%8C%96%E5%99%A8&lead=区科技局&type=任务&lead=区工信局&unknown=x');
		const state = readState(params);
		expect(state).toEqual({ q: '孵化器', filters: { type: ['任务'], lead: ['区科技局', '区工信局'] } });
		expect(writeState(state).toString()).toBe(new URLSearchParams('q=孵化器&type=任务&lead=区科技局&lead=区工信局').toString());
		expect(readState(writeState(state))).toEqual(state);
	});

	it('keeps the support facets (支持对象, 行业) in the URL like the others, after them', () => {
		const state = readState(new URLSearchParams('industry=视频文创&audience=企业&audience=产业领军人才&type=支持措施'));
		expect(state).toEqual({ q: '', filters: { type: ['支持措施'], audience: ['企业', '产业领军人才'], industry: ['视频文创'] } });
		expect(writeState(state).toString()).toBe(new URLSearchParams('type=支持措施&audience=企业&audience=产业领军人才&industry=视频文创').toString());
		expect(isEmpty(readState(new URLSearchParams('industry=视频文创')))).toBe(false);
		expect(pagefindFilters(state, 'audience')).toEqual({ type: { any: ['支持措施'] }, industry: { any: ['视频文创'] } });
	});

	it('labels the support facets with the supports’ own vocabulary', () => {
		expect(facets.filter((f) => f.key === 'audience' || f.key === 'industry').map((f) => f.label)).toEqual(['支持对象', '行业']);
	});

	it('drops empty and repeated values and trims the query', () => {
		expect(readState(new URLSearchParams('q=  科普 &action=&action=3&action=3'))).toEqual({ q: '科普', filters: { action: ['3'] } });
		expect(isEmpty(readState(new URLSearchParams('q=%20')))).toBe(true);
		expect(isEmpty(readState(new URLSearchParams('unit=相关街道')))).toBe(false);
	});

	it('makes OR inside a facet and AND across facets, leaving out a facet for its own counts', () => {
		const state = readState(new URLSearchParams('type=任务&lead=区科技局&lead=区工信局'));
		expect(pagefindFilters(state)).toEqual({ type: { any: ['任务'] }, lead: { any: ['区科技局', '区工信局'] } });
		expect(pagefindFilters(state, 'lead')).toEqual({ type: { any: ['任务'] } });
	});
});

describe('segmentation hints', () => {
	it('contain the words the browser’s segmenter makes of any stretch of the text', () => {
		const text = '严格落实企业研发费用加计扣除政策';
		const hints = new Set(segmentationHints(text));
		const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });
		// Every query that is a stretch of the text, segmented on its own, finds each of its words among the hints.
		for (let i = 0; i < text.length; i++) {
			for (let k = 1; k <= 6 && i + k <= text.length; k++) {
				for (const s of seg.segment(text.slice(i, i + k))) if (s.isWordLike) expect(hints.has(s.segment), `${text.slice(i, i + k)} → ${s.segment}`).toBe(true);
			}
		}
	});

	it('are kept for a page only where no word Pagefind indexed there begins with them', () => {
		// Pagefind (jieba) cut 加计扣除 as 加|计|扣除; the browser asks for 加计 and 扣除.
		expect(missingHints(['加计', '扣除', '扣', '加', '政策'], ['研发', '费用', '加', '计', '扣除', '政策'])).toEqual(['加计']);
		// Words are compared the way Pagefind normalises them.
		expect(missingHints(['dsp', 'dsp芯'], ['DSP', '芯'])).toEqual(['dsp芯']);
	});

	it('keep numbers and ASCII words whole, lower-cased, and skip punctuation', () => {
		const hints = segmentationHints('2023年，DSP芯片（R&D）');
		expect(hints).toContain('2023');
		expect(hints).toContain('dsp');
		expect(hints).not.toContain('202');
		expect(hints.some((h) => /[，（）&]/.test(h))).toBe(false);
	});
});

describe('a query that names a page', () => {
	it('contains the words the page is about, spaces and punctuation aside', () => {
		expect(namesPage('航天之星 研发投入', { title: '“航天之星”……研发投入', about: '研发投入' })).toBe(true);
		expect(namesPage('航天之星', { title: '“航天之星”……研发投入', about: '研发投入' })).toBe(false);
		expect(namesPage('省市级揭榜挂帅项目和科技重大专项', { title: '省、市级“揭榜挂帅”项目和科技重大专项' })).toBe(true);
		expect(namesPage('区科技局 孵化器', { title: '区科技局' })).toBe(true);
		expect(namesPage('科技局', { title: '区科技局' })).toBe(false);
		// A single character names nothing.
		expect(namesPage('区', { title: '区' })).toBe(false);
		expect(namesPage('区科技局', {})).toBe(false);
	});
});

describe('indexing step', () => {
	const page = (body: string, extra = '') => `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><nav>主导航 导航词</nav>${body}${extra}<footer>页脚文字</footer></body></html>`;

	it('takes hints from the indexed text only, leaving out ignored and excluded parts', () => {
		const html = page(
			`<main data-pagefind-body><div hidden data-pagefind-meta="title:区城投集团"></div><h1>区城投集团</h1><p>楠菲微电子</p><p data-pagefind-ignore>忽略段落</p><table class="tasks" data-pagefind-ignore><td>孵化器</td></table><p class="source" data-pagefind-ignore>出自某处</p><nav>目录</nav><p>正文<a data-ui href="#x">#</a></p></main>`,
		);
		const { text, title, about } = searchableText(html)!;
		expect(title).toBe('区城投集团');
		expect(about).toBe('区城投集团');
		expect(text).toContain('楠菲微电子');
		for (const left of ['忽略段落', '孵化器', '出自某处', '目录', '#', '主导航', '页脚文字']) expect(text).not.toContain(left);
		const out = withSearchMeta(html, { hints: ['微电子', '楠'], titlewords: ['区', '集团'] });
		expect(out).toContain('<div hidden data-pagefind-meta="hints:微电子 楠"></div><div hidden data-pagefind-meta="titlewords:区 集团"></div></body>');
		// Nothing else in the page changes.
		expect(out.replace(/<div hidden data-pagefind-meta="(hints|titlewords):[^"]*"><\/div>/g, '')).toBe(html);
	});

	it('leaves parts out by element and attribute only, never by class name', () => {
		expect(EXCLUDE_SELECTORS.filter((s) => /\.[A-Za-z]/.test(s))).toEqual([]);
		const { text } = searchableText(page('<main data-pagefind-body><h1>标题</h1><p class="source">出自某处</p><p class="note period-note wd">说明文字</p></main>'))!;
		for (const kept of ['出自某处', '说明文字']) expect(text).toContain(kept);
	});

	it('reads the words a page is about from data-search-about, else its title', () => {
		const html = page(`<main data-pagefind-body><div hidden data-pagefind-meta="title:“航天之星”……研发投入" data-search-about="研发投入"></div><h1>“航天之星”……研发投入</h1></main>`);
		expect(searchableText(html)).toMatchObject({ title: '“航天之星”……研发投入', about: '研发投入' });
	});

	it('skips pages that are not searchable', () => {
		expect(searchableText(page('<main><p>不收录</p></main>'))).toBeUndefined();
	});

	const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kaifu-pagefind-'));
	const logger = { info: () => {}, error: () => {} };

	it('fails the build when no page is searchable', async () => {
		const dir = tmp();
		fs.writeFileSync(path.join(dir, 'index.html'), page('<main><p>没有可搜索的页面</p></main>'));
		await expect(buildIndex(dir, path.join(dir, 'pagefind'), logger)).rejects.toThrow(/Pagefind failed/);
	});

	it('fails the build when Pagefind reports an error writing the index', async () => {
		const dir = tmp();
		fs.writeFileSync(path.join(dir, 'index.html'), page('<main data-pagefind-body><h1>标题</h1><p>正文内容</p></main>'));
		const blocked = path.join(dir, 'not-a-dir');
		fs.writeFileSync(blocked, 'a file where the bundle should go');
		const errors: string[] = [];
		// Pagefind's service dies here instead of answering; the step's time limit turns that into a failed build.
		await expect(buildIndex(dir, path.join(blocked, 'pagefind'), { info: () => {}, error: (m: string) => errors.push(m) }, { stepTimeoutMs: 5_000 })).rejects.toThrow(/Pagefind failed/);
		expect(errors.join('\n')).toMatch(/writeFiles/);
	});

	it('writes a bundle for a searchable page', async () => {
		const dir = tmp();
		fs.writeFileSync(path.join(dir, 'index.html'), page('<main data-pagefind-body><h1>标题</h1><p>正文内容</p></main>'));
		await buildIndex(dir, path.join(dir, 'pagefind'), logger);
		expect(fs.existsSync(path.join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
		expect(JSON.parse(fs.readFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.zh.page_count).toBe(1);
	});
});

describe('presenting a result', () => {
	// Pagefind's data for a page: words separated by U+200B, headings as anchors at word positions.
	const words = [
		'（一）',
		'行动',
		'.',
		'1',
		'.',
		'推进',
		'工程',
		'。',
		'①',
		'建好',
		'一个',
		'园',
		'。',
		'重点',
		'支持',
		'楠',
		'菲',
		'微电子',
		'在',
		'高',
		'性能',
		'。',
		'②',
		'推进',
		'一个',
		'院',
		'。',
	];
	const data: ResultData = {
		url: '/plan/',
		raw_content: words.join('\u200B'),
		content: words.join(''),
		meta: { title: '方案全文' },
		anchors: [
			{ id: 'a1', element: 'h4', text: '（一）行动', location: 0 },
			{ id: 'a1-m1', element: 'h5', text: '1. 推进工程。', location: 3 },
			{ id: 'a1-m1-i1', element: 'div', text: '', title: '1. 推进工程。 ①', location: 8 },
			{ id: 'a1-m1-i2', element: 'div', text: '', title: '1. 推进工程。 ②', location: 22 },
		],
		excerpt: '',
		sub_results: [],
	};

	it('opens at the item that contains the query, naming the headings above it, with the words highlighted', () => {
		const p = present(data, '楠菲微电子');
		expect(p.tier).toBe(0);
		expect(p.places[0]!.url).toBe('/plan/#a1-m1-i1');
		expect(p.places[0]!.title).toBe('（一）行动 › 1. 推进工程。 ①');
		expect(p.places[0]!.excerpt.filter((r) => r.mark).map((r) => r.text)).toEqual(['楠菲微电子']);
		expect(p.places[0]!.excerpt.map((r) => r.text).join('')).toContain('重点支持楠菲微电子在高性能');
	});

	it('finds a query word by its longer parts when it does not occur whole, and says so', () => {
		const p = present(data, '支持高性能');
		expect(p.tier).toBe(1);
		// 支持高性能 is not in the text as a whole; the browser cuts it into 支持 | 高性能, and both are there.
		expect(p.places[0]!.excerpt.filter((r) => r.mark).map((r) => r.text)).toEqual(['支持', '高性能']);
	});

	it('ranks the places by how many query words they hold, then by page order', () => {
		// Item ② holds all three words; the measure heading holds 推进 once, item ① 一个 once.
		const p = present(data, '推进 一个 院');
		expect(p.places.map((x) => x.url)).toEqual(['/plan/#a1-m1-i2', '/plan/#a1-m1', '/plan/#a1-m1-i1']);
	});

	it('marks a page that holds only some of the query', () => {
		expect(present(data, '楠菲 能耗').tier).toBe(2);
		expect(queryWords(' “楠菲”  微电子 ')).toEqual(['楠菲', '微电子']);
	});
});
