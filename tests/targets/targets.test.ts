/**
 * Targets (指标) against the official text. The text here is the reference source
 * (reference/official-source.txt with its repairs), not the site's MDX: a target is right when it
 * matches what was published.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readContent } from '../../src/content-reader/read-content.ts';
import { formatProblem } from '../../src/content-reader/problems.ts';
import { clauseBody } from '../../src/targets/check.ts';
import type { Target } from '../../src/schemas/target.ts';
import { annexCells, bodyText } from '../helpers/source.ts';
import { annexExclusions, bodyExclusions, type Exclusion } from './target-exclusions.ts';

const { content, problems } = readContent(path.resolve('content'), process.cwd());
const targets = content.targets;
const squash = (s: string) => s.replace(/\s+/g, '');
/** The annex types some commas and semicolons half-width; the body full-width. */
const fullWidth = (s: string) => s.replace(/,/g, '，').replace(/;/g, '；');
const source = squash(bodyText());

/** What the coverage test counts: every run of digits, and the words that make a commitment without one. */
const TOKEN = /\d+(?:\.\d+)?|每年|千亿级|全市平均水平/g;

/** Where a target's quote is in the source: inside the text of its clause (which must occur once). */
function locate(t: Target, text = source): { start: number; end: number } {
	const clause = content.clauses.find((c) => c.id === t.clause)!;
	const body = squash(clauseBody(clause));
	const at = text.indexOf(body);
	expect(at, `clause ${t.clause} occurs in the source`).toBeGreaterThanOrEqual(0);
	expect(text.indexOf(body, at + 1), `clause ${t.clause} occurs once in the source`).toBe(-1);
	const q = text.indexOf(squash(t.quote), at);
	expect(q >= at && q + squash(t.quote).length <= at + body.length, `${t.id}: quote within clause ${t.clause} of the source`).toBe(true);
	return { start: q, end: q + squash(t.quote).length };
}

/**
 * The year a sentence ties to the words ending at `end`: the last 四位数字+年 before them in the
 * sentence, where it frames the rest of the sentence (到 2023 年), opens the sentence or a part after ；
 * and no ； comes between, or stands in the same ，-part as the words' end. Otherwise none: in
 * "2023年正式投入运营，研发经费投入10亿元以上" the year dates 正式投入运营 only.
 */
function yearBefore(text: string, end: number): { year: number; index: number; firstHalf: boolean; before: boolean } | undefined {
	const start = text.lastIndexOf('。', end - 1) + 1;
	const found = [...text.slice(start, end).matchAll(/(到)?(\d{4})年(上半年|前)?/g)].at(-1);
	if (!found) return undefined;
	const index = start + found.index + (found[1] ? 1 : 0);
	const between = text.slice(index, end);
	const opensPart = index === start || text[index - 1] === '；';
	const tied = Boolean(found[1]) || (opensPart && !between.includes('；')) || !/[，；]/.test(between);
	return tied ? { year: Number(found[2]), index, firstHalf: found[3] === '上半年', before: found[3] === '前' } : undefined;
}

