import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { contactSourceSchema, departmentInputSchema } from '../../src/schemas/department.ts';
import { contactLines, policyExpressSentence, sourceCitation } from '../../src/tasks/contacts.ts';
import { readContent } from '../../src/content-reader/read-content.ts';
import { bodyText } from '../helpers/source.ts';

/** A complete, well-formed source (the values are a test's, not a real unit's). */
const SOURCE = { title: '联系我们', publisher: '测试发布机构', date: '2024-01-02', url: 'https://example.gov.cn/contact/' };

const problems = (value: unknown) => {
	const r = departmentInputSchema.safeParse(value);
	return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('department contacts: the schema', () => {
	it('accepts a unit without contacts, and contacts that each carry a complete https source', () => {
		expect(problems({ kind: '区直部门' })).toEqual([]);
		expect(
			problems({ kind: '区直部门', phone: { number: '0731-1234 5678', source: SOURCE }, address: { text: '某路 1 号', source: SOURCE }, web: { url: 'https://example.gov.cn/', source: SOURCE } }),
		).toEqual([]);
	});

	it.each([
		['a phone without a source', { phone: { number: '0731-12345678' } }, 'phone.source: every contact needs its source'],
		['an address without a source', { address: { text: '某路 1 号' } }, 'address.source: every contact needs its source'],
		['a web page on http', { web: { url: 'http://example.gov.cn/', source: SOURCE } }, 'web.url: url must be an https:// address'],
		['a source on http', { phone: { number: '0731-12345678', source: { ...SOURCE, url: 'http://example.gov.cn/contact/' } } }, 'phone.source.url: url must be an https:// address'],
		['a source without a publisher', { web: { url: 'https://example.gov.cn/', source: { ...SOURCE, publisher: undefined } } }, 'web.source.publisher: publisher is required'],
		['a source dated loosely', { address: { text: '某路 1 号', source: { ...SOURCE, date: '2024年' } } }, 'address.source.date: date must be a date written YYYY-MM-DD'],
		['a phone that is not a number', { phone: { number: '请咨询', source: SOURCE } }, 'phone.number: number must be a telephone number'],
		['an unknown contact field', { email: 'a@b.cn' }, 'Unrecognized key'],
	])('refuses %s', (_name, fields, message) => {
		expect(problems({ kind: '区直部门', ...fields }).join('\n')).toContain(message);
	});

	it('a source needs every field', () => {
		expect(contactSourceSchema.safeParse({ title: 't', publisher: 'p', date: '2024-01-02' }).success).toBe(false);
	});
});

describe('department contacts: what a page shows', () => {
	it('one line per configured contact, in the order phone, address, web, each with its source', () => {
		const lines = contactLines({ web: { url: 'https://example.gov.cn/', source: SOURCE }, phone: { number: '0731-1234 5678', source: SOURCE } });
		expect(lines.map((l) => [l.label, l.value, l.href])).toEqual([
			['电话', '0731-1234 5678', 'tel:073112345678'],
			['网站', 'https://example.gov.cn/', 'https://example.gov.cn/'],
		]);
		expect(contactLines({})).toEqual([]);
		expect(sourceCitation(SOURCE)).toBe('来源：《联系我们》，测试发布机构，2024-01-02');
	});

	it('quotes the plan’s one sentence about the 政策快车 platform, from the measure that holds it', () => {
		const { content } = readContent(path.resolve('content'), process.cwd());
		const { clause, sentence } = policyExpressSentence(content.clauses);
		// Read independently from the official source: the one sentence that names 政策快车.
		const inSource = bodyText()
			.replace(/\s+/g, '')
			.match(/[^。]*政策快车[^。]*。/g);
		expect(inSource).toHaveLength(1);
		expect(sentence).toBe(inSource![0]);
		expect(clause).toBe('a5-m1');
	});

	it('refuses a text in which no sentence, or more than one, names the platform', () => {
		expect(() => policyExpressSentence([{ id: 'x', paragraphs: ['没有平台。'] }])).toThrow(/found 0/);
		expect(() => policyExpressSentence([{ id: 'x', paragraphs: ['用好政策快车。政策快车更好。'] }])).toThrow(/found 2/);
	});
});
