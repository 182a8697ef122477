/**
 * The public origin: SITE_ORIGIN overrides content/site.yaml; anything but https://host, and a
 * content/site.yaml that is not YAML, stops the build with a message that names its source.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOrigin, originProblem, readSiteOrigin, SiteOriginError } from '../../src/content-reader/site-origin.ts';
import { contentFixture, replaceOnce, runAstro } from '../helpers/fixtures.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A project root whose content/site.yaml is `yaml`. */
function rootWith(yaml: string): string {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kaifu-origin-'));
	dirs.push(root);
	fs.mkdirSync(path.join(root, 'content'));
	fs.writeFileSync(path.join(root, 'content', 'site.yaml'), yaml);
	return root;
}
const site = (origin: string) => `name: 站\nshortName: 站\norigin: ${origin}\n`;
const noEnv = {};

describe('originProblem', () => {
	it('accepts https://host, with or without a final slash', () => {
		for (const ok of ['https://example.gov.cn', 'https://example.gov.cn/', 'https://kjcx.kaifu.gov.cn', 'https://[2001:db8::1]']) expect(originProblem(ok), ok).toBeUndefined();
	});

	it.each([
		['http://example.gov.cn', /https/],
		['ftp://example.gov.cn', /https/],
		['https://example.gov.cn/plan/', /path \(\/plan\/\)/],
		['https://example.gov.cn/site', /path/],
		['https://user:pw@example.gov.cn', /credentials/],
		['https://user@example.gov.cn', /credentials/],
		['https://example.gov.cn:8443', /port/],
		['https://example.gov.cn:443', /port/],
		['https://example.gov.cn?a=1', /query/],
		['https://example.gov.cn/#top', /fragment/],
		['example.gov.cn', /not a URL/],
		['https://', /not a URL/],
		['https://exa mple.gov.cn', /spaces/],
	])('refuses %s', (value, reason) => {
		expect(originProblem(value)).toMatch(reason);
		expect(originProblem(value)).toContain(value);
	});

	it('checkOrigin names the source and returns the origin without a final slash', () => {
		expect(checkOrigin('https://example.gov.cn/', 'X')).toBe('https://example.gov.cn');
		expect(() => checkOrigin('https://example.gov.cn/x', 'SITE_ORIGIN')).toThrow(/^SITE_ORIGIN: .*path/);
	});
});

describe('readSiteOrigin', () => {
	it('is undefined when content/site.yaml leaves origin empty or out and SITE_ORIGIN is unset or empty', () => {
		expect(readSiteOrigin(rootWith(site('""')), noEnv)).toBeUndefined();
		expect(readSiteOrigin(rootWith('name: 站\nshortName: 站\n'), noEnv)).toBeUndefined();
		expect(readSiteOrigin(rootWith(site('""')), { SITE_ORIGIN: '' })).toBeUndefined();
	});

	it('reads origin from content/site.yaml', () => {
		expect(readSiteOrigin(rootWith(site('"https://a.example.gov.cn/"')), noEnv)).toBe('https://a.example.gov.cn');
	});

	it('SITE_ORIGIN overrides content/site.yaml', () => {
		expect(readSiteOrigin(rootWith(site('"https://a.example.gov.cn"')), { SITE_ORIGIN: 'https://b.example.gov.cn' })).toBe('https://b.example.gov.cn');
		expect(readSiteOrigin(rootWith(site('""')), { SITE_ORIGIN: ' https://b.example.gov.cn/ ' })).toBe('https://b.example.gov.cn');
	});

	it('a bad SITE_ORIGIN fails naming SITE_ORIGIN, even when content/site.yaml is fine', () => {
		const root = rootWith(site('"https://a.example.gov.cn"'));
		for (const [bad, reason] of [
			['http://b.example.gov.cn', /https/],
			['https://b.example.gov.cn/kjcx/', /path/],
			['https://b.example.gov.cn:8080', /port/],
			['b.example.gov.cn', /not a URL/],
		] as const) {
			expect(() => readSiteOrigin(root, { SITE_ORIGIN: bad }), bad).toThrow(SiteOriginError);
			expect(() => readSiteOrigin(root, { SITE_ORIGIN: bad }), bad).toThrow(new RegExp(`^SITE_ORIGIN.*${reason.source}`));
		}
	});

	it('a bad origin in content/site.yaml fails naming the file and the field', () => {
		expect(() => readSiteOrigin(rootWith(site('"https://a.example.gov.cn/x"')), noEnv)).toThrow(/^content\/site\.yaml › origin: .*path/);
		expect(() => readSiteOrigin(rootWith(site('"http://a.example.gov.cn"')), noEnv)).toThrow(/^content\/site\.yaml › origin: .*https/);
		expect(() => readSiteOrigin(rootWith(site('42')), noEnv)).toThrow(/^content\/site\.yaml › origin: must be text/);
	});

	it('content/site.yaml that is not YAML fails naming the file and the line, with or without SITE_ORIGIN', () => {
		const root = rootWith('name: 站\norigin: "https://a.example.gov.cn\nshortName: [\n');
		for (const env of [noEnv, { SITE_ORIGIN: 'https://b.example.gov.cn' }]) {
			expect(() => readSiteOrigin(root, env)).toThrow(SiteOriginError);
			expect(() => readSiteOrigin(root, env)).toThrow(/^content\/site\.yaml › line \d+: not valid YAML/);
		}
		expect(() => readSiteOrigin(rootWith('- a\n- b\n'), noEnv)).toThrow(/^content\/site\.yaml: must be a mapping/);
	});
});

describe('astro build', () => {
	it('stops at once with the source and the reason for a bad SITE_ORIGIN or site.yaml origin, without a stack trace', () => {
		const content = contentFixture();
		dirs.push(content);
		const r = runAstro(['build', '--outDir', path.join(content, 'never')], content, 120_000, { SITE_ORIGIN: 'https://example.gov.cn/kjcx' });
		expect(r.status).not.toBe(0);
		expect(r.output).toContain('SITE_ORIGIN (environment variable): "https://example.gov.cn/kjcx" has a path (/kjcx)');
		expect(r.output).not.toMatch(/Invalid URL|\n\s+at /);
		expect(fs.existsSync(path.join(content, 'never'))).toBe(false);

		const yamlBad = contentFixture({ 'site.yaml': replaceOnce('origin: ""', 'origin: "https://example.gov.cn:8443"') });
		dirs.push(yamlBad);
		const r2 = runAstro(['build', '--outDir', path.join(yamlBad, 'never')], yamlBad, 120_000);
		expect(r2.status).not.toBe(0);
		expect(r2.output).toMatch(/site\.yaml › origin: "https:\/\/example\.gov\.cn:8443" has a port/);
	}, 240_000);
});