describe('targets: the content loads', () => {
	it('has no problems', () => {
		expect(problems.map(formatProblem)).toEqual([]);
	});

	it('has unique ASCII ids', () => {
		const ids = targets.map((t) => t.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('publishes no progress figure (no public source is at hand)', () => {
		expect(targets.flatMap((t) => t.progress)).toEqual([]);
	});
});

describe('targets: each figure is the one in its official sentence', () => {
	const withFigure = targets.filter((t) => t.value !== null);

	it.each(withFigure.map((t) => [t.id, t] as const))('%s', (_id, t) => {
		const { start, end } = locate(t);
		const sentence = source.slice(source.lastIndexOf('。', start - 1) + 1, source.indexOf('。', end) + 1);
		const figure = t.comparator === 'range' ? `${t.value}—${t.valueMax}${t.unit}` : `${t.value}${t.unit}`;
		const quote = source.slice(start, end);
		// The figure and unit stand in the quoted words exactly as written, not as part of a longer number.
		const at = quote.search(new RegExp(`(?<![\\d.—])${figure.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&')}`));
		expect(at, `"${figure}" in "${quote}" (sentence: ${sentence})`).toBeGreaterThanOrEqual(0);
		const before = quote.slice(0, at);
		const after = quote.slice(at + figure.length);
		// The comparator is what the words around the figure say.
		if (t.comparator === '>=') expect(after.startsWith('以上') || /达到?$/.test(before), `${t.id}: 以上 or 达到`).toBe(true);
		if (t.comparator === '>') expect(/(超过|突破)$/.test(before), `${t.id}: 超过 or 突破`).toBe(true);
		if (t.comparator === '=') expect(after.startsWith('以上') || /(达到?|超过|突破)$/.test(before), `${t.id}: a bare figure`).toBe(false);
		if (t.kind === 'growth') expect(quote).toContain('年均');
		if (t.kind === 'percentage') expect(t.unit).toBe('%');
	});

	it('each year is the one the sentence sets before the words, and none is set where the sentence sets none', () => {
		for (const t of targets) {
			const { end } = locate(t);
			const y = yearBefore(source, end);
			if (t.kind === 'recurring') expect(t.year, t.id).toBeNull();
			else expect(t.year, t.id).toBe(y?.year ?? null);
			expect(t.firstHalf, t.id).toBe(y?.firstHalf ?? false);
			expect(t.before, t.id).toBe(y?.before ?? false);
		}
		// Read off the text: a1-m1-i3 ties 2023 to 正式投入运营 only; a1-m1-i2 says 2023 年前 for five.
		const byId = new Map(targets.map((t) => [t.id, t]));
		for (const id of ['phytium-rd-investment', 'phytium-output']) expect(byId.get(id)?.year, id).toBeNull();
		expect(byId.get('phytium-operation')?.year).toBe(2023);
		expect(targets.filter((t) => t.before).map((t) => t.id)).toEqual([
			'aerospace-provincial-key-lab',
			'aerospace-national-key-lab',
			'aerospace-rd-investment',
			'aerospace-cumulative-output',
			'aerospace-innovation-ecosystem',
		]);
	});

	it('marks as 争取目标 exactly the commitments whose words say 争取, 争创 or 力争', () => {
		// Typed from the text: 争取高超飞行器……, 争创国家重点实验室, 争取上级科技项目资金……, 全力争取实施……5项、……50项以上,
		// 力争到2023年，……30名……；……300名…….
		expect(targets.filter((t) => t.strive).map((t) => t.id)).toEqual([
			'hypersonic-industry-base',
			'aerospace-national-key-lab',
			'higher-level-project-funds',
			'major-projects',
			'natural-science-fund-projects',
			'industry-leading-talents',
			'high-level-innovative-talents',
		]);
		for (const t of targets) {
			const { start, end } = locate(t);
			const part = source.slice(Math.max(source.lastIndexOf('，', start - 1), source.lastIndexOf('；', start - 1), source.lastIndexOf('。', start - 1)) + 1, end);
			if (/争取|争创/.test(part)) expect(t.strive, t.id).toBe(true);
		}
	});

	it('has the figures the plan states, as the plan states them', () => {
		// Expected values typed from the official text (二、总体目标 and the actions), not from the content.
		const byId = new Map(targets.map((t) => [t.id, t]));
		const expectTarget = (id: string, want: Partial<Target>) => expect(byId.get(id), id).toMatchObject(want);
		expectTarget('hightech-enterprises', { kind: 'level', value: 500, unit: '家', comparator: '>=', year: 2023 });
		expectTarget('hightech-output-growth', { kind: 'growth', value: 12, unit: '%', comparator: '>=', year: 2023 });
		expectTarget('rd-spending-growth', { kind: 'growth', value: 12, unit: '%', comparator: '>=' });
		expectTarget('new-innovation-platforms', { kind: 'count', value: 25, unit: '家', comparator: '=' });
		expectTarget('technology-contract-value', { kind: 'level', value: 20, unit: '亿元', comparator: '>' });
		expectTarget('phytium-construction-application', { kind: 'milestone', value: null, year: 2022, firstHalf: true });
		expectTarget('science-tour-routes', { kind: 'count', value: 1, valueMax: 2, unit: '条', comparator: 'range', year: null });
		expectTarget('science-info-officers', { value: 10000, unit: '人', comparator: '>=' });
		expectTarget('invention-patents-per-10k', { kind: 'city-average', value: null, comparator: '>', year: 2023 });
		expectTarget('annual-talent-awards', { kind: 'recurring', frequency: 'annual', year: null });
		// Every figure the issue names is the figure of some target, or (where the figure describes what is
		// to be done: 成立 50 亿元规模产业基金, 完成 10 万平米研发中心及 300 亩产业园土地选址) stands in a milestone's quote.
		const figures = new Set(targets.filter((t) => t.value !== null).map((t) => (t.comparator === 'range' ? `${t.value}—${t.valueMax}${t.unit}` : `${t.value}${t.unit}`)));
		for (const f of ['500家', '12%', '25家', '20家', '20亿元', '6家', '50家', '3亿元', '2亿元', '5亿元', '10亿元', '200家', '300家', '5项', '50项', '30名', '300名', '100%', '10000人', '1—2条']) {
			expect(figures.has(f), f).toBe(true);
		}
		const milestoneQuotes = targets.filter((t) => t.kind === 'milestone').map((t) => squash(t.quote));
		for (const f of ['50亿元', '10万平米', '300亩']) {
			expect(figures.has(f), `${f} is not a level`).toBe(false);
			expect(
				milestoneQuotes.some((q) => q.includes(f)),
				f,
			).toBe(true);
		}
		expectTarget('aerospace-rd-centre-site', { kind: 'milestone', value: null, year: 2021 });
		expectTarget('aerospace-industry-fund', { kind: 'milestone', value: null, year: 2021 });
	});

	it('names the owners from the annex: the 牵头单位 of the tasks', () => {
		const cells = annexCells();
		for (const t of targets) {
			expect(t.owners, t.id).toEqual([...new Set(t.tasks.map((n) => squash(cells.get(n)!.lead)))]);
		}
		// 总体目标 and 保障措施 are not in the annex: no owner is invented for them.
		for (const t of targets.filter((x) => x.action === null)) expect(t.owners, t.id).toEqual([]);
	});
});

/** Marks the token positions covered by [start, end) ranges; returns the tokens left uncovered, with context. */
function uncovered(text: string, ranges: Array<[number, number]>): string[] {
	return [...text.matchAll(TOKEN)].filter((m) => !ranges.some(([s, e]) => m.index >= s && m.index < e)).map((m) => `${m[0]} in …${text.slice(Math.max(0, m.index - 15), m.index + m[0].length + 10)}…`);
}

/** The ranges an exclusion covers; checks it occurs exactly `count` times. */
function exclusionRanges(text: string, x: Exclusion, where: string): Array<[number, number]> {
	const ranges: Array<[number, number]> = [];
	if (x.pattern) for (const m of text.matchAll(x.pattern)) ranges.push([m.index, m.index + m[0].length]);
	if (x.text) {
		const s = squash(x.text);
		for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) ranges.push([i, i + s.length]);
	}
	expect(ranges.length, `${where}: exclusion ${x.text ?? x.pattern} (${x.why}) occurs ${ranges.length} times, expected ${x.count}`).toBe(x.count);
	expect(
		ranges.some(([s, e]) => TOKEN.test(text.slice(s, e))),
		`${where}: exclusion ${x.text ?? x.pattern} holds a number`,
	).toBe(true);
	TOKEN.lastIndex = 0;
	return ranges;
}

describe('targets: every quantified or dated commitment of the official text is a target', () => {
	it('accounts for every number in the notice and plan body: a target, the year governing one, or a commented exclusion', () => {
		const ranges: Array<[number, number]> = [];
		for (const t of targets) {
			const { start, end } = locate(t);
			ranges.push([start, end]);
			const y = yearBefore(source, end);
			if (t.year !== null && y) ranges.push([y.index, y.index + 4]);
		}
		for (const x of bodyExclusions) ranges.push(...exclusionRanges(source, x, 'body'));
		expect(uncovered(source, ranges)).toEqual([]);
		// The scan saw the whole text: the tokens the issue lists, among them.
		const tokens = [...source.matchAll(TOKEN)].map((m) => m[0]);
		expect(tokens.length).toBeGreaterThan(80);
		for (const w of ['500', '12', '25', '20', '千亿级', '每年', '全市平均水平', '10000']) expect(tokens).toContain(w);
	});

	it.each([...annexCells().entries()])('accounts for every number in annex task %i', (n, cell) => {
		const text = fullWidth(squash(cell.text));
		const ranges: Array<[number, number]> = [];
		for (const t of targets.filter((x) => x.tasks.includes(n))) {
			const q = fullWidth(squash(t.quote));
			const at = text.indexOf(q);
			expect(at, `target ${t.id}: its quote is in the annex wording of task ${n}`).toBeGreaterThanOrEqual(0);
			ranges.push([at, at + q.length]);
			const y = yearBefore(text, at + q.length);
			if (t.year !== null && y) ranges.push([y.index, y.index + 4]);
		}
		for (const x of annexExclusions.filter((e) => e.task === n)) ranges.push(...exclusionRanges(text, x, `task ${n}`));
		expect(uncovered(text, ranges)).toEqual([]);
	});

	it('a number that no target covers is caught (the check can fail)', () => {
		// Drop the target for 技术合同交易额: its 20 亿元 is then unaccounted for.
		const ranges: Array<[number, number]> = [];
		for (const t of targets.filter((x) => x.id !== 'technology-contract-value')) {
			const { start, end } = locate(t);
			ranges.push([start, end]);
			const y = yearBefore(source, end);
			if (t.year !== null && y) ranges.push([y.index, y.index + 4]);
		}
		for (const x of bodyExclusions) ranges.push(...exclusionRanges(source, x, 'body'));
		expect(uncovered(source, ranges)).toEqual([expect.stringContaining('技术合同交易额突破20亿元')]);
	});
});
