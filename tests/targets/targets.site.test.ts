/** Target pages, the pages that show targets, and the open data files, as built in dist/. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { DIST, builtPages, page, squash } from '../helpers/dist.ts';
import { annexCells, bodyText } from '../helpers/source.ts';

interface YamlTarget {
	id: string;
	title: string;
	kind: string;
	clause: string;
	quote: string;
	tasks?: number[];
}
const yamlTargets = parseYaml(fs.readFileSync('content/targets.yaml', 'utf8')) as YamlTarget[];
const source = squash(bodyText());
const pages = builtPages();

describe('target pages', () => {
	it('/targets/ and one page per target exist, at ASCII URLs', () => {
		expect(pages).toContain('/targets/');
		expect(pages).toContain('/data/');
		for (const t of yamlTargets) expect(pages, t.id).toContain(`/targets/${t.id}/`);
		expect(pages.filter((p) => /^\/targets\/.+\//.test(p))).toHaveLength(yamlTargets.length);
	});

	it.each(yamlTargets.map((t) => [t.id, t] as const))('/targets/%s/ quotes its official sentence, marks the target, and says 暂无公开数据', (id, t) => {
		const root = page(`/targets/${id}/`);
		expect(root.querySelector('h1')!.textContent.trim()).toBe(t.title);
		const quote = root.querySelector('[data-official-sentence]')!;
		const sentence = squash(quote.textContent);
		// The sentence is one whole sentence of the official text, and holds the marked words.
		expect(source.includes(sentence), sentence).toBe(true);
		expect(sentence.endsWith('。')).toBe(true);
		expect(squash(quote.querySelector('mark')!.textContent)).toBe(squash(t.quote));
		expect(root.querySelector(`a[href="/plan/#${t.clause}"]`)).toBeTruthy();
		expect(root.querySelector('[data-no-data]')!.textContent).toContain('暂无公开数据');
		for (const n of t.tasks ?? []) expect(root.querySelector(`a[href="/tasks/${n}/"]`), `task ${n}`).toBeTruthy();
	});

	it('each target page names as 牵头单位 the leads of its tasks in the annex, and invents none where there is no task', () => {
		const cells = annexCells();
		for (const t of yamlTargets) {
			const dd = page(`/targets/${t.id}/`).querySelectorAll('.target-facts dd')[3]!;
			const leads = [...new Set((t.tasks ?? []).map((n) => squash(cells.get(n)!.lead)))];
			if (leads.length)
				expect(
					dd.querySelectorAll('a').map((a) => a.textContent.trim()),
					t.id,
				).toEqual(leads);
			else expect(dd.querySelectorAll('a'), t.id).toHaveLength(0);
		}
	});

	it('only pages with a chart load the chart script', () => {
		const withChart = yamlTargets.filter((t) => t.kind === 'growth').map((t) => t.id);
		expect(withChart).toEqual(['hightech-output-growth', 'rd-spending-growth']);
		/** Whether a page loads the <chart-figure> module (by src, or inline if the build inlines it). */
		const loadsChart = (p: string) =>
			page(p)
				.querySelectorAll('script')
				.some((s) => /ChartFigure|chart-figure/.test((s.getAttribute('src') ?? '') + s.textContent));
		for (const t of yamlTargets) {
			expect(loadsChart(`/targets/${t.id}/`), t.id).toBe(withChart.includes(t.id));
			expect(page(`/targets/${t.id}/`).querySelectorAll('chart-figure').length > 0, t.id).toBe(withChart.includes(t.id));
		}
		expect(loadsChart('/targets/')).toBe(true);
		for (const p of ['/data/', '/plan/', '/actions/1/', '/tasks/2/']) expect(loadsChart(p), p).toBe(false);
	});

	it('/targets/ lists every target once per grouping: by part of the plan and by kind', () => {
		const root = page('/targets/');
		const byPart = root.querySelectorAll('section[aria-labelledby="by-part"] tr[data-target]').map((tr) => tr.getAttribute('data-target'));
		expect(new Set(byPart)).toEqual(new Set(yamlTargets.map((t) => t.id)));
		expect(byPart).toHaveLength(yamlTargets.length);
		const byKind = root.querySelectorAll('.kind-list a').map((a) => a.getAttribute('href'));
		expect(byKind.sort()).toEqual(yamlTargets.map((t) => `/targets/${t.id}/`).sort());
	});

	it('the timeline lists the dated milestones in date order', () => {
		const stops = page('/targets/').querySelectorAll('.timeline-stop');
		// a1-m1-i2 says 2023 年前 (by 2023), a stop of its own, not 2023 年.
		expect(stops.map((s) => s.querySelector('.timeline-date')!.textContent.trim())).toEqual(['2021 年', '2022 年上半年', '2022 年', '2023 年前', '2023 年']);
		const milestones = yamlTargets.filter((t) => t.kind === 'milestone').map((t) => `/targets/${t.id}/`);
		const listed = stops.flatMap((s) => s.querySelectorAll('a').map((a) => a.getAttribute('href')));
		for (const m of milestones) expect(listed, m).toContain(m);
		// 2022 年上半年启动报建手续 (the only 上半年 in the text).
		expect(stops[1]!.textContent).toContain('启动报建手续');
	});
});

