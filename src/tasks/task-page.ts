/**
 * The view of /tasks/<n>/: the task's row, the action and measure it belongs to, the body text of that
 * measure and the pager, gathered once so the page only lays them out.
 */
import { departmentsByName, getAction, getTasks, type TaskEntry } from './data.ts';
import { citationOf, getClause } from '../plan/data.ts';
import { actionHeading, anchor, measureHeading, parseAnchor } from '../plan/anchors.ts';
import { firstSentence } from '../common/text.ts';
import { taskEntry } from '../search/records.ts';
import { pagedPaths, type PagerView } from '../site/pager.ts';

export interface TaskPageProps {
	task: TaskEntry;
	pager: PagerView;
}

/** One page per annex row, in the annex's order. */
export async function taskPaths() {
	return pagedPaths(
		await getTasks(),
		'task',
		'上一项、下一项任务',
		(x) => ({ n: String(x.data.number) }),
		(x) => ({ href: `/tasks/${x.data.number}/`, name: `任务 ${x.data.number}` }),
	);
}

export async function taskPage({ task, pager }: TaskPageProps) {
	const t = task.data;
	const ref = parseAnchor(t.clause);
	if (!ref) throw new Error(`task ${t.number}: clause "${t.clause}" is not a measure or item anchor`);
	const action = await getAction(ref.action);
	const measure = action.data.measures[ref.measure - 1]!;
	const title = `任务 ${t.number}`;
	return {
		task,
		t,
		title,
		pageTitle: `${title}：${firstSentence(t.text, 24)}`,
		description: `附件重点任务分解表第 ${t.number} 项：${firstSentence(t.text, 80)} 牵头单位：${t.lead}。`,
		action: { href: `/actions/${action.id}/`, heading: actionHeading(action.id, action.data.title) },
		measure: { href: `/actions/${action.id}/#${anchor.measure(action.id, ref.measure)}`, heading: measureHeading(ref.measure, measure.title) },
		clause: await getClause(t.clause),
		citation: await citationOf(t.clause),
		departments: await departmentsByName(),
		search: taskEntry(t),
		pager,
	};
}
