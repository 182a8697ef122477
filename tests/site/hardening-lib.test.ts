/** The pure parts of the hardening: strict decoding, formula-safe CSV cells, the request check, linear wording. */
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeStrict } from '../../src/content-reader/strict-text.ts';
import { formulaSafe } from '../../src/open-data/model.ts';
import { annexSide, bodySide, boundedDiff, compareWithClause, DIFF_BUDGET } from '../../src/quality/wording.ts';
import { readContent } from '../../src/content-reader/read-content.ts';
import { clauseBody } from '../../src/plan/clauses.ts';
import { checkTarget, headersFor, parseHeadersFile } from '../../scripts/static-server.mjs';
import { generateLongText, LONG_TEXT_FACTOR } from '../../scripts/bench/long-text.ts';
import { cspMetaFirst } from '../../src/integrations/security-headers.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeStrict', () => {
	it('decodes valid UTF-8, CJK, astral characters, tabs and CRLF', () => {
		expect(decodeStrict(utf8('一\t二\r\n𠀋'))).toEqual({ text: '一\t二\r\n𠀋' });
	});

	it.each([
		['a lone continuation byte', bytes(0x61, 0x80), 1, 2],
		['a truncated sequence at the end', bytes(0x61, 0x0a, 0xe4, 0xb8), 2, 1],
		['an overlong slash', bytes(0xc0, 0xaf), 1, 1],
		['an encoded surrogate', bytes(0xed, 0xa0, 0x80), 1, 1],
		['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 1, 1],
	])('refuses %s with its line and column', (_n, input, line, column) => {
		const r = decodeStrict(input);
		expect(r).toMatchObject({ line, column, message: expect.stringMatching(/not valid UTF-8/) });
	});

	it('refuses a BOM, control characters and U+FFFD, counting columns in characters', () => {
		expect(decodeStrict(bytes(0xef, 0xbb, 0xbf, 0x61))).toMatchObject({ line: 1, column: 1, message: expect.stringMatching(/byte-order mark/) });
		expect(decodeStrict(utf8('一二\u0001'))).toMatchObject({ line: 1, column: 3, message: expect.stringMatching(/U\+0001/) });
		expect(decodeStrict(utf8('a\n𠀋b\u007f'))).toMatchObject({ line: 2, column: 3, message: expect.stringMatching(/U\+007F/) });
		expect(decodeStrict(utf8('a\uFFFD'))).toMatchObject({ message: expect.stringMatching(/U\+FFFD/) });
	});
});