describe('chart tables hold the numbers of the data', () => {
	const tableOf = (root: ReturnType<typeof page>, id: string) =>
		root
			.querySelector(`chart-figure[data-chart-id="${id}"] table`)!
			.querySelectorAll('tbody tr')
			.map((tr) => [squash(tr.querySelector('th')!.textContent), ...tr.querySelectorAll('td').map((td) => td.textContent.trim())]);

	it('the growth path: 12% a year from 2020 = 100, as the official sentence says', () => {
		// The rate comes from the official text; the index is computed here, independently.
		const rate = Number(/年均增速达到(\d+)%/.exec(source)![1]);
		expect(rate).toBe(12);
		const expected = [2020, 2021, 2022, 2023].map((y) => [`${y}年`, (100 * (1 + rate / 100) ** (y - 2020)).toFixed(1)]);
		expect(expected.map((r) => r[1])).toEqual(['100.0', '112.0', '125.4', '140.5']);
		expect(tableOf(page('/targets/hightech-output-growth/'), 'chart-path')).toEqual(expected);
		expect(tableOf(page('/targets/'), 'chart-growth-1')).toEqual(expected);
		// The canvas draws the same numbers the table shows.
		const spec = JSON.parse(page('/targets/hightech-output-growth/').querySelector('chart-figure')!.getAttribute('data-chart')!);
		expect(spec.series[0].data.map((v: number) => v.toFixed(1))).toEqual(expected.map((r) => r[1]));
	});

	it('the parts chart counts the targets of each part of the plan', () => {
		const json = JSON.parse(fs.readFileSync(path.join(DIST, 'data/targets.json'), 'utf8')) as { records: Array<{ clause: string; action: string | null }> };
		const partOf = (r: { clause: string; action: string | null }) => (r.action ? `a${r.action}` : r.clause.startsWith('goals') ? 'goals' : r.clause.split('-')[0]!);
		const counts = new Map<string, number>();
		for (const r of json.records) counts.set(partOf(r), (counts.get(partOf(r)) ?? 0) + 1);
		const rows = tableOf(page('/targets/'), 'chart-parts');
		const numerals = ['一', '二', '三', '四', '五'];
		const keyOf = (label: string) => (label.startsWith('二、') ? 'goals' : label.startsWith('四、') ? 'safeguards' : `a${numerals.indexOf(label[1]!) + 1}`);
		expect(new Map(rows.map(([label, n]) => [keyOf(label!), Number(n)]))).toEqual(counts);
		expect(rows.reduce((n, r) => n + Number(r[1]), 0)).toBe(yamlTargets.length);
	});
});

describe('action, task and department pages show their targets', () => {
	const listed = (p: string) =>
		page(p)
			.querySelectorAll('.targets-for tr[data-target]')
			.map((tr) => tr.getAttribute('data-target'));

	it.each([1, 2, 3, 4, 5])('/actions/%i/', (a) => {
		expect(listed(`/actions/${a}/`)).toEqual(yamlTargets.filter((t) => t.clause.startsWith(`a${a}-`)).map((t) => t.id));
	});

	it('every task page lists the targets that name it, and only those', () => {
		for (let n = 1; n <= 35; n++) expect(listed(`/tasks/${n}/`), `task ${n}`).toEqual(yamlTargets.filter((t) => t.tasks?.includes(n)).map((t) => t.id));
		expect(listed('/tasks/2/').length).toBeGreaterThan(5);
		expect(page('/tasks/5/').querySelector('.targets-for')).toBeNull();
	});

	it('a department page lists the targets of the tasks it leads', () => {
		const cells = annexCells();
		const leads = (n: number) => squash(cells.get(n)!.lead);
		expect(listed('/departments/qu-ke-xie/')).toEqual(yamlTargets.filter((t) => (t.tasks ?? []).some((n) => leads(n) === '区科协')).map((t) => t.id));
		expect(listed('/departments/qu-ke-xie/').length).toBe(4);
	});
});

