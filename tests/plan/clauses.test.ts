import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readContent } from '../../src/content-reader/read-content.ts';
import { clauseText } from '../../src/plan/clauses.ts';
import { splitMainGoals } from '../../src/plan/goals.ts';
import { planStatus } from '../../src/plan/period.ts';
import { firstSentence } from '../../src/common/text.ts';
import { actionOfTask, rolesByAction, rolesOf } from '../../src/tasks/roles.ts';
import { slugFromName } from '../../src/common/slug.ts';
import { bodyText, sourceLines, squashLine } from '../helpers/source.ts';

const { content } = readContent(path.resolve('content'), process.cwd());
const source = bodyText().replace(/\s+/g, '');

describe('clause index', () => {
	const byId = new Map(content.clauses.map((c) => [c.id, c]));

	it('quotes each ①–④ item and measure exactly as the source prints it', () => {
		const text = (id: string) => clauseText(byId.get(id)!).replace(/\s+/g, '');
		// Each measure's, item's and paragraph's text (title + body) occurs in the official text as one run.
		const leaves = content.clauses.filter((c) => ['measure', 'item', 'paragraph', 'clause'].includes(c.kind));
		expect(leaves.length).toBeGreaterThan(25);
		for (const c of leaves) expect(source.includes(clauseText(c).replace(/\s+/g, '')), c.id).toBe(true);
		expect(text('a1-m1-i4').startsWith('④争创一个国家大科学装置。')).toBe(true);
		expect(text('a2-m2').startsWith('2.实施科技项目攻关。积极支持和引导企业')).toBe(true);
		expect(text('reward-scope')).toBe(squashLine('本方案中的奖励对象仅限于开福区内的企业单位'));
	});

	it('lists the plan in reading order with the expected anchors', () => {
		const ids = content.clauses.map((c) => c.id);
		expect(ids.slice(0, 4)).toEqual(['notice', 'plan-title', 'preamble', 'guiding']);
		expect(ids.indexOf('a1')).toBeLessThan(ids.indexOf('a1-m1'));
		expect(ids.indexOf('a5-m4')).toBeLessThan(ids.indexOf('safeguards'));
		expect(ids.at(-1)).toBe('annex-title');
		expect(content.clauses.filter((c) => c.kind === 'measure')).toHaveLength(15);
		expect(content.clauses.filter((c) => c.kind === 'action').map((c) => c.title)).toEqual(sourceLines().filter((l) => /^（[一二三四五]）实施[^\t]*$/.test(l)));
	});
});

describe('document metadata', () => {
	it('each value appears in the official text', () => {
		const d = content.document;
		for (const v of [d.title, d.number, ...d.issuers, d.dateText, d.basis]) expect(source, v).toContain(v.replace(/\s+/g, ''));
		expect(d.date.toISOString().slice(0, 10)).toBe('2021-09-13');
		expect(source).toContain(`（${d.periodStart}—${d.periodEnd}年）`);
	});
});

describe('helpers', () => {
	it('splits 主要工作目标 into its six goals, each an exact part of the sentence', () => {
		const sentence = content.clauses.find((c) => c.id === 'goals-main')!.paragraphs[0]!;
		const { lead, goals } = splitMainGoals(sentence);
		expect(lead).toBe('到 2023 年');
		expect(goals).toEqual([
			'全区高新技术企业达 500 家以上',
			'高新技术产业总产值年均增速达到 12%',
			'全社会研究与试验发展（R&D）经费投入年均增长 12%以上',
			'新增市级以上科技创新平台 25 家',
			'新增市级以上双创孵化平台 20 家',
			'技术合同交易额突破 20 亿元',
		]);
		for (const g of goals) expect(sentence).toContain(g);
	});

	it('computes the plan status from the date', () => {
		expect(planStatus(2021, 2023, new Date('2020-12-31T12:00:00'))).toBe('not-started');
		expect(planStatus(2021, 2023, new Date('2021-09-13T12:00:00'))).toBe('in-force');
		expect(planStatus(2021, 2023, new Date('2023-12-31T12:00:00'))).toBe('in-force');
		expect(planStatus(2021, 2023, new Date('2024-01-01T12:00:00'))).toBe('ended');
	});

	it('shortens a text to its first sentence, marking any cut', () => {
		expect(firstSentence('重点支持湖南创新医疗器械产业孵化与成果转化中心建设。')).toBe('重点支持湖南创新医疗器械产业孵化与成果转化中心建设。');
		expect(firstSentence('甲乙丙。丁戊。')).toBe('甲乙丙……');
		expect(firstSentence('一二三四五六七八九十', 4)).toBe('一二三四……');
	});

	it('finds who leads and supports what', () => {
		const tasks = content.tasks;
		expect(actionOfTask({ clause: 'a3-m2' })).toBe('3');
		// From the annex: 区委人才办 leads tasks 23, 25, 26, 27 and supports none.
		expect(rolesOf('区委人才办', tasks)).toEqual({ leads: [23, 25, 26, 27], supports: [] });
		// 区税务局 is a responsible unit of task 14 only.
		expect(rolesOf('区税务局', tasks)).toEqual({ leads: [], supports: [14] });
		expect(rolesByAction('区科协', tasks).get('3')).toEqual({ leads: [], supports: [15] });
		expect(rolesByAction('区科协', tasks).get('5')).toEqual({ leads: [35], supports: [] });
	});

	it('makes slugs from pinyin', () => {
		expect(slugFromName('马栏山视频文创产业园')).toBe('ma-lan-shan-shi-pin-wen-chuang-chan-ye-yuan');
		expect(slugFromName('区城投集团')).toBe('qu-cheng-tou-ji-tuan');
		expect(slugFromName('5G高新视频')).toBe('5g-gao-xin-shi-pin');
	});
});
