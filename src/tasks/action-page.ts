/**
 * The view of /actions/<id>/: the action's MDX text, its annex tasks, its search record and the pager.
 */
import { render, type CollectionEntry } from 'astro:content';
import { departmentsByName, getTasks, type ActionEntry } from './data.ts';
import { getActionTexts } from '../plan/data.ts';
import { actionHeading, anchor } from '../plan/anchors.ts';
import { actionOfTask } from './roles.ts';
import { actionEntry } from '../search/records.ts';
import { pagerOf, type PagerView } from '../site/pager.ts';

export interface ActionPageProps {
	action: ActionEntry;
	entry: CollectionEntry<'plan'>;
	pager: PagerView;
}

/** One page per action, in the plan's order. */
export async function actionPaths() {
	const items = await getActionTexts();
	return items.map(({ action, entry }, i) => ({
		params: { id: action.id },
		props: {
			action,
			entry,
			pager: pagerOf('上一个、下一个行动', items, i, (x) => ({ href: `/actions/${x.action.id}/`, name: actionHeading(x.action.id, x.action.data.title) }), ['上一个', '下一个']),
		} satisfies ActionPageProps,
	}));
}

export async function actionPage({ action, entry, pager }: ActionPageProps) {
	const { Content } = await render(entry);
	const title = actionHeading(action.id, action.data.title);
	const allTasks = await getTasks();
	const tasks = allTasks.filter((t) => actionOfTask(t.data) === action.id);
	return {
		action,
		Content,
		title,
		description: `${title}：方案原文（${action.data.measures.map((m) => m.title).join('、')}）及分解的 ${tasks.length} 项任务和牵头、责任单位。`,
		planHref: `/plan/#${anchor.action(action.id)}`,
		measureTitles: action.data.measures.map((m) => m.title),
		tasks,
		departments: await departmentsByName(),
		search: actionEntry(
			action.id,
			allTasks.map((t) => t.data),
		),
		pager,
	};
}
