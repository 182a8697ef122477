/**
 * Bad targets fail with the file, the entry (target id) and the field named. Every case edits a
 * copy of content/ in a temporary folder (tests/helpers/fixtures.ts); content/ itself is never touched.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { readContent } from '../../src/content-reader/read-content.ts';
import { formatProblem, type ContentProblem } from '../../src/content-reader/problems.ts';
import { progressChart } from '../../src/targets/model.ts';
import { contentFixture, replaceOnce, runAstro } from '../helpers/fixtures.ts';

const root = process.cwd();
const rel = (dir: string) => path.relative(root, path.join(dir, 'targets.yaml')).split(path.sep).join('/');

/** Applies edits to targets.yaml (each replacing one exact run) and returns the problems of the copy. */
function problemsWith(...edits: Array<[string, string]>) {
	const dir = contentFixture({ 'targets.yaml': (t) => edits.reduce((text, [from, to]) => replaceOnce(from, to)(text), t) });
	return { file: rel(dir), dir, problems: readContent(dir, root).problems };
}

function expectProblem(problems: ContentProblem[], want: { file: string; entry: string; field: string; message: RegExp }) {
	const hit = problems.find((p) => p.file === want.file && p.entry === want.entry && p.field === want.field && want.message.test(p.message));
	expect(hit, `expected ${want.file} › ${want.entry} › ${want.field}: ${want.message}; got:\n${problems.map(formatProblem).join('\n')}`).toBeTruthy();
}

