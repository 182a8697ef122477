import { z } from 'astro/zod';
import { originProblem } from './origin.ts';

const optionalText = z.string().trim().default('');

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
});

export type SiteSettings = z.infer<typeof siteSchema>;
