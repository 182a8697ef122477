/**
 * Bad vocabulary entries (content/vocabulary.yaml) fail with the file, the entry (group id) and the
 * field named, through the same loader the build uses. Every case edits a copy of content/ in a
 * temporary folder (tests/helpers/fixtures.ts); content/ itself is never touched. One case runs
 * Astro's content sync (the build's first step) to show the build stops.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readContent } from '../../src/content-reader/read-content.ts';
import { formatProblem, type ContentProblem } from '../../src/content-reader/problems.ts';
import { contentFixture, replaceOnce, runAstro } from '../helpers/fixtures.ts';

const root = process.cwd();
const rel = (dir: string) => path.relative(root, path.join(dir, 'vocabulary.yaml')).split(path.sep).join('/');

function problemsWith(...edits: Array<[string, string]>) {
	const dir = contentFixture({ 'vocabulary.yaml': (t) => edits.reduce((text, [from, to]) => replaceOnce(from, to)(text), t) });
	return { file: rel(dir), dir, problems: readContent(dir, root).problems };
}

function expectProblem(problems: ContentProblem[], want: { file: string; entry?: string; field?: string; message: RegExp }) {
	const hit = problems.find((p) => p.file === want.file && p.entry === want.entry && p.field === want.field && want.message.test(p.message));
	expect(hit, `expected ${[want.file, want.entry, want.field].filter(Boolean).join(' › ')}: ${want.message}; got:\n${problems.map(formatProblem).join('\n')}`).toBeTruthy();
}

describe('the real vocabulary', () => {
	it('loads without problems and has at least 60 groups', () => {
		const { content, problems } = readContent();
		expect(problems.map(formatProblem)).toEqual([]);
		expect(content.vocabulary.groups.length).toBeGreaterThanOrEqual(60);
	});
});

describe('bad vocabulary entries are reported with file, entry and field', () => {
	it('a plan word that is not in the official text', () => {
		const { file, problems } = problemsWith(['    plan: [高新技术企业]\n', '    plan: [高新技术企业, 高企补贴政策]\n']);
		expectProblem(problems, { file, entry: 'group high-tech', field: 'plan[1]', message: /"高企补贴政策" does not occur in the official text/ });
	});

	it('an everyday word in two groups', () => {
		const { file, problems } = problemsWith(['    everyday: [减税, ', '    everyday: [减税, 高企, ']);
		expectProblem(problems, { file, entry: 'group tax', field: 'everyday[1]', message: /"高企" is already in group high-tech › everyday\[0\]; an everyday word belongs to one group only/ });
	});

	it('an everyday word that the plan itself uses', () => {
		const { file, problems } = problemsWith(['    everyday: [减税, ', '    everyday: [减税, 加计扣除, ']);
		expectProblem(problems, { file, entry: 'group tax', field: 'everyday[1]', message: /"加计扣除" occurs in the official text/ });
	});

	it('a filler that the plan uses, and a filler that is also an everyday word', () => {
		const { file, problems } = problemsWith(['fillers: [多少钱, ', 'fillers: [多少钱, 申报, 补贴, ']);
		expectProblem(problems, { file, field: 'fillers[1]', message: /"申报" occurs in the official text/ });
		expectProblem(problems, { file, entry: 'group subsidy', field: 'everyday[0]', message: /"补贴" is already in fillers\[2\]/ });
	});

	it('a missing field, an empty list, a bad id and a duplicate id', () => {
		const { file, problems } = problemsWith(
			['  - id: tech-sme\n    everyday: [科小, ', '  - id: tech-sme\n    evryday: [科小, '],
			['    everyday: [规上企业, 规上, 规模企业, 规工企业]\n', '    everyday: []\n'],
			['  - id: unicorn\n', '  - id: Unicorn_Firms\n'],
			['  - id: state-owned\n', '  - id: tax\n'],
		);
		expectProblem(problems, { file, entry: 'group tech-sme', field: 'everyday', message: /everyday must be a list of words/ });
		expectProblem(problems, { file, entry: 'group tech-sme', message: /evryday/ });
		expectProblem(problems, { file, entry: 'group above-scale', field: 'everyday', message: /list at least one everyday word/ });
		expectProblem(problems, { file, entry: 'group Unicorn_Firms', field: 'id', message: /id must be lowercase ASCII/ });
		expectProblem(problems, { file, entry: 'group tax', field: 'id', message: /duplicate id "tax"/ });
	});

	it('the build stops, naming file, entry and field', () => {
		const dir = contentFixture({ 'vocabulary.yaml': replaceOnce('    plan: [加计扣除]\n', '    plan: [加计扣除, 增值税留抵退税]\n') });
		const { status, output } = runAstro(['sync'], dir, 60_000);
		expect(status).not.toBe(0);
		expect(output).toMatch(/vocabulary\.yaml › group tax › plan\[1\]: "增值税留抵退税" does not occur in the official text/);
	});
});
