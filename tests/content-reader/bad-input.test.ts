/**
 * THE bad-input table: every bad input and what the build says about it. Each case edits a copy of
 * content/ in a temporary folder (tests/helpers/fixtures.ts); content/ itself is never touched.
 * - `cases`: one change each; the content check (what every collection loader runs first, so the build
 *   stops there) must report the problem with its file and its place, report it once (no follow-on
 *   problems in other files), and throw, so the build fails.
 * - `named`: bad vocabulary groups, targets and task leads; every mistake of a case must be reported with
 *   its file, entry and field.
 * - `buildStops`: the same mistakes through Astro itself. All rows go into ONE copy of content/ and one
 *   `astro sync` (the build's first step): it must fail, and its output must name every row's mistakes
 *   (each message names its own file › entry › field, so they can be told apart).
 * - Afterwards a few cases go through the real build (`npm run build`'s wrapper) to show that a failed or
 *   interrupted build leaves the last good output untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { loadContent, readContent } from '../../src/content-reader/read-content.ts';
import { ContentError, formatProblem, type ContentProblem } from '../../src/content-reader/problems.ts';
import { buildEnv, contentFixture, replaceOnce, runAstro } from '../helpers/fixtures.ts';

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
	{
		name: 'a truncated UTF-8 sequence in departments.yaml',
		raw: (d) => bytesAt(d, 'departments.yaml', '区科技局', [0xe5, 0x8c]),
		file: 'departments.yaml',
		says: [placeOf('departments.yaml', '区科技局'), 'is not valid UTF-8 (byte 0xE5)'],
	},
	{ name: 'an overlong encoding in targets.yaml', raw: (d) => bytesAt(d, 'targets.yaml', '#', [0xc0, 0xaf]), file: 'targets.yaml', says: ['› line 1, column 1', 'is not valid UTF-8 (byte 0xC0)'] },
	{
		name: 'invalid UTF-8 in an action MDX file',
		raw: (d) => bytesAt(d, mdx(2), '培育以', [0xe5, 0x9f]),
		file: mdx(2),
		says: ['plan/actions/2.mdx › line 7, column 1', 'is not valid UTF-8 (byte 0xE5)'],
	},
	{ name: 'a byte-order mark at the start of tasks.yaml', raw: (d) => bytesAt(d, 'tasks.yaml', '#', [0xef, 0xbb, 0xbf, 0x23]), file: 'tasks.yaml', says: ['› line 1, column 1', 'byte-order mark'] },
	{
		name: 'a byte-order mark at the start of document.mdx',
		raw: (d) => bytesAt(d, 'plan/document.mdx', '---', [0xef, 0xbb, 0xbf], false),
		file: 'plan/document.mdx',
		says: ['› line 1, column 1', 'byte-order mark'],
	},
	{
		name: 'a byte-order mark inside actions.yaml',
		edit: { 'actions.yaml': replaceOnce('实施科技成果转移转化行动', '实施科技成果\uFEFF转移转化行动') },
		file: 'actions.yaml',
		says: ['› line ', 'byte-order mark (U+FEFF) inside the text'],
	},
	{
		name: 'a control character in a task text',
		edit: { 'tasks.yaml': replaceOnce('大力推进马栏山', '大力推进\u0007马栏山') },
		file: 'tasks.yaml',
		says: ['› line 7, column 13', 'control character U+0007'],
	},
	{ name: 'a NUL in supports.yaml', edit: { 'supports.yaml': replaceOnce('- id: incubators', '- id: incu\u0000bators') }, file: 'supports.yaml', says: ['› line ', 'control character U+0000'] },
	{
		name: 'a U+FFFD left by an earlier bad conversion, in an MDX file',
		edit: { [mdx(1)]: replaceOnce('①建好一个园。', '①建好一\uFFFD园。') },
		file: mdx(1),
		says: ['› line 9, column 5', 'replacement character U+FFFD'],
	},
	{ name: 'a C1 control character in document.yaml', edit: { 'document.yaml': replaceOnce('taskCount: 35', 'taskCount: 35\u0085') }, file: 'document.yaml', says: ['control character U+0085'] },

	// MDX syntax: before, "Unexpected character …" with no file and no line.
	{
		name: 'an unclosed { in an MDX file',
		edit: { [mdx(1)]: replaceOnce('①建好一个园。', '①建好一个园。{') },
		file: mdx(1),
		says: ['plan/actions/1.mdx › line 9, column ', 'MDX syntax error', 'closing brace'],
	},
	{
		name: 'an unclosed <Item> in an MDX file',
		edit: { [mdx(1)]: replaceOnce('</Item>\n\n<Item id="a1-m1-i2">', '\n\n<Item id="a1-m1-i2">') },
		file: mdx(1),
		says: ['plan/actions/1.mdx › line 31, column 1', 'MDX syntax error', 'closing tag'],
	},
	{ name: 'a stray < in the text', edit: { [mdx(3)]: (t) => t.replace('。', '。<，') }, file: mdx(3), says: ['plan/actions/3.mdx › line ', ', column ', 'MDX syntax error', 'Unexpected character'] },
	{
		name: 'an unclosed attribute quote in document.mdx',
		edit: { 'plan/document.mdx': (t) => t.replace(/<Section id="(\w+)"/, '<Section id="$1') },
		file: 'plan/document.mdx',
		says: ['plan/document.mdx › line ', 'MDX syntax error'],
	},

	// YAML syntax: before, one error gave 130–160 follow-on problems.
	{
		name: 'a YAML syntax error in tasks.yaml',
		edit: { 'tasks.yaml': replaceOnce('- number: 5\n', '- number: 5\n  : : [\n') },
		file: 'tasks.yaml',
		says: ['tasks.yaml › line 30, column 5', 'not valid YAML'],
	},
	{
		name: 'a YAML syntax error in departments.yaml',
		edit: { 'departments.yaml': (t) => t.replace(/^(区科技局: \{.*)\}$/m, '$1') },
		file: 'departments.yaml',
		says: ['departments.yaml › line ', 'not valid YAML'],
	},
	{
		name: 'a tab-indented line in targets.yaml',
		edit: { 'targets.yaml': (t) => t.replace('\n  kind: growth\n', '\n\tkind: growth\n') },
		file: 'targets.yaml',
		says: ['targets.yaml › line ', 'not valid YAML'],
	},

	// Structure of the official text: one mistake, one problem (before, a wrong <Measure> id cascaded into
	// dozens of missing clauses, and the block count left out the misnumbered block).
	{
		name: 'a misnumbered <Measure>',
		edit: { [mdx(1)]: replaceOnce('<Measure id="a1-m1">', '<Measure id="a1-m7">') },
		file: mdx(1),
		says: ['plan/actions/1.mdx › line 5 <Measure> › id', 'expected "a1-m1"'],
	},
	{
		name: 'a <Measure> block too many is counted',
		edit: { [mdx(2)]: (t) => t + '\n<Measure id="a2-m3">\n\n重复的段落。\n\n</Measure>\n' },
		file: mdx(2),
		says: ['plan/actions/2.mdx', 'has 4 <Measure> blocks but content/actions.yaml lists 3 measures for action 2'],
		at_most: 2,
	},
	{
		name: 'an <Item> out of order',
		edit: { [mdx(1)]: replaceOnce('<Item id="a1-m1-i2">', '<Item id="a1-m1-i3">') },
		file: mdx(1),
		says: ['plan/actions/1.mdx › line 13 <Item> › id', 'expected "a1-m1-i2"'],
		at_most: 2,
	},
	{
		name: 'an unknown component',
		edit: { [mdx(4)]: (t) => t.replace('\n<Measure id="a4-m1">\n', '\n<Note>\n\n注。\n\n</Note>\n\n<Measure id="a4-m1">\n') },
		file: mdx(4),
		says: ['plan/actions/4.mdx › line ', '<Note>', 'unknown component'],
	},
	{
		name: 'an import in the official text',
		edit: { [mdx(5)]: (t) => t.replace('---\n\n', '---\n\nimport X from "./x.js";\n\n') },
		file: mdx(5),
		says: ['plan/actions/5.mdx › line 5', 'imports, exports and expressions are not allowed'],
	},
	{
		name: 'an action file no action owns',
		edit: { 'plan/actions/6.mdx': () => '---\naction: "6"\n---\n\n<Measure id="a6-m1">\n\n文字。\n\n</Measure>\n' },
		file: mdx(6),
		says: ['plan/actions/6.mdx', 'action 6 is not in content/actions.yaml'],
	},

	// Entries and references, named by file › entry › field. (Before, "missing task number" carried an
	// unrelated Astro hint and follow-on problems in supports.yaml.)
	{ name: 'a missing task number', edit: { 'tasks.yaml': replaceOnce('- number: 5\n', '- number: 55\n') }, file: 'tasks.yaml', says: ['tasks.yaml › number', 'missing task number 5'], at_most: 2 },
	{
		name: 'a duplicate task number',
		edit: { 'tasks.yaml': replaceOnce('- number: 6\n', '- number: 5\n') },
		file: 'tasks.yaml',
		says: ['tasks.yaml › task 5 › number', 'duplicate task number 5'],
		at_most: 2,
	},
	{
		name: 'a task lead that is no department',
		edit: { 'tasks.yaml': replaceOnce('  lead: 区工信局\n  units: [区科技局, 相关街道]\n\n- number: 3', '  lead: 区工信委\n  units: [区科技局, 相关街道]\n\n- number: 3') },
		file: 'tasks.yaml',
		says: ['tasks.yaml › task 2 › lead', 'unknown department "区工信委"'],
	},
	{
		name: 'a task clause that does not exist',
		edit: { 'tasks.yaml': replaceOnce('  clause: a1-m1-i4\n', '  clause: a1-m1-i9\n') },
		file: 'tasks.yaml',
		says: ['tasks.yaml › task 4 › clause', 'no clause "a1-m1-i9"'],
	},
	{ name: 'tasks.yaml that is not a list', edit: { 'tasks.yaml': () => 'number: 1\n' }, file: 'tasks.yaml', says: ['tasks.yaml', 'must be a list of tasks'] },
	{
		name: 'an unknown department kind',
		edit: { 'departments.yaml': (t) => t.replace(/^区科技局: \{ kind: 区直部门/m, '区科技局: { kind: 机关') },
		file: 'departments.yaml',
		says: ['departments.yaml › 区科技局 › kind', 'kind must be one of'],
	},
	{ name: 'actions out of order', edit: { 'actions.yaml': replaceOnce('- id: "2"', '- id: "7"') }, file: 'actions.yaml', says: ['actions.yaml › action 7 › id', 'expected "2"'] },
	{ name: 'a task count that is not a number', edit: { 'document.yaml': replaceOnce('taskCount: 35', 'taskCount: 三十五') }, file: 'document.yaml', says: ['document.yaml › taskCount'] },
	{
		name: 'a progress source over http',
		edit: {
			'targets.yaml': replaceOnce(
				'  tasks: [12]\n\n# （三）',
				'  tasks: [12]\n  progress:\n    - year: 2022\n      value: 1\n      source: { title: T, publisher: P, date: 2023-01-31, url: "http://example.gov.cn/a" }\n\n# （三）',
			),
		},
		file: 'targets.yaml',
		says: ['targets.yaml › target natural-science-fund-projects › progress[0].source.url', 'url must be the https address'],
	},
	{
		name: 'a support measure with an unknown audience',
		edit: { 'supports.yaml': (t) => t.replace(/(- id: ic-design-platform\n(?:.*\n)*? {2}audiences: \[)[^\]]*\]/, '$1外星企业]') },
		file: 'supports.yaml',
		says: ['supports.yaml › support ic-design-platform › audiences[0]', 'unknown audience'],
	},

	// The 科普 hub's selection and the navigation (content/site.yaml): before, they were constants in code.
	{ name: 'a 科普 row that is no task', edit: { 'site.yaml': replaceOnce('popularisation: 35', 'popularisation: 36') }, file: 'site.yaml', says: ['site.yaml › kepu › popularisation', 'no task 36'] },
	{ name: 'a 科普 excerpt of a row that is no task', edit: { 'site.yaml': replaceOnce('{ task: 26,', '{ task: 99,') }, file: 'site.yaml', says: ['site.yaml › kepu › excerpts[0].task', 'no task 99'] },
	{
		name: 'a 科普 excerpt whose words are not in the row',
		edit: { 'site.yaml': replaceOnce('from: 每年组织一次', 'from: 每月组织一次') },
		file: 'site.yaml',
		says: ['site.yaml › kepu › excerpts[0].from', '"每月组织一次" does not occur'],
	},
	{
		name: 'a 科普 excerpt starting mid-phrase',
		edit: { 'site.yaml': replaceOnce('publicityFrom: 深入开展科技政策', 'publicityFrom: 入开展科技政策') },
		file: 'site.yaml',
		says: ['site.yaml › kepu › publicityFrom', 'does not start a clause'],
	},
	{ name: 'a 科普 row that is not a number', edit: { 'site.yaml': replaceOnce('publicity: 29', 'publicity: 二十九') }, file: 'site.yaml', says: ['site.yaml › kepu.publicity', 'task number'] },
	{
		name: 'a navigation link that is not a path of the site',
		edit: { 'site.yaml': replaceOnce('href: /kepu/', 'href: https://example.org/') },
		file: 'site.yaml',
		says: ['site.yaml › nav[6].href', 'path of this site'],
	},
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
		expect(
			problems.filter((p) => p.file !== file),
			lines.join('\n'),
		).toEqual([]);
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

/** The problem a case expects: in `file`, at `entry` › `field` (both as the problem names them, or absent). */
function expectProblem(problems: ContentProblem[], want: { file: string; entry?: string; field?: string; message: RegExp }) {
	const hit = problems.find((p) => p.file === want.file && p.entry === want.entry && p.field === want.field && want.message.test(p.message));
	expect(hit, `expected ${[want.file, want.entry, want.field].filter(Boolean).join(' › ')}: ${want.message}; got:\n${problems.map(formatProblem).join('\n')}`).toBeTruthy();
}

