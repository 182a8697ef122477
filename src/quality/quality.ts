/**
 * The data-quality report (/data/quality/): counts and cross-reference checks over the content,
 * computed at build time. The report is a list of sections, one per collection or concern; each
 * section is built by one pure function from plain data, and the page renders any section the same
 * way (src/quality/QualitySection.astro).
 *
 * Adding a collection (targets, supports, …) is one builder here plus one entry in the page:
 *
 *   export function targetsSection(input: { targets: readonly Target[]; tasks: readonly Task[] }): QualitySection {
 *     const tasks = new Set(input.tasks.map((t) => t.number));
 *     return {
 *       id: 'targets', heading: '目标', gaps: [],
 *       counts: [{ label: '目标', value: input.targets.length }],
 *       checks: [referenceCheck({ id: 'target-task', label: '每个目标所指的任务都存在', items: input.targets,
 *         refs: (t) => t.tasks, exists: (n) => tasks.has(n), where: (t) => `目标 ${t.id}`, message: (n) => `没有任务 ${n}` })],
 *     };
 *   }
 *
 * and in src/pages/data/quality.astro: `targets: (await getTargets()).map((t) => t.data)` in `input`,
 * `targetsSection(input)` in `sections`.
 */
import type { Action } from '../schemas/action.ts';
import type { Department } from '../schemas/department.ts';
import type { Task } from '../schemas/task.ts';
import { departmentKinds } from '../schemas/department.ts';
import { parseAnchor } from '../plan/anchors.ts';
import { overlappingSpans, type WordingReport } from './wording-report.ts';

/** A number shown in a section's summary. */
export interface QualityCount {
	label: string;
	value: number;
	/** Optional breakdown, e.g. by kind. */
	detail?: string;
}

/** One thing a check found wrong, located so that an editor can find it. */
export interface QualityFinding {
	/** Where: e.g. 任务 12. */
	where: string;
	/** A page of the site showing it, if any. */
	href?: string;
	message: string;
}

/** One cross-reference check: how many things it checked and which of them failed. */
export interface QualityCheck {
	id: string;
	/** What is checked, as a sentence. */
	label: string;
	/** How many references or entries were checked. */
	checked: number;
	failures: QualityFinding[];
}

/** A cell of the source that is empty or illegible, and what the site shows in its place. */
export interface QualityGap {
	where: string;
	href?: string;
	/** The state of the cell in the source. */
	source: string;
	/** What the site shows instead: a task's 责任单位 cell (rendered by the site's own component) or a text. */
	shows: { task: number } | { text: string };
}

export interface QualitySection {
	/** ASCII id, used as the section's anchor. */
	id: string;
	heading: string;
	counts: QualityCount[];
	checks: QualityCheck[];
	gaps: QualityGap[];
}

/** Whether a report has any failed check. */
export function failedChecks(sections: readonly QualitySection[]): QualityCheck[] {
	return sections.flatMap((s) => s.checks.filter((c) => c.failures.length > 0));
}

const taskHref = (n: number) => `/tasks/${n}/`;

/**
 * The common cross-reference check: every reference of every item must resolve. One failure per
 * reference that does not, located by `where` (and `href`, if the item has a page).
 */
export function referenceCheck<T, R>(spec: {
	id: string;
	label: string;
	items: readonly T[];
	refs: (item: T) => readonly R[];
	exists: (ref: R) => boolean;
	where: (item: T) => string;
	href?: (item: T) => string;
	message: (ref: R, item: T) => string;
}): QualityCheck {
	let checked = 0;
	const failures: QualityFinding[] = [];
	for (const item of spec.items) {
		for (const ref of spec.refs(item)) {
			checked++;
			if (!spec.exists(ref)) failures.push({ where: spec.where(item), ...(spec.href ? { href: spec.href(item) } : {}), message: spec.message(ref, item) });
		}
	}
	return { id: spec.id, label: spec.label, checked, failures };
}

/** The minimum similarity at which a task's annex wording counts as found in its clause. */
export const SIMILARITY_FLOOR = 0.8;

