/** What a target's embed page shows, as text, for embedHeight (src/lib/embed.ts): read from the same data the page renders. */
import { clauseBody } from './clauses.ts';
import { getClause, getDocument, getSite } from './data.ts';
import type { EmbedContent } from './embed.ts';
import { officialSentence } from './target-text.ts';
import { formatDeadline, formatTarget, growthChart, kindLabels, progressChart } from './targets.ts';
import type { Target } from '../schemas/target.ts';

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