interface NamedCase {
	name: string;
	/** The file edited, and where the problems must be. */
	file: string;
	/** Exact runs replaced in that file, each occurring once. */
	edits: Array<[string, string]>;
	want: Array<{ entry?: string; field?: string; message: RegExp }>;
}

const named: NamedCase[] = [
	{
		name: 'a plan word that is not in the official text',
		file: 'vocabulary.yaml',
		edits: [['    plan: [高新技术企业]\n', '    plan: [高新技术企业, 高企补贴政策]\n']],
		want: [{ entry: 'group high-tech', field: 'plan[1]', message: /"高企补贴政策" does not occur in the official text/ }],
	},
	{
		name: 'an everyday word in two groups',
		file: 'vocabulary.yaml',
		edits: [['    everyday: [减税, ', '    everyday: [减税, 高企, ']],
		want: [{ entry: 'group tax', field: 'everyday[1]', message: /"高企" is already in group high-tech › everyday\[0\]; an everyday word belongs to one group only/ }],
	},
	{
		name: 'an everyday word that the plan itself uses',
		file: 'vocabulary.yaml',
		edits: [['    everyday: [减税, ', '    everyday: [减税, 加计扣除, ']],
		want: [{ entry: 'group tax', field: 'everyday[1]', message: /"加计扣除" occurs in the official text/ }],
	},
	{
		name: 'a filler that the plan uses, and a filler that is also an everyday word',
		file: 'vocabulary.yaml',
		edits: [['fillers: [多少钱, ', 'fillers: [多少钱, 申报, 补贴, ']],
		want: [
			{ field: 'fillers[1]', message: /"申报" occurs in the official text/ },
			{ entry: 'group subsidy', field: 'everyday[0]', message: /"补贴" is already in fillers\[2\]/ },
		],
	},
	{
		name: 'a missing field, an empty list, a bad id and a duplicate id',
		file: 'vocabulary.yaml',
		edits: [
			['  - id: tech-sme\n    everyday: [科小, ', '  - id: tech-sme\n    evryday: [科小, '],
			['    everyday: [规上企业, 规上, 规模企业, 规工企业]\n', '    everyday: []\n'],
			['  - id: unicorn\n', '  - id: Unicorn_Firms\n'],
			['  - id: state-owned\n', '  - id: tax\n'],
		],
		want: [
			{ entry: 'group tech-sme', field: 'everyday', message: /everyday must be a list of words/ },
			{ entry: 'group tech-sme', message: /evryday/ },
			{ entry: 'group above-scale', field: 'everyday', message: /list at least one everyday word/ },
			{ entry: 'group Unicorn_Firms', field: 'id', message: /id must be lowercase ASCII/ },
			{ entry: 'group tax', field: 'id', message: /duplicate id "tax"/ },
		],
	},
	{
		name: 'an unknown kind',
		file: 'targets.yaml',
		edits: [['  title: 高新技术产业总产值年均增速\n  kind: growth\n', '  title: 高新技术产业总产值年均增速\n  kind: speed\n']],
		want: [{ entry: 'target hightech-output-growth', field: 'kind', message: /kind must be one of level, growth, count/ }],
	},
	{
		name: 'a number where the kind has none',
		file: 'targets.yaml',
		edits: [['  kind: milestone\n  clause: goals\n', '  kind: milestone\n  value: 1\n  clause: goals\n']],
		want: [{ entry: 'target strong-district', field: 'value', message: /a milestone target has no number/ }],
	},
	{
		name: 'no number where the kind needs one',
		file: 'targets.yaml',
		edits: [['  value: 500\n', '']],
		want: [{ entry: 'target hightech-enterprises', field: 'value', message: /a level target needs a number/ }],
	},
	{
		name: 'a unit that is not % for a percentage',
		file: 'targets.yaml',
		edits: [['  value: 100\n  unit: "%"\n', '  value: 100\n  unit: 家\n']],
		want: [{ entry: 'target sci-assoc-coverage', field: 'unit', message: /unit must be %/ }],
	},
	{
		name: 'an unknown task, and a task that restates another clause',
		file: 'targets.yaml',
		edits: [
			[
				'  quote: 引进省级以上创新平台 6 家\n  value: 6\n  unit: 家\n  comparator: "="\n  year: 2023\n  tasks: [1]\n',
				'  quote: 引进省级以上创新平台 6 家\n  value: 6\n  unit: 家\n  comparator: "="\n  year: 2023\n  tasks: [99]\n',
			],
			[
				'  quote: 新增高新技术企业 50 家\n  value: 50\n  unit: 家\n  comparator: "="\n  year: 2023\n  tasks: [1]\n',
				'  quote: 新增高新技术企业 50 家\n  value: 50\n  unit: 家\n  comparator: "="\n  year: 2023\n  tasks: [2]\n',
			],
		],
		want: [
			{ entry: 'target malanshan-innovation-platforms', field: 'tasks[0]', message: /no task 99 in content\/tasks.yaml/ },
			{ entry: 'target malanshan-new-hightech-enterprises', field: 'tasks[0]', message: /task 2 restates clause a1-m1-i2, not a1-m1-i1/ },
		],
	},
	{
		name: 'no task for a clause the annex breaks down',
		file: 'targets.yaml',
		edits: [
			[
				'  quote: 新增国家科技型中小企业 200 家以上\n  value: 200\n  unit: 家\n  comparator: ">="\n  tasks: [9]\n',
				'  quote: 新增国家科技型中小企业 200 家以上\n  value: 200\n  unit: 家\n  comparator: ">="\n',
			],
		],
		want: [{ entry: 'target tech-smes', field: 'tasks', message: /the annex has rows for clause a2-m1 \(tasks 9, 10, 11\)/ }],
	},
	{
		name: 'an unknown department: the lead of the task a target takes its owner from',
		file: 'tasks.yaml',
		edits: [['  lead: 区市场监管局\n', '  lead: 区市场监督局\n']],
		want: [{ entry: 'task 22', field: 'lead', message: /^unknown department "区市场监督局" \(not in content\/departments\.yaml\)$/ }],
	},
	{
		name: 'a clause anchor that does not exist',
		file: 'targets.yaml',
		edits: [['  clause: a3-m3\n', '  clause: a3-m9\n']],
		want: [{ entry: 'target invention-patents-per-10k', field: 'clause', message: /no clause "a3-m9" in the official text/ }],
	},
	{
		name: 'a progress value without a source, and a source without its URL',
		file: 'targets.yaml',
		edits: [
			['  comparator: ">="\n  tasks: [9]\n\n- id: high-growth', '  comparator: ">="\n  tasks: [9]\n  progress:\n    - { year: 2022, value: 1 }\n\n- id: high-growth'],
			[
				'  comparator: ">="\n  strive: true\n  tasks: [12]\n\n# （三）',
				'  comparator: ">="\n  strive: true\n  tasks: [12]\n  progress:\n    - year: 2022\n      value: 1\n      source: { title: T, publisher: P, date: 2023-01-31 }\n\n# （三）',
			],
		],
		want: [
			{ entry: 'target tech-smes', field: 'progress[0].source', message: /every reported value needs its source \(title, publisher, date, url\)/ },
			{ entry: 'target natural-science-fund-projects', field: 'progress[0].source.url', message: /url must be the https address/ },
		],
	},
	{
		name: 'a progress value on a kind that has no figure',
		file: 'targets.yaml',
		edits: [
			[
				'  year: 2023\n  tasks: [22]\n',
				'  year: 2023\n  tasks: [22]\n  progress:\n    - year: 2022\n      value: 1\n      source: { title: T, publisher: P, date: 2023-01-31, url: "https://example.org/r" }\n',
			],
		],
		want: [{ entry: 'target invention-patents-per-10k', field: 'progress', message: /has no figure to report progress on/ }],
	},
	{
		name: 'a figure, comparator or year that is not the text’s',
		file: 'targets.yaml',
		edits: [
			['  quote: 全区高新技术企业达 500 家以上\n  value: 500\n', '  quote: 全区高新技术企业达 500 家以上\n  value: 600\n'],
			['  value: 20\n  unit: 亿元\n  comparator: ">"\n', '  value: 20\n  unit: 亿元\n  comparator: ">="\n'],
			['  year: 2021\n  tasks: [2]\n\n# One commitment', '  year: 2022\n  tasks: [2]\n\n# One commitment'],
		],
		want: [
			{ entry: 'target hightech-enterprises', field: 'value', message: /does not state 600 followed by the unit 家/ },
			{ entry: 'target technology-contract-value', field: 'comparator', message: /the text says >/ },
			{ entry: 'target aerospace-industry-fund', field: 'year', message: /the sentence sets 2021年 for this, not 2022/ },
		],
	},
	{
		name: 'a unit the text does not write after the figure, and a year where the text sets none',
		file: 'targets.yaml',
		edits: [['  value: 2\n  unit: 亿元\n  comparator: ">="\n  strive: true\n  tasks: [12]\n', '  value: 2\n  unit: 万元\n  comparator: ">="\n  year: 2023\n  strive: true\n  tasks: [12]\n']],
		want: [
			{ entry: 'target higher-level-project-funds', field: 'value', message: /does not state 2 followed by the unit 万元/ },
			{ entry: 'target higher-level-project-funds', field: 'year', message: /the sentence ties no year to these words/ },
		],
	},
	{
		name: 'a quote that is not in the clause, a title not made of its words, a duplicate id',
		file: 'targets.yaml',
		edits: [
			['  quote: 注册科普信息员10000人以上\n', '  quote: 注册科普信息员一万人以上\n'],
			['  title: 全区高新技术企业\n', '  title: 全区高企数量\n'],
			['- id: new-incubation-platforms\n', '- id: new-innovation-platforms\n'],
		],
		want: [
			{ entry: 'target science-info-officers', field: 'quote', message: /not found in the text of clause a5-m4/ },
			{ entry: 'target hightech-enterprises', field: 'title', message: /must be words of clause goals-main/ },
			{ entry: 'target new-innovation-platforms', field: 'id', message: /duplicate id/ },
		],
	},
	{
		name: 'a 争取目标 shown as firm, and a firm commitment marked 争取',
		file: 'targets.yaml',
		edits: [
			['  quote: 争创国家重点实验室\n  year: 2023\n  before: true\n  strive: true\n', '  quote: 争创国家重点实验室\n  year: 2023\n  before: true\n'],
			['  quote: 全区高新技术企业达 500 家以上\n', '  quote: 全区高新技术企业达 500 家以上\n  strive: true\n'],
		],
		want: [
			{ entry: 'target aerospace-national-key-lab', field: 'strive', message: /the text says 争创 for this: it is a 争取目标/ },
			{ entry: 'target hightech-enterprises', field: 'strive', message: /say neither 争取, 争创 nor 力争/ },
		],
	},
	{
		name: '力争 in the year that frames the sentence makes its targets 争取目标',
		file: 'targets.yaml',
		edits: [
			[
				'  quote: 重点引进培育30名产业领军人才\n  value: 30\n  unit: 名\n  comparator: "="\n  year: 2023\n  strive: true\n',
				'  quote: 重点引进培育30名产业领军人才\n  value: 30\n  unit: 名\n  comparator: "="\n  year: 2023\n',
			],
		],
		want: [{ entry: 'target industry-leading-talents', field: 'strive', message: /the text says 力争 for this/ }],
	},
	{
		name: 'a deadline the sentence does not tie to the words, and 2023 年前 shown as 2023 年',
		file: 'targets.yaml',
		edits: [
			['  quote: 研发经费投入10亿元以上\n  value: 10\n  unit: 亿元\n  comparator: ">="\n', '  quote: 研发经费投入10亿元以上\n  value: 10\n  unit: 亿元\n  comparator: ">="\n  year: 2023\n'],
			['  quote: 2023 年前建成省级重点实验室\n  year: 2023\n  before: true\n', '  quote: 2023 年前建成省级重点实验室\n  year: 2023\n'],
		],
		want: [
			{ entry: 'target phytium-rd-investment', field: 'year', message: /the sentence ties no year to these words/ },
			{ entry: 'target aerospace-provincial-key-lab', field: 'before', message: /the text says 2023年前 \(by that year\): before: true/ },
		],
	},
	{
		name: 'a milestone typed as a level total',
		file: 'targets.yaml',
		edits: [
			[
				'  kind: milestone\n  clause: a1-m1-i2\n  quote: 完成 10 万平米研发中心及 300 亩产业园土地选址并形成正式协议文本\n  year: 2021\n',
				'  kind: level\n  clause: a1-m1-i2\n  quote: 完成 10 万平米研发中心及 300 亩产业园土地选址并形成正式协议文本\n  value: 300\n  unit: 亩\n  comparator: "="\n  year: 2021\n',
			],
		],
		want: [{ entry: 'target aerospace-rd-centre-site', field: 'kind', message: /"300亩" describes "产业园土地选址并形成正式协议文本".*this is a milestone, not a level/ }],
	},
	{
		name: 'a quote that sits in an inner clause is cited by the innermost one',
		file: 'targets.yaml',
		edits: [['  title: 全区高新技术企业\n  kind: level\n  clause: goals-main\n', '  title: 全区高新技术企业\n  kind: level\n  clause: goals\n']],
		want: [{ entry: 'target hightech-enterprises', field: 'clause', message: /the quote is in clause "goals-main", inside "goals"/ }],
	},
];

