/**
 * Typed, sorted access to the targets collection for pages and components (the pure logic is in
 * src/lib/targets.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Target } from '../schemas/target.ts';
import { getClauses, type ClauseEntry } from './data.ts';
import type { TargetGroup } from './targets.ts';

export type TargetEntry = CollectionEntry<'targets'>;

/** All targets, in the order of content/targets.yaml (the order of the text). */
export async function getTargets(): Promise<Target[]> {
	return (await getCollection('targets')).map((e) => e.data).sort((a, b) => a.order - b.order);
}

/** Targets of one action (their clause is in it). */
export async function targetsOfAction(actionId: string): Promise<Target[]> {
	return (await getTargets()).filter((t) => t.action === actionId);
}

/** Targets one annex task states. */
export async function targetsOfTask(n: number): Promise<Target[]> {
	return (await getTargets()).filter((t) => t.tasks.includes(n));
}

/** The part of the plan a clause is in: its action, or else its top section (二、总体目标, 四、保障措施). */
export function partOf(id: string, clauses: Map<string, ClauseEntry>): ClauseEntry | undefined {
	let c = clauses.get(id);
	let part = c;
	while (c) {
		if (c.data.kind === 'action') return c;
		if (c.data.kind === 'section' && c.data.level === 3) part = c;
		c = c.data.parent ? clauses.get(c.data.parent) : undefined;
	}
	return part;
}

/** Targets grouped by the part of the plan that states them, in the order of the text. */
export async function targetGroups(): Promise<TargetGroup[]> {
	const clauses = await getClauses();
	const byId = new Map(clauses.map((c) => [c.id, c]));
	const groups = new Map<string, TargetGroup & { order: number }>();
	for (const t of await getTargets()) {
		const part = partOf(t.clause, byId);
		if (!part) throw new Error(`target ${t.id}: clause ${t.clause} is in no part of the plan`);
		const g = groups.get(part.id) ?? { id: part.id, title: part.data.title ?? part.id, targets: [], order: part.data.order };
		g.targets.push(t);
		groups.set(part.id, g);
	}
	return [...groups.values()].sort((a, b) => a.order - b.order).map(({ order: _order, ...g }) => g);
}
