/**
 * The official text for pages and components: the clauses in reading order, one clause, the
 * document's metadata and each action's MDX entry. (getCollection's order is not stable, so
 * everything is sorted here, once.)
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { getActions } from '../tasks/data.ts';
import { clauseCitation } from './citation.ts';
import { oncePerBuild } from '../common/once-per-build.ts';

export type ClauseEntry = CollectionEntry<'clauses'>;

export async function getClauses(): Promise<ClauseEntry[]> {
	return (await getCollection('clauses')).sort((a, b) => a.data.order - b.data.order);
}

export async function getClause(id: string): Promise<ClauseEntry> {
	const c = await getEntry('clauses', id);
	if (!c) throw new Error(`no clause "${id}"`);
	return c;
}

export async function getDocument() {
	const e = await getEntry('document', 'document');
	if (!e) throw new Error('content/document.yaml did not load');
	return e.data;
}

/** Each action with the MDX entry holding its text (content/plan/actions/N.mdx). */
export async function getActionTexts() {
	const actions = await getActions();
	return Promise.all(
		actions.map(async (action) => {
			const entry = await getEntry('plan', `actions/${action.id}`);
			if (!entry) throw new Error(`content/plan/actions/${action.id}.mdx is missing`);
			return { action, entry };
		}),
	);
}

/**
 * How a page cites a clause, in the words a reader finds on /plan/: （一）实施……行动 1. 推进……。 第2项
 * for a measure or an item, 四、保障措施 （二）强化要素保障。 for another clause (src/plan/citation.ts).
 */
export async function citationOf(clauseId: string): Promise<string> {
	const { actions, clauses } = await citable();
	return clauseCitation(clauseId, actions, clauses);
}

/** What citations are made from, read once per build (pages cite several clauses each). */
const citable = oncePerBuild(async () => ({
	actions: (await getActions()).map((a) => a.data),
	clauses: (await getClauses()).map((c) => c.data),
}));
