/**
 * The view of /targets/: every target by part of the plan and by kind, and the growth paths.
 */
import { departmentsByName } from '../tasks/data.ts';
import { getDocument } from '../plan/data.ts';
import { getTargets, targetGroups } from './data.ts';
import { formatTarget, groupsChart, growthChart, kindDescriptions, kindLabels } from './model.ts';
import { targetKinds } from '../schemas/target.ts';

/** The view of /targets/: the targets by part of the plan, by kind, and the growth paths (one chart per rate). */
export async function targetsIndexPage() {
	const doc = await getDocument();
	const targets = await getTargets();
	const byKind = targetKinds
		.map((kind) => ({
			kind,
			label: kindLabels[kind],
			description: kindDescriptions[kind],
			targets: targets.filter((t) => t.kind === kind).map((t) => ({ id: t.id, title: t.title, figure: formatTarget(t) })),
		}))
		.filter((k) => k.targets.length > 0);
	// One growth chart per rate: targets with the same rate share one path.
	const growthTargets = targets.filter((t) => t.kind === 'growth');
	const rates = [...new Set(growthTargets.map((t) => t.value))];
	const groups = await targetGroups();
	return {
		doc,
		targets,
		groups,
		groupsChart: groupsChart(groups),
		departments: await departmentsByName(),
		byKind,
		counts: byKind.map((k) => `${k.label} ${k.targets.length} 项`).join('、'),
		growthCount: growthTargets.length,
		growthList: growthTargets.map((t) => `${t.title}${formatTarget(t)}`).join('；'),
		growthCharts: rates.map((r) =>
			growthChart(
				growthTargets.filter((t) => t.value === r),
				doc,
			),
		),
	};
}
