/**
 * Reported progress of a target, in a copy of content/ (tests/helpers/fixtures.ts; content/ itself is never
 * touched): what the reader keeps and what the page shows. Bad targets are rows of tests/content-reader/bad-input.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { readContent } from '../../src/content-reader/read-content.ts';
import { formatProblem } from '../../src/content-reader/problems.ts';
import { progressChart } from '../../src/targets/model.ts';
import { contentFixture, replaceOnce, runAstro } from '../helpers/fixtures.ts';

const root = process.cwd();

describe('progress with a named source (fixture outside content/)', () => {
	it('loads, keeps the source, and gives a chart whose summary comes from the values', () => {
		// A made-up value in a temporary copy: the site itself publishes none.
		const dir = contentFixture({
			'targets.yaml': replaceOnce(
				'  comparator: ">="\n  tasks: [9]\n\n- id: high-growth',
				'  comparator: ">="\n  tasks: [9]\n  progress:\n    - year: 2022\n      value: 120\n      source: { title: 测试报告, publisher: 测试机构, date: 2023-01-31, url: "https://example.org/report" }\n    - year: 2021\n      value: 80\n      source: { title: 测试报告, publisher: 测试机构, date: 2022-01-31, url: "https://example.org/report-2021" }\n\n- id: high-growth',
			),
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
			'targets.yaml': replaceOnce(
				'  comparator: ">="\n  tasks: [9]\n\n- id: high-growth',
				'  comparator: ">="\n  tasks: [9]\n  progress:\n    - year: 2022\n      value: 120\n      source: { title: 测试报告, publisher: 测试机构, date: 2023-01-31, url: "https://example.org/report" }\n\n- id: high-growth',
			),
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
