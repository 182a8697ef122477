import { z } from 'astro/zod';

/** One row of the annex 重点任务分解表 (content/tasks.yaml). */
export const taskSchema = z
	.strictObject({
		/** The row's 序号, 1–35. */
		number: z.int({ error: 'number must be a whole number' }).min(1),
		/** Anchor of the body clause this row restates, e.g. a1-m1-i1 (see /about/). */
		clause: z.string({ error: 'clause is required' }).regex(/^a\d+-m\d+(-i\d+)?$/, {
			error: 'clause must be a measure or item anchor such as a1-m2 or a1-m1-i3',
		}),
		/** The annex's wording of the task (具体任务), verbatim. */
		text: z.string({ error: 'text is required' }).min(1, { error: 'text must not be empty' }),
		/** 牵头单位: a department name from content/departments.yaml. */
		lead: z.string({ error: 'lead is required' }).min(1),
		/** 责任单位: department names from content/departments.yaml. */
		units: z.array(z.string().min(1)),
		/** Whether the source shows the 责任单位 cell; "not-legible" where it is empty or unreadable. */
		unitsInSource: z.enum(['listed', 'not-legible']).default('listed'),
	})
	.superRefine((task, ctx) => {
		if (task.unitsInSource === 'listed' && task.units.length === 0) {
			ctx.addIssue({ code: 'custom', path: ['units'], message: 'units is empty: list the 责任单位, or set unitsInSource: not-legible' });
		}
		if (task.unitsInSource === 'not-legible' && task.units.length > 0) {
			ctx.addIssue({ code: 'custom', path: ['units'], message: 'units must be empty when unitsInSource is not-legible' });
		}
	});

export type Task = z.infer<typeof taskSchema>;
