/**
 * Typed, sorted access to the targets collection for pages and components (the pure logic is in
 * src/targets/model.ts). The list and the groups are computed once per build (they are asked for on
 * every target, action, task and department page); in development, on each request, so that edited
 * content shows at once.
 */
import { getCollection } from 'astro:content';
import type { Target } from '../schemas/target.ts';
import { clauseBody } from '../plan/clauses.ts';
import { partOfClause } from '../plan/citation.ts';
import { getClause, getClauses, getDocument } from '../plan/data.ts';
import { oncePerBuild } from '../common/once-per-build.ts';
import { getSite } from '../site/data.ts';
import type { EmbedContent } from './embed.ts';
import { embedChart, formatDeadline, formatTarget, kindLabels, type TargetGroup } from './model.ts';
import { officialSentence } from './text.ts';

/** The targets collection in the order of content/targets.yaml (read anew on each call). */
async function targetsInFileOrder(): Promise<Target[]> {
	return (await getCollection('targets')).map((e) => e.data).sort((a, b) => a.order - b.order);
}

/** All targets, in the order of content/targets.yaml (the order of the text). A new list on each call. */
const targetsOnce = oncePerBuild(targetsInFileOrder);
export async function getTargets(): Promise<Target[]> {
	return [...(await targetsOnce())];
}

/** The targets of an action (their clause is in it), an annex task (it states them) and a department (it leads them): each given filter applies. */
export async function targetsFor({ action, task, department }: { action?: string | undefined; task?: number | undefined; department?: string | undefined }): Promise<Target[]> {
	return (await getTargets()).filter(
		(t) => (action === undefined || t.action === action) && (task === undefined || t.tasks.includes(task)) && (department === undefined || t.owners.includes(department)),
	);
}

async function computeGroups(): Promise<TargetGroup[]> {
	const clauses = await getClauses();
	const byId = new Map(clauses.map((c) => [c.id, c.data]));
	const groups = new Map<string, TargetGroup & { order: number }>();
	for (const t of await getTargets()) {
		const part = partOfClause(t.clause, byId);
		if (!part) throw new Error(`target ${t.id}: clause ${t.clause} is in no part of the plan`);
		const g = groups.get(part.id) ?? { id: part.id, title: part.title ?? part.id, targets: [], order: part.order };
		g.targets.push(t);
		groups.set(part.id, g);
	}
	return [...groups.values()].sort((a, b) => a.order - b.order).map(({ order: _order, ...g }) => g);
}

/** Targets grouped by the part of the plan that states them, in the order of the text. */
export const targetGroups: () => Promise<TargetGroup[]> = oncePerBuild(computeGroups);

/** What a target's embed page shows, as text, for embedHeight (src/targets/embed.ts): read from the same data the page renders. */
export async function embedMeasure(t: Target): Promise<EmbedContent> {
	const doc = await getDocument();
	const site = await getSite();
	const found = officialSentence(clauseBody((await getClause(t.clause)).data), t.quote);
	if (!found) throw new Error(`quote not found in clause ${t.clause}: ${t.quote}`);
	const chart = embedChart(t, doc);
	return {
		title: t.title,
		sentence: found.sentence,
		row: [`${t.title}${kindLabels[t.kind]}`, formatTarget(t), formatDeadline(t, doc), t.owners.length ? t.owners.join('、') : '原文未指定'],
		chart: chart ? { caption: chart.caption, summary: chart.summary, rows: chart.labels.length, columns: chart.series.length + 1 } : undefined,
		noData: t.progress.length === 0,
		attribution: `出自${doc.issuers.join('、')}《${doc.title}》（${doc.number}）。来源：${site.name}·本指标的完整页面。本框内的链接均在新窗口打开。`,
	};
}
