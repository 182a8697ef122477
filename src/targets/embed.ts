/** The iframe snippet partner sites (街道, 科协, 园区) paste to embed one target. */

/** Path of a target's embed page. */
export function embedPath(targetId: string): string {
	return `/embed/targets/${targetId}/`;
}

/**
 * The HTML to paste. The src is absolute on the public origin when one is configured; otherwise it is
 * the embed's path, which src/scripts/at-origin.ts makes absolute on the address the target page is
 * opened at. `height` is the frame's height in CSS pixels (embedHeight). The title names the frame for
 * screen readers (WCAG 4.1.2).
 */
export function iframeSnippet(targetId: string, title: string, origin: string | URL | undefined, height: number): string {
	const src = origin ? new URL(embedPath(targetId), origin).href : embedPath(targetId);
	const safeTitle = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return `<iframe src="${src}" title="指标：${safeTitle}" width="100%" height="${height}" loading="lazy"></iframe>`;
}

/** The text of a target's embed page, block by block (embedMeasure in src/targets/data.ts reads it from the data). */
export interface EmbedContent {
	title: string;
	/** The official sentence, quoted whole. */
	sentence: string;
	/** The cells of the target's table row: target (with its kind), figure, deadline, leads. */
	row: string[];
	/** The chart figure, where the target has one: caption, summary and the size of its data table. */
	chart?: { caption: string; summary: string; rows: number; columns: number } | undefined;
	/** Whether the page says 进展：暂无公开数据。 */
	noData: boolean;
	attribution: string;
}

/** The narrowest frame the snippet is made for (a phone, less the partner page's margins). */
export const EMBED_MIN_WIDTH = 360;

/** Width of a text in em: CJK and full-width characters 1em, others (digits, Latin, spaces) about 0.6em. */
export function textEm(text: string): number {
	let em = 0;
	// Latin, digits and general punctuation (from U+0000) are about 0.6 em wide; everything else a full em.
	// eslint-disable-next-line no-control-regex
	for (const ch of text) em += /[\u0000-\u024f\u2000-\u206f]/.test(ch) ? 0.6 : 1;
	return em;
}

/** Lines `text` takes in a box `width` px wide at `fontPx` (words of CJK text break anywhere). */
function lines(text: string, width: number, fontPx: number): number {
	return Math.max(1, Math.ceil((textEm(text) * fontPx) / width));
}

/**
 * The height in CSS px the frame needs to show the whole embed page at EMBED_MIN_WIDTH (wider frames
 * need less: text wraps less and the table keeps one row), from the page's blocks and the sizes of
 * src/styles/embed.css, target-page.css, targets.css and target-charts.css; with a margin for fonts
 * that run wider than the system CJK font. tests/outreach/outreach.site.test.ts loads every target at 360 and
 * 640 px in a frame of this height and fails if the attribution is cut off.
 */
export function embedHeight(c: EmbedContent): number {
	const width = EMBED_MIN_WIDTH - 32; // main's padding: 1rem each side
	const body = 16 * 1.7; // one line of body text
	let h = 12 * 2; // main's padding top and bottom
	h += lines(c.title, width, 20.8) * 20.8 * 1.7 + 8; // h1 (1.3rem) and its margin
	h += lines(c.sentence, width - 36, 16) * body + 40; // the quote: its padding, border and margins
	// The table, stacked on a phone: one line per cell, the first with its kind label.
	h += c.row.reduce((sum, cell) => sum + lines(cell, width - 110, 16) * body, 0) + 40;
	if (c.chart) {
		const inner = width - 34; // the figure's padding and border
		h += 24 + 32 + 34; // chart-figure's margins, the figure's padding and border
		h += lines(c.chart.caption, inner, 16.8) * 16.8 * 1.7 + lines(c.chart.summary, inner, 16) * body + 18;
		h += 288 + 16; // the canvas box (18rem) and its margin
		h += (c.chart.rows + 1) * 48; // the chart's data table (its heading row may wrap on a phone)
	}
	if (c.noData) h += body + 16;
	h += lines(c.attribution, width, 14.4) * 14.4 * 1.7 + 24 + 1; // attribution (0.9rem), padding, border
	return Math.ceil((h * 1.05 + 24) / 10) * 10;
}
