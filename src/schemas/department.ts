import { z } from 'astro/zod';
import { keysOf, mapOf, type Term, type Vocabulary } from './terms.ts';

/**
 * The kinds of unit the annex names, in the order /departments/ groups them, and 未注明 where neither
 * the text nor the name says which. content/departments.yaml writes the label itself as the key.
 *
 * `evidence`: what a kind may rest on. The annex gives no unit's kind, so a kind is either stated by
 * the official text (`text`: a sentence naming the unit with the word, e.g. …内企业和人才的奖补资金在园区列支)
 * or the site's reading of words of the unit's own name (`name`: 区……局, 相关, 成员单位), which the
 * unit's page shows as such. A kind with neither is 未注明.
 */
export const departmentKindTerms = [
	{ key: '区直部门', label: '区直部门', evidence: { text: [], name: ['区……局'] } },
	{ key: '园区', label: '园区', evidence: { text: ['园区'], name: [] } },
	{ key: '街道', label: '街道', evidence: { text: ['街道'], name: ['街道'] } },
	{ key: '群团组织', label: '群团组织', evidence: { text: [], name: ['科协'] } },
	{ key: '国有企业', label: '国有企业', evidence: { text: ['国有企业', '国企'], name: [] } },
	{ key: '集合/泛指', label: '集合/泛指', evidence: { text: [], name: ['相关', '成员单位'] } },
	{ key: '未注明', label: '未注明', note: '原文和名称都没有说明类别', evidence: { text: [], name: [] } },
] as const satisfies Vocabulary;

interface KindTerm extends Term {
	readonly evidence: { readonly text: readonly string[]; readonly name: readonly string[] };
}

export const departmentKinds = keysOf(departmentKindTerms);
export type DepartmentKind = (typeof departmentKinds)[number];

/** What each kind may rest on (see departmentKindTerms). */
export const kindEvidence: Record<DepartmentKind, KindTerm['evidence']> = mapOf(departmentKindTerms, (k) => k.evidence);

/** An https address (http is refused: a contact page must not be served in clear). */
const httpsUrl = (what: string) => z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: `${what} must be an https:// address` });

/**
 * Where a contact detail is published. Every field is required: a phone number, an address or a web
 * page without a named public source is not published (the site invents no contact).
 */
export const contactSourceSchema = z.strictObject(
	{
		/** Title of the page or document that gives the detail, e.g. the unit's 联系我们 page. */
		title: z.string({ error: 'title is required: name the page or document' }).min(1, { error: 'title must not be empty' }),
		/** Who published it, e.g. 长沙市开福区人民政府. */
		publisher: z.string({ error: 'publisher is required' }).min(1, { error: 'publisher must not be empty' }),
		/** When it was published or last checked, YYYY-MM-DD. */
		date: z.iso.date({ error: 'date must be a date written YYYY-MM-DD' }),
		/** Where it can be read: an https URL. */
		url: httpsUrl('url'),
	},
	{ error: (iss) => (iss.input === undefined ? 'every contact needs its source (title, publisher, date, url)' : 'source must be an object with title, publisher, date and url') },
);

/** One entry of content/departments.yaml, keyed there by the unit's name as the annex writes it. */
export const departmentInputSchema = z.strictObject({
	/** What kind of unit this is; drives grouping on /departments/. 未注明 where nothing states it. */
	kind: z.enum(departmentKinds, { error: `kind must be one of ${departmentKinds.join(', ')}` }),
	/** Where the kind comes from: `text` (the official text says it) or `name` (the site's reading of the name); checked by the loader. */
	kindFrom: z.enum(['text', 'name'], { error: 'kindFrom must be text or name' }).optional(),
	/** The words it rests on: a run of the official text, or words of the name (runs joined by ……). */
	kindWords: z.string().min(1, { error: 'kindWords must not be empty' }).optional(),
	/** Telephone for enquiries, written as the source prints it (digits, -, spaces, brackets), with its source. */
	phone: z
		.strictObject({
			number: z.string({ error: 'number is required' }).regex(/^[0-9][0-9 ()（）-]{4,}[0-9]$/, { error: 'number must be a telephone number such as 0731-12345678' }),
			source: contactSourceSchema,
		})
		.optional(),
	/** Address for visits or letters, as the source writes it, with its source. */
	address: z
		.strictObject({
			text: z.string({ error: 'text is required' }).min(1, { error: 'text must not be empty' }),
			source: contactSourceSchema,
		})
		.optional(),
	/** The unit's own web page (https), with the source that names it as the unit's page. */
	web: z
		.strictObject({
			url: httpsUrl('url'),
			source: contactSourceSchema,
		})
		.optional(),
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
export type ContactSource = z.infer<typeof contactSourceSchema>;
