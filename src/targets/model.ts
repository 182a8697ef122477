/**
 * Pure helpers for targets (指标): labels, how a figure and a deadline read, the growth path a rate
 * implies, grouping, the timeline, and the chart specs (data, caption, one-sentence summary) that the
 * chart figures render as a canvas and as a table.
 */
import { targetKindTerms, type Comparator, type Target, type TargetKind } from '../schemas/target.ts';
import { mapOf } from '../schemas/terms.ts';

/** The kinds as a reader sees them (content/targets.yaml writes the keys). */
export const kindLabels: Record<TargetKind, string> = mapOf(targetKindTerms, (k) => k.label);

/** One line on what each kind means, for /targets/ and /data/. */
export const kindDescriptions: Record<TargetKind, string> = mapOf(targetKindTerms, (k) => k.note);

type FigureFields = Pick<Target, 'kind' | 'value' | 'valueMax' | 'unit' | 'comparator' | 'frequency'> & { strive?: boolean };

/** The figure with its unit: "500 家", "12%", "1—2 条". */
export function figureWithUnit(t: Pick<Target, 'value' | 'valueMax' | 'unit' | 'comparator'>): string {
	if (t.value === null) return '';
	// Numbers as the text writes them (no thousands separators: 10000).
	const n = t.comparator === 'range' && t.valueMax !== undefined ? `${t.value}—${t.valueMax}` : String(t.value);
	if (!t.unit) return n;
	return t.unit === '%' ? `${n}%` : `${n} ${t.unit}`;
}

const atLeast: Record<string, string> = { '%': '不低于' };

/** The status of a commitment whose words say 争取, 争创 or 力争. */
export const STRIVE_LABEL = '争取目标';

/**
 * What the target asks for, in words: "不少于 500 家", "超过 20 亿元", "25 家", "超过全市平均水平",
 * "按期完成", "每年". Where the text says 争取/争创/力争 it is a 争取目标, never 按期完成.
 */
export function formatTarget(t: FigureFields): string {
	const firm = formatFirm(t);
	if (!t.strive) return firm;
	return t.kind === 'milestone' ? STRIVE_LABEL : `${STRIVE_LABEL}：${firm}`;
}

function formatFirm(t: FigureFields): string {
	switch (t.kind) {
		case 'city-average':
			return '超过全市平均水平';
		case 'milestone':
			return '按期完成';
		case 'recurring':
			return '定期开展';
	}
	const figure = figureWithUnit(t);
	// 达到 100% cannot be exceeded: "not less than 100%" would read oddly.
	if (t.comparator === '>=' && t.unit === '%' && t.value === 100) return `达到 ${figure}`;
	const words: Record<Comparator, string> = { '>=': atLeast[t.unit ?? ''] ?? '不少于', '>': '超过', '=': '', range: '' };
	const word = t.comparator ? words[t.comparator] : '';
	return word ? `${word} ${figure}` : figure;
}

/**
 * When it is due, as the text ties it: "2023 年", "2023 年前", "2022 年上半年", "每年". Where the text ties
 * no year to it, says so (the plan's period is given as context, not as a deadline).
 */
export function formatDeadline(t: Pick<Target, 'year' | 'firstHalf' | 'kind'> & { before?: boolean }, period: { periodStart: number; periodEnd: number }): string {
	if (t.kind === 'recurring') return '每年';
	if (t.year === null) return `原文未写年份（方案实施期 ${period.periodStart}—${period.periodEnd} 年）`;
	return `${t.year} 年${t.firstHalf ? '上半年' : ''}${t.before ? '前' : ''}`;
}

/** Rounds to one decimal place (for an index). */
export function round1(n: number): number {
	return Math.round(n * 10) / 10;
}

/** Index values (base year = 100) along a constant annual growth rate in per cent, from the base year to endYear. */
export function growthPath(ratePercent: number, baseYear: number, endYear: number): Array<{ year: number; index: number }> {
	const out: Array<{ year: number; index: number }> = [];
	for (let y = baseYear; y <= endYear; y++) out.push({ year: y, index: 100 * (1 + ratePercent / 100) ** (y - baseYear) });
	return out;
}

/** One series of a chart. */
export interface ChartSeries {
	label: string;
	data: Array<number | null>;
	/** How it is drawn: bars, or a line (solid or dashed, so series differ by more than colour). */
	draw: 'bar' | 'line' | 'dashed-line';
}

/** Everything a chart figure shows: canvas data, caption, the one-sentence summary and the table. */
export interface ChartSpec {
	/** The chart's main type (a bar chart may hold a line series too). */
	type: 'bar' | 'line';
	/** Horizontal bars (long category labels read better down the side). */
	horizontal?: boolean;
	caption: string;
	/** One plain sentence saying what the chart shows, generated from its data. */
	summary: string;
	/** Category labels (years, parts of the plan). */
	labels: string[];
	series: ChartSeries[];
	/** Heading of the category column of the table. */
	labelHeading: string;
	/** Unit of the values, for axis and table headings ("" where none). */
	unit: string;
	/** Decimal places shown in the table. */
	decimals: number;
	/** Lowest value of the value axis, where 0 would hide the change (index charts). */
	suggestedMin?: number;
}

