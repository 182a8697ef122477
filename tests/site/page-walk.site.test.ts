/**
 * THE page walk: every built page at 390 × 844, once in the default settings and once in 长辈模式 + 特大
 * (with 高对比度 and 深色, so axe also checks that palette), one visit per page and mode. Each visit runs
 * axe-core and measures the page (tests/helpers/measure-page.ts): no sideways scrolling, the header's
 * height, text size, line height and paragraph spacing, control sizes and table columns. It also collects
 * console errors, CSP violations and failed or off-site requests. Failures name the page and the element.
 *
 * The numbers are the issue's (14: header ≤ 120 px, ≤ 200 px in 长辈模式 + 特大) and the MIIT 适老化 rules'
 * (20: in 长辈模式 text ≥ 18 px, line height ≥ 1.3, paragraph spacing ≥ 1.3 line heights, controls ≥ 60 × 60 px;
 * controls ≥ 44 × 44 px in every mode). Redirect pages (/t/, /a/, /g/, /s/: a meta refresh and a link) are
 * left out; embeds have no header or reader settings, so a sample of them is walked in the default mode.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, page as parsedPage } from '../helpers/dist.ts';
import { runAxe, useHarness, watchPage } from '../helpers/browser.ts';
import { measurePage } from '../helpers/measure-page.ts';
import { ELDER_WALK_SETTINGS, PHONE, WALK_LIMITS } from '../../src/site/elder-rules.ts';
import { STORAGE_KEY } from '../../src/site/reader-settings.ts';

const all = builtPages();
const isRedirect = (p: string) => parsedPage(p).querySelector('meta[http-equiv="refresh"]') !== null;
const isEmbed = (p: string) => p.startsWith('/embed/');
const sitePages = all.filter((p) => !isRedirect(p) && !isEmbed(p));
const embeds = all.filter(isEmbed).filter((_, i) => i % 8 === 0);

// Tabs per mode: the two modes walk the same pages (but the embeds), so as many tabs each.
const MODES = {
	default: { settings: null, pages: [...sitePages, ...embeds], limits: WALK_LIMITS.default, tabs: 3 },
	elder: { settings: ELDER_WALK_SETTINGS, pages: sitePages, limits: WALK_LIMITS.elder, tabs: 3 },
};

const h = useHarness();

// The measuring function runs in the page; the bundler's name helper does not exist there.
const measureSource = `(() => { const __name = (f) => f; return (${measurePage.toString()}); })()`;

describe('the page walk at 390 × 844', () => {
	it('walks more than every template', () => {
		expect(sitePages.length).toBeGreaterThan(100);
		for (const p of ['/', '/plan/', '/annex/', '/tasks/12/', '/support/', '/targets/', '/search/', '/kepu/', '/404.html']) expect(sitePages).toContain(p);
	});

	// The two modes run at the same time, each in its tabs, which share its pages (a tab waits on the
	// network and on Node for part of each visit, so more tabs than cores keep both cores busy).
	it.concurrent.for(Object.entries(MODES))(
		'in the %s mode: axe finds nothing, nothing scrolls sideways, and every size holds',
		{ timeout: 900_000 },
		async ([mode, { settings, pages, limits, tabs }], { expect }) => {
			const ctx = await h.context({ viewport: { ...PHONE } });
			if (settings) await ctx.addInitScript(([k, v]) => localStorage.setItem(k!, v!), [STORAGE_KEY, JSON.stringify(settings)]);
			const found: string[] = [];
			const errors: string[] = [];
			const lanes = Array.from({ length: tabs }, async (_, lane) => {
				const page = await ctx.newPage();
				const seen = await watchPage(page, h.base);
				for (const p of pages.filter((_, i) => i % tabs === lane)) {
					await page.goto(h.base + p);
					if (settings && !isEmbed(p)) expect(await page.getAttribute('html', 'data-elder'), p).toBe('on');
					const measured = (await page.evaluate(`(${measureSource})(${JSON.stringify(limits)})`)) as string[];
					for (const m of measured) found.push(`${p}: ${m}`);
					const axe = await runAxe(page);
					if (axe.passes.length < 10) found.push(`${p}: axe ran only ${axe.passes.length} checks`);
					for (const v of axe.violations)
						found.push(
							`${p}: axe ${v.id} (${v.impact}) ${v.nodes
								.map((n) => n.target.join(' '))
								.slice(0, 3)
								.join(' | ')}`,
						);
				}
				errors.push(...seen);
			});
			await Promise.all(lanes);
			expect(found, `${mode}: ${found.length} problems`).toEqual([]);
			expect(errors).toEqual([]);
		},
	);
});
