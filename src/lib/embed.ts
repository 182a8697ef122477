/** The iframe snippet partner sites (街道, 科协, 园区) paste to embed one target. */

/** Path of a target's embed page. */
export function embedPath(targetId: string): string {
	return `/embed/targets/${targetId}/`;
}

/**
 * The HTML to paste. The src is absolute when the public origin is known; otherwise the snippet
 * shows the path after a placeholder that says what to put there. The title names the frame for
 * screen readers (WCAG 4.1.2).
 */
export function iframeSnippet(targetId: string, title: string, origin: string | URL | undefined): string {
	const src = origin ? new URL(embedPath(targetId), origin).href : `（本站网址）${embedPath(targetId)}`;
	const safeTitle = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return `<iframe src="${src}" title="指标：${safeTitle}" width="100%" height="480" loading="lazy"></iframe>`;
}
