import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import fs from 'node:fs';
import { builtPages, fileOf, page } from '../helpers/dist.ts';
import { slugFromName } from '../../src/common/slug.ts';

const departments = Object.keys(parseYaml(fs.readFileSync('content/departments.yaml', 'utf8')));
const pages = builtPages();
const outreachUrls = new Set((parseYaml(fs.readFileSync('content/outreach.yaml', 'utf8')) as Array<{ url: string }>).map((l) => l.url));

describe('the pages exist', () => {
	it('has the 35 task pages, 5 action pages and a page for each department', () => {
		for (let n = 1; n <= 35; n++) expect(pages).toContain(`/tasks/${n}/`);
		expect(pages).not.toContain('/tasks/36/');
		for (let a = 1; a <= 5; a++) expect(pages).toContain(`/actions/${a}/`);
		expect(departments.length).toBeGreaterThan(20);
		for (const d of departments) expect(pages, d).toContain(`/departments/${slugFromName(d)}/`);
		for (const p of ['/', '/plan/', '/annex/', '/actions/', '/departments/', '/about/', '/404.html']) expect(pages).toContain(p);
	});

	it('every page is in Chinese, has one h1, a title and a description', () => {
		const titles = new Map<string, string>();
		for (const p of pages) {
			const root = page(p);
			expect(root.querySelector('html')?.getAttribute('lang'), p).toBe('zh-CN');
			expect(root.querySelectorAll('h1').length, `${p} h1 count`).toBe(1);
			const title = root.querySelector('title')?.textContent.trim() ?? '';
			expect(title, p).not.toBe('');
			expect(titles.has(title), `${p} repeats the title of ${titles.get(title)}`).toBe(false);
			titles.set(title, p);
			expect(root.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0, p).toBeGreaterThan(10);
		}
	});

	it('task 10 says its units are not in the source and names none', () => {
		const units = page('/tasks/10/').querySelectorAll('.task-units dd')[1]!;
		expect(units.textContent).toContain('原表未列明');
		expect(units.querySelectorAll('a')).toHaveLength(0);
	});
});

describe('links', () => {
	/** Ids present on each page. */
	const ids = new Map<string, Set<string>>();
	const idsOf = (p: string) => {
		let s = ids.get(p);
		if (!s) {
			s = new Set(
				page(p)
					.querySelectorAll('[id]')
					.map((e) => e.id),
			);
			ids.set(p, s);
		}
		return s;
	};

	it('every internal link and #anchor in the built site resolves', () => {
		const broken: string[] = [];
		let checked = 0;
		for (const p of pages) {
			for (const a of page(p).querySelectorAll('a[href]')) {
				const href = a.getAttribute('href')!;
				if (/^(mailto:|tel:)/.test(href)) continue;
				const url = new URL(href, 'http://site.invalid' + p);
				if (url.origin !== 'http://site.invalid') {
					// External links are allowed only from content/outreach.yaml (checked in tests/outreach/kepu.site.test.ts).
					if (!outreachUrls.has(href)) broken.push(`${p}: external link ${href} (not in content/outreach.yaml)`);
					continue;
				}
				checked++;
				const target = url.pathname;
				if (!fileOf(target)) {
					broken.push(`${p}: ${href} (no page)`);
					continue;
				}
				if (url.hash && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${p}: ${href} (no such anchor)`);
			}
		}
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(500);
	});

	it('every heading, measure and ①–④ item on /plan/ has a stable anchor with a link to itself', () => {
		const root = page('/plan/');
		const official = root.querySelector('[data-official]')!;
		const headings = official.querySelectorAll('h2, h3, h4, h5');
		expect(headings.length).toBeGreaterThan(25);
		for (const h of headings) {
			expect(h.id, h.textContent).toMatch(/^[a-z0-9-]+$/);
			expect(h.querySelector(`a.anchor[href="#${h.id}"]`), h.id).toBeTruthy();
		}
		const items = official.querySelectorAll('.item');
		// ①–④ of 推进“四大”重点工程 and ①–③ of 支持科技创新平台建设.
		expect(items.map((i) => i.id)).toEqual(['a1-m1-i1', 'a1-m1-i2', 'a1-m1-i3', 'a1-m1-i4', 'a1-m2-i1', 'a1-m2-i2', 'a1-m2-i3']);
		const measures = official.querySelectorAll('.measure > h5').map((h) => h.id);
		expect(measures).toHaveLength(15);
	});
});
