/**
 * 一图读懂 and the share cards: every number in every image is checked against the official text.
 * The images are drawn only from runs (src/outreach/tujie/model.ts); checkRuns proves each run by its
 * source, and this file also compares the runs with the reference source directly (not the site's
 * MDX), so that a wrong number fails here even if the content and the checker agreed on it.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { loadContent } from '../../src/content-reader/read-content.ts';
import { checkRuns, numbersIn } from '../../src/outreach/tujie/check.ts';
import { cardRuns, cut, shareCards, shareImagePath, tujieAlt, tujieCard, tujieModel, tujieRuns, type Run } from '../../src/outreach/tujie/model.ts';
import { allText, cardTree, tujieTree } from '../../src/outreach/tujie/render.ts';
import { parseUnicodeRange, subsetsFor } from '../../src/outreach/tujie/font.ts';
import { repairedSource } from '../helpers/source.ts';

const content = loadContent(path.resolve('content'), process.cwd());
const official = fs.readFileSync('reference/official-source.txt', 'utf8');
const squash = (s: string) => s.replace(/\s+/g, '');
/** The reference source, squashed, with the annex's half-width punctuation read as the body's. */
const source = squash(repairedSource());
const fullWidth = (s: string) => s.replace(/,/g, '，').replace(/;/g, '；').replace(/\(/g, '（').replace(/\)/g, '）');
const sourceFull = fullWidth(source);

const m = tujieModel(content);
const cards = [...shareCards(content, content.site.name), tujieCard(m, content.site.name)];
const images: Array<{ image: string; runs: Run[] }> = [{ image: '/tujie/tujie.png', runs: tujieRuns(m) }, ...cards.map((c) => ({ image: c.image, runs: cardRuns(c) }))];

describe('every image says only what the official text says', () => {
	it('the checker finds no problem in any image of the real content', () => {
		const problems = images.flatMap((i) => checkRuns(i.image, i.runs, content, official));
		expect(problems).toEqual([]);
	});

	it('every run with a digit is a quotation, a checked figure, year, amount, count, page number or link', () => {
		for (const { image, runs } of images) {
			for (const r of runs) if (/\d/.test(r.text)) expect(['text', 'annex', 'doc', 'figure', 'year', 'amount', 'count', 'ref', 'link', 'target-title'], `${image} › ${r.text}`).toContain(r.src.kind);
		}
	});

	it('quoted words stand in the published text (reference source), numbers and all', () => {
		for (const { image, runs } of images) {
			for (const r of runs) {
				if (r.src.kind !== 'text' && r.src.kind !== 'annex' && r.src.kind !== 'doc') continue;
				const words = fullWidth(squash(r.cut ? r.text.replace(/^……|……$/g, '') : r.text));
				expect(sourceFull.includes(words), `${image} › "${r.text}"`).toBe(true);
			}
		}
	});

	it('each figure, its unit and its year are those of a sentence of the published text', () => {
		let figures = 0;
		for (const { image, runs } of images) {
			for (const r of runs) {
				if (r.src.kind !== 'figure' && r.src.kind !== 'year') continue;
				const id = r.src.target;
				const t = content.targets.find((x) => x.id === id)!;
				// The target's quote is in the published text …
				const at = source.indexOf(squash(t.quote));
				expect(at, `${image}: quote of ${t.id}`).toBeGreaterThanOrEqual(0);
				const sentenceStart = source.lastIndexOf('。', at) + 1;
				const beforeAndQuote = source.slice(sentenceStart, at + squash(t.quote).length);
				if (r.src.kind === 'figure') {
					figures++;
					// … and the image's figure with its unit stands in it as written (以上 only where the text says it).
					const drawn = squash(r.text);
					expect(squash(t.quote), `${image}: ${drawn}`).toContain(drawn);
					expect(numbersIn(drawn).map(Number), `${image}: ${drawn}`).toEqual([t.value, ...(t.valueMax !== undefined ? [t.valueMax] : [])]);
				} else {
					// … and the year drawn is the last year its sentence names before the figure.
					const years = [...beforeAndQuote.matchAll(/(\d{4})年(上半年)?/g)];
					const last = years.at(-1)!;
					expect(squash(r.text), `${image}: year of ${t.id}`).toBe(`${last[1]}年${last[2] ?? ''}`);
				}
			}
		}
		// 主要工作目标 has six figures; every target with a figure has a card showing it.
		expect(figures).toBe(6 + content.targets.filter((t) => t.value !== null).length);
	});

	it('the renderer draws no number that is not in a run', () => {
		const check = (tree: Parameters<typeof allText>[0], runs: Run[], name: string) => {
			const allowed = new Set(runs.flatMap((r) => numbersIn(r.text)));
			for (const n of numbersIn(allText(tree))) expect(allowed.has(n), `${name}: ${n}`).toBe(true);
		};
		check(tujieTree(m, content.site.name), tujieRuns(m), '/tujie/tujie.png');
		for (const c of cards) check(cardTree(c), cardRuns(c), c.image);
	});
});

