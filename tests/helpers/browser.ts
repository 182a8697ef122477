/** Chromium (Debian's /usr/bin/chromium) driven by playwright-core, against dist/ served locally. */
import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

export { CHROMIUM };

/** The WCAG rule sets every axe run checks against. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** How far the document scrolls sideways, in CSS pixels (≤ 0: it does not). */
export const sidewaysPx = (page: Page | Frame): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The PDF page count Chromium produces (the /Type /Page objects; /Pages is the tree). */
export const pdfPageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

export interface Harness {
	browser: Browser;
	base: string;
	/** A fresh context (axe needs pages from a context, not from browser.newPage()). */
	context(options?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext>;
	close(): Promise<void>;
}

/** Serves `root` (dist/ unless another build is given) and starts Chromium. */
export async function startHarness(root = 'dist'): Promise<Harness> {
	const { server, url } = (await startStaticServer({ root })) as { server: Server; url: string };
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	const contexts: BrowserContext[] = [];
	return {
		browser,
		base: url,
		async context(options) {
			const c = await browser.newContext(options);
			contexts.push(c);
			return c;
		},
		async close() {
			for (const c of contexts) await c.close().catch(() => {});
			await browser.close();
			await new Promise((r) => server.close(r));
		},
	};
}
