/**
 * The view of /embed/targets/<id>/ (partner sites' iframes): the target, its units and one chart.
 */
import { departmentsByName } from '../tasks/data.ts';
import { getDocument } from '../plan/data.ts';
import { embedChart, formatTarget } from './model.ts';
import type { Target } from '../schemas/target.ts';

/** The embed's view: the target, its units and one chart (reported values, else the growth path). */
export async function targetEmbedPage(t: Target) {
	const doc = await getDocument();
	return {
		t,
		doc,
		figure: formatTarget(t),
		departments: await departmentsByName(),
		chart: embedChart(t, doc),
	};
}
