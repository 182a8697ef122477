import { z } from 'astro/zod';

const title = z
	.string({ error: 'title is required' })
	.min(1, { error: 'title must not be empty' })
	.refine((s) => !/[。.]$/.test(s), { error: 'title must not end with 。 (the text adds it)' });

/** One numbered measure of an action (1., 2., …), in the order of the text. */
export const measureSchema = z.strictObject({
	/** The measure's title as in the body, e.g. 推进“四大”重点工程. */
	title,
	/** The annex's wording of the title, only where it differs from the body. */
	annexTitle: title.optional(),
});

/** One of the five actions of 三、重点任务 (content/actions.yaml). */
export const actionSchema = z.strictObject({
	/** "1" … "5": the action's order, used in URLs (/actions/1/) and anchors (#a1). */
	id: z.string().regex(/^[1-9]\d*$/, { error: 'id must be a number as a string, e.g. "1"' }),
	/** The action's title as in the body, without the （一） numeral. */
	title,
	/** The annex's wording of the title, only where it differs from the body. */
	annexTitle: title.optional(),
	/** The numbered measures, in order; their anchors are a{id}-m{n}. */
	measures: z.array(measureSchema).min(1, { error: 'an action needs at least one measure' }),
});

export type Measure = z.infer<typeof measureSchema>;
export type Action = z.infer<typeof actionSchema>;
