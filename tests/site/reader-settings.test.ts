import { describe, expect, it } from 'vitest';
import vm from 'node:vm';
import { attributesFor, bootScript, defaultSettings, parseSettings, serializeSettings, STORAGE_KEY } from '../../src/site/reader-settings.ts';
import { headerPolicy, inlineScriptHashes, sha256 } from '../../src/site/csp.ts';
import { robotsTxt } from '../../src/site/robots.ts';

describe('reader settings model', () => {
	it('reads only known values and falls back to the defaults', () => {
		expect(parseSettings(null)).toEqual(defaultSettings);
		expect(parseSettings('not json')).toEqual(defaultSettings);
		expect(parseSettings('{"size":"huge","elder":"on","theme":"dark","x":1}')).toEqual({ ...defaultSettings, elder: 'on', theme: 'dark' });
	});

	it('sets attributes only for non-default values and stores only those', () => {
		const s = { ...defaultSettings, size: 'large' as const, contrast: 'high' as const };
		expect(attributesFor(s)).toEqual({ 'data-size': 'large', 'data-elder': null, 'data-contrast': 'high', 'data-theme': null });
		expect(JSON.parse(serializeSettings(s))).toEqual({ size: 'large', contrast: 'high' });
		expect(parseSettings(serializeSettings(s))).toEqual(s);
	});

	/** Runs the boot script against a fake document and storage. */
	function boot(stored: string | null, throwOnRead = false) {
		const attrs: Record<string, string> = {};
		const context = {
			localStorage: {
				getItem: (k: string) =>
					throwOnRead
						? (() => {
								throw new Error('denied');
							})()
						: k === STORAGE_KEY
							? stored
							: null,
			},
			document: { documentElement: { setAttribute: (k: string, v: string) => (attrs[k] = v) } },
		};
		vm.runInNewContext(bootScript(), context);
		return attrs;
	}

	it('boot script applies exactly what the model says, and survives bad storage', () => {
		const stored = '{"size":"xlarge","elder":"on","contrast":"high","theme":"light"}';
		const expected = Object.fromEntries(Object.entries(attributesFor(parseSettings(stored))).filter(([, v]) => v !== null));
		expect(boot(stored)).toEqual(expected);
		expect(boot('{"size":"huge","theme":"system"}')).toEqual({});
		expect(boot('{broken')).toEqual({});
		expect(boot(null, true)).toEqual({});
	});
});

describe('security policy', () => {
	it('allows the boot script by its hash', () => {
		expect(inlineScriptHashes()).toEqual([sha256(bootScript())]);
		expect(sha256('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
	});

	it('merges page policies and adds frame-ancestors for headers', () => {
		const a = "default-src 'self'; script-src 'self' 'sha256-A'; style-src 'self'";
		const b = "default-src 'self'; script-src 'self' 'sha256-B'";
		expect(headerPolicy([a, b], false)).toBe("default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'; style-src 'self'; frame-ancestors 'none'");
		expect(headerPolicy([a], true)).toMatch(/frame-ancestors \*$/);
	});
});

describe('robots.txt', () => {
	it('names the sitemap only with a configured origin', () => {
		expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
		expect(robotsTxt(new URL('https://kjcx.example.gov.cn/'))).toContain('Sitemap: https://kjcx.example.gov.cn/sitemap-index.xml');
	});
});
