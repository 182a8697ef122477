/**
 * The view of /kepu/: the rows the hub quotes (content/site.yaml › kepu), the action they belong to, the
 * venues and events task 29 names, the targets of those rows with their charts, and the short-link examples.
 */
import { departmentsByName, getAction, getTask } from '../tasks/data.ts';
import { getDocument } from '../plan/data.ts';
import { getSite } from '../site/data.ts';
import { kepuTaskNumbers, kepuTasks, namedOutreach } from './kepu.ts';
import { displayUrl } from './short-links.ts';
import { actionHeading, chineseNumeral, parseAnchor } from '../plan/anchors.ts';
import { getTargets } from '../targets/data.ts';
import { progressChart } from '../targets/model.ts';

export async function kepuPage(site: URL | undefined) {
	const { kepu } = await getSite();
	const main = await Promise.all(kepuTasks(kepu).map((n) => getTask(n)));
	const publicity = main[0]!;
	// The action the quoted rows belong to, when they all belong to one.
	const actionIds = new Set(main.map((t) => parseAnchor(t.data.clause)?.action));
	const [actionId] = actionIds;
	const action = actionIds.size === 1 && actionId ? await getAction(actionId) : undefined;
	// The quantified commitments of the quoted rows (content/targets.yaml), with charts where data is reported.
	const numbers = kepuTaskNumbers(kepu);
	const targets = (await getTargets()).filter((t) => t.tasks.some((n) => numbers.has(n)));
	return {
		departments: await departmentsByName(),
		main,
		related: await Promise.all(kepu.excerpts.map(async (e) => ({ task: await getTask(e.task), from: e.from }))),
		publicity,
		// The venues and events are the names the publicity row puts in quotation marks.
		named: namedOutreach(publicity.data.text),
		publicityAction: action && { href: `/actions/${action.id}/`, heading: actionHeading(action.id, action.data.title) },
		doc: await getDocument(),
		targets,
		targetTasks: [...new Set(targets.flatMap((t) => t.tasks))]
			.filter((n) => numbers.has(n))
			.sort((a, b) => a - b)
			.join('、'),
		charts: targets.flatMap((t) => {
			const spec = progressChart(t);
			return spec ? [{ id: t.id, spec }] : [];
		}),
		/** Short links as printed: the full address with an origin, else the path (made absolute in the browser). */
		url: (p: string) => displayUrl(p, site),
		/** The short links given as examples: the quoted rows, and their action. */
		examples: [...main.map((t) => [`/t/${t.data.number}/`, `任务 ${t.data.number}`]), ...(action ? [[`/a/${action.id}/`, `行动${chineseNumeral(Number(action.id))}`]] : [])] as Array<[string, string]>,
	};
}
