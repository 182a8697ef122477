/** The site's settings and its own sentences about the plan, for pages and components. */
import { getEntry } from 'astro:content';
import { fillFraming } from '../quality/framing.ts';
import { getDocument } from '../plan/data.ts';
import { planStatus, planStatusSentence } from '../plan/period.ts';

export async function getSite() {
	const e = await getEntry('site', 'site');
	if (!e) throw new Error('content/site.yaml did not load');
	return e.data;
}

/**
 * One of the site's own sentences about the plan (content/framing.yaml), with its {placeholders}
 * filled in. Throws where the sentence or a value is missing.
 */
export async function framingText(id: string, values: Record<string, string | number> = {}): Promise<string> {
	const e = await getEntry('framing', id);
	if (!e) throw new Error(`content/framing.yaml has no sentence "${id}"`);
	return fillFraming(e.data, values);
}

/**
 * The site's sentence on the plan's status today (content/framing.yaml, stated as the site's reading of
 * the title's years), or '' while the plan is in the years its title names.
 */
export async function planStatusNote(): Promise<string> {
	const doc = await getDocument();
	const id = planStatusSentence[planStatus(doc.periodStart, doc.periodEnd, new Date())];
	return id ? framingText(id) : '';
}
