/**
 * 一图读懂 (/tujie/), the share cards and 朗读 in the built site. The figure test of the images is
 * tests/outreach/tujie.test.ts; here: the files exist with their sizes, every page that should have a card
 * names it in og:image, the page holds the same content as text, and 朗读 works in Chromium with a
 * stubbed speechSynthesis.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { loadContent } from '../../src/content-reader/read-content.ts';
import { DIST, builtPages, page, squash } from '../helpers/dist.ts';
import { runAxe, sidewaysPx, useHarness } from '../helpers/browser.ts';
import { STORAGE_KEY } from '../../src/site/reader-settings.ts';

const content = loadContent(path.resolve('content'), process.cwd());
const pngSize = (file: string) => {
	const b = fs.readFileSync(file);
	expect(b.subarray(1, 4).toString('latin1'), file).toBe('PNG');
	return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), bytes: b.length };
};

describe('images in the build', () => {
	it('every action, task, target and support page names its own 1200×630 card in og:image', () => {
		const pages = builtPages().filter((p) => /^\/(actions|tasks|targets|support)\/[^/]+\/$/.test(p));
		expect(pages.length).toBe(content.actions.length + content.tasks.length + content.targets.length + content.supports.length);
		for (const p of [...pages, '/tujie/']) {
			const og = page(p).querySelector('meta[property="og:image"]')?.getAttribute('content');
			expect(og, p).toBeTruthy();
			// No origin is configured in content/site.yaml, so the path is relative; with one it is absolute.
			const file = path.join(DIST, new URL(og!, 'https://x.invalid').pathname);
			expect(pngSize(file), p).toMatchObject({ width: 1200, height: 630 });
		}
	});

	it('pages without a card of their own name none', () => {
		for (const p of ['/', '/plan/', '/annex/', '/targets/', '/support/']) expect(page(p).querySelector('meta[property="og:image"]'), p).toBeNull();
	});

	it('the long image is 750 px wide, and both images are offered for download', () => {
		const long = pngSize(path.join(DIST, 'tujie/tujie.png'));
		expect(long.width).toBe(750);
		expect(long.height).toBeGreaterThan(2000);
		const doc = page('/tujie/');
		const img = doc.querySelector('img[src="/tujie/tujie.png"]')!;
		expect(img.getAttribute('loading')).toBe('lazy');
		expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual([String(long.width), String(long.height)]);
		const downloads = doc.querySelectorAll('a[download]').map((a) => a.getAttribute('href'));
		expect(downloads).toEqual(['/tujie/tujie.png', '/tujie/card.png']);
	});
});

describe('/tujie/ as text', () => {
	const doc = page('/tujie/');
	const text = squash(doc.querySelector('main')!.textContent);
	it('has the title as its heading and the goals, actions, lead units and amounts as text', () => {
		expect(squash(doc.querySelector('h1')!.textContent)).toBe(squash(content.document.title));
		for (const a of content.actions) {
			expect(text).toContain(squash(a.title));
			for (const m of a.measures) expect(text).toContain(squash(m.title));
		}
		for (const lead of new Set(content.tasks.map((t) => t.lead))) {
			const row = doc.querySelectorAll('.tj-leads tbody tr').find((r) => r.querySelector('th')!.textContent === lead)!;
			expect(row.querySelector('td')!.textContent, lead).toBe(`${content.tasks.filter((t) => t.lead === lead).length} 项`);
		}
		for (const amount of ['30万元', '10万元']) expect(text).toContain(amount);
		// Each main goal as the text writes it.
		const goals = content.clauses.find((c) => c.id === 'goals-main')!.paragraphs[0]!;
		for (const li of doc.querySelectorAll('.tj-goals li span')) expect(squash(goals)).toContain(squash(li.textContent));
	});
	it('the image alt carries the goals and the actions', () => {
		const alt = doc.querySelector('img[src="/tujie/tujie.png"]')!.getAttribute('alt')!;
		for (const li of doc.querySelectorAll('.tj-goals li span')) expect(alt).toContain(li.textContent);
		for (const a of content.actions) expect(alt).toContain(a.title);
	});
});

describe('朗读 loads nothing until it is used', () => {
	it('pages carry only the small control: no player, no image or speech code in the page', () => {
		for (const p of ['/plan/', '/actions/1/', '/tasks/2/', '/tujie/']) {
			const html = fs.readFileSync(path.join(DIST, p, 'index.html'), 'utf8');
			expect(html, p).toContain('<read-aloud');
			expect(html, p).not.toMatch(/src="\/read-aloud\.js"|href="\/read-aloud\.css"/);
			const init = [...html.matchAll(/<script type="module">([^<]*)<\/script>/g)].map((m) => m[1]!).find((s) => s.includes('read-aloud'))!;
			expect(init.length, p).toBeLessThan(500);
		}
		expect(fs.existsSync(path.join(DIST, 'read-aloud.js'))).toBe(true);
		expect(fs.existsSync(path.join(DIST, 'read-aloud.css'))).toBe(true);
	});
});

/** Replaces speechSynthesis with a recorder; cancel() ends the current utterance, as Chromium does. */
function stubSpeech(voices: Array<{ lang: string; name: string; remote?: boolean }>) {
	return `(() => {
		const log = { spoken: [], calls: [] };
		window.__speech = log;
		class Utterance extends EventTarget { constructor(text) { super(); this.text = text; this.lang = ''; this.rate = 1; this.voice = null; } }
		window.SpeechSynthesisUtterance = Utterance;
		const voices = ${JSON.stringify(voices)}.map((v) => ({ lang: v.lang, name: v.name, voiceURI: v.name, localService: !v.remote, default: false }));
		const synth = new EventTarget();
		synth.getVoices = () => voices;
		synth.speak = (u) => { log.calls.push('speak'); log.spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice && u.voice.lang, u }); };
		synth.cancel = () => { log.calls.push('cancel'); const last = log.spoken.at(-1); if (last && !last.done) { last.done = true; last.u.dispatchEvent(new Event('end')); } };
		synth.pause = () => log.calls.push('pause');
		synth.resume = () => log.calls.push('resume');
		Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
		window.__end = () => { const last = log.spoken.at(-1); last.done = true; last.u.dispatchEvent(new Event('end')); };
	})();`;
}

