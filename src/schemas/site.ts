import { z } from 'astro/zod';
import { originProblem } from './origin.ts';

const optionalText = z.string().trim().default('');

/** An annex row's number (序号), as in content/tasks.yaml; that the row exists is checked with the tasks. */
const taskNumber = z.number({ error: 'must be a task number such as 29' }).int().positive();

/** The words an excerpt starts with: they must start a clause of the row's text (checked with the tasks). */
const startWords = z.string({ error: 'must be the words the excerpt starts with' }).trim().min(1, { error: 'must not be empty' });

/** A section in the header's navigation. */
const navLink = z.strictObject({
	/** The section's path on this site, with the trailing slash: /plan/, /support/. */
	href: z.string({ error: 'href is required' }).regex(/^\/(?:[a-z0-9-]+\/)*$/, { error: 'href must be a path of this site such as /plan/' }),
	/** The link text, as short as the header allows: 方案全文, 惠企政策. */
	label: z.string({ error: 'label is required' }).trim().min(1, { error: 'label must not be empty' }),
});

/**
 * The 科普 hub's selection of the official text (/kepu/ and /kepu/handout/): which annex rows it quotes.
 * Every quote is cut from the row's text; these fields only say which rows and where an excerpt starts.
 */
const kepuSelection = z.strictObject({
	/** The row on 科技政策宣传, quoted in full; the venues and events it puts in quotation marks are listed. */
	publicity: taskNumber,
	/** The words starting the sentence of the publicity row the handout quotes (where to go, which events). */
	publicityFrom: startWords,
	/** The row on 全民科普, quoted in full. */
	popularisation: taskNumber,
	/** Related sentences of other rows, quoted as excerpts: the row, and the words the excerpt starts with. */
	excerpts: z.array(z.strictObject({ task: taskNumber, from: startWords })),
});

/** Site settings (content/site.yaml). Empty values are not shown anywhere. */
export const siteSchema = z.strictObject({
	/** The site's name, in the header and in page titles. */
	name: z.string().min(1),
	/** A shorter name for narrow screens. */
	shortName: z.string().min(1),
	/** Public origin, https only, no path; empty when not yet known (then no canonical links). */
	origin: z
		.string()
		.trim()
		.default('')
		.superRefine((value, ctx) => {
			const problem = value === '' ? undefined : originProblem(value);
			if (problem) ctx.addIssue({ code: 'custom', message: `origin must be an https URL such as https://example.gov.cn: ${problem}` });
		}),
	/** 主办单位. */
	host: optionalText,
	/** ICP备案号. */
	icp: optionalText,
	/** 公安备案号. */
	publicSecurity: optionalText,
	/** A contact address for corrections. */
	contactEmail: z.union([z.literal(''), z.email({ error: 'contactEmail must be an e-mail address' })]).default(''),
	/** The header's navigation: the site's sections, in order. */
	nav: z.array(navLink).min(1, { error: 'nav must list at least one section' }),
	/** The 科普 hub's selection of annex rows (/kepu/, /kepu/handout/). */
	kepu: kepuSelection,
});

export type KepuSelection = z.infer<typeof kepuSelection>;

export type SiteSettings = z.infer<typeof siteSchema>;
