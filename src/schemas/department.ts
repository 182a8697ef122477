import { z } from 'astro/zod';

/** The kinds of unit the annex names. */
export const departmentKinds = ['区直部门', '园区', '街道', '群团组织', '国有企业', '集合/泛指'] as const;

/** One entry of content/departments.yaml, keyed there by the unit's name as the annex writes it. */
export const departmentInputSchema = z.strictObject({
	/** What kind of unit this is; drives grouping on /departments/. */
	kind: z.enum(departmentKinds, { error: `kind must be one of ${departmentKinds.join(', ')}` }),
});

/** A department as stored in the collection: the input plus the derived name and slug. */
export const departmentSchema = departmentInputSchema.extend({
	/** The unit's name exactly as in the annex (also the collection id). */
	name: z.string().min(1),
	/** ASCII URL slug generated from the pinyin of the name (never typed by hand). */
	slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
});

export type DepartmentInput = z.infer<typeof departmentInputSchema>;
export type Department = z.infer<typeof departmentSchema>;
