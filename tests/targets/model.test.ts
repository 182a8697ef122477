import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse as parseCsv } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { checkTargetText, governingYear, officialSentence, striveWords, titleInText } from '../../src/targets/text.ts';
import { figureWithUnit, formatDeadline, formatTarget, groupsChart, growthChart, growthPath, timeline } from '../../src/targets/model.ts';
import { csvCell, defineDataset, describeType, jsonSchemaOf, toCsv, toJson } from '../../src/open-data/model.ts';
import { targetInputSchema, type Target } from '../../src/schemas/target.ts';

const period = { periodStart: 2021, periodEnd: 2023 };
/** A target with defaults, for the pure helpers. */
const target = (over: Partial<Target>): Target =>
	({
		...targetInputSchema.parse({ id: 'x', title: 't', kind: 'milestone', clause: 'c', quote: 'q', year: 2023 }),
		order: 0,
		action: null,
		owners: [],
		sentence: '',
		yearWords: null,
		striveWords: null,
		...over,
	}) as Target;

describe('growth path', () => {
	it('compounds the annual rate from the base year (2020 = 100)', () => {
		const path = growthPath(12, 2020, 2023);
		expect(path.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023]);
		// 100 × 1.12ⁿ: 112, 125.44, 140.4928.
		expect(path.map((p) => p.index)).toEqual([100, expect.closeTo(112, 9), expect.closeTo(125.44, 9), expect.closeTo(140.4928, 9)]);
	});

	it('charts the path to one decimal place with a one-sentence summary', () => {
		const spec = growthChart([target({ kind: 'growth', title: '某指标', value: 12, unit: '%', comparator: '>=', year: 2023 })], period);
		expect(spec.labels).toEqual(['2020 年', '2021 年', '2022 年', '2023 年']);
		expect(spec.series[0]!.data).toEqual([100, 112, 125.4, 140.5]);
		expect(spec.summary).toBe('若以 2020 年为 100，每年增长 12%，2023 年将达到 140.5，3 年累计增长约 40.5%。');
		// The base year is the site's assumption, and the caption says so.
		expect(spec.caption).toMatch(/^本站示意（基期 2020 年 = 100 是本站的假设，原文未写）/);
		expect(() => growthChart([target({ kind: 'growth', value: 12 }), target({ kind: 'growth', value: 10 })], period)).toThrow(/share one rate/);
	});
});

describe('how targets read', () => {
	it('words the figure by its comparator', () => {
		expect(formatTarget(target({ kind: 'level', value: 500, unit: '家', comparator: '>=' }))).toBe('不少于 500 家');
		expect(formatTarget(target({ kind: 'growth', value: 12, unit: '%', comparator: '>=' }))).toBe('不低于 12%');
		expect(formatTarget(target({ kind: 'level', value: 20, unit: '亿元', comparator: '>' }))).toBe('超过 20 亿元');
		expect(formatTarget(target({ kind: 'count', value: 25, unit: '家', comparator: '=' }))).toBe('25 家');
		expect(formatTarget(target({ kind: 'count', value: 1, valueMax: 2, unit: '条', comparator: 'range' }))).toBe('1—2 条');
		expect(formatTarget(target({ kind: 'city-average', comparator: '>' }))).toBe('超过全市平均水平');
		expect(formatTarget(target({ kind: 'percentage', value: 100, unit: '%', comparator: '>=' }))).toBe('达到 100%');
		expect(figureWithUnit({ value: 10000, unit: '人', comparator: '=' })).toBe('10000 人');
	});

	it('never calls a 争取目标 按期完成', () => {
		expect(formatTarget(target({ kind: 'milestone' }))).toBe('按期完成');
		expect(formatTarget(target({ kind: 'milestone', strive: true }))).toBe('争取目标');
		expect(formatTarget(target({ kind: 'level', value: 2, unit: '亿元', comparator: '>=', strive: true }))).toBe('争取目标：不少于 2 亿元');
	});

	it('says when: the year, 上半年, the plan period where the text sets no year, or 每年', () => {
		expect(formatDeadline(target({ year: 2022, firstHalf: true }), period)).toBe('2022 年上半年');
		expect(formatDeadline(target({ kind: 'count', year: null }), period)).toBe('原文未写年份（方案实施期 2021—2023 年）');
		expect(formatDeadline(target({ year: 2023, before: true }), period)).toBe('2023 年前');
		expect(formatDeadline(target({ kind: 'recurring', year: null, frequency: 'annual' }), period)).toBe('每年');
	});

	it('puts milestones and early deadlines on one timeline, in date order', () => {
		const stops = timeline(
			[
				target({ id: 'a', year: 2023 }),
				target({ id: 'b', year: 2022 }),
				target({ id: 'c', year: 2022, firstHalf: true }),
				target({ id: 'd', kind: 'level', value: 1, unit: '家', comparator: '=', year: 2021 }),
				target({ id: 'e', kind: 'level', value: 1, unit: '家', comparator: '=', year: 2023 }),
				target({ id: 'f', kind: 'count', value: 1, unit: '家', comparator: '=', year: null }),
				target({ id: 'g', year: 2023, before: true }),
			],
			period,
		);
		expect(stops.map((s) => [s.label, s.targets.map((t) => t.id)])).toEqual([
			['2021 年', ['d']],
			['2022 年上半年', ['c']],
			['2022 年', ['b']],
			['2023 年前', ['g']],
			['2023 年', ['a']],
		]);
	});

	it('summarises the parts chart from its data', () => {
		const spec = groupsChart([
			{ id: 'goals', title: '二、总体目标', targets: [target({}), target({})] },
			{ id: 'a1', title: '（一）行动', targets: [target({}), target({}), target({})] },
		]);
		expect(spec.series[0]!.data).toEqual([2, 3]);
		expect(spec.summary).toBe('方案共提出 5 项量化或有时限的指标，其中“（一）行动”最多，有 3 项。');
	});
});

