/**
 * The bad-input table: each case changes one thing in a copy of content/ (tests/helpers/fixtures.ts) and
 * states what the build must say. For every case the content check (what every collection loader runs
 * first, so the build stops there) must report the problem with its file and its place, report it once
 * (no follow-on problems in other files), and throw, so the build fails. Afterwards a few cases go
 * through the real build (`npm run build`'s wrapper) to show that a failed or interrupted build leaves the
 * last good output untouched.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent, readContent } from '../../src/content-reader/read-content.ts';
import { ContentError, formatProblem } from '../../src/content-reader/problems.ts';
import { contentFixture, replaceOnce } from '../helpers/fixtures.ts';

type Edit = Record<string, (text: string) => string>;

/** Replaces the first occurrence of `marker` in a file with raw bytes (for encodings no string can carry). */
function bytesAt(dir: string, file: string, marker: string, bytes: number[], replace = true): void {
	const full = path.join(dir, file);
	const buf = fs.readFileSync(full);
	const at = buf.indexOf(Buffer.from(marker, 'utf8'));
	if (at < 0) throw new Error(`fixture: "${marker}" not in ${file}`);
	const cut = replace ? Buffer.from(marker, 'utf8').length : 0;
	fs.writeFileSync(full, Buffer.concat([buf.subarray(0, at), Buffer.from(bytes), buf.subarray(at + cut)]));
}

interface Case {
	name: string;
	edit?: Edit;
	/** Raw byte changes, after the text edits. */
	raw?: (dir: string) => void;
	/** The file the problem is in (relative to the content folder). */
	file: string;
	/** Parts the formatted problem must contain, in this order. */
	says: Array<string | RegExp>;
	/** How many problems the case may produce at most (1 unless the change makes several mistakes). */
	at_most?: number;
}

const mdx = (n: number) => `plan/actions/${n}.mdx`;

/** Where `marker` first stands in the real content file, as the problem names it ("› line N, column C"). */
function placeOf(file: string, marker: string): string {
	const text = fs.readFileSync(path.join(process.cwd(), 'content', file), 'utf8');
	const at = text.indexOf(marker);
	if (at < 0) throw new Error(`fixture: "${marker}" not in content/${file}`);
	const before = text.slice(0, at).split('\n');
	return `› line ${before.length}, column ${(before.at(-1) ?? '').length + 1}`;
}