describe('bad entries are reported with file, entry and field', () => {
	it('the real vocabulary loads without problems and has at least 60 groups', () => {
		const { content, problems } = readContent();
		expect(problems.map(formatProblem)).toEqual([]);
		expect(content.vocabulary.groups.length).toBeGreaterThanOrEqual(60);
	});

	it.each(named.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const dir = contentFixture({ [c.file]: (t) => c.edits.reduce((text, [from, to]) => replaceOnce(from, to)(text), t) });
		made.push(dir);
		const { problems } = readContent(dir, root);
		const file = path.relative(root, path.join(dir, c.file)).split(path.sep).join('/');
		for (const want of c.want) expectProblem(problems, { file, ...want });
	});
});

/** A complete, well-formed contact source (the values are a test's, not a real unit's). */
const SOURCE = { title: '联系我们', publisher: '测试发布机构', date: '2024-01-02', url: 'https://example.gov.cn/contact/' };

/** Edits content/departments.yaml as data, so that the fixture holds whatever kinds the file has. */
const withContacts = (edit: Record<string, Record<string, unknown>>) => (text: string) => {
	const data = parseYaml(text) as Record<string, Record<string, unknown>>;
	for (const [name, fields] of Object.entries(edit)) {
		if (!data[name]) throw new Error(`fixture: no unit ${name}`);
		Object.assign(data[name], fields);
	}
	return stringify(data);
};

