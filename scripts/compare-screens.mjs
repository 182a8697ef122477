// Full-page screenshots of the same paths from two builds, at 390 px, 1280 px and in 长辈模式 (the page walk's
// settings: 特大, dark, high contrast); reports whether each pair is pixel-identical. For changes that must not
// change what readers see (runs on the pinned Node, which loads the .ts it imports):
//   node scripts/compare-screens.mjs BEFORE_DIR AFTER_DIR /path/ /other/path/ …
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { ELDER_WALK_SETTINGS } from '../src/site/elder-rules.ts';
import { STORAGE_KEY } from '../src/site/reader-settings.ts';

const [a, b, ...paths] = process.argv.slice(2);
const MODES = [
	['phone', 390, null],
	['desktop', 1280, null],
	['phone-elder', 390, ELDER_WALK_SETTINGS],
];
// One port for both builds, in turn: pages without an origin show the address they are served from.
const PORT = 4599;

/** Every screenshot of one build: mode → path → PNG. */
async function shoot(browser, root) {
	const { server, url } = await startStaticServer({ root, port: PORT });
	const shots = new Map();
	for (const [mode, width, settings] of MODES) {
		const ctx = await browser.newContext({ viewport: { width, height: 844 } });
		if (settings) await ctx.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(settings)]);
		const page = await ctx.newPage();
		for (const p of paths) {
			await page.goto(url + p);
			await page.waitForTimeout(150);
			shots.set(`${mode} ${p}`, await page.screenshot({ fullPage: true, animations: 'disabled' }));
		}
		await ctx.close();
	}
	await new Promise((r) => {
		server.closeAllConnections?.();
		server.close(r);
	});
	return shots;
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const before = await shoot(browser, a);
const after = await shoot(browser, b);
await browser.close();
let differ = 0;
for (const [key, x] of before) {
	const y = after.get(key);
	const same = x.equals(y);
	if (!same) differ++;
	console.log(`${same ? 'same' : 'DIFFERENT'} ${key} (${x.length} / ${y.length} bytes)`);
}
process.exit(differ ? 1 : 0);