describe('formulaSafe CSV cells', () => {
	it.each([
		['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
		['+1+cmd|x', `'+1+cmd|x`],
		['-2+3', `'-2+3`],
		['@SUM(A1)', `'@SUM(A1)`],
		['\t=1', `'\t=1`],
		['=', `'=`],
		['-5', '-5'],
		['+3.5', '+3.5'],
		['区科技局', '区科技局'],
		['>=', '>='],
		['', ''],
	])('%j → %j', (cell, safe) => expect(formulaSafe(cell)).toBe(safe));
});

describe('checkTarget (the request check of the local server)', () => {
	it.each(['/%', '//evil.example/..%2fplan', '/../x', '/%2e%2e/x', '/a%2fb', '/a%5cb', '/a%00', '/a\\b', 'http://x/', '*', '/./a', '/a//b', '/' + 'a'.repeat(3000)])('refuses %s', (t) => {
		expect(checkTarget(t).status).toBeGreaterThanOrEqual(400);
	});
	it('accepts ordinary paths and queries, decoding them', () => {
		expect(checkTarget('/search/?q=%E9%AB%98%E4%BC%81')).toEqual({ pathname: '/search/', search: '?q=%E9%AB%98%E4%BC%81' });
		expect(checkTarget('/departments/%E5%8C%BA/')).toEqual({ pathname: '/departments/区/', search: '' });
	});
	it('applies _headers rules with * as any run of characters', () => {
		const rules = parseHeadersFile('/*\n  A: 1\n/embed/*\n  B: 2\n/\n  C: 3\n');
		expect([...headersFor(rules, '/embed/x/').keys()]).toEqual(['a', 'b']);
		expect([...headersFor(rules, '/').keys()]).toEqual(['a', 'c']);
	});
});

describe('cspMetaFirst', () => {
	it('moves the CSP meta right after <meta charset>, before the boot script', () => {
		const html = '<html><head><meta charset="utf-8"><script>boot()</script><title>t</title><meta http-equiv="content-security-policy" content="default-src \'self\'"></head></html>';
		expect(cspMetaFirst(html)).toBe(
			'<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src \'self\'"><script>boot()</script><title>t</title></head></html>',
		);
	});
});

describe('the wording comparison stays near-linear', () => {
	const { content } = readContent(path.resolve('content'), process.cwd());
	const task = content.tasks.find((t) => t.number === 2)!;
	const body = clauseBody(content.clauses.find((c) => c.id === task.clause)!);

	it('boundedDiff is jsdiff within the budget and a prefix/suffix diff beyond it; both reproduce each side', () => {
		const a = 'x'.repeat(3000) + '甲乙' + 'y'.repeat(3000);
		const b = 'x'.repeat(3000) + '丙' + 'y'.repeat(3000);
		const parts = boundedDiff(a, b)!;
		expect(
			parts
				.filter((p) => !p.added)
				.map((p) => p.value)
				.join(''),
		).toBe(a);
		expect(
			parts
				.filter((p) => !p.removed)
				.map((p) => p.value)
				.join(''),
		).toBe(b);
		// Two unrelated long texts: far beyond the budget, answered in linear time.
		const c = '天'.repeat(60_000);
		const d = '地'.repeat(60_000);
		expect((c.length + d.length) ** 2).toBeGreaterThan(DIFF_BUDGET);
		const t0 = performance.now();
		const rough = boundedDiff(c, d)!;
		expect(performance.now() - t0).toBeLessThan(2000);
		expect(rough.map((p) => [p.added, p.removed, p.value.length])).toEqual([
			[false, true, 60_000],
			[true, false, 60_000],
		]);
	});

	it(`a task text ×1000 (${task.text.length * 1000} characters) is compared in seconds, each side exact`, () => {
		// Before, the comparison grew with the square of the length: ×100 took 7 s, ×1000 would take about 12 minutes.
		const long = task.text.repeat(1000);
		const t0 = performance.now();
		const r = compareWithClause(body, long);
		expect(performance.now() - t0).toBeLessThan(30_000);
		expect(annexSide(r.chunks)).toBe(long);
		expect(bodySide(r.chunks)).toBe(body.slice(r.span.start, r.span.end));
	}, 60_000);

	it('a task text and its clause both ×100 are compared in seconds, with the changes of every copy', () => {
		// Before, this took minutes: the span search tried every run of the clause's 1,200 pieces, and each
		// change re-measured the text before it. The real pair has some changes; the long pair has 100 times as many.
		const longBody = body.repeat(100);
		const longAnnex = task.text.repeat(100);
		const once = compareWithClause(body, task.text);
		const t0 = performance.now();
		const r = compareWithClause(longBody, longAnnex);
		expect(performance.now() - t0).toBeLessThan(30_000);
		expect(annexSide(r.chunks)).toBe(longAnnex);
		expect(bodySide(r.chunks)).toBe(longBody.slice(r.span.start, r.span.end));
		expect(once.chunks.length).toBeGreaterThan(10);
		expect(r.chunks.length).toBeGreaterThanOrEqual(50 * once.chunks.length);
	}, 60_000);
});

describe('the long-text benchmark content', () => {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kaifu-long-text-test-'));
	afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

	it('lengthens one task ×100 and still passes every content check', () => {
		const out = generateLongText(path.resolve('content'), path.join(tmp, 'content'));
		expect(out.after).toBe(out.before * LONG_TEXT_FACTOR);
		const { content, problems } = readContent(out.dir, process.cwd());
		expect(problems).toEqual([]);
		expect(content.tasks.find((t) => t.number === out.task)!.text.length).toBe(out.after);
	});
});
