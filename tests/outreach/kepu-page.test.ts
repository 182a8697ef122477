import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { kepuSelectionProblems, kepuTaskNumbers, kepuTasks, taskRanges } from '../../src/outreach/kepu.ts';
import { siteSchema, type KepuSelection } from '../../src/schemas/site.ts';

const rows = [
	{ number: 1, text: '甲事。乙事，丙事；丁事。' },
	{ number: 2, text: '戊事。' },
	{ number: 3, text: '己事，庚事。' },
];
const selection: KepuSelection = { publicity: 1, publicityFrom: '丙事', popularisation: 2, excerpts: [{ task: 3, from: '庚事' }] };

describe('the 科普 selection (content/site.yaml › kepu)', () => {
	it('quotes the publicity row first, then the 科普 row; every row it quotes, once', () => {
		expect(kepuTasks(selection)).toEqual([1, 2]);
		expect([...kepuTaskNumbers(selection)].sort()).toEqual([1, 2, 3]);
		expect([...kepuTaskNumbers({ ...selection, excerpts: [{ task: 1, from: '乙事' }] })].sort()).toEqual([1, 2]);
	});

	it('finds nothing wrong with rows that exist and excerpts that start a clause', () => {
		expect(kepuSelectionProblems(selection, rows, 'site.yaml')).toEqual([]);
	});

	it('names the field of a row that does not exist, and does not go on to cut its excerpt', () => {
		expect(kepuSelectionProblems({ ...selection, popularisation: 9 }, rows, 'site.yaml')).toEqual([
			{ file: 'site.yaml', entry: 'kepu', field: 'popularisation', message: 'there is no task 9 in tasks.yaml' },
		]);
		const p = kepuSelectionProblems(
			{
				...selection,
				excerpts: [
					{ task: 1, from: '乙事' },
					{ task: 7, from: '庚事' },
				],
			},
			rows,
			'site.yaml',
		);
		expect(p.map((x) => x.field)).toEqual(['excerpts[1].task']);
	});

	it('names the field of an excerpt whose words are missing, repeated or mid-phrase', () => {
		const fields = (s: KepuSelection) => kepuSelectionProblems(s, rows, 'f').map((x) => `${x.field}: ${x.message}`);
		expect(fields({ ...selection, publicityFrom: '壬事' })).toEqual(['publicityFrom: "壬事" does not occur in the text']);
		expect(fields({ ...selection, excerpts: [{ task: 1, from: '事' }] })).toEqual(['excerpts[0].from: "事" occurs more than once in the text']);
		expect(fields({ ...selection, excerpts: [{ task: 3, from: '事，' }] })).toEqual(['excerpts[0].from: "事，" does not start a clause']);
	});

	it('the real selection parses and names rows of the real annex', () => {
		const site = siteSchema.parse(parseYaml(fs.readFileSync(path.join(process.cwd(), 'content', 'site.yaml'), 'utf8')));
		const tasks = parseYaml(fs.readFileSync(path.join(process.cwd(), 'content', 'tasks.yaml'), 'utf8')) as Array<{ number: number; text: string }>;
		expect(kepuSelectionProblems(site.kepu, tasks, 'site.yaml')).toEqual([]);
		expect(site.nav.map((l) => l.href)).toContain('/kepu/');
	});
});

describe('taskRanges: the annex rows under each action', () => {
	it('gives each action its first and last row and how many, in the actions’ order', () => {
		const tasks = [
			{ number: 1, action: '1' },
			{ number: 2, action: '1' },
			{ number: 3, action: '2' },
			{ number: 5, action: '1' },
		];
		const r = taskRanges([{ id: '2' }, { id: '1' }], tasks);
		expect(r.map(({ action, first, last, count }) => [action.id, first, last, count])).toEqual([
			['2', 3, 3, 1],
			['1', 1, 5, 3],
		]);
	});

	it('refuses an action with no rows (no Infinity on the sheet)', () => {
		expect(() => taskRanges([{ id: '3' }], [{ number: 1, action: '1' }])).toThrow(/action 3 has no tasks/);
	});
});