/** Tasks: the annex rows, their numbering, their clause references and their alignment to the body. */
export function tasksSection(input: {
	tasks: readonly Task[];
	taskCount: number;
	clauses: ReadonlyArray<{ id: string; kind: string }>;
	actions: readonly Action[];
	wording: WordingReport;
}): QualitySection {
	const { tasks, taskCount, actions, wording } = input;
	const kinds = new Map(input.clauses.map((c) => [c.id, c.kind]));
	const numbers = tasks.map((t) => t.number);

	const numbering: QualityFinding[] = [];
	for (let n = 1; n <= taskCount; n++) {
		const count = numbers.filter((x) => x === n).length;
		if (count === 0) numbering.push({ where: `序号 ${n}`, message: '缺少此序号的任务' });
		if (count > 1) numbering.push({ where: `序号 ${n}`, message: `此序号出现 ${count} 次` });
	}
	for (const n of numbers) if (n < 1 || n > taskCount) numbering.push({ where: `序号 ${n}`, href: taskHref(n), message: `超出附件的 ${taskCount} 行` });

	const clauseRefs: QualityFinding[] = [];
	for (const t of tasks) {
		const kind = kinds.get(t.clause);
		const ref = parseAnchor(t.clause);
		if (!kind) clauseRefs.push({ where: `任务 ${t.number}`, href: taskHref(t.number), message: `正文中没有条款 ${t.clause}` });
		else if (kind !== 'measure' && kind !== 'item') clauseRefs.push({ where: `任务 ${t.number}`, href: taskHref(t.number), message: `${t.clause} 不是措施或条目` });
		else if (!ref || !actions.some((a) => a.id === ref.action && ref.measure <= a.measures.length))
			clauseRefs.push({ where: `任务 ${t.number}`, href: taskHref(t.number), message: `${t.clause} 不属于任何行动的措施` });
	}

	const found: QualityFinding[] = wording.tasks
		.filter((t) => t.comparison.similarity < SIMILARITY_FLOOR)
		.map((t) => ({
			where: `任务 ${t.number}`,
			href: taskHref(t.number),
			message: `分解表文字与条款 ${t.clause} 中最接近的语句相似度仅 ${Math.round(t.comparison.similarity * 100)}%，所指条款可能有误`,
		}));

	const overlaps: QualityFinding[] = overlappingSpans(wording.tasks).map(([a, b]) => ({ where: `任务 ${a}、${b}`, href: taskHref(a), message: '两项任务对应正文中的同一语句' }));

	const unitsGaps: QualityGap[] = tasks
		.filter((t) => t.unitsInSource === 'not-legible')
		.map((t) => ({ where: `任务 ${t.number} · 责任单位`, href: taskHref(t.number), source: '原分解表此栏空缺或无法辨认', shows: { task: t.number } }));

	return {
		id: 'tasks',
		heading: '重点任务（附件分解表）',
		counts: [
			{ label: '任务', value: tasks.length, detail: `附件分解表共 ${taskCount} 行` },
			{ label: '所对应的正文条款', value: new Set(tasks.map((t) => t.clause)).size },
			{ label: '只对应条款中部分语句的任务', value: wording.tasks.filter((t) => t.partial).length },
		],
		checks: [
			{ id: 'task-numbers', label: `任务序号从 1 到 ${taskCount} 连续、无重复`, checked: taskCount, failures: numbering },
			{ id: 'task-clause', label: '每项任务所指的正文条款存在，且是某一行动下的措施或条目', checked: tasks.length, failures: clauseRefs },
			{ id: 'task-wording-found', label: `每项任务的分解表文字都能在所指条款中找到对应语句（相似度不低于 ${Math.round(SIMILARITY_FLOOR * 100)}%）`, checked: wording.tasks.length, failures: found },
			{ id: 'task-spans-disjoint', label: '同一条款下各项任务对应的正文语句互不重叠', checked: wording.tasks.length, failures: overlaps },
		],
		gaps: unitsGaps,
	};
}

