import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { excerptFrom, namedOutreach, quotedNames } from '../../src/outreach/kepu.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { outreachSchema } from '../../src/schemas/outreach.ts';
import { readOutreach } from '../../src/content-reader/read-content.ts';
import { displayUrl, longPathFor, shortPathFor, shortUrlFor } from '../../src/outreach/short-links.ts';
import { absoluteUrl } from '../../src/common/url.ts';
import { qrSvg } from '../../src/outreach/qr.ts';
import { clauseLinkToCopy, linkToCopy, printedDate } from '../../src/outreach/share.ts';
import { annexCells } from '../helpers/source.ts';
import { contentFixture } from '../helpers/fixtures.ts';

const cells = annexCells();
const annex = (n: number) => cells.get(n)!.text.replace(/\s+/g, '');

describe('excerpts of the official text', () => {
	it('cuts the named sentence out of the annex row, exactly', () => {
		// Annex row 26 ends with this sentence; it starts after a comma.
		expect(excerptFrom(annex(26), '每年组织一次')).toEqual({ text: '每年组织一次区级科技创新人才、优秀科技工作者评选活动。', cutBefore: true, cutAfter: false });
		// In row 31 the sentence ends with ；: it is dropped, since the row goes on.
		const e = excerptFrom(annex(31), '支持科技行业龙头企业');
		expect(e).toEqual({ text: '支持科技行业龙头企业牵头成立各类学术团体，开展学术（技术）交流活动，促进资源共享和有序发展', cutBefore: true, cutAfter: true });
	});

	it('every excerpt the hub uses is a piece of its annex row that starts a clause', () => {
		const { kepu } = siteSchema.parse(parseYaml(fs.readFileSync(path.join(process.cwd(), 'content', 'site.yaml'), 'utf8')));
		expect(kepu.excerpts.length).toBeGreaterThan(0);
		for (const { task, from } of [...kepu.excerpts, { task: kepu.publicity, from: kepu.publicityFrom }]) {
			const text = annex(task);
			const e = excerptFrom(text, from);
			const at = text.indexOf(e.text);
			expect(at, `task ${task}`).toBeGreaterThan(0);
			expect('，；。'.includes(text[at - 1]!), `task ${task} excerpt starts a clause`).toBe(true);
		}
	});

	it('refuses a start that is missing, repeated or in the middle of a phrase', () => {
		expect(() => excerptFrom('甲，乙。', '丙')).toThrow(/does not occur/);
		expect(() => excerptFrom('甲，甲。', '甲')).toThrow(/more than once/);
		expect(() => excerptFrom(annex(26), '组织一次')).toThrow(/does not start a clause/);
	});

	it('finds the venues and events that annex row 29 names in quotation marks', () => {
		expect(quotedNames(annex(29))).toEqual(['进企业、进社区、进楼宇', '科技活动周', '科普日', '科技工作者日']);
		expect(namedOutreach(annex(29))).toEqual({ venues: ['进企业', '进社区', '进楼宇'], events: ['科技活动周', '科普日', '科技工作者日'] });
	});
});

describe('outreach links', () => {
	const valid = { id: 'x', title: '标题', organisation: '机构', kind: 'official-body', url: 'https://www.cast.org.cn/', reason: '理由' };
	const problems = (data: object) => {
		const r = outreachSchema.safeParse(data);
		return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
	};

	it('accepts an https home page and a path of this site', () => {
		expect(problems(valid)).toEqual([]);
		expect(problems({ ...valid, kind: 'site-page', url: '/plan/#a5-m4' })).toEqual([]);
	});

	it('rejects http, deep links, queries, credentials and non-URLs for external links', () => {
		expect(problems({ ...valid, url: 'http://www.cast.org.cn/' })).toEqual(['url: external links must use https']);
		for (const url of ['https://www.cast.org.cn/kp/', 'https://www.cast.org.cn/?a=1', 'https://www.cast.org.cn', 'https://www.cast.org.cn/#x']) {
			expect(problems({ ...valid, url }), url).toEqual([expect.stringMatching(/^url: external links go to the home page/)]);
		}
		expect(problems({ ...valid, url: 'https://u:p@www.cast.org.cn/' })).toEqual(['url: external links must not carry credentials or a port']);
		expect(problems({ ...valid, url: 'www.cast.org.cn' })).toEqual([expect.stringMatching(/is not a URL/)]);
		expect(problems({ ...valid, url: 'javascript:alert(1)' })).toEqual(['url: external links must use https']);
	});

	it('rejects site pages that are not paths of this site, unknown kinds and missing fields', () => {
		expect(problems({ ...valid, kind: 'site-page', url: 'https://www.cast.org.cn/' })).toEqual([expect.stringMatching(/^url: a 本站页面/)]);
		expect(problems({ ...valid, kind: 'site-page', url: '//evil.example/' })).toEqual([expect.stringMatching(/^url: a 本站页面/)]);
		expect(problems({ ...valid, kind: 'blog' })).toEqual([expect.stringMatching(/^kind: kind must be one of/)]);
		const { reason: _r, ...noReason } = valid;
		expect(problems(noReason)).toEqual(['reason: reason is required']);
		expect(problems({ ...valid, extra: 1 })).toHaveLength(1);
	});

	it('reports duplicate ids and URLs in the file with file, entry and field', () => {
		const dir = contentFixture({
			'outreach.yaml': (t) =>
				`${t}\n- id: cast\n  title: 重复\n  organisation: 中国科学技术协会\n  kind: official-body\n  url: https://WWW.CAST.ORG.CN/\n  reason: 重复\n\n- id: bad\n  title: 不安全\n  organisation: 某机构\n  kind: resource\n  url: http://example.org/\n  reason: 测试\n`,
		});
		const { problems: found } = readOutreach(dir, path.dirname(dir));
		const rel = `${path.basename(dir)}/outreach.yaml`;
		expect(found).toEqual([
			{ file: rel, entry: 'cast', field: 'id', message: expect.stringMatching(/duplicate id "cast"/) },
			{ file: rel, entry: 'cast', field: 'url', message: expect.stringMatching(/duplicate url/) },
			{ file: rel, entry: 'bad', field: 'url', message: 'external links must use https' },
		]);
	});

	it('the real file is valid and every external link is an https home page', () => {
		const { links, problems: found } = readOutreach();
		expect(found).toEqual([]);
		const raw = parseYaml(fs.readFileSync('content/outreach.yaml', 'utf8')) as Array<{ kind: string; url: string }>;
		expect(links).toHaveLength(raw.length);
		for (const l of raw.filter((x) => x.kind !== 'site-page')) expect(l.url).toMatch(/^https:\/\/[a-z0-9.-]+\/$/);
	});
});

