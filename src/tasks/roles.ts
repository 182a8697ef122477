/** Who leads and who supports which tasks: the departments × actions matrix. */
import { parseAnchor } from '../plan/anchors.ts';

export interface TaskRef {
	number: number;
	clause: string;
	lead: string;
	units: string[];
}

export interface DepartmentRoles {
	/** Task numbers the department leads (牵头). */
	leads: number[];
	/** Task numbers the department is responsible for with others (责任). */
	supports: number[];
}

/** The action id a task belongs to, from its clause anchor. */
export function actionOfTask(t: Pick<TaskRef, 'clause'>): string {
	const ref = parseAnchor(t.clause);
	if (!ref) throw new Error(`bad clause anchor ${t.clause}`);
	return ref.action;
}

/** Roles of one department over all tasks. */
export function rolesOf(name: string, tasks: readonly TaskRef[]): DepartmentRoles {
	return {
		leads: tasks.filter((t) => t.lead === name).map((t) => t.number),
		supports: tasks.filter((t) => t.units.includes(name)).map((t) => t.number),
	};
}

/** Roles of one department per action: actionId → roles. */
export function rolesByAction(name: string, tasks: readonly TaskRef[]): Map<string, DepartmentRoles> {
	const out = new Map<string, DepartmentRoles>();
	for (const t of tasks) {
		const a = actionOfTask(t);
		const r = out.get(a) ?? { leads: [], supports: [] };
		if (t.lead === name) r.leads.push(t.number);
		if (t.units.includes(name)) r.supports.push(t.number);
		out.set(a, r);
	}
	return out;
}
