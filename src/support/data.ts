/** The support measures for pages and components. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { citationOf, getClauses } from '../plan/data.ts';
import { getTasks, type TaskEntry } from '../tasks/data.ts';
import { POLICY_EXPRESS, policyExpressSentence } from '../tasks/contacts.ts';
import { oncePerBuild } from '../common/once-per-build.ts';

export type SupportEntry = CollectionEntry<'supports'>;

/** Support measures in the order of content/supports.yaml (the order of the text). */
export async function getSupports(): Promise<SupportEntry[]> {
	return (await getCollection('supports')).sort((a, b) => a.data.order - b.data.order);
}

/**
 * The plan's “政策快车” platform as every who-to-ask block cites it: the sentence that names it, its
 * citation, the annex row that restates it and the site's measure page for it. Computed once per build
 * (it is the same on each of the support and unit pages); in development on each request.
 */
export interface PolicyExpressRoute {
	sentence: string;
	clause: string;
	citation: string;
	task: TaskEntry | undefined;
	support: SupportEntry | undefined;
}

async function computePolicyExpress(): Promise<PolicyExpressRoute> {
	const express = policyExpressSentence((await getClauses()).map((c) => c.data));
	return {
		...express,
		citation: await citationOf(express.clause),
		task: (await getTasks()).find((t) => t.data.text.includes(POLICY_EXPRESS)),
		support: (await getSupports()).find((s) => s.data.clause === express.clause && s.data.conditions.some((c) => c.includes(POLICY_EXPRESS))),
	};
}

export const getPolicyExpressRoute: () => Promise<PolicyExpressRoute> = oncePerBuild(computePolicyExpress);
