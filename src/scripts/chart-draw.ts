/**
 * Draws a ChartSpec with Chart.js, registering only the pieces the spec uses (tree-shaken build, no
 * chart.js/auto). Loaded by <chart-figure> through a dynamic import, so it is fetched only on pages
 * with a chart and only when a chart nears the viewport.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration, type ChartDataset } from 'chart.js';
import type { ChartSeries, ChartSpec } from '../targets/model.ts';

/** The page's colours, resolved from its CSS tokens, so the chart follows the colour scheme and high contrast. */
export interface ChartColors {
	/** One colour per series (links' blue, the accent red: at least 3:1 on the page background). */
	ink: string[];
	grid: string;
	text: string;
	muted: string;
}

export interface DrawOptions {
	/** The page's font stack (with its CJK fonts), so Chinese labels render in the canvas. */
	fontFamily: string;
	/** Label size in px, from the page's text size (larger with 长辈模式 and larger text settings). */
	fontSize: number;
	/** prefers-reduced-motion: reduce → no animation. */
	reducedMotion: boolean;
	colors: ChartColors;
}

/** Splits a long label into lines of at most `max` characters (Chart.js draws arrays as lines). */
function wrap(label: string, max: number): string | string[] {
	if (label.length <= max) return label;
	const lines: string[] = [];
	for (let i = 0; i < label.length; i += max) lines.push(label.slice(i, i + max));
	return lines;
}

/** A series is told apart by more than colour: bars, a solid line with dots, a dashed line with triangles. */
function dataset(s: ChartSeries, i: number, ink: string[]): ChartDataset<'bar' | 'line', Array<number | null>> {
	const color = ink[i % ink.length]!;
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
	Chart.register(
		CategoryScale,
		LinearScale,
		Tooltip,
		...(usesBar ? [BarController, BarElement] : []),
		...(usesLine ? [LineController, LineElement, PointElement] : []),
		...(spec.series.length > 1 ? [Legend] : []),
	);

	const { ink, grid, text, muted } = options.colors;
	Chart.defaults.font.family = options.fontFamily;
	Chart.defaults.font.size = options.fontSize;
	Chart.defaults.color = text;

	const box = canvas.parentElement;
	if (box && spec.horizontal) box.style.height = `${Math.max(240, spec.labels.length * options.fontSize * 4 + 60)}px`;

	const narrow = (box?.clientWidth ?? 600) < 480;
	const valueAxis = {
		beginAtZero: spec.suggestedMin === undefined,
		...(spec.suggestedMin !== undefined ? { suggestedMin: spec.suggestedMin } : {}),
		grid: { color: grid },
		ticks: { color: muted, precision: spec.decimals === 0 ? 0 : undefined },
		title: { display: Boolean(spec.unit), text: spec.unit, color: muted },
	};
	const categoryAxis = { grid: { display: false }, ticks: { color: text, autoSkip: false } };
	const labels = spec.horizontal ? spec.labels.map((l) => wrap(l, narrow ? 8 : 14)) : spec.labels;

	const config: ChartConfiguration<'bar' | 'line', Array<number | null>, string | string[]> = {
		type: spec.type,
		data: { labels, datasets: spec.series.map((series, i) => dataset(series, i, ink)) },
		options: {
			locale: 'zh-CN',
			responsive: true,
			maintainAspectRatio: false,
			animation: options.reducedMotion ? false : { duration: 400 },
			indexAxis: spec.horizontal ? 'y' : 'x',
			scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
			plugins: {
				legend: { display: spec.series.length > 1, labels: { usePointStyle: true, color: text } },
				tooltip: {
					callbacks: {
						label: (ctx) =>
							`${ctx.dataset.label ?? ''}：${typeof ctx.parsed === 'object' ? ((spec.horizontal ? ctx.parsed.x : ctx.parsed.y) ?? 0).toFixed(spec.decimals) : ''}${spec.unit && spec.unit !== '指数' ? ' ' + spec.unit : ''}`,
					},
				},
			},
		},
	};
	return new Chart(canvas, config);
}
