/**
 * Draws a ChartSpec with Chart.js, registering only the pieces the spec uses (tree-shaken build, no
 * chart.js/auto). Loaded by <chart-figure> through a dynamic import, so it is fetched only on pages
 * with a chart and only when a chart nears the viewport.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration, type ChartDataset } from 'chart.js';
import type { ChartSeries, ChartSpec } from '../lib/targets.ts';

/** Colours with at least 3:1 contrast on white; series also differ by line style and point shape. */
const INK = ['#1c4f94', '#9f1d20'];
const GRID = '#d6d1c9';
const TEXT = '#1b1b1b';
const MUTED = '#4d4d4d';

export interface DrawOptions {
	/** The page's font stack (with its CJK fonts), so Chinese labels render in the canvas. */
	fontFamily: string;
	/** prefers-reduced-motion: reduce → no animation. */
	reducedMotion: boolean;
}

/** Splits a long label into lines of at most `max` characters (Chart.js draws arrays as lines). */
function wrap(label: string, max: number): string | string[] {
	if (label.length <= max) return label;
	const lines: string[] = [];
	for (let i = 0; i < label.length; i += max) lines.push(label.slice(i, i + max));
	return lines;
}

function dataset(s: ChartSeries, i: number): ChartDataset<'bar' | 'line', Array<number | null>> {
	const color = INK[i % INK.length]!;
	if (s.draw === 'bar') {
		return { type: 'bar', label: s.label, data: s.data, backgroundColor: color, borderColor: color, borderWidth: 1, maxBarThickness: 48 };
	}
	return {
		type: 'line',
		label: s.label,
		data: s.data,
		borderColor: color,
		backgroundColor: color,
		borderWidth: 3,
		borderDash: s.draw === 'dashed-line' ? [8, 5] : [],
		pointStyle: s.draw === 'dashed-line' ? 'triangle' : 'circle',
		pointRadius: 5,
		pointHoverRadius: 7,
		tension: 0,
	};
}

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, options: DrawOptions): Chart {
	const usesBar = spec.series.some((s) => s.draw === 'bar');
	const usesLine = spec.series.some((s) => s.draw !== 'bar');
	Chart.register(CategoryScale, LinearScale, Tooltip, ...(usesBar ? [BarController, BarElement] : []), ...(usesLine ? [LineController, LineElement, PointElement] : []), ...(spec.series.length > 1 ? [Legend] : []));

	Chart.defaults.font.family = options.fontFamily;
	Chart.defaults.font.size = 14;
	Chart.defaults.color = TEXT;

	const box = canvas.parentElement;
	if (box && spec.horizontal) box.style.height = `${Math.max(240, spec.labels.length * 60 + 60)}px`;

	const narrow = (box?.clientWidth ?? 600) < 480;
	const valueAxis = {
		beginAtZero: spec.suggestedMin === undefined,
		...(spec.suggestedMin !== undefined ? { suggestedMin: spec.suggestedMin } : {}),
		grid: { color: GRID },
		ticks: { color: MUTED, precision: spec.decimals === 0 ? 0 : undefined },
		title: { display: Boolean(spec.unit), text: spec.unit, color: MUTED },
	};
	const categoryAxis = { grid: { display: false }, ticks: { color: TEXT, autoSkip: false } };
	const labels = spec.horizontal ? spec.labels.map((l) => wrap(l, narrow ? 8 : 14)) : spec.labels;

	const config: ChartConfiguration<'bar' | 'line', Array<number | null>, string | string[]> = {
		type: spec.type,
		data: { labels, datasets: spec.series.map(dataset) },
		options: {
			locale: 'zh-CN',
			responsive: true,
			maintainAspectRatio: false,
			animation: options.reducedMotion ? false : { duration: 400 },
			indexAxis: spec.horizontal ? 'y' : 'x',
			scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
			plugins: {
				legend: { display: spec.series.length > 1, labels: { usePointStyle: true, color: TEXT } },
				tooltip: {
					callbacks: {
						label: (ctx) => `${ctx.dataset.label ?? ''}：${typeof ctx.parsed === 'object' ? ((spec.horizontal ? ctx.parsed.x : ctx.parsed.y) ?? 0).toFixed(spec.decimals) : ''}${spec.unit && spec.unit !== '指数' ? ' ' + spec.unit : ''}`,
					},
				},
			},
		},
	};
	return new Chart(canvas, config);
}