/** A bad support measure from tests/fixtures/supports/, under another id where two would share one. */
const supportFixture = (name: string, id?: [string, string]) => {
	const text = fs.readFileSync(path.join('tests/fixtures/supports', name), 'utf8');
	return id ? replaceOnce(`id: ${id[0]}`, `id: ${id[1]}`)(text) : text;
};

interface BuildCase {
	name: string;
	/**
	 * The copy of content/ (and `astro sync`) the case shares with others. The reader stops after a stage
	 * that found problems (files, then site/document/departments/actions, then the official text, then the
	 * entries, then their references), so only mistakes of the same stage can share one.
	 */
	run: 'departments' | 'entries' | 'references';
	/** Edits of content files; edits of the same file (in the same run) apply in the table's order. */
	edit: Edit;
	/** What Astro's output must contain. */
	says: RegExp[];
}

const buildStops: BuildCase[] = [
	{
		name: 'a task pointing to an unknown department and a missing clause',
		run: 'references',
		edit: { 'tasks.yaml': (t) => replaceOnce('后备库。\n  lead: 区金融事务中心\n', '后备库。\n  lead: 区金融中心\n')(replaceOnce('  clause: a1-m1-i4\n', '  clause: a1-m1-i9\n')(t)) },
		says: [/tasks\.yaml › task 11 › lead: unknown department "区金融中心"/, /tasks\.yaml › task 4 › clause: no clause "a1-m1-i9"/],
	},
	{
		// supports.yaml is replaced by bad measures, each with one mistake (renamed where ids would repeat).
		name: 'a support measure with an unknown audience, and one whose amount number disagrees with its text',
		run: 'entries',
		edit: { 'supports.yaml': () => supportFixture('unknown-audience.yaml') + '\n' + supportFixture('amount-disagrees.yaml', ['leading-talent-reward', 'leading-talent-reward-2']) },
		says: [
			/supports\.yaml › support leading-talent-reward › audiences\[0\]: unknown audience/,
			/supports\.yaml › support leading-talent-reward-2 › amountValue: 30000 disagrees with the amount text "30万元"/,
		],
	},
	{
		name: 'a support label the text does not state: a reward only explored, an audience not named',
		run: 'entries',
		edit: { 'supports.yaml': (t) => t + '\n' + supportFixture('reward-only-explored.yaml') + '\n' + supportFixture('audience-not-named.yaml', ['leading-talent-reward', 'leading-talent-reward-3']) },
		says: [
			/supports\.yaml › support technology-transfer-reward › kind: the conditions only say the district will explore it/,
			/supports\.yaml › support leading-talent-reward-3 › audiences\[0\]: "科技人才" is not named in the quoted conditions/,
		],
	},
	{
		name: 'a contact without a source, and http addresses',
		run: 'departments',
		edit: {
			'departments.yaml': withContacts({
				区科技局: { phone: { number: '0731-12345678' } },
				区工信局: { web: { url: 'http://example.gov.cn/', source: SOURCE } },
				区发改局: { address: { text: '某路 1 号', source: { ...SOURCE, url: 'http://example.gov.cn/contact/' } } },
			}),
		},
		says: [
			/departments\.yaml › 区科技局 › phone\.source: every contact needs its source \(title, publisher, date, url\)/,
			/departments\.yaml › 区工信局 › web\.url: url must be an https:\/\/ address/,
			/departments\.yaml › 区发改局 › address\.source\.url: url must be an https:\/\/ address/,
		],
	},
	{
		name: 'a vocabulary plan word that is not in the official text',
		run: 'entries',
		edit: { 'vocabulary.yaml': replaceOnce('    plan: [加计扣除]\n', '    plan: [加计扣除, 增值税留抵退税]\n') },
		says: [/vocabulary\.yaml › group tax › plan\[1\]: "增值税留抵退税" does not occur in the official text/],
	},
	{
		name: 'a target whose quote does not state its number',
		run: 'entries',
		edit: { 'targets.yaml': replaceOnce('  quote: 全区高新技术企业达 500 家以上\n  value: 500\n', '  quote: 全区高新技术企业达 500 家以上\n  value: 50\n') },
		says: [/targets\.yaml › target hightech-enterprises › value: the quote does not state 50 followed by the unit 家/],
	},
	{
		name: 'a 争取目标 typed as firm, and a year the sentence does not tie',
		run: 'entries',
		edit: {
			'targets.yaml': (t) =>
				replaceOnce(
					'  quote: 争取高超飞行器产业基地项目落地建设\n  year: 2021\n  strive: true\n',
					'  quote: 争取高超飞行器产业基地项目落地建设\n  year: 2021\n',
				)(replaceOnce('  quote: 完成产值20亿元以上\n  value: 20\n  unit: 亿元\n  comparator: ">="\n', '  quote: 完成产值20亿元以上\n  value: 20\n  unit: 亿元\n  comparator: ">="\n  year: 2023\n')(t)),
		},
		says: [/targets\.yaml › target hypersonic-industry-base › strive: the text says 争取 for this/, /targets\.yaml › target phytium-output › year: the sentence ties no year to these words/],
	},
];

