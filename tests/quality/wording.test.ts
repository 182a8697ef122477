import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content-reader/read-content.ts';
import { annexSide, bodySide, changesInContext, compareWithClause, compareWording, describeMinorGroup, groupMinor, wordsOnly, type ChangeChunk } from '../../src/quality/wording.ts';
import { buildWordingReport, overlappingSpans } from '../../src/quality/wording-report.ts';
import { annexCells, bodyText, repairedSource, sourceLines } from '../helpers/source.ts';

/** The word changes of a comparison as [body, annex] pairs. */
const pairs = (changes: readonly ChangeChunk[]) => changes.map((c) => [c.body, c.annex]);

/** The official body line of a measure, e.g. measureLine('2. 支持科技创新平台建设') within action （一）. */
function measureLine(actionNumeral: string, measurePrefix: string): string {
	const lines = sourceLines();
	const start = lines.findIndex((l) => l.startsWith(`（${actionNumeral}）`));
	const line = lines.slice(start).find((l) => l.startsWith(measurePrefix));
	if (!line) throw new Error(`no line ${measurePrefix} in action ${actionNumeral}`);
	// The run-in heading ("2. 支持科技创新平台建设。") is a title, not part of what the annex restates.
	return line.slice(line.indexOf('。') + 1);
}

const cells = annexCells();
const annex = (n: number) => cells.get(n)!.text;

describe('synthetic cases', () => {
	it('calls two equal strings identical and marks nothing', () => {
		const c = compareWording('加强科技政策宣传', '加强科技政策宣传');
		expect(c.kind).toBe('identical');
		expect(c.wordChanges).toEqual([]);
		expect(c.minorChanges).toEqual([]);
	});

	it('finds an inserted word', () => {
		const c = compareWording('支持企业发展。', '大力支持企业发展。');
		expect(c.kind).toBe('words');
		expect(pairs(c.wordChanges)).toEqual([['', '大力']]);
	});

	it('finds a deleted word, with its enumeration comma', () => {
		const c = compareWording('推进人工智能、大数据、云计算等领域', '推进人工智能、云计算等领域');
		expect(c.kind).toBe('words');
		expect(c.wordChanges).toHaveLength(1);
		expect(wordsOnly(c.wordChanges[0]!.body)).toBe('大数据');
		expect(c.wordChanges[0]!.annex).toBe('');
	});

	it('finds a replaced word and widens a one-character change to the whole word', () => {
		// A character diff alone would report 发 → 究 (研 is shared).
		const c = compareWording('提升企业研发水平', '提升企业研究水平');
		expect(pairs(c.wordChanges)).toEqual([['研发', '研究']]);
	});

	it('calls a change of punctuation or spacing alone "punctuation", counts it and marks no word', () => {
		const c = compareWording('到 2023 年，引进平台 6 家。', '到2023年,引进平台6家。');
		expect(c.kind).toBe('punctuation');
		expect(c.wordChanges).toEqual([]);
		// Four spaces gone and one full-width comma written half-width.
		expect(c.minorChanges).toHaveLength(5);
		expect(groupMinor(c.minorChanges).map(describeMinorGroup)).toEqual(['正文有空格、分解表无', '正文作“，”（全角）、分解表作“,”（半角）']);
	});

	it('compares a restatement of part of a clause with that part only (partial span)', () => {
		const body = '加强部门间沟通，利用企业集中培训等时机开展科技政策宣传。充分发挥政策服务平台作用，提升科技政策服务的精准度。';
		const c = compareWithClause(body, '充分发挥政策服务平台作用，提升科技政策服务的精准度。');
		expect(body.slice(c.span.start, c.span.end)).toBe('充分发挥政策服务平台作用，提升科技政策服务的精准度。');
		expect(c.kind).toBe('identical');
		expect(c.similarity).toBe(1);
	});

	it('finds a word change inside a partial span, cut at a comma in mid-sentence', () => {
		const body = '重点支持甲中心建设，支持乙院建立转化中心。鼓励企业合作。';
		const c = compareWithClause(body, '重点支持乙院建立转化中心。');
		expect(body.slice(c.span.start, c.span.end)).toBe('支持乙院建立转化中心。');
		expect(pairs(c.wordChanges)).toEqual([['', '重点']]);
	});

	it('compares a restatement that joins two items with both, the item number between them aside', () => {
		const body = '①甲园区建设平台。②乙园区引进人才。③丙园区开展服务。';
		const c = compareWithClause(body, '甲园区建设平台。乙园区引进人才。');
		expect(body.slice(c.span.start, c.span.end)).toBe('甲园区建设平台。②乙园区引进人才。');
		expect(c.kind).toBe('punctuation');
		expect(groupMinor(c.minorChanges).map(describeMinorGroup)).toEqual(['正文有条目序号②、分解表无']);
	});

	it('always rebuilds each side exactly from the chunks', () => {
		for (const [a, b] of [
			['湖南极盛制造产业园', '湖南极端制造产业园'],
			['到 2023 年，引进', '到2023年,引进'],
			['', '新增'],
			['删去', ''],
		] as const) {
			const c = compareWording(a, b);
			expect(bodySide(c.chunks)).toBe(a);
			expect(annexSide(c.chunks)).toBe(b);
		}
	});
});

