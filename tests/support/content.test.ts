import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { readAmount } from '../../src/common/amount.ts';
import { formatProblem, type ContentProblem } from '../../src/content-reader/problems.ts';
import { readContent } from '../../src/content-reader/read-content.ts';
import { clauseBody } from '../../src/support/check.ts';
import { clauseCitation } from '../../src/plan/citation.ts';
import { contentFixture } from '../helpers/fixtures.ts';
import { annexCells, bodyText } from '../helpers/source.ts';

const root = process.cwd();
const { content, problems } = readContent(path.resolve('content'), root);
const source = bodyText().replace(/\s+/g, '');
const fixture = (name: string) => fs.readFileSync(path.join('tests/fixtures/supports', name), 'utf8');

describe('reading amounts', () => {
	it.each([
		['30万元', 300000],
		['10万元', 100000],
		['10 万元', 100000],
		['50 亿元', 5_000_000_000],
		['0.5万元', 5000],
		['1000元', 1000],
	])('%s is %i yuan', (text, value) => {
		expect(readAmount(text)).toEqual({ kind: 'yuan', value });
	});

	it('finds no number where the text states none, and refuses what it cannot read', () => {
		expect(readAmount('按照市级标准给予适当经费支持')).toEqual({ kind: 'none' });
		expect(readAmount('30名')).toMatchObject({ kind: 'unreadable' });
		expect(readAmount('30万元、10万元')).toMatchObject({ kind: 'unreadable' });
	});
});

describe('the real supports collection', () => {
	const supports = content.supports;
	const tasks = annexCells();

	it('loads without problems', () => {
		expect(problems.map(formatProblem)).toEqual([]);
		expect(supports.length).toBeGreaterThan(40);
	});

	it('quotes only the official source: every condition and amount is in the plan as published', () => {
		for (const s of supports) {
			for (const c of s.conditions) expect(source, `${s.id}: ${c}`).toContain(c.replace(/\s+/g, ''));
			if (s.amount) expect(source, `${s.id}: ${s.amount}`).toContain(s.amount.replace(/\s+/g, ''));
		}
	});

	it('names as contact point the 牵头单位 the published annex gives its tasks', () => {
		for (const s of supports) {
			for (const n of s.tasks) expect(tasks.get(n)?.lead, `${s.id}: task ${n}`).toBe(s.lead);
			if (s.tasks.length === 0) expect(s.lead, `${s.id} has no task, so no contact point`).toBeUndefined();
		}
	});

	it('has an amount number exactly where the text states one', () => {
		const withNumbers = supports.filter((s) => s.amountValue !== undefined).map((s) => [s.id, s.amountValue]);
		// a4-m1: “分别给予30万元、10万元的奖励”; “给予特派员和派驻单位10万元经费补助”. No other sum is given to anyone.
		expect(withNumbers).toEqual([
			['leading-talent-reward', 300000],
			['innovative-talent-reward', 100000],
			['commissioner-subsidy', 100000],
		]);
	});

	it('cites each clause in words a reader finds on /plan/', () => {
		const actions = content.actions.map((a, i) => ({ ...a, id: String(i + 1) }));
		expect(clauseCitation('a4-m1', actions, content.clauses)).toBe('（四）实施科技人才领跑行动 1. 构建科技人才培养体系。');
		expect(clauseCitation('a1-m2-i1', actions, content.clauses)).toBe('（一）实施高水平科技创新载体建设行动 2. 支持科技创新平台建设。 第1项');
		expect(clauseCitation('safeguards-2', actions, content.clauses)).toBe('四、保障措施 （二）强化要素保障。');
		for (const s of supports) expect(() => clauseCitation(s.clause, actions, content.clauses)).not.toThrow();
	});

	/**
	 * Completeness: every sentence of the measures (and of 四、保障措施) that speaks of giving something
	 * holds a quoted condition of some measure citing that clause, or is listed here with the reason it
	 * gives no one anything.
	 */
	const notSupports: Array<[clause: string, sentenceStart: string, reason: string]> = [
		['a1-m1-i1', '到 2023 年，引进省级以上创新平台', 'targets of the park'],
		['a1-m1-i2', '2021 年加快运营“航天之星”创新研究院', 'the 航天之星 project itself; its 50 亿元 fund is a fund size, and the text names no beneficiary'],
		['a1-m1-i2', '2023 年前建成省级重点实验室', 'targets'],
		['a1-m1-i3', '③培育一条链。', 'the item heading'],
		['a2-m1', '培育以科技型中小企业、高新技术企业', 'the frame of the ladder; its steps are measures of their own'],
		['a2-m2', '依托国防科技大学、长沙学院', 'targets for projects the district competes for'],
		['a5-m2', '进一步完善科技政策体系，提高科技奖励的范围和强度', 'an intention with no measure'],
		['safeguards-1', '研究全区科技创新重大改革措施', 'the committee’s remit'],
	];
	const giving = /奖励|奖补|补助|配套|加计扣除|资金池|保险|上市|基金|贷款|融资|一事一议|经费支持|激励|优惠|支持|孵化|平台|服务|培育|扶持/;

	it('leaves out no measure that gives something', () => {
		const uncovered: string[] = [];
		const leaves = content.clauses.filter((c) => ['measure', 'item', 'clause'].includes(c.kind) && !content.clauses.some((x) => x.parent === c.id && x.kind === 'item'));
		for (const c of leaves) {
			const conditions = content.supports.filter((s) => s.clause === c.id).flatMap((s) => s.conditions);
			for (const sentence of clauseBody(c).split(/(?<=[。；])/)) {
				if (!giving.test(sentence) || conditions.some((q) => sentence.includes(q))) continue;
				if (notSupports.some(([id, start]) => id === c.id && sentence.startsWith(start))) continue;
				uncovered.push(`${c.id}: ${sentence}`);
			}
		}
		expect(uncovered).toEqual([]);
		// Each listed exception is a sentence of the text.
		for (const [id, start] of notSupports) expect(clauseBody(content.clauses.find((c) => c.id === id)!), start).toContain(start);
	});
});

