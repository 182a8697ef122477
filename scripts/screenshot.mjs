// Takes full-page screenshots of built pages at phone and desktop widths, for looking at by eye.
// Usage: npm run screenshot -- /plan/ /annex/ …  (writes to /tmp/shots/; runs on the pinned Node, which loads the .ts it imports)
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { STORAGE_KEY } from '../src/site/reader-settings.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const out = process.env.SHOTS_DIR ?? '/tmp/shots';
fs.mkdirSync(out, { recursive: true });
const { server, url } = await startStaticServer({ root: 'dist' });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
for (const [name, width] of [
	['phone', 390],
	['desktop', 1280],
]) {
	const page = await browser.newPage({ viewport: { width, height: Number(process.env.HEIGHT ?? 844) } });
	// READER='{"elder":"on","theme":"dark","contrast":"high"}' applies reader settings, as a returning reader would have them.
	if (process.env.READER) await page.addInitScript(([key, v]) => localStorage.setItem(key, v), [STORAGE_KEY, process.env.READER]);
	for (const p of paths) {
		await page.goto(url + p);
		if (p.includes('#')) await page.waitForTimeout(200);
		const file = `${out}/${name}${p.replace(/[^a-z0-9]+/gi, '_')}.png`;
		await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
		console.log(file);
	}
	await page.close();
}
await browser.close();
server.close();
