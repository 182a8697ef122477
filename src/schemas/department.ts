import { z } from 'astro/zod';

/** The kinds of unit the annex names, and 未注明 where neither the text nor the name says which. */
export const departmentKinds = ['区直部门', '园区', '街道', '群团组织', '国有企业', '集合/泛指', '未注明'] as const;
export type DepartmentKind = (typeof departmentKinds)[number];

/**
 * What a kind may rest on. The annex gives no unit's kind, so a kind is either stated by the official
 * text (`text`: a sentence naming the unit with the word, e.g. …内企业和人才的奖补资金在园区列支) or
 * the site's reading of words of the unit's own name (`name`: 区……局, 相关, 成员单位), which the unit's
 * page shows as such. A kind with neither is 未注明.
 */
export const kindEvidence: Record<DepartmentKind, { text: readonly string[]; name: readonly string[] }> = {
	区直部门: { text: [], name: ['区……局'] },
	园区: { text: ['园区'], name: [] },
	街道: { text: ['街道'], name: ['街道'] },
	群团组织: { text: [], name: ['科协'] },
	国有企业: { text: ['国有企业', '国企'], name: [] },
	'集合/泛指': { text: [], name: ['相关', '成员单位'] },
	未注明: { text: [], name: [] },
};

/** One entry of content/departments.yaml, keyed there by the unit's name as the annex writes it. */
export const departmentInputSchema = z.strictObject({
	/** What kind of unit this is; drives grouping on /departments/. 未注明 where nothing states it. */
	kind: z.enum(departmentKinds, { error: `kind must be one of ${departmentKinds.join(', ')}` }),
	/** Where the kind comes from: `text` (the official text says it) or `name` (the site's reading of the name); checked by the loader. */
	kindFrom: z.enum(['text', 'name'], { error: 'kindFrom must be text or name' }).optional(),
	/** The words it rests on: a run of the official text, or words of the name (runs joined by ……). */
	kindWords: z.string().min(1, { error: 'kindWords must not be empty' }).optional(),
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