describe('bad targets are reported with file, entry and field', () => {
	it('an unknown kind', () => {
		const { file, problems } = problemsWith(['  title: 高新技术产业总产值年均增速\n  kind: growth\n', '  title: 高新技术产业总产值年均增速\n  kind: speed\n']);
		expectProblem(problems, { file, entry: 'target hightech-output-growth', field: 'kind', message: /kind must be one of level, growth, count/ });
	});

	it('a number where the kind has none', () => {
		const { file, problems } = problemsWith(['  kind: milestone\n  clause: goals\n', '  kind: milestone\n  value: 1\n  clause: goals\n']);
		expectProblem(problems, { file, entry: 'target strong-district', field: 'value', message: /a milestone target has no number/ });
	});

	it('no number where the kind needs one', () => {
		const { file, problems } = problemsWith(['  value: 500\n', '']);
		expectProblem(problems, { file, entry: 'target hightech-enterprises', field: 'value', message: /a level target needs a number/ });
	});

	it('a unit that is not % for a percentage', () => {
		const { file, problems } = problemsWith(['  value: 100\n  unit: "%"\n', '  value: 100\n  unit: 家\n']);
		expectProblem(problems, { file, entry: 'target sci-assoc-coverage', field: 'unit', message: /unit must be %/ });
	});

	it('an unknown task, and a task that restates another clause', () => {
		const { file, problems } = problemsWith(['  quote: 引进省级以上创新平台 6 家\n  value: 6\n  unit: 家\n  comparator: "="\n  year: 2023\n  tasks: [1]\n', '  quote: 引进省级以上创新平台 6 家\n  value: 6\n  unit: 家\n  comparator: "="\n  year: 2023\n  tasks: [99]\n'], ['  quote: 新增高新技术企业 50 家\n  value: 50\n  unit: 家\n  comparator: "="\n  year: 2023\n  tasks: [1]\n', '  quote: 新增高新技术企业 50 家\n  value: 50\n  unit: 家\n  comparator: "="\n  year: 2023\n  tasks: [2]\n']);
		expectProblem(problems, { file, entry: 'target malanshan-innovation-platforms', field: 'tasks[0]', message: /no task 99 in content\/tasks.yaml/ });
		expectProblem(problems, { file, entry: 'target malanshan-new-hightech-enterprises', field: 'tasks[0]', message: /task 2 restates clause a1-m1-i2, not a1-m1-i1/ });
	});

	it('no task for a clause the annex breaks down', () => {
		const { file, problems } = problemsWith(['  quote: 新增国家科技型中小企业 200 家以上\n  value: 200\n  unit: 家\n  comparator: ">="\n  tasks: [9]\n', '  quote: 新增国家科技型中小企业 200 家以上\n  value: 200\n  unit: 家\n  comparator: ">="\n']);
		expectProblem(problems, { file, entry: 'target tech-smes', field: 'tasks', message: /the annex has rows for clause a2-m1 \(tasks 9, 10, 11\)/ });
	});

	it('an unknown department: the lead of the task a target takes its owner from', () => {
		const dir = contentFixture({ 'tasks.yaml': replaceOnce('  lead: 区市场监管局\n', '  lead: 区市场监督局\n') });
		const problems = readContent(dir, root).problems;
		expect(problems.map(formatProblem)).toContain(`${path.relative(root, path.join(dir, 'tasks.yaml'))} › task 22 › lead: unknown department "区市场监督局" (not in content/departments.yaml)`);
	});

	it('a clause anchor that does not exist', () => {
		const { file, problems } = problemsWith(['  clause: a3-m3\n', '  clause: a3-m9\n']);
		expectProblem(problems, { file, entry: 'target invention-patents-per-10k', field: 'clause', message: /no clause "a3-m9" in the official text/ });
	});

	it('a progress value without a source, and a source without its URL', () => {
		const { file, problems } = problemsWith(
			['  comparator: ">="\n  tasks: [9]\n\n- id: high-growth', '  comparator: ">="\n  tasks: [9]\n  progress:\n    - { year: 2022, value: 1 }\n\n- id: high-growth'],
			['  comparator: ">="\n  strive: true\n  tasks: [12]\n\n# （三）', '  comparator: ">="\n  strive: true\n  tasks: [12]\n  progress:\n    - year: 2022\n      value: 1\n      source: { title: T, publisher: P, date: 2023-01-31 }\n\n# （三）'],
		);
		expectProblem(problems, { file, entry: 'target tech-smes', field: 'progress[0].source', message: /every reported value needs its source \(title, publisher, date, url\)/ });
		expectProblem(problems, { file, entry: 'target natural-science-fund-projects', field: 'progress[0].source.url', message: /url must be the https address/ });
	});

	it('a progress value on a kind that has no figure', () => {
		const { file, problems } = problemsWith(['  year: 2023\n  tasks: [22]\n', '  year: 2023\n  tasks: [22]\n  progress:\n    - year: 2022\n      value: 1\n      source: { title: T, publisher: P, date: 2023-01-31, url: "https://example.org/r" }\n']);
		expectProblem(problems, { file, entry: 'target invention-patents-per-10k', field: 'progress', message: /has no figure to report progress on/ });
	});

	it('a figure, comparator or year that is not the text’s', () => {
		const { file, problems } = problemsWith(['  quote: 全区高新技术企业达 500 家以上\n  value: 500\n', '  quote: 全区高新技术企业达 500 家以上\n  value: 600\n'], ['  value: 20\n  unit: 亿元\n  comparator: ">"\n', '  value: 20\n  unit: 亿元\n  comparator: ">="\n'], ['  year: 2021\n  tasks: [2]\n\n# One commitment', '  year: 2022\n  tasks: [2]\n\n# One commitment']);
		expectProblem(problems, { file, entry: 'target hightech-enterprises', field: 'value', message: /does not state 600 followed by the unit 家/ });
		expectProblem(problems, { file, entry: 'target technology-contract-value', field: 'comparator', message: /the text says >/ });
		expectProblem(problems, { file, entry: 'target aerospace-industry-fund', field: 'year', message: /the sentence sets 2021年 for this, not 2022/ });
	});

	it('a unit the text does not write after the figure, and a year where the text sets none', () => {
		const { file, problems } = problemsWith(['  value: 2\n  unit: 亿元\n  comparator: ">="\n  strive: true\n  tasks: [12]\n', '  value: 2\n  unit: 万元\n  comparator: ">="\n  year: 2023\n  strive: true\n  tasks: [12]\n']);
		expectProblem(problems, { file, entry: 'target higher-level-project-funds', field: 'value', message: /does not state 2 followed by the unit 万元/ });
		expectProblem(problems, { file, entry: 'target higher-level-project-funds', field: 'year', message: /the sentence ties no year to these words/ });
	});

	it('a quote that is not in the clause, a title not made of its words, a duplicate id', () => {
		const { file, problems } = problemsWith(['  quote: 注册科普信息员10000人以上\n', '  quote: 注册科普信息员一万人以上\n'], ['  title: 全区高新技术企业\n', '  title: 全区高企数量\n'], ['- id: new-incubation-platforms\n', '- id: new-innovation-platforms\n']);
		expectProblem(problems, { file, entry: 'target science-info-officers', field: 'quote', message: /not found in the text of clause a5-m4/ });
		expectProblem(problems, { file, entry: 'target hightech-enterprises', field: 'title', message: /must be words of clause goals-main/ });
		expectProblem(problems, { file, entry: 'target new-innovation-platforms', field: 'id', message: /duplicate id/ });
	});

	it('a 争取目标 shown as firm, and a firm commitment marked 争取', () => {
		const { file, problems } = problemsWith(['  quote: 争创国家重点实验室\n  year: 2023\n  before: true\n  strive: true\n', '  quote: 争创国家重点实验室\n  year: 2023\n  before: true\n'], ['  quote: 全区高新技术企业达 500 家以上\n', '  quote: 全区高新技术企业达 500 家以上\n  strive: true\n']);
		expectProblem(problems, { file, entry: 'target aerospace-national-key-lab', field: 'strive', message: /the text says 争创 for this: it is a 争取目标/ });
		expectProblem(problems, { file, entry: 'target hightech-enterprises', field: 'strive', message: /say neither 争取, 争创 nor 力争/ });
	});

	it('力争 in the year that frames the sentence makes its targets 争取目标', () => {
		const { file, problems } = problemsWith(['  quote: 重点引进培育30名产业领军人才\n  value: 30\n  unit: 名\n  comparator: "="\n  year: 2023\n  strive: true\n', '  quote: 重点引进培育30名产业领军人才\n  value: 30\n  unit: 名\n  comparator: "="\n  year: 2023\n']);
		expectProblem(problems, { file, entry: 'target industry-leading-talents', field: 'strive', message: /the text says 力争 for this/ });
	});

	it('a deadline the sentence does not tie to the words, and 2023 年前 shown as 2023 年', () => {
		const { file, problems } = problemsWith(['  quote: 研发经费投入10亿元以上\n  value: 10\n  unit: 亿元\n  comparator: ">="\n', '  quote: 研发经费投入10亿元以上\n  value: 10\n  unit: 亿元\n  comparator: ">="\n  year: 2023\n'], ['  quote: 2023 年前建成省级重点实验室\n  year: 2023\n  before: true\n', '  quote: 2023 年前建成省级重点实验室\n  year: 2023\n']);
		expectProblem(problems, { file, entry: 'target phytium-rd-investment', field: 'year', message: /the sentence ties no year to these words/ });
		expectProblem(problems, { file, entry: 'target aerospace-provincial-key-lab', field: 'before', message: /the text says 2023年前 \(by that year\): before: true/ });
	});

	it('a milestone typed as a level total', () => {
		const { file, problems } = problemsWith(['  kind: milestone\n  clause: a1-m1-i2\n  quote: 完成 10 万平米研发中心及 300 亩产业园土地选址并形成正式协议文本\n  year: 2021\n', '  kind: level\n  clause: a1-m1-i2\n  quote: 完成 10 万平米研发中心及 300 亩产业园土地选址并形成正式协议文本\n  value: 300\n  unit: 亩\n  comparator: "="\n  year: 2021\n']);
		expectProblem(problems, { file, entry: 'target aerospace-rd-centre-site', field: 'kind', message: /"300亩" describes "产业园土地选址并形成正式协议文本".*this is a milestone, not a level/ });
	});

	it('a quote that sits in an inner clause is cited by the innermost one', () => {
		const { file, problems } = problemsWith(['  title: 全区高新技术企业\n  kind: level\n  clause: goals-main\n', '  title: 全区高新技术企业\n  kind: level\n  clause: goals\n']);
		expectProblem(problems, { file, entry: 'target hightech-enterprises', field: 'clause', message: /the quote is in clause "goals-main", inside "goals"/ });
	});
});

