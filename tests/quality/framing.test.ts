/**
 * The site's own sentences about the plan (content/framing.yaml) and the reasons of the outreach links,
 * against the published source (reference/official-source.txt), not against the site's content: every
 * name, date and period they state is in the official words they rest on, and those words are in the
 * source. The bad-input cases prove the build-time check (src/quality/framing.ts) fails with
 * file › entry › field.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatProblem } from '../../src/content-reader/problems.ts';
import { readContent } from '../../src/content-reader/read-content.ts';
import { contentFixture, replaceOnce, runAstro } from '../helpers/fixtures.ts';
import { bodyText } from '../helpers/source.ts';

const root = process.cwd();
const squash = (s: string) => s.replace(/\s+/g, '');
const bare = (s: string) => squash(s).replace(/[“”《》]/g, '');
const source = squash(bodyText());
const framing = parseYaml(fs.readFileSync('content/framing.yaml', 'utf8')) as Array<{ id: string; text: string; restsOn: string[]; reading?: boolean }>;
const outreach = parseYaml(fs.readFileSync('content/outreach.yaml', 'utf8')) as Array<{ id: string; reason: string }>;
const byId = new Map(framing.map((f) => [f.id, f]));

describe('content/framing.yaml: the site’s sentences say only what the text says', () => {
	it('holds the sentences of the home page, /about/, the handout and the period notes', () => {
		for (const id of ['home-lede', 'about-source', 'handout-meta', 'period-note', 'period-ended', 'period-not-started']) expect(byId.has(id), id).toBe(true);
		expect(readContent(path.resolve('content'), root).problems.map(formatProblem)).toEqual([]);
	});

	it.each(framing.map((f) => [f.id, f] as const))('%s: its official words are in the published source', (_id, f) => {
		expect(f.restsOn.length).toBeGreaterThan(0);
		for (const w of f.restsOn) expect(source, w).toContain(squash(w));
	});

	it.each(framing.map((f) => [f.id, f] as const))('%s: every name, date and period it states is in those words', (_id, f) => {
		const text = f.text.replace(/\{[a-zA-Z]+\}/g, '');
		const stated = [
			...text.matchAll(/湖南省|长沙市|开福区|省委|市委|区委|全国|国家|中共[^\s、，·]*?区委|[^\s、，·]*?人民政府/g),
			...text.matchAll(/\d{4}年\d{1,2}月\d{1,2}日/g),
			...text.matchAll(/\d{4}—\d{4}年/g),
			...text.matchAll(/“[^”]+”|《[^》]+》/g),
		].map((m) => m[0]);
		for (const term of stated)
			expect(
				f.restsOn.some((w) => bare(w).includes(bare(term))),
				`${f.id}: "${term}"`,
			).toBe(true);
	});

	it('names the strategy as the source does: 省委“三高四新”战略, never 湖南省', () => {
		expect(source).toContain('落实省委“三高四新”战略');
		expect(byId.get('home-lede')!.text).toContain('落实省委“三高四新”战略');
		for (const f of framing) expect(f.text, f.id).not.toMatch(/湖南省“三高四新”/);
	});

	it('calls 2021年9月13日 the 成文日期, never an 印发 date (the source gives none)', () => {
		expect(source).toContain('长沙市开福区人民政府2021年9月13日');
		const dated = framing.filter((f) => /\d{4}年\d{1,2}月\d{1,2}日/.test(f.text));
		expect(dated.map((f) => f.id)).toEqual(['home-lede', 'about-source', 'handout-meta']);
		for (const f of dated) {
			expect(f.text, f.id).toMatch(/成文日期(为|\s)?2021年9月13日/);
			expect(f.text, f.id).not.toMatch(/日\s*印发|印发于/);
		}
	});

	it('gives 2021—2023年 as the years of the title, and a status only as the site’s reading', () => {
		expect(source).toContain('三年行动方案（2021—2023年）');
		// Outside a quoted title (《……（2021—2023年）》), the years are said to be the title's.
		const outsideTitles = (t: string) => t.replace(/《[^》]+》/g, '');
		const withYears = framing.filter((x) => /2021—2023年/.test(outsideTitles(x.text)));
		expect(withYears.length).toBeGreaterThan(0);
		for (const f of withYears) expect(outsideTitles(f.text), f.id).toMatch(/标题注明的(年限)?[为 ]?“?2021—2023年/);
		for (const f of framing) {
			if (/期满|已结束|已过|尚未开始|实施中/.test(f.text)) {
				expect(f.reading, f.id).toBe(true);
				expect(f.text, f.id).toMatch(/本站.*推算/);
			}
		}
	});

	it('outreach reasons add no outside facts (全国科普日, 全国科技活动周, 由湖南省提出)', () => {
		for (const l of outreach) {
			expect(l.reason, l.id).not.toMatch(/全国科普日|全国科技活动周|由湖南省提出/);
			// A term the reason quotes, with the body named before it, is the source's.
			for (const m of l.reason.matchAll(/[\u4e00-\u9fa5]{0,2}[委省府市区]“[^”]+”/g)) expect(source, `${l.id}: ${m[0]}`).toContain(m[0]);
		}
	});
});

describe('bad framing fails with file › entry › field', () => {
	const old = '这是开福区为落实湖南省“三高四新”战略、建设科技创新强区而制定的三年行动方案，于2021年9月13日印发，实施期限为 2021—2023 年，现已期满。';
	const withOldLede = (t: string) => replaceOnce(/ {2}text: 这是开福区[^\n]*\n/.exec(t)![0], `  text: ${old}\n`)(t);

	it('reports the outside name, the 印发 date and the status stated as fact', () => {
		const dir = contentFixture({ 'framing.yaml': withOldLede });
		const file = path.relative(root, path.join(dir, 'framing.yaml')).split(path.sep).join('/');
		const problems = readContent(dir, root).problems.map(formatProblem);
		expect(problems).toContain(`${file} › sentence home-lede › text: states "湖南省", which none of the official words in restsOn says`);
		expect(problems).toContain(`${file} › sentence home-lede › text: calls a date the 印发 date: the text gives only the 成文日期 (2021年9月13日)`);
		expect(problems).toContain(`${file} › sentence home-lede › reading: "期满" is derived from the title's period, not stated by the text: mark the sentence reading: true and say so (本站……推算)`);
	});

	it('reports official words that are not the text’s', () => {
		const dir = contentFixture({ 'framing.yaml': replaceOnce('    - 为进一步落实省委“三高四新”战略\n', '    - 为进一步落实湖南省“三高四新”战略\n') });
		const file = path.relative(root, path.join(dir, 'framing.yaml')).split(path.sep).join('/');
		expect(readContent(dir, root).problems.map(formatProblem)).toContain(`${file} › sentence home-lede › restsOn[1]: "为进一步落实湖南省“三高四新”战略" is not in the official text; copy it exactly`);
	});

	// Each in a build of its own: the build reports only the first stage that has problems (unit kinds
	// are checked before the site's own sentences), so one mistake is never hidden behind another.
	it('the build stops on a framing sentence that says more than its words', () => {
		const r = runAstro(['sync'], contentFixture({ 'framing.yaml': withOldLede }), 60_000);
		expect(r.status).not.toBe(0);
		expect(r.stdout + r.stderr).toMatch(/framing\.yaml › sentence home-lede › text: states "湖南省"/);
	});

	it('the build stops on a unit kind with no source', () => {
		const r = runAstro(['sync'], contentFixture({ 'departments.yaml': replaceOnce('区城投集团: { kind: 未注明 }', '区城投集团: { kind: 国有企业 }') }), 60_000);
		expect(r.status).not.toBe(0);
		expect(r.stdout + r.stderr).toMatch(/departments\.yaml › 区城投集团 › kindFrom: 国有企业 is not in the annex/);
	});
});
