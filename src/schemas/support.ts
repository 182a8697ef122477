import { z } from 'astro/zod';
import { audiences, industries, supportKinds } from './support-vocabulary.ts';
import { labelsOf } from './terms.ts';

const kindLabels = labelsOf(supportKinds);
const audienceLabels = labelsOf(audiences);
const industryLabels = labelsOf(industries);

/** A piece of the official text, copied exactly (the loader checks it is in the cited clause). */
const quote = z.string({ error: 'must be text copied from the cited clause' }).min(2, { error: 'must not be empty' });

/**
 * One support measure of the plan (content/supports.yaml): something the text gives an enterprise,
 * a person or an organisation. Every field is flat (text, number, boolean or a list of text), so
 * that the collection can be published as JSON and CSV as it is.
 */
export const supportSchema = z.strictObject({
	/** ASCII id, used in the URL /support/<id>/; never change it once published. */
	id: z.string({ error: 'id is required' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'id must be lowercase ASCII letters, digits and hyphens, e.g. leading-talent-reward' }),
	/** A plain title for the finder (the site's words, not a quotation), e.g. 产业领军人才奖励. */
	title: z.string({ error: 'title is required' }).min(2).max(30, { error: 'title must be at most 30 characters' }),
	/** What the measure gives. */
	kind: z.enum(kindLabels, { error: `kind must be one of ${kindLabels.join(', ')}` }),
	/** Who can benefit, as the text names them; 原文未限定对象 where it names no one. */
	audiences: z
		.array(z.enum(audienceLabels, { error: `unknown audience; use one of ${audienceLabels.join(', ')}` }))
		.min(1, { error: 'name at least one audience (原文未限定对象 where the text names none)' }),
	/** Industries the text names for this measure; empty where it names none. */
	industries: z.array(z.enum(industryLabels, { error: `unknown industry; use one of ${industryLabels.join(', ')}` })).default([]),
	/** True where the text ends its list of industries with 等, so that the list is not exhaustive. */
	industriesOpen: z.boolean().default(false),
	/** The amount exactly as the text states it (copied from the clause), e.g. 30万元; absent where the text states none. */
	amount: quote.optional(),
	/** The amount in yuan, where the text states a number; must agree with `amount`. */
	amountValue: z.number().positive().optional(),
	/** Who qualifies and how, quoted verbatim from the clause (each a substring of its text). */
	conditions: z.array(quote).min(1, { error: 'quote at least one condition from the clause' }),
	/** The contact point: the 牵头单位 of the tasks below (a name from content/departments.yaml); absent where no task or text names one. */
	lead: z.string().min(1).optional(),
	/** Numbers of the annex tasks (重点任务分解表) that restate this measure; empty where the annex has none. */
	tasks: z.array(z.int().min(1)).default([]),
	/** Anchor of the body clause the measure comes from (a measure, item or clause of /plan/). */
	clause: z.string({ error: 'clause is required' }).min(1),
});

export type Support = z.infer<typeof supportSchema>;
