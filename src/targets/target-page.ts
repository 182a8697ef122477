/**
 * The view of /targets/<id>/: the target, where the plan says it, its tasks,
 * its charts and reported values, gathered once so the pages only lay them out.
 */
import { departmentsByName, getTasks } from '../tasks/data.ts';
import { citationOf, getDocument } from '../plan/data.ts';
import { firstSentence } from '../common/text.ts';
import { getTargets, targetGroups } from './data.ts';
import { figureWithUnit, formatDeadline, formatTarget, growthChart, kindDescriptions, kindLabels, progressChart } from './model.ts';
import type { Target } from '../schemas/target.ts';
import { targetEntry, targetTitleParts } from '../search/records.ts';
import { pagedPaths, type PagerView } from '../site/pager.ts';

export interface TargetPageProps {
	target: Target;
	pager: PagerView;
}

/** One page per target, in the order of content/targets.yaml. */
export async function targetPaths() {
	return pagedPaths(
		await getTargets(),
		'target',
		'上一项、下一项指标',
		(x) => ({ id: x.id }),
		(x) => ({ href: `/targets/${x.id}/`, name: x.title }),
	);
}

export async function targetPage({ target: t, pager }: TargetPageProps) {
	const doc = await getDocument();
	const group = (await targetGroups()).find((g) => g.targets.some((x) => x.id === t.id))!;
	const allTasks = await getTasks();
	const deadline = formatDeadline(t, doc);
	return {
		t,
		doc,
		group,
		description: `指标：${t.title}，${formatTarget(t)}，期限 ${deadline}。原文出处、牵头单位、分解任务和进展。`,
		where: await citationOf(t.clause),
		kind: { label: kindLabels[t.kind], description: kindDescriptions[t.kind] },
		figure: formatTarget(t),
		deadline,
		departments: await departmentsByName(),
		tasks: allTasks.filter((task) => t.tasks.includes(task.data.number)).map((task) => ({ number: task.data.number, summary: firstSentence(task.data.text, 30) })),
		pathChart: t.kind === 'growth' ? growthChart([t], doc) : undefined,
		reportedChart: progressChart(t),
		progress: [...t.progress].sort((a, b) => a.year - b.year).map((p) => ({ ...p, figure: figureWithUnit({ value: p.value, unit: t.unit, comparator: '=' }) })),
		// In search this page stands for the target itself: its title, figure and deadline. The sentence it
		// quotes is /plan/'s text (and often a task's); its group heading, task list, units and notes repeat
		// other pages or every target page, so they are data-pagefind-ignore (牵头单位 and 行动 are facets).
		// The title's context (“航天之星”……) finds the page but does not rank it (see TARGET_CONTEXT_WEIGHT).
		search: targetEntry(
			t,
			allTasks.map((task) => task.data),
		),
		title: targetTitleParts(t.title),
		pager,
	};
}