describe('朗读 in Chromium (stubbed speechSynthesis)', () => {
	const h = useHarness();

	const open = async (p: string, voices: Array<{ lang: string; name: string; remote?: boolean }>) => {
		const context = await h.context({ viewport: { width: 390, height: 844 } });
		await context.addInitScript(stubSpeech(voices));
		const page = await context.newPage();
		const requests: string[] = [];
		const errors: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await page.goto(h.base + p);
		return { page, requests, errors };
	};
	const spoken = (page: Page) =>
		page.evaluate(() =>
			(window as unknown as { __speech: { spoken: Array<{ text: string; rate: number; lang: string; voice: string | null }> } }).__speech.spoken.map(({ text, rate, lang, voice }) => ({
				text,
				rate,
				lang,
				voice,
			})),
		);
	const calls = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { calls: string[] } }).__speech.calls);
	const current = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.ra-current')].map((e) => e.textContent!.replace(/\s+/g, '')));

	it('stays hidden where the device has no Mandarin voice of its own (Cantonese, English and a remote zh-CN voice here)', async () => {
		const { page } = await open('/tasks/2/', [
			{ lang: 'zh-HK', name: 'Cantonese' },
			{ lang: 'en-US', name: 'English' },
			{ lang: 'zh-CN', name: 'Remote', remote: true },
		]);
		await page.waitForTimeout(300);
		expect(await page.locator('read-aloud').isHidden()).toBe(true);
		await page.context().close();
	});

	it('reads a task page paragraph by paragraph, marks each, and pauses, resumes, changes speed and stops, by keyboard', async () => {
		const { page, requests, errors } = await open('/tasks/2/', [
			{ lang: 'en-US', name: 'English' },
			{ lang: 'zh-CN', name: 'Mandarin' },
		]);
		const start = page.getByRole('button', { name: '朗读原文' });
		await start.waitFor({ state: 'visible' });
		// The paragraphs, in reading order, as the page shows them: the title, the annex row, the body clause.
		const expected = await page.evaluate(() => [document.querySelector('main h1')!, ...document.querySelectorAll('main .official-quote p')].map((e) => e.textContent!.replace(/\s+/g, '')));
		expect(expected.length).toBeGreaterThanOrEqual(3);
		const before = requests.length;

		await start.focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => (window as unknown as { __speech: { spoken: unknown[] } }).__speech.spoken.length === 1);
		// Focus moves to 暂停, the first control.
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('暂停');
		let said = await spoken(page);
		expect(said[0]).toMatchObject({ lang: 'zh-CN', voice: 'zh-CN', rate: 1 });
		expect(squash(said[0]!.text)).toBe(expected[0]);
		expect(await current(page)).toEqual([expected[0]]);

		// The end of each utterance starts the next paragraph, and the mark follows.
		await page.evaluate(() => (window as unknown as { __end: () => void }).__end());
		expect(await current(page)).toEqual([expected[1]]);
		expect(squash((await spoken(page))[1]!.text)).toBe(expected[1]);

		// Pause and resume (Space on the focused button).
		await page.keyboard.press('Space');
		expect((await calls(page)).at(-1)).toBe('pause');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('继续');
		await page.keyboard.press('Space');
		expect((await calls(page)).at(-1)).toBe('resume');

		// A new speed reads the current paragraph again at that speed, without skipping ahead.
		await page.locator('read-aloud select').selectOption('1.25');
		said = await spoken(page);
		expect(said.at(-1)).toMatchObject({ rate: 1.25 });
		expect(squash(said.at(-1)!.text)).toBe(expected[1]);
		expect(await current(page)).toEqual([expected[1]]);

		// Through to the end: the utterances are the paragraphs, in order.
		for (let i = 2; i < expected.length; i++) {
			await page.evaluate(() => (window as unknown as { __end: () => void }).__end());
			expect(await current(page)).toEqual([expected[i]]);
		}
		said = await spoken(page);
		const distinct = said.map((s) => squash(s.text)).filter((t, i, all) => t !== all[i - 1]);
		expect(distinct).toEqual(expected);

		// Stop: speech cancelled, no mark, 朗读原文 back and focused.
		await page.getByRole('button', { name: '停止' }).focus();
		await page.keyboard.press('Enter');
		expect((await calls(page)).at(-1)).toBe('cancel');
		expect(await current(page)).toEqual([]);
		expect(await start.isVisible()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('朗读原文');
		const count = (await spoken(page)).length;
		await page.waitForTimeout(200);
		expect((await spoken(page)).length, 'nothing more is read after stop').toBe(count);

		// The only requests 朗读 made: the player and its styles, from this site.
		expect(
			requests
				.slice(before)
				.map((u) => new URL(u).pathname)
				.sort(),
		).toEqual(['/read-aloud.css', '/read-aloud.js']);
		expect(requests.every((u) => u.startsWith(h.base))).toBe(true);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it.each([
		['the default settings', null],
		['长辈模式 + high contrast + dark', JSON.stringify({ elder: 'on', contrast: 'high', theme: 'dark' })],
	])('the control, shown and playing, passes axe and fits a phone, in %s; 长辈模式 makes it larger', async (_label, settings) => {
		const sizes: number[] = [];
		for (const p of ['/tasks/2/', '/tujie/']) {
			const context = await h.context({ viewport: { width: 390, height: 844 } });
			if (settings) await context.addInitScript(([k, v]) => localStorage.setItem(k!, v!), [STORAGE_KEY, settings]);
			await context.addInitScript(stubSpeech([{ lang: 'zh-CN', name: 'Mandarin' }]));
			const page = await context.newPage();
			await page.goto(h.base + p);
			const start = page.getByRole('button', { name: '朗读原文' });
			// The button's text against the page's body text (长辈模式 sets --body-size on <body>).
			sizes.push(await start.evaluate((b) => parseFloat(getComputedStyle(b).fontSize) - parseFloat(getComputedStyle(document.body).fontSize)));
			if (settings) expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)), p).toBeGreaterThanOrEqual(18);
			await start.click();
			await page.getByRole('button', { name: '暂停' }).waitFor();
			await page.waitForFunction(() => [...document.styleSheets].some((s) => s.href?.endsWith('/read-aloud.css')));
			const result = await runAxe(page);
			expect(result.violations.map((v) => `${p}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
			expect(await sidewaysPx(page), p).toBeLessThanOrEqual(0);
			const box = await page.getByRole('button', { name: '停止' }).boundingBox();
			expect(box!.height, p).toBeGreaterThanOrEqual(44);
			await context.close();
		}
		// In 长辈模式 the start button is at least as large as the body text (itself at least 18 px).
		if (settings) for (const size of sizes) expect(size).toBeGreaterThanOrEqual(0);
	});

	it('reads /plan/ from its title through the official text, and /tujie/ from its title', async () => {
		for (const [p, first] of [
			['/plan/', squash(content.document.title)],
			['/tujie/', squash(content.document.title)],
		] as const) {
			const { page, errors } = await open(p, [{ lang: 'zh-CN', name: 'Mandarin' }]);
			await page.getByRole('button', { name: '朗读原文' }).click();
			await page.waitForFunction(() => (window as unknown as { __speech: { spoken: unknown[] } }).__speech.spoken.length === 1);
			expect(squash((await spoken(page))[0]!.text), p).toBe(first);
			await page.evaluate(() => (window as unknown as { __end: () => void }).__end());
			const second = squash((await spoken(page))[1]!.text);
			expect(second.length, p).toBeGreaterThan(0);
			expect(second, p).not.toContain('#');
			expect(errors, p).toEqual([]);
			await page.context().close();
		}
	});
});