describe('the five known differences, on the official text (reference/official-source.txt)', () => {
	it('task 5: the body names 湖南极盛制造产业园 where the annex has 湖南极端制造产业园', () => {
		const body = measureLine('一', '2. ');
		expect(body).toContain('湖南极盛制造产业园');
		expect(annex(5)).toContain('湖南极端制造产业园');
		const c = compareWithClause(body, annex(5));
		expect(c.kind).toBe('words');
		expect(pairs(c.wordChanges)).toEqual([['极盛', '极端']]);
		// The annex restates item ① only; the comparison is with that item, not with the whole measure.
		expect(body.slice(c.span.start, c.span.end).startsWith('围绕区域主导产业')).toBe(true);
		expect(body.slice(c.span.start, c.span.end).endsWith('申报国家级科技企业孵化器。')).toBe(true);
	});

	it('task 6: the body lists 区块链 among the platform fields and 国家 among the levels; the annex does not', () => {
		const c = compareWithClause(measureLine('一', '2. '), annex(6));
		expect(c.kind).toBe('words');
		expect(c.wordChanges.map((w) => [wordsOnly(w.body), w.annex])).toEqual([
			['区块链', ''],
			['国家', ''],
		]);
	});

	it('task 8: the body says 市级以上新型研发机构 where the annex says 省、市级', () => {
		const c = compareWithClause(measureLine('一', '3. '), annex(8));
		expect(c.kind).toBe('words');
		expect(pairs(c.wordChanges)).toEqual([['市级以上', '省、市级']]);
		// Besides that, only spacing differs (三类 500 强 / 三类500强).
		expect(c.minorChanges.every((m) => /^\s+$/.test(m.body) && m.annex === '')).toBe(true);
	});

	it('action three: the body is 科技成果转移转化 where the annex says 转化转移', () => {
		const src = repairedSource();
		const bodyTitle = /^（三）(.+)$/m.exec(bodyText())![1]!;
		const annexTitle = /\(三\) (\S+)/.exec(src.slice(src.indexOf('重点任务\t序号')))![1]!;
		expect(bodyTitle).toBe('实施科技成果转移转化行动');
		const c = compareWording(bodyTitle, annexTitle);
		expect(c.kind).toBe('words');
		expect(pairs(c.wordChanges)).toEqual([['转移转化', '转化转移']]);
	});

	it('talent measure: the body is 培养体系 where the annex says 培育体系', () => {
		const bodyTitle = /^1\. (构建科技人才\S+?)。/m.exec(bodyText())![1]!;
		const src = repairedSource();
		const annexTitle = /1\. (构建科技人才\S+)\t/.exec(src.slice(src.indexOf('重点任务\t序号')))![1]!;
		const c = compareWording(bodyTitle, annexTitle);
		expect(pairs(c.wordChanges)).toEqual([['培养', '培育']]);
	});
});