describe('bad input in content/supports.yaml is reported with file, entry and field', () => {
	const check = (name: string) => {
		const dir = contentFixture({ 'supports.yaml': () => fixture(name) });
		const file = path.relative(root, path.join(dir, 'supports.yaml')).split(path.sep).join('/');
		return { file, problems: readContent(dir, root).problems };
	};
	const expectOnly = (got: { file: string; problems: ContentProblem[] }, field: string, message: RegExp) => {
		const mine = got.problems.filter((p) => p.file === got.file);
		expect(mine.map(formatProblem)).toHaveLength(1);
		expect(mine[0]).toMatchObject({ entry: 'support leading-talent-reward', field });
		expect(mine[0]!.message).toMatch(message);
		// Nothing else in the content is affected.
		expect(got.problems.filter((p) => p.file !== got.file)).toEqual([]);
	};

	it('the fixture the bad ones are made from is valid', () => {
		const { problems } = check('valid.yaml');
		expect(problems.map(formatProblem)).toEqual([]);
	});

	it('an unknown audience', () => expectOnly(check('unknown-audience.yaml'), 'audiences[0]', /unknown audience; use one of .*产业领军人才/));
	it('an unknown industry', () => expectOnly(check('unknown-industry.yaml'), 'industries[7]', /unknown industry/));
	it('an unknown department', () => expectOnly(check('unknown-department.yaml'), 'lead', /unknown department "区人才办"/));
	it('a lead that is not the 牵头单位 of the tasks', () => expectOnly(check('lead-not-task-lead.yaml'), 'lead', /"区科技局" is not the 牵头单位 of the tasks \(task 23: 区委人才办\)/));
	it('an amount number that disagrees with its text', () => expectOnly(check('amount-disagrees.yaml'), 'amountValue', /30000 disagrees with the amount text "30万元" \(= 300000/));
	it('an amount that is not in the clause', () => expectOnly(check('amount-not-in-clause.yaml'), 'amount', /"50万元" is not in the text of clause "a4-m1"/));
	it('a condition that is not copied from the clause', () => expectOnly(check('condition-not-quoted.yaml'), 'conditions[0]', /is not in the text of clause "a4-m1"/));
	it('an audience the quoted conditions do not name', () => expectOnly(check('audience-not-named.yaml'), 'audiences[0]', /"科技人才" is not named in the quoted conditions/));
	it('a kind the quoted conditions do not state', () => expectOnly(check('kind-not-stated.yaml'), 'kind', /the quoted conditions do not state 奖励/));
	it('a reward the clause only says it will explore', () => {
		const got = check('reward-only-explored.yaml');
		expect(got.problems.map(formatProblem)).toEqual([
			`${got.file} › support technology-transfer-reward › kind: the conditions only say the district will explore it (“探索建立对技术转化交易的转让方、承接方、中介机构以及从事技术转移转化相关工作人员等交易主体的奖励机制”): that promises no 奖励 yet; use 探索中的政策`,
		]);
	});
	it('an audience named only as the one who provides', () => {
		const got = check('audience-only-provider.yaml');
		expect(got.problems.map(formatProblem)).toEqual([
			`${got.file} › support talent-financial-services › audiences[2]: the conditions name "金融机构" only as the one who provides (“金融机构为……”), not as a beneficiary`,
		]);
	});
	it('a clause that does not exist', () => {
		const got = check('missing-clause.yaml');
		const mine = got.problems.filter((p) => p.file === got.file);
		expect(mine.find((p) => p.field === 'clause')).toMatchObject({ entry: 'support leading-talent-reward', message: 'no clause "a4-m3" in the official text (content/plan/)' });
		// The task restates a4-m1, so it is reported too.
		expect(mine.find((p) => p.field === 'tasks[0]')?.message).toMatch(/task 23 restates clause "a4-m1", not "a4-m3"/);
	});

	it('a file that is not a list, and entries without an id', () => {
		const dir = contentFixture({ 'supports.yaml': () => 'id: x\n' });
		const p = readContent(dir, root).problems;
		expect(p.map((x) => x.message)).toContain('must be a list of support measures');
		const dir2 = contentFixture({ 'supports.yaml': () => '- title: 无编号\n' });
		expect(readContent(dir2, root).problems.find((x) => x.entry === 'entry 1' && x.field === 'id')?.message).toMatch(/required/);
	});
});