const cases: Case[] = [
	// Encoding: before, a bad byte was decoded as U+FFFD and published (tasks.yaml built with exit 0).
	{ name: 'a non-UTF-8 byte in tasks.yaml', raw: (d) => bytesAt(d, 'tasks.yaml', '马栏山视频', [0xff]), file: 'tasks.yaml', says: ['› line 7, column 13', 'is not valid UTF-8 (byte 0xFF)'] },
	{ name: 'a truncated UTF-8 sequence in departments.yaml', raw: (d) => bytesAt(d, 'departments.yaml', '区科技局', [0xe5, 0x8c]), file: 'departments.yaml', says: [placeOf('departments.yaml', '区科技局'), 'is not valid UTF-8 (byte 0xE5)'] },
	{ name: 'an overlong encoding in targets.yaml', raw: (d) => bytesAt(d, 'targets.yaml', '#', [0xc0, 0xaf]), file: 'targets.yaml', says: ['› line 1, column 1', 'is not valid UTF-8 (byte 0xC0)'] },
	{ name: 'invalid UTF-8 in an action MDX file', raw: (d) => bytesAt(d, mdx(2), '培育以', [0xe5, 0x9f]), file: mdx(2), says: ['plan/actions/2.mdx › line 7, column 1', 'is not valid UTF-8 (byte 0xE5)'] },
	{ name: 'a byte-order mark at the start of tasks.yaml', raw: (d) => bytesAt(d, 'tasks.yaml', '#', [0xef, 0xbb, 0xbf, 0x23]), file: 'tasks.yaml', says: ['› line 1, column 1', 'byte-order mark'] },
	{ name: 'a byte-order mark at the start of document.mdx', raw: (d) => bytesAt(d, 'plan/document.mdx', '---', [0xef, 0xbb, 0xbf], false), file: 'plan/document.mdx', says: ['› line 1, column 1', 'byte-order mark'] },
	{ name: 'a byte-order mark inside actions.yaml', edit: { 'actions.yaml': replaceOnce('实施科技成果转移转化行动', '实施科技成果\uFEFF转移转化行动') }, file: 'actions.yaml', says: ['› line ', 'byte-order mark (U+FEFF) inside the text'] },
	{ name: 'a control character in a task text', edit: { 'tasks.yaml': replaceOnce('大力推进马栏山', '大力推进\u0007马栏山') }, file: 'tasks.yaml', says: ['› line 7, column 13', 'control character U+0007'] },
	{ name: 'a NUL in supports.yaml', edit: { 'supports.yaml': replaceOnce('- id: incubators', '- id: incu\u0000bators') }, file: 'supports.yaml', says: ['› line ', 'control character U+0000'] },
	{ name: 'a U+FFFD left by an earlier bad conversion, in an MDX file', edit: { [mdx(1)]: replaceOnce('①建好一个园。', '①建好一\uFFFD园。') }, file: mdx(1), says: ['› line 9, column 5', 'replacement character U+FFFD'] },
	{ name: 'a C1 control character in document.yaml', edit: { 'document.yaml': replaceOnce('taskCount: 35', 'taskCount: 35\u0085') }, file: 'document.yaml', says: ['control character U+0085'] },

	// MDX syntax: before, "Unexpected character …" with no file and no line.
	{ name: 'an unclosed { in an MDX file', edit: { [mdx(1)]: replaceOnce('①建好一个园。', '①建好一个园。{') }, file: mdx(1), says: ['plan/actions/1.mdx › line 9, column ', 'MDX syntax error', 'closing brace'] },
	{ name: 'an unclosed <Item> in an MDX file', edit: { [mdx(1)]: replaceOnce('</Item>\n\n<Item id="a1-m1-i2">', '\n\n<Item id="a1-m1-i2">') }, file: mdx(1), says: ['plan/actions/1.mdx › line 31, column 1', 'MDX syntax error', 'closing tag'] },
	{ name: 'a stray < in the text', edit: { [mdx(3)]: (t) => t.replace('。', '。<，') }, file: mdx(3), says: ['plan/actions/3.mdx › line ', ', column ', 'MDX syntax error', 'Unexpected character'] },
	{ name: 'an unclosed attribute quote in document.mdx', edit: { 'plan/document.mdx': (t) => t.replace(/<Section id="(\w+)"/, '<Section id="$1') }, file: 'plan/document.mdx', says: ['plan/document.mdx › line ', 'MDX syntax error'] },

	// YAML syntax: before, one error gave 130–160 follow-on problems.
	{ name: 'a YAML syntax error in tasks.yaml', edit: { 'tasks.yaml': replaceOnce('- number: 5\n', '- number: 5\n  : : [\n') }, file: 'tasks.yaml', says: ['tasks.yaml › line 30, column 5', 'not valid YAML'] },
	{ name: 'a YAML syntax error in departments.yaml', edit: { 'departments.yaml': (t) => t.replace(/^(区科技局: \{.*)\}$/m, '$1') }, file: 'departments.yaml', says: ['departments.yaml › line ', 'not valid YAML'] },
	{ name: 'a tab-indented line in targets.yaml', edit: { 'targets.yaml': (t) => t.replace('\n  kind: growth\n', '\n\tkind: growth\n') }, file: 'targets.yaml', says: ['targets.yaml › line ', 'not valid YAML'] },

	// Structure of the official text: one mistake, one problem (before, a wrong <Measure> id cascaded into
	// dozens of missing clauses, and the block count left out the misnumbered block).
	{ name: 'a misnumbered <Measure>', edit: { [mdx(1)]: replaceOnce('<Measure id="a1-m1">', '<Measure id="a1-m7">') }, file: mdx(1), says: ['plan/actions/1.mdx › line 5 <Measure> › id', 'expected "a1-m1"'] },
	{
		name: 'a <Measure> block too many is counted',
		edit: { [mdx(2)]: (t) => t + '\n<Measure id="a2-m3">\n\n重复的段落。\n\n</Measure>\n' },
		file: mdx(2),
		says: ['plan/actions/2.mdx', 'has 4 <Measure> blocks but content/actions.yaml lists 3 measures for action 2'],
		at_most: 2,
	},
	{ name: 'an <Item> out of order', edit: { [mdx(1)]: replaceOnce('<Item id="a1-m1-i2">', '<Item id="a1-m1-i3">') }, file: mdx(1), says: ['plan/actions/1.mdx › line 13 <Item> › id', 'expected "a1-m1-i2"'], at_most: 2 },
	{ name: 'an unknown component', edit: { [mdx(4)]: (t) => t.replace('\n<Measure id="a4-m1">\n', '\n<Note>\n\n注。\n\n</Note>\n\n<Measure id="a4-m1">\n') }, file: mdx(4), says: ['plan/actions/4.mdx › line ', '<Note>', 'unknown component'] },
	{ name: 'an import in the official text', edit: { [mdx(5)]: (t) => t.replace('---\n\n', '---\n\nimport X from "./x.js";\n\n') }, file: mdx(5), says: ['plan/actions/5.mdx › line 5', 'imports, exports and expressions are not allowed'] },
	{ name: 'an action file no action owns', edit: { 'plan/actions/6.mdx': () => '---\naction: "6"\n---\n\n<Measure id="a6-m1">\n\n文字。\n\n</Measure>\n' }, file: mdx(6), says: ['plan/actions/6.mdx', 'action 6 is not in content/actions.yaml'] },

	// Entries and references, named by file › entry › field. (Before, "missing task number" carried an
	// unrelated Astro hint and follow-on problems in supports.yaml.)
	{ name: 'a missing task number', edit: { 'tasks.yaml': replaceOnce('- number: 5\n', '- number: 55\n') }, file: 'tasks.yaml', says: ['tasks.yaml › number', 'missing task number 5'], at_most: 2 },
	{ name: 'a duplicate task number', edit: { 'tasks.yaml': replaceOnce('- number: 6\n', '- number: 5\n') }, file: 'tasks.yaml', says: ['tasks.yaml › task 5 › number', 'duplicate task number 5'], at_most: 2 },
	{ name: 'a task lead that is no department', edit: { 'tasks.yaml': replaceOnce('  lead: 区工信局\n  units: [区科技局, 相关街道]\n\n- number: 3', '  lead: 区工信委\n  units: [区科技局, 相关街道]\n\n- number: 3') }, file: 'tasks.yaml', says: ['tasks.yaml › task 2 › lead', 'unknown department "区工信委"'] },
	{ name: 'a task clause that does not exist', edit: { 'tasks.yaml': replaceOnce('  clause: a1-m1-i4\n', '  clause: a1-m1-i9\n') }, file: 'tasks.yaml', says: ['tasks.yaml › task 4 › clause', 'no clause "a1-m1-i9"'] },
	{ name: 'tasks.yaml that is not a list', edit: { 'tasks.yaml': () => 'number: 1\n' }, file: 'tasks.yaml', says: ['tasks.yaml', 'must be a list of tasks'] },
	{ name: 'an unknown department kind', edit: { 'departments.yaml': (t) => t.replace(/^区科技局: \{ kind: 区直部门/m, '区科技局: { kind: 机关') }, file: 'departments.yaml', says: ['departments.yaml › 区科技局 › kind', 'kind must be one of'] },
	{ name: 'actions out of order', edit: { 'actions.yaml': replaceOnce('- id: "2"', '- id: "7"') }, file: 'actions.yaml', says: ['actions.yaml › action 7 › id', 'expected "2"'] },
	{ name: 'a task count that is not a number', edit: { 'document.yaml': replaceOnce('taskCount: 35', 'taskCount: 三十五') }, file: 'document.yaml', says: ['document.yaml › taskCount'] },
	{
		name: 'a progress source over http',
		edit: { 'targets.yaml': replaceOnce('  tasks: [12]\n\n# （三）', '  tasks: [12]\n  progress:\n    - year: 2022\n      value: 1\n      source: { title: T, publisher: P, date: 2023-01-31, url: "http://example.gov.cn/a" }\n\n# （三）') },
		file: 'targets.yaml',
		says: ['targets.yaml › target natural-science-fund-projects › progress[0].source.url', 'url must be the https address'],
	},
	{ name: 'a support measure with an unknown audience', edit: { 'supports.yaml': (t) => t.replace(/(- id: ic-design-platform\n(?:.*\n)*?  audiences: \[)[^\]]*\]/, '$1外星企业]') }, file: 'supports.yaml', says: ['supports.yaml › support ic-design-platform › audiences[0]', 'unknown audience'] },

	// The 科普 hub's selection and the navigation (content/site.yaml): before, they were constants in code.
	{ name: 'a 科普 row that is no task', edit: { 'site.yaml': replaceOnce('popularisation: 35', 'popularisation: 36') }, file: 'site.yaml', says: ['site.yaml › kepu › popularisation', 'no task 36'] },
	{ name: 'a 科普 excerpt of a row that is no task', edit: { 'site.yaml': replaceOnce('{ task: 26,', '{ task: 99,') }, file: 'site.yaml', says: ['site.yaml › kepu › excerpts[0].task', 'no task 99'] },
	{ name: 'a 科普 excerpt whose words are not in the row', edit: { 'site.yaml': replaceOnce('from: 每年组织一次', 'from: 每月组织一次') }, file: 'site.yaml', says: ['site.yaml › kepu › excerpts[0].from', '"每月组织一次" does not occur'] },
	{ name: 'a 科普 excerpt starting mid-phrase', edit: { 'site.yaml': replaceOnce('publicityFrom: 深入开展科技政策', 'publicityFrom: 入开展科技政策') }, file: 'site.yaml', says: ['site.yaml › kepu › publicityFrom', 'does not start a clause'] },
	{ name: 'a 科普 row that is not a number', edit: { 'site.yaml': replaceOnce('publicity: 29', 'publicity: 二十九') }, file: 'site.yaml', says: ['site.yaml › kepu.publicity', 'task number'] },
	{ name: 'a navigation link that is not a path of the site', edit: { 'site.yaml': replaceOnce('href: /kepu/', 'href: https://example.org/') }, file: 'site.yaml', says: ['site.yaml › nav[6].href', 'path of this site'] },
];