/** The chart of the path a growth target implies, as an index (base year = 100). */
export function growthChart(targets: Array<Pick<Target, 'title' | 'value' | 'year'>>, period: { periodStart: number; periodEnd: number }): ChartSpec {
	const first = targets[0];
	if (!first || first.value === null) throw new Error('growthChart needs a growth target with a rate');
	const rate = first.value;
	if (targets.some((t) => t.value !== rate)) throw new Error('growthChart draws targets that share one rate');
	const base = period.periodStart - 1;
	const end = first.year ?? period.periodEnd;
	const path = growthPath(rate, base, end);
	const last = path.at(-1)!;
	const names = targets.map((t) => t.title).join('、');
	return {
		type: 'line',
		caption: `本站示意（基期 ${base} 年 = 100 是本站的假设，原文未写）：年均增长 ${rate}% 的增长路径：${names}`,
		summary: `若以 ${base} 年为 100，每年增长 ${rate}%，${end} 年将达到 ${round1(last.index).toFixed(1)}，${end - base} 年累计增长约 ${round1(last.index - 100).toFixed(1)}%。`,
		labels: path.map((p) => `${p.year} 年`),
		series: [{ label: `本站按年均增长 ${rate}% 推算的示意指数（假设 ${base} 年 = 100）`, data: path.map((p) => round1(p.index)), draw: 'line' }],
		labelHeading: '年份',
		unit: '指数',
		decimals: 1,
		suggestedMin: 100,
	};
}

/** The chart of reported values against the target figure (only for targets with reported values). */
export function progressChart(t: Pick<Target, 'title' | 'kind' | 'value' | 'valueMax' | 'unit' | 'comparator' | 'frequency' | 'progress'>): ChartSpec | undefined {
	if (t.progress.length === 0 || t.value === null) return undefined;
	const rows = [...t.progress].sort((a, b) => a.year - b.year);
	const latest = rows.at(-1)!;
	const unit = t.unit ?? '';
	const v = (n: number) => figureWithUnit({ value: n, unit: t.unit, comparator: '=' });
	return {
		type: 'bar',
		caption: `${t.title}：公开报告值与目标`,
		summary: `${latest.year} 年公开报告值为 ${v(latest.value)}，目标为${formatTarget(t)}。`,
		labels: rows.map((p) => `${p.year} 年`),
		series: [
			{ label: '公开报告值', data: rows.map((p) => p.value), draw: 'bar' },
			{ label: `目标（${formatTarget(t)}）`, data: rows.map(() => t.value), draw: 'dashed-line' },
		],
		labelHeading: '年份',
		unit,
		decimals: Math.max(0, ...rows.map((p) => (String(p.value).split('.')[1] ?? '').length)),
	};
}

/** A part of the plan that states targets: an action, or a section such as 二、总体目标. */
export interface TargetGroup {
	/** The clause anchor of the part (a1, goals, safeguards). */
	id: string;
	title: string;
	targets: Target[];
}

/** The chart of how many targets each part of the plan states. */
export function groupsChart(groups: TargetGroup[]): ChartSpec {
	const total = groups.reduce((n, g) => n + g.targets.length, 0);
	const most = [...groups].sort((a, b) => b.targets.length - a.targets.length)[0];
	return {
		type: 'bar',
		horizontal: true,
		caption: '方案各部分提出的指标数量',
		summary: most ? `方案共提出 ${total} 项量化或有时限的指标，其中“${most.title}”最多，有 ${most.targets.length} 项。` : '方案没有提出指标。',
		labels: groups.map((g) => g.title),
		series: [{ label: '指标数量', data: groups.map((g) => g.targets.length), draw: 'bar' }],
		labelHeading: '方案部分',
		unit: '项',
		decimals: 0,
	};
}

/** Table cell text of a chart value. */
export function formatChartValue(v: number | null, decimals: number): string {
	return v === null ? '—' : v.toFixed(decimals);
}

/** One date on the timeline with what is due then. */
export interface TimelineStop {
	/** Sort key and id: 2021, 2022-h1, 2022, 2023. */
	key: string;
	label: string;
	targets: Target[];
}

/**
 * The timeline of the plan period: every milestone, and every other target that is due before the
 * period's last year. Stops are ordered by date; 上半年 comes before the rest of its year, and 年前
 * (a bound) after it. A 争取目标 stays on its date but is marked, never shown as a firm deadline.
 */
export function timeline(targets: Target[], period: { periodStart: number; periodEnd: number }): TimelineStop[] {
	const stops = new Map<string, TimelineStop & { sort: number }>();
	for (const t of targets) {
		if (t.year === null) continue;
		if (t.kind !== 'milestone' && t.year >= period.periodEnd) continue;
		const key = t.firstHalf ? `${t.year}-h1` : t.before ? `${t.year}-by` : String(t.year);
		const stop = stops.get(key) ?? { key, label: formatDeadline(t, period), targets: [], sort: t.year * 10 + (t.before ? 0 : t.firstHalf ? 1 : 2) };
		stop.targets.push(t);
		stops.set(key, stop);
	}
	return [...stops.values()].sort((a, b) => a.sort - b.sort).map(({ sort: _sort, ...s }) => s);
}

/** The one chart a target's embed shows: its reported values where there are any, else a growth target's path. */
export function embedChart(t: Target, period: { periodStart: number; periodEnd: number }): ChartSpec | undefined {
	return progressChart(t) ?? (t.kind === 'growth' ? growthChart([t], period) : undefined);
}
