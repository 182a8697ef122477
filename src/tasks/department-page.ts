/**
 * The view of /departments/<slug>/: the unit, the rows it leads and the rows it takes part in, and how
 * search files it.
 */
import { departmentsByName, getDepartments, getTasks, type DepartmentEntry } from './data.ts';
import { departmentEntry } from '../search/records.ts';

export interface DepartmentPageProps {
	department: DepartmentEntry;
}

/** One page per unit, in the order of getDepartments (by kind, then slug). */
export async function departmentPaths() {
	return (await getDepartments()).map((d) => ({ params: { slug: d.data.slug }, props: { department: d } satisfies DepartmentPageProps }));
}

export async function departmentPage({ department }: DepartmentPageProps) {
	const name = department.id;
	const tasks = await getTasks();
	const leads = tasks.filter((t) => t.data.lead === name);
	const supports = tasks.filter((t) => t.data.units.includes(name));
	const departments = await departmentsByName();
	return {
		department,
		name,
		description: `${name}在方案附件重点任务分解表中牵头 ${leads.length} 项任务、作为责任单位参与 ${supports.length} 项任务。`,
		leads,
		supports,
		departments,
		search: departmentEntry(
			name,
			[...departments.keys()].indexOf(name) + 1,
			tasks.map((t) => t.data),
		),
	};
}
