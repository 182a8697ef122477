/**
 * Typed, sorted access to the targets collection for pages and components (the pure logic is in
 * src/targets/model.ts). The list and the groups are computed once per build (they are asked for on
 * every target, action, task and department page); in development, on each request, so that edited
 * content shows at once.
 */
import { getCollection } from 'astro:content';
import type { Target } from '../schemas/target.ts';
import { clauseBody } from '../plan/clauses.ts';
import { getClause, getClauses, getDocument, type ClauseEntry } from '../plan/data.ts';
import { getSite } from '../site/data.ts';
import type { EmbedContent } from './embed.ts';
import { formatDeadline, formatTarget, growthChart, kindLabels, progressChart, type TargetGroup } from './model.ts';
import { officialSentence } from './text.ts';

let cachedTargets: Promise<Target[]> | undefined;
let cachedGroups: Promise<TargetGroup[]> | undefined;

/** The targets collection in the order of content/targets.yaml (read anew on each call). */
async function targetsInFileOrder(): Promise<Target[]> {
	return (await getCollection('targets')).map((e) => e.data).sort((a, b) => a.order - b.order);
}

/** All targets, in the order of content/targets.yaml (the order of the text). A new list on each call. */
export async function getTargets(): Promise<Target[]> {
	if (import.meta.env.DEV) return targetsInFileOrder();
	cachedTargets ??= targetsInFileOrder();
	return [...(await cachedTargets)];
}

/** The targets of an action (their clause is in it), an annex task (it states them) and a department (it leads them): each given filter applies. */
export async function targetsFor({ action, task, department }: { action?: string | undefined; task?: number | undefined; department?: string | undefined }): Promise<Target[]> {
	return (await getTargets()).filter(
		(t) => (action === undefined || t.action === action) && (task === undefined || t.tasks.includes(task)) && (department === undefined || t.owners.includes(department)),
	);
}

/** The part of the plan a clause is in: its action, or else its top section (二、总体目标, 四、保障措施). */
export function partOf(id: string, clauses: Map<string, ClauseEntry>): ClauseEntry | undefined {
	let c = clauses.get(id);
	let part = c;
	while (c) {
		if (c.data.kind === 'action') return c;
		if (c.data.kind === 'section' && c.data.level === 3) part = c;
		c = c.data.parent ? clauses.get(c.data.parent) : undefined;
	}
	return part;
}

async function computeGroups(): Promise<TargetGroup[]> {
	const clauses = await getClauses();
	const byId = new Map(clauses.map((c) => [c.id, c]));
	const groups = new Map<string, TargetGroup & { order: number }>();
	for (const t of await getTargets()) {
		const part = partOf(t.clause, byId);
		if (!part) throw new Error(`target ${t.id}: clause ${t.clause} is in no part of the plan`);
		const g = groups.get(part.id) ?? { id: part.id, title: part.data.title ?? part.id, targets: [], order: part.data.order };
		g.targets.push(t);
		groups.set(part.id, g);
	}
	return [...groups.values()].sort((a, b) => a.order - b.order).map(({ order: _order, ...g }) => g);
}

/** Targets grouped by the part of the plan that states them, in the order of the text. */
export function targetGroups(): Promise<TargetGroup[]> {
	if (import.meta.env.DEV) return computeGroups();
	cachedGroups ??= computeGroups();
	return cachedGroups;
}

/** What a target's embed page shows, as text, for embedHeight (src/targets/embed.ts): read from the same data the page renders. */
export async function embedMeasure(t: Target): Promise<EmbedContent> {
	const doc = await getDocument();
	const site = await getSite();
	const found = officialSentence(clauseBody((await getClause(t.clause)).data), t.quote);
	if (!found) throw new Error(`quote not found in clause ${t.clause}: ${t.quote}`);
	const chart = progressChart(t) ?? (t.kind === 'growth' ? growthChart([t], doc) : undefined);
	return {
		title: t.title,
		sentence: found.sentence,
		row: [`${t.title}${kindLabels[t.kind]}`, formatTarget(t), formatDeadline(t, doc), t.owners.length ? t.owners.join('、') : '原文未指定'],
		chart: chart ? { caption: chart.caption, summary: chart.summary, rows: chart.labels.length, columns: chart.series.length + 1 } : undefined,
		noData: t.progress.length === 0,
		attribution: `出自${doc.issuers.join('、')}《${doc.title}》（${doc.number}）。来源：${site.name}·本指标的完整页面。本框内的链接均在新窗口打开。`,
	};
}
