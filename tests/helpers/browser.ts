/** Chromium (Debian's /usr/bin/chromium) driven by playwright-core, against dist/ served locally. */
import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
	});
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