const root = process.cwd();
const made: string[] = [];
afterAll(() => {
	for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

describe('every bad input fails the build, named once', () => {
	it('has at least 25 cases', () => expect(cases.length).toBeGreaterThanOrEqual(25));

	it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const dir = contentFixture(c.edit ?? {});
		made.push(dir);
		c.raw?.(dir);
		const { problems } = readContent(dir, root);
		const lines = problems.map(formatProblem);
		const file = path.relative(root, path.join(dir, c.file)).split(path.sep).join('/');
		const hit = problems.find((p) => {
			if (p.file !== file) return false;
			const line = formatProblem(p);
			let at = 0;
			for (const part of c.says) {
				const found = typeof part === 'string' ? line.indexOf(part, at) : line.slice(at).search(part);
				if (found < 0) return false;
				at = typeof part === 'string' ? found + part.length : at + found;
			}
			return true;
		});
		expect(hit, `expected ${c.file}: ${c.says.join(' … ')}; got:\n${lines.join('\n')}`).toBeTruthy();
		// Reported once: no follow-on problems, and none in another file.
		expect(problems.length, lines.join('\n')).toBeLessThanOrEqual(c.at_most ?? 1);
		expect(problems.filter((p) => p.file !== file), lines.join('\n')).toEqual([]);
		// The loaders throw it: the build stops at its first step.
		expect(() => loadContent(dir, root)).toThrow(ContentError);
	});

	it('the real content has no problem', () => {
		expect(readContent(path.resolve('content'), root).problems).toEqual([]);
	});

	it("the error does not trip Astro's browser-API hint (it looks for the words document and window)", () => {
		const dir = contentFixture({ 'tasks.yaml': replaceOnce('- number: 5\n', '- number: 55\n') });
		made.push(dir);
		let error: unknown;
		try {
			loadContent(dir, root);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ContentError);
		// The message itself names content/document.yaml; what Astro tests is toString().
		expect((error as Error).message).toContain('content/document.yaml');
		expect(String(error)).not.toMatch(/document|window/);
	});
});

