/**
 * The one loop every content file goes through (src/content-reader/list.ts), the file reader under it
 * (files.ts) and the citation pages reach through citationOf (src/plan/citation.ts): what each reports
 * for bad input, located by file, entry and field.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { readList, readMap, readObject } from '../../src/content-reader/list.ts';
import { ContentFiles } from '../../src/content-reader/files.ts';
import { formatProblem } from '../../src/content-reader/problems.ts';
import { clauseCitation, partOfClause } from '../../src/plan/citation.ts';
import { readContent } from '../../src/content-reader/read-content.ts';
import { contentFixture } from '../helpers/fixtures.ts';

const schema = z.strictObject({
	id: z.string({ error: 'id is required' }),
	size: z.number({ error: 'size must be a number' }).optional(),
});
type Item = z.output<typeof schema>;

const FILE = 'content/things.yaml';
const options = {
	kind: 'things',
	label: (r: Record<string, unknown>) => (typeof r.id === 'string' ? `thing ${r.id}` : undefined),
	unique: { field: 'id', key: (t: Item) => t.id, message: (t: Item, first: number, index: number) => `duplicate id "${t.id}" (entries ${first} and ${index})` },
};
const lines = (r: { problems: Parameters<typeof formatProblem>[0][] }) => r.problems.map(formatProblem);

describe('readList: one loop for every list file', () => {
	it.each([
		['a valid list', [{ id: 'a' }, { id: 'b', size: 2 }], [], ['thing a', 'thing b']],
		['a file not read (its problem is already reported)', undefined, [], []],
		['a mapping where a list belongs', { id: 'a' }, [`${FILE}: must be a list of things`], []],
		['an empty file', null, [`${FILE}: must be a list of things`], []],
		['a scalar', 'a, b', [`${FILE}: must be a list of things`], []],
		['a repeated id, after the first', [{ id: 'a' }, { id: 'b' }, { id: 'a' }], [`${FILE} › thing a › id: duplicate id "a" (entries 1 and 3)`], ['thing a', 'thing b', 'thing a']],
		[
			'an id three times, each repeat against the one before',
			[{ id: 'a' }, { id: 'a' }, { id: 'a' }],
			[`${FILE} › thing a › id: duplicate id "a" (entries 1 and 2)`, `${FILE} › thing a › id: duplicate id "a" (entries 2 and 3)`],
			['thing a', 'thing a', 'thing a'],
		],
		['an entry failing the schema, by its id', [{ id: 'a', size: 'big' }, { id: 'b' }], [`${FILE} › thing a › size: size must be a number`], ['thing b']],
		['an entry without an id, by its place', [{ id: 'a' }, { size: 1 }], [`${FILE} › entry 2 › id: id is required`], ['thing a']],
		['an entry that is no mapping', [{ id: 'a' }, 'b'], [expect.stringMatching(/^content\/things\.yaml › entry 2: /)], ['thing a']],
		['an unknown field', [{ id: 'a', colour: 'red' }], [expect.stringMatching(/^content\/things\.yaml › thing a: .*colour/)], []],
	])('%s', (_name, raw, problems, labels) => {
		const result = readList(raw, FILE, schema, options);
		expect(lines(result)).toEqual(problems);
		expect(result.entries.map((e) => e.label)).toEqual(labels);
	});

	it('an empty file is an empty list where the file allows it', () => {
		expect(readList(null, FILE, schema, { ...options, emptyIsList: true })).toEqual({ entries: [], problems: [] });
	});

	it("runs the file's own checks in the same pass, keeping each entry's problems together and in file order", () => {
		const result = readList(
			[
				{ id: 'a', size: 3 },
				{ id: 'b', size: 'x' },
				{ id: 'a', size: 1 },
			],
			FILE,
			schema,
			{
				...options,
				check: ({ value, index }, problem, repeated) => {
					if ((value.size ?? 0) > 2) problem('size', 'is more than 2');
					return repeated ? undefined : { ...value, place: index + 1 };
				},
			},
		);
		expect(lines(result)).toEqual([`${FILE} › thing a › size: is more than 2`, `${FILE} › thing b › size: size must be a number`, `${FILE} › thing a › id: duplicate id "a" (entries 1 and 3)`]);
		// A check may drop an entry (here the repeat) and return what the list keeps.
		expect(result.entries.map((e) => e.value)).toEqual([{ id: 'a', size: 3, place: 1 }]);
	});

	it('reports repeats in a later stage when the caller asks', () => {
		const later: Parameters<typeof formatProblem>[0][] = [];
		const result = readList([{ id: 'a' }, { id: 'a' }], FILE, schema, { ...options, repeats: later });
		expect(result.problems).toEqual([]);
		expect(later.map(formatProblem)).toEqual([`${FILE} › thing a › id: duplicate id "a" (entries 1 and 2)`]);
	});
});

describe('readMap: keyed files (name: { … })', () => {
	const FILE_MAP = 'content/units.yaml';
	it.each([
		['a valid mapping', { 甲: { id: 'x' }, 乙: { id: 'y' } }, [], ['甲', '乙']],
		['a list where a mapping belongs', [{ id: 'x' }], [`${FILE_MAP}: must be a mapping of unit name to { id }`], []],
		['an empty file', null, [`${FILE_MAP}: must be a mapping of unit name to { id }`], []],
		['an entry failing the schema, by its key', { 甲: { id: 1 }, 乙: { id: 'y' } }, [expect.stringMatching(/^content\/units\.yaml › 甲 › id: /)], ['乙']],
	])('%s', (_name, raw, problems, labels) => {
		const result = readMap(raw, FILE_MAP, schema, { kind: 'unit name to { id }' });
		expect(lines(result)).toEqual(problems);
		expect(result.entries.map((e) => e.label)).toEqual(labels);
	});
});

describe('readObject: files holding one object', () => {
	it('names the file and the field, with no entry', () => {
		expect(lines(readObject({ size: 1 }, 'content/site.yaml', schema))).toEqual(['content/site.yaml › id: id is required']);
		expect(readObject({ id: 'a' }, 'content/site.yaml', schema)).toEqual({ value: { id: 'a' }, problems: [] });
	});
});

describe('ContentFiles: each file read, decoded and parsed once, problems located', () => {
	const root = path.resolve('/project');
	const dir = path.join(root, 'content');
	const files = (bytes: Record<string, number[] | string>) => {
		const reads: string[] = [];
		const f = new ContentFiles(dir, root, (full) => {
			reads.push(full);
			const b = bytes[path.relative(dir, full)];
			if (b === undefined) throw new Error('ENOENT');
			return typeof b === 'string' ? new TextEncoder().encode(b) : Uint8Array.from(b);
		});
		return { f, reads };
	};

	it.each([
		['a missing file', {}, ['content/a.yaml: file is missing or unreadable']],
		['a byte that is not UTF-8', { 'a.yaml': [0x61, 0x3a, 0x20, 0xff, 0x0a] }, [expect.stringMatching(/^content\/a\.yaml › line 1, column 4: .*not valid UTF-8 \(byte 0xFF\)/)]],
		['YAML that does not parse', { 'a.yaml': 'a: [1, 2\nb: 3\n' }, [expect.stringMatching(/^content\/a\.yaml › line \d+, column \d+: not valid YAML: /)]],
	])('%s', (_name, bytes, problems) => {
		const { f } = files(bytes);
		expect(f.yaml('a.yaml')).toBeUndefined();
		expect(f.problems.map(formatProblem)).toEqual(problems);
	});

	it('parses a good file once and reports a bad one once, however often it is asked for', () => {
		const { f, reads } = files({ 'a.yaml': '- 1\n- 2\n' });
		expect(f.yaml('a.yaml')).toEqual([1, 2]);
		expect(f.yaml('a.yaml')).toEqual([1, 2]);
		f.yaml('b.yaml');
		f.text('b.yaml');
		expect(reads).toHaveLength(2);
		expect(f.problems.map(formatProblem)).toEqual(['content/b.yaml: file is missing or unreadable']);
	});
});

describe('clauseCitation (what citationOf gives pages)', () => {
	const { content } = readContent(path.resolve('content'), process.cwd());
	const cite = (id: string) => clauseCitation(id, content.actions, content.clauses);

	it('cites a measure or an item by the headings of its action and measure, as /plan/ shows them', () => {
		expect(cite('a4-m1')).toBe('（四）实施科技人才领跑行动 1. 构建科技人才培养体系。');
		expect(cite('a1-m2-i1')).toBe('（一）实施高水平科技创新载体建设行动 2. 支持科技创新平台建设。 第1项');
	});

	it('cites another clause by the part of the plan it is in and its own heading; a paragraph by its part', () => {
		expect(cite('safeguards-2')).toBe('四、保障措施 （二）强化要素保障。');
		expect(cite('goals')).toBe('二、总体目标');
		expect(cite('goals-main')).toBe('二、总体目标');
	});

	it('finds the part of the plan: the action, else the top section', () => {
		const byId = new Map(content.clauses.map((c) => [c.id, c]));
		expect(partOfClause('a1-m1-i2', byId)?.id).toBe('a1');
		expect(partOfClause('a2-m1', byId)?.id).toBe('a2');
		expect(partOfClause('goals-main', byId)?.id).toBe('goals');
	});

	it('throws for a clause that is not in the content, rather than citing nothing', () => {
		expect(() => cite('a9-m1')).toThrow(/a9-m1/);
		expect(() => cite('no-such-clause')).toThrow(/no-such-clause/);
	});
});

describe('outreach joins the one reader', () => {
	const made: string[] = [];
	afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

	it('reads content/outreach.yaml with the rest of the content, in file order', () => {
		const { content, problems } = readContent(path.resolve('content'), process.cwd());
		expect(problems).toEqual([]);
		const raw = parseYaml(fs.readFileSync('content/outreach.yaml', 'utf8')) as Array<{ id: string }>;
		expect(content.outreach.map((l) => l.id)).toEqual(raw.map((l) => l.id));
	});

	it('a bad outreach file stops the content check (and so every collection), named by file and entry', () => {
		const dir = contentFixture({ 'outreach.yaml': () => 'id: not-a-list\n' });
		made.push(dir);
		const rel = path.relative(process.cwd(), path.join(dir, 'outreach.yaml')).split(path.sep).join('/');
		expect(readContent(dir, process.cwd()).problems.map(formatProblem)).toEqual([`${rel}: must be a list of links`]);
	});
});