describe('short links', () => {
	it('gives the short link to share: on the origin when one is configured, else the path, else none', () => {
		expect(shortUrlFor('/tasks/12/', 'https://plan.example.org')).toBe('https://plan.example.org/t/12/');
		expect(shortUrlFor('/tasks/12/', undefined)).toBe('/t/12/');
		expect(shortUrlFor('/annex/', 'https://plan.example.org')).toBeUndefined();
	});
	it('maps task and action pages both ways, and nothing else', () => {
		expect(shortPathFor('/tasks/12/')).toBe('/t/12/');
		expect(shortPathFor('/actions/3/')).toBe('/a/3/');
		expect(shortPathFor('/targets/science-info-officers/')).toBe('/g/science-info-officers/');
		expect(shortPathFor('/support/talent-leader-reward/')).toBe('/s/talent-leader-reward/');
		expect(shortPathFor('/support/')).toBeUndefined();
		expect(shortPathFor('/plan/')).toBeUndefined();
		expect(shortPathFor('/departments/qu-ke-xie/')).toBeUndefined();
		expect(longPathFor('/t/12')).toBe('/tasks/12/');
		expect(longPathFor('/a/3/')).toBe('/actions/3/');
		expect(longPathFor('/g/tech-smes/')).toBe('/targets/tech-smes/');
		expect(longPathFor('/s/x-y/')).toBe('/support/x-y/');
		expect(longPathFor('/x/3/')).toBeUndefined();
	});

	it('makes absolute and printed forms only with an origin', () => {
		expect(absoluteUrl('/t/12/', undefined)).toBeUndefined();
		expect(absoluteUrl('/t/12/', 'https://example.gov.cn')).toBe('https://example.gov.cn/t/12/');
		expect(displayUrl('/t/12/', undefined)).toBe('/t/12/');
		expect(displayUrl('/t/12/', 'https://example.gov.cn')).toBe('example.gov.cn/t/12/');
	});
});

describe('QR code markup', () => {
	it('is an SVG with an accessible name, no style attribute and the encoded URL escaped', async () => {
		const svg = await qrSvg('https://example.gov.cn/tasks/1/?a=1&b="2"', '本页二维码 "测试"');
		expect(svg.startsWith('<svg class="qr" role="img" aria-label="本页二维码 &quot;测试&quot;"')).toBe(true);
		expect(svg).toContain('data-qr="https://example.gov.cn/tasks/1/?a=1&amp;b=&quot;2&quot;"');
		expect(svg).not.toMatch(/style=|<script|<style/);
		expect(svg).toMatch(/<path /);
	});
});

describe('share tools', () => {
	it('prints the date in Chinese form', () => {
		expect(printedDate(new Date(2024, 4, 30))).toBe('2024年5月30日');
	});
	it('copies the short link, else the canonical URL, else the current address without its #', () => {
		expect(linkToCopy({ short: 'https://e.gov.cn/t/1/', canonical: 'https://e.gov.cn/tasks/1/' }, 'http://x/tasks/1/#a', 'http://x/tasks/1/')).toBe('https://e.gov.cn/t/1/');
		expect(linkToCopy({ short: '/t/1/' }, 'http://x/tasks/1/', 'http://x/tasks/1/')).toBe('http://x/t/1/');
		expect(linkToCopy({ canonical: 'https://e.gov.cn/plan/' }, 'http://x/plan/', 'http://x/plan/')).toBe('https://e.gov.cn/plan/');
		expect(linkToCopy({}, 'http://x/plan/#a1', 'http://x/plan/#a1')).toBe('http://x/plan/');
	});
	it('copies a clause link on the public origin when one is configured', () => {
		expect(clauseLinkToCopy('#a1-m2', 'http://127.0.0.1:4321/plan/', 'https://e.gov.cn')).toBe('https://e.gov.cn/plan/#a1-m2');
		expect(clauseLinkToCopy('#a1-m2', 'http://127.0.0.1:4321/actions/1/', undefined)).toBe('http://127.0.0.1:4321/actions/1/#a1-m2');
	});
});