describe('open data', () => {
	// Every dataset the registry publishes (a schema file each), at least the four of this issue.
	const datasets = fs
		.readdirSync(path.join(DIST, 'data'))
		.filter((f) => f.endsWith('.schema.json'))
		.map((f) => f.slice(0, -'.schema.json'.length))
		.sort();
	it('publishes at least targets, tasks, actions and departments', () => {
		for (const id of ['targets', 'tasks', 'actions', 'departments']) expect(datasets).toContain(id);
	});
	const ajv = new Ajv2020({ strict: true, allErrors: true });
	addFormats.default(ajv);
	const read = (f: string) => fs.readFileSync(path.join(DIST, 'data', f), 'utf8');

	it.each(datasets)('%s.json validates against its own schema', (id) => {
		const schema = JSON.parse(read(`${id}.schema.json`));
		const json = JSON.parse(read(`${id}.json`));
		const validate = ajv.compile(schema);
		expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
		expect(json.dataset).toBe(id);
		// The schema is strict: a record with an unknown field or a wrong type does not validate.
		expect(validate({ ...json, records: [{ ...json.records[0], extra: 1 }] })).toBe(false);
		for (const [k, v] of Object.entries(schema.properties.records.items.properties as Record<string, { description?: string }>)) expect(v.description, `${id}.${k}`).toBeTruthy();
	});

	it.each(datasets)('%s.csv is UTF-8 with BOM, has the schema’s fields as header and the JSON records as rows', (id) => {
		const csv = read(`${id}.csv`);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const rows = parseCsv(csv.slice(1)) as string[][];
		const schema = JSON.parse(read(`${id}.schema.json`));
		const names = Object.keys(schema.properties.records.items.properties);
		expect(rows[0]).toEqual(names);
		const records = JSON.parse(read(`${id}.json`)).records as Array<Record<string, unknown>>;
		expect(rows.length - 1).toBe(records.length);
		// The documented rule: lists of plain values joined by |, objects as JSON, null and absent as empty;
		// text a spreadsheet would run as a formula (= + - @ first, not a number) behind an apostrophe.
		const plain = (v: unknown) =>
			v == null ? '' : Array.isArray(v) ? (v.some((x) => typeof x === 'object' && x !== null) ? JSON.stringify(v) : v.join('|')) : typeof v === 'object' ? JSON.stringify(v) : String(v);
		const cell = (v: unknown) => ((s) => (/^[=+\-@\t\r]/.test(s) && !/^[+-]?\d+(\.\d+)?$/.test(s) ? `'${s}` : s))(plain(v));
		records.forEach((r, i) => expect(rows[i + 1], `${id} row ${i + 1}`).toEqual(names.map((n) => cell(r[n]))));
	});

	it('the records are the content: 35 tasks with the annex wording, 5 actions, every department, every target', () => {
		const tasks = JSON.parse(read('tasks.json')).records as Array<{ number: number; text: string; lead: string }>;
		const cells = annexCells();
		expect(tasks.map((t) => t.number)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
		for (const t of tasks) {
			expect(squash(t.text), `task ${t.number}`).toBe(squash(cells.get(t.number)!.text));
			expect(t.lead).toBe(squash(cells.get(t.number)!.lead));
		}
		expect(JSON.parse(read('actions.json')).records).toHaveLength(5);
		const departments = Object.keys(parseYaml(fs.readFileSync('content/departments.yaml', 'utf8')));
		expect((JSON.parse(read('departments.json')).records as Array<{ name: string }>).map((d) => d.name).sort()).toEqual(departments.sort());
		const targets = JSON.parse(read('targets.json')).records as Array<{ id: string; progress: unknown[]; sentence: string }>;
		expect(targets.map((t) => t.id)).toEqual(yamlTargets.map((t) => t.id));
		for (const t of targets) {
			expect(t.progress).toEqual([]);
			expect(source.includes(squash(t.sentence)), t.id).toBe(true);
		}
	});

	it('/data/ lists each file with its fields', () => {
		const root = page('/data/');
		for (const id of datasets) {
			for (const f of [`${id}.csv`, `${id}.json`, `${id}.schema.json`]) expect(root.querySelector(`a[href="/data/${f}"]`), f).toBeTruthy();
			const schema = JSON.parse(read(`${id}.schema.json`));
			const fields = root.querySelectorAll(`[data-dataset="${id}"] .fields tbody th code`).map((c) => c.textContent);
			expect(fields).toEqual(Object.keys(schema.properties.records.items.properties));
		}
	});
});