describe('the report over the real content', () => {
	const { content } = readContent(path.resolve('content'), process.cwd());
	const report = buildWordingReport(content);
	const task = (n: number) => report.tasks.find((t) => t.number === n)!;

	it('finds the known differences in the content as in the source', () => {
		expect(pairs(task(5).comparison.wordChanges)).toEqual([['极盛', '极端']]);
		expect(task(6).comparison.wordChanges.map((w) => wordsOnly(w.body))).toEqual(['区块链', '国家']);
		expect(pairs(task(8).comparison.wordChanges)).toEqual([['市级以上', '省、市级']]);
		const titles = report.titles.filter((t) => t.comparison.kind !== 'identical');
		expect(titles.map((t) => [t.anchor, pairs(t.comparison.wordChanges)])).toEqual([
			['a3', [['转移转化', '转化转移']]],
			['a4-m1', [['培养', '培育']]],
		]);
	});

	it('finds word differences in tasks 5, 6, 8 and 17 only', () => {
		// Task 17: the body reads "…成果转化中心建设，支持航天一院依托现有平台…"; the annex row begins "重点支持航天一院".
		expect(pairs(task(17).comparison.wordChanges)).toEqual([['', '重点']]);
		expect(report.tasks.filter((t) => t.comparison.kind === 'words').map((t) => t.number)).toEqual([5, 6, 8, 17]);
	});

	it('reports no false difference: a row found verbatim in the official body is identical, one that differs only in punctuation is not "words"', () => {
		const body = bodyText().replace(/\n/g, '');
		let verbatim = 0;
		for (const [n, cell] of cells) {
			const kind = task(n).comparison.kind;
			if (body.includes(cell.text)) {
				verbatim++;
				expect(kind, `task ${n}`).toBe('identical');
				expect(
					task(n).comparison.chunks.every((c) => c.type === 'same'),
					`task ${n}`,
				).toBe(true);
			} else if (wordsOnly(body).includes(wordsOnly(cell.text))) {
				expect(kind, `task ${n}`).toBe('punctuation');
				expect(task(n).comparison.wordChanges, `task ${n}`).toEqual([]);
			}
		}
		// Most rows repeat the body word for word (a guard against a vacuous loop).
		expect(verbatim).toBeGreaterThan(20);
	});

	it('compares tasks 9–11 (clause a2-m1) and 15–18 (a3-m1) with consecutive, disjoint parts of their clause', () => {
		for (const group of [
			[9, 10, 11],
			[15, 16, 17, 18],
		]) {
			const spans = group.map((n) => task(n).comparison.span);
			spans.forEach((s, i) => i > 0 && expect(s.start).toBe(spans[i - 1]!.end));
			expect(spans[0]!.start).toBe(0);
			expect(spans.at(-1)!.end).toBe(task(group[0]!).comparison.bodyText.length);
			for (const n of group) expect(task(n).partial).toBe(true);
		}
		expect(overlappingSpans(report.tasks)).toEqual([]);
	});

	it('lists the body text no annex row restates: the run-in item titles of measure a1-m1 and 扎实开展科技保险工作', () => {
		expect(report.uncovered.map((u) => [u.clause, u.text])).toEqual([
			['a1-m1-i1', '①建好一个园。'],
			['a1-m1-i2', '②推进一个院。'],
			['a1-m1-i3', '③培育一条链。'],
			['a1-m1-i4', '④争创一个国家大科学装置。'],
			['a5-m3', '扎实开展科技保险工作。'],
		]);
		// And the source agrees: the body has the sentence, no annex row does.
		expect(bodyText()).toContain('扎实开展科技保险工作。');
		expect([...cells.values()].some((c) => c.text.includes('科技保险工作'))).toBe(false);
	});

	it('quotes each change with context taken from its own source', () => {
		const [ctx] = changesInContext(task(5).comparison.chunks, 4);
		expect(ctx!.body.before + ctx!.body.changed + ctx!.body.after).toBe('支持湖南极盛制造产业');
		expect(ctx!.annex.before + ctx!.annex.changed + ctx!.annex.after).toBe('支持湖南极端制造产业');
		expect(annex(5)).toContain(ctx!.annex.before + ctx!.annex.changed + ctx!.annex.after);
	});
});