describe('the checker fails on a wrong number (tests/fixtures/tujie/wrong-numbers.json)', () => {
	const fixture = JSON.parse(fs.readFileSync('tests/fixtures/tujie/wrong-numbers.json', 'utf8')) as { cases: Array<{ name: string; wrong: Run; right: Run }> };
	for (const c of fixture.cases) {
		it(c.name, () => {
			expect(checkRuns('/fixture.png', [c.right], content, official), 'the right run passes').toEqual([]);
			const problems = checkRuns('/fixture.png', [c.wrong], content, official);
			expect(problems.length, 'the wrong run is reported').toBeGreaterThan(0);
			expect(problems[0]!.text).toBe(c.wrong.text);
		});
	}

	it('a target whose figure disagrees with its sentence fails with the target check rule', () => {
		const wrong = { ...content, targets: content.targets.map((t) => (t.id === 'hightech-enterprises' ? { ...t, value: 600 } : t)) };
		const problems = checkRuns('/fixture.png', [{ text: '600 家以上', src: { kind: 'figure', target: 'hightech-enterprises' } }], wrong, official);
		expect(problems.map((p) => p.message).join('\n')).toMatch(/target hightech-enterprises › value/);
	});
});

describe('what the images show', () => {
	it('一图读懂 has the title, the six main goals, the five actions with their measures, every lead unit and the amounts', () => {
		expect(m.title.text).toBe(content.document.title);
		expect(m.goals.map((g) => g.goal.text)).toHaveLength(6);
		expect(m.actions.map((a) => a.measures.length)).toEqual(content.actions.map((a) => a.measures.length));
		expect(m.leads.reduce((n, l) => n + Number(l.tasks.text), 0)).toBe(content.tasks.length);
		expect(new Set(m.leads.map((l) => l.unit.text))).toEqual(new Set(content.tasks.map((t) => t.lead)));
		expect(m.supports.map((s) => s.amount.text)).toEqual(['30万元', '10万元', '10万元']);
	});

	it('its text alternative carries every goal, action, lead unit and amount', () => {
		const alt = tujieAlt(m);
		for (const r of tujieRuns(m)) if (r.src.kind !== 'label' && r.src.kind !== 'count') expect(alt, r.text).toContain(r.text);
	});

	it('there is a card for every action, task, target and support page, and og:image names it', () => {
		const pages = [
			...content.actions.map((a) => `/actions/${a.id}/`),
			...content.tasks.map((t) => `/tasks/${t.number}/`),
			...content.targets.map((t) => `/targets/${t.id}/`),
			...content.supports.map((s) => `/support/${s.id}/`),
		];
		expect(cards.map((c) => c.page).sort()).toEqual([...pages, '/tujie/'].sort());
		for (const c of cards) expect(shareImagePath(c.page)).toBe(c.image);
		expect(shareImagePath('/annex/')).toBeUndefined();
		expect(shareImagePath('/tasks/')).toBeUndefined();
	});

	it('cuts long texts at a mark, and marks the cut', () => {
		expect(cut('短文本', 10)).toEqual({ text: '短文本', cut: false });
		const c = cut('第一句很长很长很长，第二句也很长很长很长很长', 14);
		expect(c).toEqual({ text: '第一句很长很长很长……', cut: true });
	});
});

describe('the font', () => {
	it('reads unicode ranges and picks only the subsets an image needs', () => {
		expect(parseUnicodeRange('U+4e00-4e0f,U+3000')).toEqual([
			[0x4e00, 0x4e0f],
			[0x3000, 0x3000],
		]);
		const few = subsetsFor('一图读懂');
		expect(few.length).toBeGreaterThan(0);
		expect(few.length).toBeLessThan(8);
		expect(subsetsFor(allText(tujieTree(m, content.site.name))).length).toBeLessThan(100);
	});
});
