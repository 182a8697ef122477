/**
 * Typed, sorted access to the content collections for pages and components.
 * (getCollection's order is not stable, so everything is sorted here, once.)
 */
import { fillFraming } from './framing-check.ts';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { departmentKinds } from '../schemas/department.ts';

export type ActionEntry = CollectionEntry<'actions'>;
export type TaskEntry = CollectionEntry<'tasks'>;
export type DepartmentEntry = CollectionEntry<'departments'>;
export type ClauseEntry = CollectionEntry<'clauses'>;
export type SupportEntry = CollectionEntry<'supports'>;

export async function getActions(): Promise<ActionEntry[]> {
	return (await getCollection('actions')).sort((a, b) => Number(a.id) - Number(b.id));
}

export async function getTasks(): Promise<TaskEntry[]> {
	return (await getCollection('tasks')).sort((a, b) => a.data.number - b.data.number);
}

/** Departments grouped by kind (in the schema's order), then by slug (pinyin order). */
export async function getDepartments(): Promise<DepartmentEntry[]> {
	const kindOrder = (k: string) => departmentKinds.indexOf(k as (typeof departmentKinds)[number]);
	return (await getCollection('departments')).sort((a, b) => kindOrder(a.data.kind) - kindOrder(b.data.kind) || a.data.slug.localeCompare(b.data.slug));
}

export async function getClauses(): Promise<ClauseEntry[]> {
	return (await getCollection('clauses')).sort((a, b) => a.data.order - b.data.order);
}

export async function getClause(id: string): Promise<ClauseEntry> {
	const c = await getEntry('clauses', id);
	if (!c) throw new Error(`no clause "${id}"`);
	return c;
}

export async function getSite() {
	const e = await getEntry('site', 'site');
	if (!e) throw new Error('content/site.yaml did not load');
	return e.data;
}

/**
 * One of the site's own sentences about the plan (content/framing.yaml), with its {placeholders}
 * filled in. Throws where the sentence or a value is missing.
 */
export async function framingText(id: string, values: Record<string, string | number> = {}): Promise<string> {
	const e = await getEntry('framing', id);
	if (!e) throw new Error(`content/framing.yaml has no sentence "${id}"`);
	return fillFraming(e.data, values);
}

/** 常用说法对照 (content/vocabulary.yaml): the fillers and the groups, in the file's order. */
export async function getVocabulary() {
	const e = await getEntry('vocabulary', 'vocabulary');
	if (!e) throw new Error('content/vocabulary.yaml did not load');
	return e.data;
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

/** The department entry for a name, for links. */
export async function departmentsByName(): Promise<Map<string, DepartmentEntry>> {
	return new Map((await getDepartments()).map((d) => [d.id, d]));
}

/** Support measures in the order of content/supports.yaml (the order of the text). */
export async function getSupports(): Promise<SupportEntry[]> {
	return (await getCollection('supports')).sort((a, b) => a.data.order - b.data.order);
}