describe('checking a target against its sentence', () => {
	const text = '主要工作目标：到 2023 年，全区高新技术企业达 500 家以上，技术合同交易额突破 20 亿元。另一句 200 家。';
	const base = { id: 'x', clause: 'goals-main', title: '全区高新技术企业', kind: 'level', quote: '全区高新技术企业达 500 家以上', value: 500, unit: '家', comparator: '>=', year: 2023 } as const;
	const check = (over: object) => checkTargetText(targetInputSchema.parse({ ...base, ...over }), text).map((p) => p.field);

	it('accepts the text’s own figure, unit, comparator and year', () => {
		expect(check({})).toEqual([]);
		expect(check({ title: '技术合同交易额', quote: '技术合同交易额突破 20 亿元', value: 20, unit: '亿元', comparator: '>' })).toEqual([]);
	});

	it('flags each mismatch on its field', () => {
		expect(check({ value: 50 })).toEqual(['value']);
		expect(check({ unit: '个' })).toEqual(['value']);
		expect(check({ comparator: '=' })).toEqual(['comparator']);
		expect(check({ year: 2022 })).toEqual(['year']);
		expect(check({ title: '高企' })).toEqual(['title']);
		expect(check({ quote: '全区高新技术企业达 600 家以上' })).toEqual(['quote']);
		expect(check({ title: '另一句', quote: '另一句 200 家', value: 200, comparator: '=', year: null })).toEqual([]);
		expect(check({ title: '另一句', quote: '另一句 200 家', value: 200, comparator: '=', year: 2023 })).toEqual(['year']);
		expect(check({ strive: true })).toEqual(['strive']);
	});

	it('finds the year that governs a stretch of a sentence', () => {
		const s = '2021年加快A，成立50亿元B；2023年前建成C，研发投入超过2亿元';
		expect(governingYear(s, s.indexOf('50亿元') + 4)?.year).toBe(2021);
		expect(governingYear(s, s.length)?.year).toBe(2023);
		expect(governingYear('2022年上半年启动', 10)?.firstHalf).toBe(true);
		expect(governingYear(s, s.length)?.before).toBe(true);
		// A year inside a part dates its own words only; 到…年 frames the rest of the sentence.
		const phytium = '加快建设，签订协议，2022年上半年启动报建手续，2023年正式投入运营，研发经费投入10亿元以上。';
		expect(governingYear(phytium, phytium.indexOf('正式投入运营') + 6)?.year).toBe(2023);
		expect(governingYear(phytium, phytium.indexOf('10亿元以上') + 6)).toBeUndefined();
		const frame = '力争到2023年，围绕A，引进30名B；围绕C，引进300名D。';
		expect(governingYear(frame, frame.indexOf('300名D') + 5)?.text).toBe('到2023年');
	});

	it('finds 争取, 争创 and 力争 in the words’ own part or in the year that frames them', () => {
		const s = '2021年加快A，争取B落地；2023年前建成C，争创D，研发投入超过2亿元；全力争取实施E5项、F50项以上。';
		const at = (q: string) => [s.indexOf(q), s.indexOf(q) + q.length] as const;
		expect(striveWords(s, ...at('争取B落地'))).toBe('争取');
		expect(striveWords(s, ...at('争创D'))).toBe('争创');
		expect(striveWords(s, ...at('研发投入超过2亿元'))).toBeUndefined();
		expect(striveWords(s, ...at('F50项以上'))).toBe('争取');
		const frame = '力争到2023年，围绕A，引进30名B。';
		expect(striveWords(frame, ...([frame.indexOf('引进'), frame.indexOf('B') + 1] as const))).toBe('力争');
	});

	it('reads titles made of the clause’s words, in order', () => {
		expect(titleInText('马栏山……新增高新技术企业', '大力推进马栏山视频文创产业园建设，新增高新技术企业50家')).toBe(true);
		expect(titleInText('新增高新技术企业……马栏山', '大力推进马栏山视频文创产业园建设，新增高新技术企业50家')).toBe(false);
	});

	it('quotes the whole sentence as written and marks the words', () => {
		const found = officialSentence(text, '技术合同交易额突破20亿元')!;
		expect(found.sentence).toBe('主要工作目标：到 2023 年，全区高新技术企业达 500 家以上，技术合同交易额突破 20 亿元。');
		expect(found.sentence.slice(...found.mark)).toBe('技术合同交易额突破 20 亿元');
	});
});

