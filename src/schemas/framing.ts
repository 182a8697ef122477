import { z } from 'astro/zod';

/**
 * One of the site's own descriptive sentences about the plan (content/framing.yaml): the home page's
 * introduction, the source note on /about/, the handout's header line, the period notes. Each comes
 * with the official words it paraphrases; the loader (src/quality/framing.ts) checks that those words
 * are the text's and that every name, date and period the sentence states is among them.
 */
export const framingSchema = z.strictObject({
	/** Where it is used: home-lede, about-source, handout-meta, period-note, period-ended, …. */
	id: z.string({ error: 'id is required' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'id must be lowercase ASCII letters, digits and hyphens' }),
	/** The sentence as shown. {name} marks a value the page fills in (the number of tasks, a contact). */
	text: z.string({ error: 'text is required' }).min(2, { error: 'text must not be empty' }),
	/** The official words it paraphrases, each copied exactly from the text (spaces aside). */
	restsOn: z
		.array(z.string().min(2, { error: 'must be words of the official text' }), { error: 'restsOn must be a list of the official words' })
		.min(1, { error: 'give the official words the sentence rests on' }),
	/** True where the sentence states the site's own reading (it must then say 本站). */
	reading: z.boolean({ error: 'reading must be true or false' }).default(false),
});

export type Framing = z.infer<typeof framingSchema>;
