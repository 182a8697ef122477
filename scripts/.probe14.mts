import { chromium } from '/work/wt/issue-14/node_modules/playwright-core/index.mjs';
import { startStaticServer } from '/work/wt/issue-14/scripts/static-server.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '/work/wt/issue-14/scripts/chromium.mjs';
import { measurePage } from '/work/wt/issue-14/tests/helpers/measure-page.ts';
import { htmlPagesIn } from '/work/wt/issue-14/tests/helpers/dist.ts';
import fs from 'node:fs';
process.chdir('/work/wt/issue-14');
const modes = {
	default: [null, { header: 120, control: 44, minText: 0, lineHeight: 0, paragraph: 0 }],
	elder: [{ elder: 'on', size: 'xlarge', contrast: 'high', theme: 'dark' }, { header: 200, control: 60, minText: 18, lineHeight: 1.3, paragraph: 1.3 }],
	elderstd: [{ elder: 'on' }, { header: 200, control: 60, minText: 18, lineHeight: 1.3, paragraph: 1.3 }],
};
let paths = process.argv.slice(2);
if (paths[0] === 'all') paths = htmlPagesIn('dist').map((p) => p.path).filter((p) => !p.startsWith('/embed/') && !/^\/(t|a|g|s)\//.test(p)).sort();
const only = process.env.MODES ? process.env.MODES.split(',') : ['default', 'elder'];
const { server, url } = await startStaticServer({ root: 'dist' });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const src = `(() => { const __name = (f) => f; return (${measurePage.toString()}); })()`;
const counts = new Map();
for (const m of only) {
	const [settings, limits] = modes[m];
	const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
	if (settings) await ctx.addInitScript(([k, v]) => localStorage.setItem(k, v), ['kaifu-reader-settings', JSON.stringify(settings)]);
	const page = await ctx.newPage();
	page.on('pageerror', (e) => console.log('pageerror', e.message));
	for (const p of paths) {
		await page.goto(url + p);
		const res = await page.evaluate(`(${src})(${JSON.stringify(limits)})`);
		for (const r of res) {
			const key = m + ' ' + r.replace(/\d+(\.\d+)?px|\d+×\d+/g, 'N').slice(0, 140);
			counts.set(key, (counts.get(key) ?? 0) + 1);
			if (process.env.VERBOSE) console.log(m, p, r);
		}
	}
	await ctx.close();
}
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) console.log(v, k);
await browser.close();
server.close();
