import { z } from 'astro/zod';

/** Frontmatter of the official-text MDX files under content/plan/. */
export const planSchema = z.strictObject({
	/** A label for editors (document.mdx). */
	title: z.string().optional(),
	/** For actions/N.mdx: the action whose measures the file holds. */
	action: z
		.string()
		.regex(/^[1-9]\d*$/)
		.optional(),
});