describe('open data files', () => {
	const record = z.strictObject({ id: z.string(), n: z.int().nullable(), names: z.array(z.string()), items: z.array(z.strictObject({ title: z.string() })), when: z.iso.date().optional() });
	const d = defineDataset({
		id: 'demo',
		title: '演示',
		description: '测试用。',
		record,
		fields: { id: '标识', n: '数', names: '名称', items: '条目', when: '日期' },
		records: async () => [],
	});
	const rows = [
		{ id: 'a,"b"', n: 1, names: ['区科技局', '相关街道'], items: [{ title: '一' }], when: '2023-01-31' },
		{ id: '换\n行', n: null, names: [], items: [] },
	];

	it('writes CSV with a BOM, CRLF, quoting by csv-stringify, lists joined by |, objects as JSON', () => {
		const csv = toCsv(d, rows);
		expect(csv.startsWith('\uFEFFid,n,names,items,when\r\n')).toBe(true);
		const parsed = parseCsv(csv.slice(1), { columns: true }) as Array<Record<string, string>>;
		expect(parsed).toEqual([
			{ id: 'a,"b"', n: '1', names: '区科技局|相关街道', items: '[{"title":"一"}]', when: '2023-01-31' },
			{ id: '换\n行', n: '', names: '', items: '', when: '' },
		]);
		expect(csvCell(true)).toBe('true');
		// A list value holding the separator would be ambiguous: refused, not written.
		expect(() => csvCell(['a|b'])).toThrow(/contains the separator/);
		expect(csvCell(['含；分号', '二'])).toBe('含；分号|二');
	});

	it('generates a JSON Schema that the JSON file satisfies, with every field described', () => {
		const schema = jsonSchemaOf(d);
		const ajv = new Ajv2020({ strict: false });
		addFormats.default(ajv);
		const validate = ajv.compile(schema);
		const json = JSON.parse(toJson(d, rows, { source: '《文件》' }));
		expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
		expect(validate({ ...json, records: [{ ...rows[0], n: 'x' }] })).toBe(false);
		const props = (schema.properties as { records: { items: { properties: Record<string, { description?: string }> } } }).records.items.properties;
		expect(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v.description]))).toEqual({ id: '标识', n: '数', names: '名称', items: '条目', when: '日期' });
		expect(describeType(props.n as never)).toBe('整数 或 空');
	});

	it('refuses a dataset whose fields are not all described, and records that do not fit', () => {
		expect(() => jsonSchemaOf({ ...d, fields: { id: '标识' } as never })).toThrow(/fields without a note: n, names, items, when/);
		expect(() => toJson(d, [{ id: 1 }], { source: '' })).toThrow();
	});
});
