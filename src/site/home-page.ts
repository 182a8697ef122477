/**
 * The view of the home page: the document, the main goals, the five actions with their task counts, the
 * site's own sentences (content/framing.yaml) and the 科普 card's links (the rows of content/site.yaml › kepu).
 */
import { framingText, getSite, planStatusNote } from './data.ts';
import { getAction, getActions, getTask, getTasks } from '../tasks/data.ts';
import { getClause, getDocument } from '../plan/data.ts';
import { actionHeading, anchor, parseAnchor } from '../plan/anchors.ts';
import { splitMainGoals } from '../plan/goals.ts';
import { actionOfTask } from '../tasks/roles.ts';

/** The 科普 card: the publicity row's action, the measures of the two quoted rows, and the rows. */
async function kepuCard() {
	const { kepu } = await getSite();
	const rows = await Promise.all([getTask(kepu.publicity), getTask(kepu.popularisation)]);
	const refs = rows.map((t) => {
		const ref = parseAnchor(t.data.clause);
		if (!ref) throw new Error(`task ${t.data.number}: clause "${t.data.clause}" is not a measure or item anchor`);
		return ref;
	});
	const action = await getAction(refs[0]!.action);
	const measures = await Promise.all(refs.map(async (r) => ({ href: `/plan/#${anchor.measure(r.action, r.measure)}`, title: (await getAction(r.action)).data.measures[r.measure - 1]!.title })));
	// The action's name as the card says it: its title without the leading 实施 (创新生态优化行动).
	return { action: { href: `/actions/${action.id}/`, name: action.data.title.replace(/^实施/, '') }, measures, tasks: rows.map((t) => t.data.number) };
}

export async function homePage() {
	const doc = await getDocument();
	const tasks = await getTasks();
	return {
		doc,
		taskCount: tasks.length,
		goals: splitMainGoals((await getClause('goals-main')).data.paragraphs[0] ?? ''),
		actions: (await getActions()).map((a) => ({
			href: `/actions/${a.id}/`,
			heading: actionHeading(a.id, a.data.title),
			measures: a.data.measures.map((m) => m.title).join('、'),
			taskCount: tasks.filter((t) => actionOfTask(t.data) === a.id).length,
		})),
		// The site's own sentences come from content/framing.yaml, each checked against the official words it rests on.
		lede: await framingText('home-lede', { taskCount: tasks.length }),
		statusNote: await planStatusNote(),
		kepu: await kepuCard(),
	};
}
