/**
 * Numbers (and the words 每年, 千亿级, 全市平均水平) in the official text that are NOT commitments, so
 * no target stands for them. The coverage test in targets.test.ts fails on any other such token
 * that no target accounts for, and on any entry here that no longer matches `count` times.
 * Keep every entry commented: why is this number not a target?
 */

export interface Exclusion {
	/** Exact text (spaces aside) around the number(s). */
	text?: string;
	/** Or a pattern, for structural numbering. */
	pattern?: RegExp;
	/** How many times it occurs; a change in the text makes the test fail until this list is reviewed. */
	count: number;
	why: string;
}

/** In the notice and the plan body (masthead to the annex title). */
export const bodyExclusions: Exclusion[] = [
	{ text: '开发〔2021〕17号', count: 1, why: 'the document number of this plan' },
	{ text: '2021年9月13日', count: 1, why: 'the date of issue' },
	{ text: '（2021—2023年）', count: 4, why: 'the plan period in the titles of this plan (notice, heading, annex title) and of the city plan it implements' },
	{ text: '(2021—2023年)', count: 1, why: 'the same period in the notice title, printed with half-width brackets' },
	{ text: '长发〔2021〕21号', count: 1, why: 'the number of the city document this plan implements' },
	{ pattern: /\d\.(?=[\u4e00-\u9fff])/g, count: 15, why: 'the numbering of the 15 measure headings (1. 推进“四大”重点工程 …), not a quantity' },
	{ text: '5G通讯', count: 1, why: 'the name of a technology (5G)' },
	{ text: '5G高新视频', count: 1, why: 'part of the name of a laboratory (5G高新视频多场景应用国家广电总局重点实验室)' },
	{ text: '三类500强企业', count: 1, why: 'a class of enterprises to attract (500 强), not a number to reach' },
	{ text: '分别给予30万元、10万元的奖励', count: 1, why: 'reward per recognised person: a support standard of the policy, not a target to reach' },
	{ text: '10万元经费补助', count: 1, why: 'subsidy per 特派员 project: a support standard, not a target to reach' },
];

/** In the annex rows (the 具体任务 cells), by task number. */
export const annexExclusions: Array<Exclusion & { task: number }> = [
	{ task: 1, text: '5G通讯', count: 1, why: 'the name of a technology (5G)' },
	{ task: 6, text: '5G高新视频', count: 1, why: 'part of the name of a laboratory' },
	{ task: 8, text: '三类500强企业', count: 1, why: 'a class of enterprises, not a number to reach' },
	{ task: 23, text: '分别给予30万元、10万元的奖励', count: 1, why: 'reward per recognised person: a support standard' },
	{ task: 24, text: '10万元经费补助', count: 1, why: 'subsidy per project: a support standard' },
];
