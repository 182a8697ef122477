import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content-reader/read-content.ts';
import { clausesSection, departmentsSection, failedChecks, tasksSection, wordingSection, type QualitySection } from '../../src/quality/quality.ts';
import { buildWordingReport } from '../../src/quality/wording-report.ts';
import { annexCells } from '../helpers/source.ts';

const { content } = readContent(path.resolve('content'), process.cwd());
const wording = buildWordingReport(content);
const base = { ...content, taskCount: content.document.taskCount, wording };
const check = (s: QualitySection, id: string) => s.checks.find((c) => c.id === id)!;

describe('the report on the real content', () => {
	const sections = [tasksSection(base), departmentsSection(base), clausesSection(base), wordingSection(base)];

	it('passes every check', () => {
		expect(failedChecks(sections).map((c) => `${c.id}: ${c.failures.map((f) => f.where).join(', ')}`)).toEqual([]);
		expect(sections.flatMap((s) => s.checks).length).toBeGreaterThanOrEqual(8);
	});

	it('counts the 35 rows of the annex and their departments', () => {
		// The source annex numbers its rows 1–35.
		expect(Math.max(...annexCells().keys())).toBe(35);
		const [tasks, departments] = sections;
		expect(tasks!.counts.find((c) => c.label === '任务')!.value).toBe(35);
		expect(departments!.counts.find((c) => c.label === '单位')!.value).toBe(content.departments.length);
		// Every lead and unit named in the source annex, counted once per row.
		const refs = [...annexCells().values()].reduce((n, c) => n + 1 + (c.units ? c.units.split('、').length : 0), 0);
		expect(departments!.counts.find((c) => c.label.startsWith('任务中的单位名称'))!.value).toBe(refs);
	});

	it('lists the illegible 责任单位 cell of task 10 as the only gap, shown by the site’s own units cell', () => {
		// In the source, row 10 has a 牵头单位 (区科技局) and no 责任单位.
		expect(annexCells().get(10)!.units).toBeUndefined();
		expect(sections.flatMap((s) => s.gaps)).toEqual([{ where: '任务 10 · 责任单位', href: '/tasks/10/', source: '原分解表此栏空缺或无法辨认', shows: { task: 10 } }]);
	});

	it('counts tasks by how their wording compares', () => {
		const counts = Object.fromEntries(sections[3]!.counts.map((c) => [c.label, c.value]));
		expect(counts['文字不同的任务']).toBe(4);
		expect(counts['文字不同的行动、措施标题']).toBe(2);
		expect(counts['写法完全一致的任务']! + counts['仅标点或空格不同的任务']! + counts['文字不同的任务']!).toBe(35);
	});
});

describe('each check fails on broken data, naming what is wrong', () => {
	it('a task pointing at a clause that does not exist, or at one that is not a measure or item', () => {
		const tasks = content.tasks.map((t) => (t.number === 12 ? { ...t, clause: 'a2-m9' } : t.number === 13 ? { ...t, clause: 'a2' } : t));
		const s = tasksSection({ ...base, tasks });
		expect(check(s, 'task-clause').failures.map((f) => [f.where, f.href])).toEqual([
			['任务 12', '/tasks/12/'],
			['任务 13', '/tasks/13/'],
		]);
	});

	it('a missing and a duplicated task number', () => {
		const tasks = content.tasks.filter((t) => t.number !== 7).map((t) => (t.number === 9 ? { ...t, number: 8 } : t));
		const s = tasksSection({ ...base, tasks });
		expect(check(s, 'task-numbers').failures.map((f) => f.where)).toEqual(['序号 7', '序号 8', '序号 9']);
	});

	it('an annex wording that is not in its clause (a wrong clause reference)', () => {
		const bad = buildWordingReport({ ...content, tasks: content.tasks.map((t) => (t.number === 20 ? { ...t, clause: 'a5-m4' } : t)) });
		const s = tasksSection({ ...base, wording: bad });
		expect(check(s, 'task-wording-found').failures.map((f) => f.where)).toEqual(['任务 20']);
	});

	it('two tasks restating the same body sentence', () => {
		const bad = buildWordingReport({ ...content, tasks: content.tasks.map((t) => (t.number === 11 ? { ...t, text: content.tasks.find((x) => x.number === 10)!.text } : t)) });
		expect(check(tasksSection({ ...base, wording: bad }), 'task-spans-disjoint').failures.map((f) => f.where)).toEqual(['任务 10、11']);
	});

	it('a department no task names, and a name not in the department list', () => {
		const departments = [...content.departments, { name: '区测试局', kind: '区直部门' as const, slug: 'qu-ce-shi-ju' }];
		const tasks = content.tasks.map((t) => (t.number === 3 ? { ...t, lead: '区不存在局' } : t));
		const s = departmentsSection({ departments, tasks });
		expect(check(s, 'department-used').failures.map((f) => f.where)).toContain('区测试局');
		expect(check(s, 'department-known').failures).toEqual([{ where: '任务 3', href: '/tasks/3/', message: '牵头单位“区不存在局”不在单位表中' }]);
	});

	it('a measure without any task', () => {
		const bad = buildWordingReport({ ...content, tasks: content.tasks.filter((t) => t.clause !== 'a5-m4') });
		expect(check(clausesSection({ ...base, wording: bad }), 'measure-tasked').failures.map((f) => f.where)).toEqual(['a5-m4']);
	});
});