/** Departments: every name a task uses is listed, and every listed unit is used. */
export function departmentsSection(input: { departments: readonly Department[]; tasks: readonly Task[] }): QualitySection {
	const { departments, tasks } = input;
	const names = new Set(departments.map((d) => d.name));
	const refsOf = (t: Task) => [{ name: t.lead, role: '牵头单位' }, ...t.units.map((u) => ({ name: u, role: '责任单位' }))];
	const known = referenceCheck({
		id: 'department-known',
		label: '任务中的每个牵头单位、责任单位都在单位表中',
		items: tasks,
		refs: refsOf,
		exists: (r) => names.has(r.name),
		where: (t) => `任务 ${t.number}`,
		href: (t) => taskHref(t.number),
		message: (r) => `${r.role}“${r.name}”不在单位表中`,
	});
	const refs = tasks.flatMap(refsOf);
	const used = new Set(refs.map((r) => r.name));
	const unused: QualityFinding[] = departments.filter((d) => !used.has(d.name)).map((d) => ({ where: d.name, href: `/departments/${d.slug}/`, message: '没有任何任务列出此单位' }));
	const byKind = departmentKinds
		.map((k) => [k, departments.filter((d) => d.kind === k).length] as const)
		.filter(([, n]) => n > 0)
		.map(([k, n]) => `${k} ${n}`)
		.join('，');
	return {
		id: 'departments',
		heading: '牵头单位和责任单位',
		counts: [
			{ label: '单位', value: departments.length, detail: byKind },
			{ label: '担任牵头单位的单位', value: new Set(tasks.map((t) => t.lead)).size },
			{ label: '任务中的单位名称（牵头和责任合计）', value: refs.length },
		],
		checks: [known, { id: 'department-used', label: '单位表中的每个单位至少被一项任务列出', checked: departments.length, failures: unused }],
		gaps: [],
	};
}

/** The official text: its anchored clauses, and the actions' measures each having their text. */
export function clausesSection(input: { clauses: ReadonlyArray<{ id: string; kind: string }>; actions: readonly Action[]; wording: WordingReport }): QualitySection {
	const { clauses, actions, wording } = input;
	const ids = new Set(clauses.map((c) => c.id));
	const count = (kind: string) => clauses.filter((c) => c.kind === kind).length;
	const measures = actions.flatMap((a) => a.measures.map((_, i) => ({ action: a.id, id: `a${a.id}-m${i + 1}` })));
	const missing: QualityFinding[] = [...actions.map((a) => ({ action: a.id, id: `a${a.id}` })), ...measures]
		.filter((m) => !ids.has(m.id))
		.map((m) => ({ where: m.id, href: `/actions/${m.action}/`, message: '正文中没有此锚点' }));
	const tasked = new Set(wording.tasks.map((t) => t.clause.replace(/-i\d+$/, '')));
	const untasked: QualityFinding[] = measures.filter((m) => !tasked.has(m.id)).map((m) => ({ where: m.id, href: `/actions/${m.action}/#${m.id}`, message: '没有任何任务对应此措施' }));
	const titleDiffs = wording.titles.filter((t) => t.comparison.kind !== 'identical').length;
	return {
		id: 'clauses',
		heading: '方案正文',
		counts: [
			{
				label: '带锚点的正文条款',
				value: clauses.length,
				detail: `行动 ${count('action')}，措施 ${count('measure')}，条目 ${count('item')}，章节 ${count('section') + count('clause')}，段落 ${count('paragraph')}`,
			},
			{ label: '行动和措施标题', value: wording.titles.length, detail: `其中附件写法不同的 ${titleDiffs} 个` },
			{ label: '正文中未见于分解表的语句', value: wording.uncovered.length },
		],
		checks: [
			{ id: 'clause-anchors', label: '每个行动、每项措施在正文中都有对应的锚点', checked: actions.length + measures.length, failures: missing },
			{ id: 'measure-tasked', label: '每项措施至少有一项分解任务', checked: measures.length, failures: untasked },
		],
		gaps: [],
	};
}

/** How the annex words the tasks and titles compared with the body (details on /compare/). */
export function wordingSection(input: { wording: WordingReport }): QualitySection {
	const { tasks, titles } = input.wording;
	const of = (kind: string) => tasks.filter((t) => t.comparison.kind === kind).length;
	return {
		id: 'wording',
		heading: '正文与分解表写法对照',
		counts: [
			{ label: '写法完全一致的任务', value: of('identical') },
			{ label: '仅标点或空格不同的任务', value: of('punctuation') },
			{ label: '文字不同的任务', value: of('words') },
			{ label: '文字不同的行动、措施标题', value: titles.filter((t) => t.comparison.kind === 'words').length },
		],
		checks: [],
		gaps: [],
	};
}
