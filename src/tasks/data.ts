/**
 * The actions, the annex tasks and the units, typed and sorted for pages and components.
 * (getCollection's order is not stable, so everything is sorted here, once.)
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { departmentKinds } from '../schemas/department.ts';

export type ActionEntry = CollectionEntry<'actions'>;
export type TaskEntry = CollectionEntry<'tasks'>;
export type DepartmentEntry = CollectionEntry<'departments'>;

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

/** The department entry for a name, for links. */
export async function departmentsByName(): Promise<Map<string, DepartmentEntry>> {
	return new Map((await getDepartments()).map((d) => [d.id, d]));
}

/** One annex task by its number (1–N); a number the annex does not have is a build error naming it. */
export async function getTask(n: number): Promise<TaskEntry> {
	const task = (await getTasks()).find((t) => t.data.number === n);
	if (!task) throw new Error(`no task ${n} in content/tasks.yaml`);
	return task;
}

/** One action by its id ('1'–'5'); an unknown id is a build error naming it. */
export async function getAction(id: string): Promise<ActionEntry> {
	const action = (await getActions()).find((a) => a.id === id);
	if (!action) throw new Error(`no action "${id}" in content/actions.yaml`);
	return action;
}
