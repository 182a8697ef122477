/**
 * The official text for pages and components: the clauses in reading order, one clause, the
 * document's metadata and each action's MDX entry. (getCollection's order is not stable, so
 * everything is sorted here, once.)
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { getActions } from '../tasks/data.ts';

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
