/**
 * <chart-figure>: draws the chart of a figure once it comes near the viewport. The figure already
 * holds the caption, the summary and the table of the same numbers (built at build time), so without
 * scripts, in print or if drawing fails, nothing is lost. Chart.js is fetched only here, on demand.
 */
import type { ChartSpec } from '../targets/model.ts';
import type { ChartColors } from './chart-draw.ts';

/** How far ahead of the viewport drawing starts. */
const AHEAD = '300px 0px';

/** The computed colour of a CSS token (tokens may be light-dark() pairs, which a canvas cannot read). */
function tokenColor(host: HTMLElement, token: string): string {
	const probe = document.createElement('span');
	probe.style.color = `var(${token})`;
	host.append(probe);
	const color = getComputedStyle(probe).color;
	probe.remove();
	return color;
}

function pageColors(host: HTMLElement): ChartColors {
	return { ink: [tokenColor(host, '--link'), tokenColor(host, '--accent')], grid: tokenColor(host, '--line'), text: tokenColor(host, '--text'), muted: tokenColor(host, '--muted') };
}

/** Calls back when the page's colours or text size may change: the reader's settings on <html>, or the system's. */
function onColorChange(callback: () => void): () => void {
	const observer = new MutationObserver(callback);
	observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'data-contrast', 'data-size', 'data-elder'] });
	const queries = ['(prefers-color-scheme: dark)', '(prefers-contrast: more)'].map((q) => matchMedia(q));
	queries.forEach((q) => q.addEventListener('change', callback));
	return () => {
		observer.disconnect();
		queries.forEach((q) => q.removeEventListener('change', callback));
	};
}

class ChartFigure extends HTMLElement {
	#observer?: IntersectionObserver;
	#chart?: { destroy(): void };
	#stopWatching?: () => void;

	connectedCallback(): void {
		if (this.dataset.state) return;
		this.dataset.state = 'waiting';
		if (!('IntersectionObserver' in window)) {
			void this.draw();
			return;
		}
		this.#observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((e) => e.isIntersecting)) return;
				this.#observer?.disconnect();
				void this.draw();
			},
			{ rootMargin: AHEAD },
		);
		this.#observer.observe(this);
	}

	disconnectedCallback(): void {
		this.#observer?.disconnect();
		this.#stopWatching?.();
		this.#chart?.destroy();
	}

	async draw(): Promise<void> {
		const box = this.querySelector<HTMLElement>('[data-chart-canvas]');
		const canvas = box?.querySelector('canvas');
		if (!box || !canvas || !this.dataset.chart) return;
		this.dataset.state = 'loading';
		try {
			const spec = JSON.parse(this.dataset.chart) as ChartSpec;
			const { drawChart } = await import('./chart-draw.ts');
			box.hidden = false;
			const draw = (animate: boolean) => {
				this.#chart?.destroy();
				this.#chart = drawChart(canvas, spec, {
					fontFamily: getComputedStyle(this).fontFamily,
					fontSize: Math.max(14, Math.round(parseFloat(getComputedStyle(this).fontSize) * 0.8)),
					reducedMotion: !animate || matchMedia('(prefers-reduced-motion: reduce)').matches,
					colors: pageColors(this),
				});
			};
			draw(true);
			// Redraw in the new colours and size when the reader changes scheme, contrast or text size.
			this.#stopWatching = onColorChange(() => draw(false));
			this.dataset.state = 'drawn';
		} catch (error) {
			// The table beside the chart still shows every number.
			box.hidden = true;
			this.dataset.state = 'failed';
			console.error('chart-figure: could not draw the chart', error);
		}
	}
}

if (!customElements.get('chart-figure')) customElements.define('chart-figure', ChartFigure);