/** Runs `npm run build`'s script (scripts/build.mjs) on a content folder into `outDir`; resolves when it exits. */
function wrapperBuild(contentDir: string, outDir: string, opts: { killWhen?: RegExp } = {}): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [path.resolve('scripts/build.mjs'), '--outDir', outDir], { env: { ...process.env, KAIFU_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' } });
		let output = '';
		let killed = false;
		const onData = (d: Buffer) => {
			output += d.toString();
			if (opts.killWhen && !killed && opts.killWhen.test(output)) {
				killed = true;
				child.kill('SIGTERM');
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('exit', (code, signal) => resolve({ code, signal, output }));
	});
}

/** A stand-in for the last good build: files whose bytes must survive a failed build. */
function lastGoodBuild(): { outDir: string; snapshot: () => string } {
	const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kaifu-last-good-'));
	made.push(base);
	const outDir = path.join(base, 'dist');
	fs.mkdirSync(path.join(outDir, 'plan'), { recursive: true });
	fs.writeFileSync(path.join(outDir, 'index.html'), '<!doctype html><title>last good build</title>');
	fs.writeFileSync(path.join(outDir, '404.html'), '<!doctype html><title>404</title>');
	fs.writeFileSync(path.join(outDir, 'plan', 'index.html'), '<!doctype html><title>plan</title>');
	const snapshot = () =>
		[...fs.readdirSync(base, { recursive: true, encoding: 'utf8' })]
			.sort()
			.map((f) => {
				const full = path.join(base, f);
				return fs.statSync(full).isFile() ? `${f}:${fs.readFileSync(full, 'utf8')}` : f;
			})
			.join('\n');
	return { outDir, snapshot };
}

describe('a failed or interrupted build leaves the last good output untouched', () => {
	it.each([
		['invalid UTF-8 in an MDX file (it used to wipe dist/)', (d: string) => bytesAt(d, mdx(2), '培育以', [0xe5, 0x9f]), /plan\/actions\/2\.mdx › line 7, column 1: is not valid UTF-8/],
		['an MDX syntax error', (d: string) => fs.writeFileSync(path.join(d, mdx(1)), fs.readFileSync(path.join(d, mdx(1)), 'utf8').replace('①建好一个园。', '①建好一个园。{')), /plan\/actions\/1\.mdx › line 9, column \d+: MDX syntax error/],
	])('%s', async (_name, change, says) => {
		const dir = contentFixture();
		made.push(dir);
		change(dir);
		const { outDir, snapshot } = lastGoodBuild();
		const before = snapshot();
		const r = await wrapperBuild(dir, outDir);
		expect(r.code, r.output).not.toBe(0);
		expect(r.output).toMatch(says);
		expect(r.output).toMatch(/Invalid content \(1 problem\)/);
		expect(r.output).not.toMatch(/Browser APIs/);
		expect(r.output).toMatch(/dist\/ is unchanged/);
		expect(snapshot()).toBe(before);
	}, 120_000);

	it('a build killed half-way', async () => {
		const { outDir, snapshot } = lastGoodBuild();
		const before = snapshot();
		// Killed once pages are being written: the moment a build in place would have left a partial dist/.
		const r = await wrapperBuild(path.resolve('content'), outDir, { killWhen: /generating static routes|\/index\.html/i });
		expect(r.code === 0 && !r.signal, r.output).toBe(false);
		expect(snapshot()).toBe(before);
	}, 180_000);
});