describe('progress with a named source (fixture outside content/)', () => {
	it('loads, keeps the source, and gives a chart whose summary comes from the values', () => {
		// A made-up value in a temporary copy: the site itself publishes none.
		const dir = contentFixture({
			'targets.yaml': replaceOnce('  comparator: ">="\n  tasks: [9]\n\n- id: high-growth', '  comparator: ">="\n  tasks: [9]\n  progress:\n    - year: 2022\n      value: 120\n      source: { title: 测试报告, publisher: 测试机构, date: 2023-01-31, url: "https://example.org/report" }\n    - year: 2021\n      value: 80\n      source: { title: 测试报告, publisher: 测试机构, date: 2022-01-31, url: "https://example.org/report-2021" }\n\n- id: high-growth'),
		});
		const { content, problems } = readContent(dir, root);
		expect(problems.map(formatProblem)).toEqual([]);
		const t = content.targets.find((x) => x.id === 'tech-smes')!;
		expect(t.progress.map((p) => [p.year, p.value, p.source.url])).toEqual([
			[2022, 120, 'https://example.org/report'],
			[2021, 80, 'https://example.org/report-2021'],
		]);
		const spec = progressChart(t)!;
		expect(spec.labels).toEqual(['2021 年', '2022 年']);
		expect(spec.series.map((s) => s.data)).toEqual([
			[80, 120],
			[200, 200],
		]);
		expect(spec.summary).toBe('2022 年公开报告值为 120 家，目标为不少于 200 家。');
	});
});

