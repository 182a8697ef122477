/**
 * The view of /support/ (the finder): every measure with its citation, the reward-scope rule and the choices.
 */
import { departmentsByName, getActions } from '../tasks/data.ts';
import { getClause, getClauses } from '../plan/data.ts';
import { getSupports } from './data.ts';
import { clauseCitation } from '../plan/citation.ts';
import { rewardScopeSentences } from './view.ts';
import { audienceGroups, audiences, industries, locations } from '../schemas/support-vocabulary.ts';

/** The finder's view: every measure with its citation, the reward-scope rule and the choices one can pick. */
export async function supportFinderPage() {
	const supports = await getSupports();
	const actions = (await getActions()).map((a) => a.data);
	const clauses = (await getClauses()).map((c) => c.data);
	const scope = await getClause('reward-scope');
	return {
		cards: supports.map((support) => ({ support, citation: clauseCitation(support.data.clause, actions, clauses) })),
		industries,
		locations,
		departments: await departmentsByName(),
		scope,
		who: rewardScopeSentences(scope.data.paragraphs.join('')).who,
		selectable: audienceGroups.map((g) => ({ ...g, options: audiences.filter((a) => a.group === g.key && a.selectable) })).filter((g) => g.options.length > 0),
		total: supports.length,
	};
}
