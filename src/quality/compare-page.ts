/**
 * The view of /compare/: the wording report split into what the page lists, with each clause cited
 * as the plan numbers it, gathered once so the page only lays it out.
 */
import { getActions } from '../tasks/data.ts';
import { getWordingReport } from './data.ts';
import { actionHeading, chineseNumeral } from '../plan/anchors.ts';
import { clauseCitation } from '../plan/citation.ts';
import { getClauses } from '../plan/data.ts';

export async function comparePage() {
	const actions = await getActions();
	const report = await getWordingReport();
	const clauses = (await getClauses()).map((c) => c.data);
	const titleDiffs = report.titles.filter((t) => t.comparison.kind === 'words');
	const taskDiffs = report.tasks.filter((t) => t.comparison.kind === 'words');
	const actionOf = (id: string) => {
		const action = actions.find((a) => a.id === id);
		if (!action) throw new Error(`/compare/: no action "${id}" in content/actions.yaml`);
		return action;
	};
	return {
		report,
		/** The action filter's options. */
		actionOptions: actions.map((a) => ({ value: a.id, label: actionHeading(a.id, a.data.title) })),
		titleDiffs,
		taskDiffs,
		punctuationOnly: report.tasks.filter((t) => t.comparison.kind === 'punctuation'),
		identical: report.tasks.filter((t) => t.comparison.kind === 'identical'),
		total: titleDiffs.length + taskDiffs.length,
		/** The heading of a differing title: the action's own, or a measure's under its action. */
		titleHeading: (t: { kind: string; action: string; measure?: number | undefined }) =>
			t.kind === 'action' ? `第（${chineseNumeral(Number(t.action))}）项行动的名称` : `${actionHeading(t.action, actionOf(t.action).data.title)} 第 ${t.measure} 项措施的名称`,
		/** A measure or item cited as on /plan/: （一）…行动 1. …。 第2项. */
		where: (clause: string) =>
			clauseCitation(
				clause,
				actions.map((a) => a.data),
				clauses,
			),
	};
}
