/**
 * <chart-figure>: draws the chart of a figure once it comes near the viewport. The figure already
 * holds the caption, the summary and the table of the same numbers (built at build time), so without
 * scripts, in print or if drawing fails, nothing is lost. Chart.js is fetched only here, on demand.
 */
import type { ChartSpec } from '../lib/targets.ts';

/** How far ahead of the viewport drawing starts. */
const AHEAD = '300px 0px';

class ChartFigure extends HTMLElement {
	#observer?: IntersectionObserver;

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
			drawChart(canvas, spec, {
				fontFamily: getComputedStyle(this).fontFamily,
				reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
			});
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
