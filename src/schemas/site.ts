import { z } from 'astro/zod';

const optionalText = z.string().trim().default('');

/** Site settings (content/site.yaml). Empty values are not shown anywhere. */
export const siteSchema = z.strictObject({
	/** The site's name, in the header and in page titles. */
	name: z.string().min(1),
	/** A shorter name for narrow screens. */
	shortName: z.string().min(1),
	/** Public origin, https only, no path; empty when not yet known (then no canonical links). */
	origin: z.union([
		z.literal(''),
		z.url({ protocol: /^https$/, error: 'origin must be an https URL such as https://example.gov.cn' }).refine((u) => new URL(u).pathname === '/', {
			error: 'origin must have no path',
		}),
	]).default(''),
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