describe('a page with reported values (fixture build outside dist/)', () => {
	it('shows each value with its source, and a chart with its table', () => {
		const dir = contentFixture({
			'targets.yaml': replaceOnce('  comparator: ">="\n  tasks: [9]\n\n- id: high-growth', '  comparator: ">="\n  tasks: [9]\n  progress:\n    - year: 2022\n      value: 120\n      source: { title: 测试报告, publisher: 测试机构, date: 2023-01-31, url: "https://example.org/report" }\n\n- id: high-growth'),
		});
		const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kaifu-dist-'));
		const r = runAstro(['build', '--outDir', out], dir, 120_000);
		expect(r.status, r.stdout + r.stderr).toBe(0);
		const root = parseHtml(fs.readFileSync(path.join(out, 'targets/tech-smes/index.html'), 'utf8'));
		expect(root.querySelector('[data-no-data]')).toBeNull();
		const row = root.querySelector('table.progress tbody tr')!;
		expect(row.querySelector('th')!.textContent.trim()).toBe('2022 年');
		expect(row.querySelector('a')!.getAttribute('href')).toBe('https://example.org/report');
		expect(row.textContent).toContain('测试机构');
		expect(row.textContent).toContain('2023-01-31');
		const cells = root.querySelectorAll('chart-figure table tbody tr').map((tr) => tr.querySelectorAll('th, td').map((c) => c.textContent.trim()));
		expect(cells).toEqual([['2022 年', '120', '200']]);
		// Another target of the same build still says there is no data.
		expect(fs.readFileSync(path.join(out, 'targets/high-growth-enterprises/index.html'), 'utf8')).toContain('暂无公开数据');
		fs.rmSync(out, { recursive: true, force: true });
	}, 120_000);
});

describe('the build stops on a bad target', () => {
	it('astro sync fails and names file, entry and field', () => {
		const dir = contentFixture({ 'targets.yaml': replaceOnce('  quote: 全区高新技术企业达 500 家以上\n  value: 500\n', '  quote: 全区高新技术企业达 500 家以上\n  value: 50\n') });
		const r = runAstro(['sync'], dir, 60_000);
		expect(r.status).not.toBe(0);
		expect(r.stdout + r.stderr).toMatch(/targets\.yaml › target hightech-enterprises › value: the quote does not state 50 followed by the unit 家/);
	});

	it('astro sync fails on a 争取目标 typed as firm and a year the sentence does not tie, naming file, entry and field', () => {
		const dir = contentFixture({
			'targets.yaml': (t) =>
				replaceOnce('  quote: 争取高超飞行器产业基地项目落地建设\n  year: 2021\n  strive: true\n', '  quote: 争取高超飞行器产业基地项目落地建设\n  year: 2021\n')(
					replaceOnce('  quote: 完成产值20亿元以上\n  value: 20\n  unit: 亿元\n  comparator: ">="\n', '  quote: 完成产值20亿元以上\n  value: 20\n  unit: 亿元\n  comparator: ">="\n  year: 2023\n')(t),
				),
		});
		const r = runAstro(['sync'], dir, 60_000);
		expect(r.status).not.toBe(0);
		expect(r.stdout + r.stderr).toMatch(/targets\.yaml › target hypersonic-industry-base › strive: the text says 争取 for this/);
		expect(r.stdout + r.stderr).toMatch(/targets\.yaml › target phytium-output › year: the sentence ties no year to these words/);
	});
});
