// Full-page screenshots of the same paths from two builds, at 390 px, 1280 px and in 长辈模式 (特大, dark, high
// contrast); reports whether each pair is pixel-identical. For changes that must not change what readers see:
//   node scripts/compare-screens.mjs BEFORE_DIR AFTER_DIR /path/ /other/path/ …
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
const [a, b, ...paths] = process.argv.slice(2);
// One port for both builds, in turn: pages without an origin show the address they are served from.
const PORT = 4599;
const serve = (root) => startStaticServer({ root, port: PORT });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
let differ = 0;
for (const [mode, width, settings] of [
	['phone', 390, null],
	['desktop', 1280, null],
	['phone-elder', 390, '{"elder":"on","size":"xl","theme":"dark","contrast":"high"}'],
]) {
	const ctx = await browser.newContext({ viewport: { width, height: 844 } });
	if (settings) await ctx.addInitScript((v) => localStorage.setItem('kaifu-reader-settings', v), settings);
	const page = await ctx.newPage();
	for (const p of paths) {
		const shots = [];
		for (const root of [a, b]) {
			const s = await serve(root);
			await page.goto(s.url + p);
			await page.waitForTimeout(150);
			shots.push(await page.screenshot({ fullPage: true, animations: 'disabled' }));
			await new Promise((r) => {
				s.server.closeAllConnections?.();
				s.server.close(r);
			});
		}
		const same = shots[0].equals(shots[1]);
		if (!same) differ++;
		console.log(`${same ? 'same' : 'DIFFERENT'} ${mode} ${p} (${shots[0].length} / ${shots[1].length} bytes)`);
	}
	await ctx.close();
}
await browser.close();
process.exit(differ ? 1 : 0);