describe('the build stops on bad content (astro sync), naming file, entry and field', () => {
	const syncs = new Map<BuildCase['run'], ReturnType<typeof runAstro>>();
	beforeAll(() => {
		for (const run of new Set(buildStops.map((c) => c.run))) {
			const edits: Edit = {};
			for (const c of buildStops.filter((x) => x.run === run)) {
				for (const [file, edit] of Object.entries(c.edit)) {
					const before = edits[file];
					edits[file] = before ? (t) => edit(before(t)) : edit;
				}
			}
			const dir = contentFixture(edits);
			made.push(dir);
			syncs.set(run, runAstro(['sync'], dir, 120_000));
		}
	}, 300_000);

	it.each(buildStops.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const sync = syncs.get(c.run)!;
		expect(sync.status, sync.output).not.toBe(0);
		for (const says of c.says) expect(sync.output).toMatch(says);
	});

	it('succeeds on the real content', () => {
		const { status, output } = runAstro(['sync'], path.resolve('content'), 60_000);
		expect(output).not.toMatch(/Invalid content/);
		expect(status).toBe(0);
	});
});

/** Runs `npm run build`'s script (scripts/build.mjs) on a content folder into `outDir`; resolves when it exits. */
function wrapperBuild(contentDir: string, outDir: string, opts: { killWhen?: RegExp } = {}): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [path.resolve('scripts/build.mjs'), '--outDir', outDir], { env: buildEnv(contentDir) });
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
		[
			'an MDX syntax error',
			(d: string) => fs.writeFileSync(path.join(d, mdx(1)), fs.readFileSync(path.join(d, mdx(1)), 'utf8').replace('①建好一个园。', '①建好一个园。{')),
			/plan\/actions\/1\.mdx › line 9, column \d+: MDX syntax error/,
		],
	])(
		'%s',
		async (_name, change, says) => {
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
		},
		120_000,
	);

	it('a build killed half-way', async () => {
		const { outDir, snapshot } = lastGoodBuild();
		const before = snapshot();
		// Killed once pages are being written: the moment a build in place would have left a partial dist/.
		const r = await wrapperBuild(path.resolve('content'), outDir, { killWhen: /generating static routes|\/index\.html/i });
		expect(r.code === 0 && !r.signal, r.output).toBe(false);
		expect(snapshot()).toBe(before);
	}, 180_000);
});
