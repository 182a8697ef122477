/** Reading the built site (dist/) in tests. */
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = path.resolve('dist');

/** Every HTML page of a build folder, as URL paths (/plan/, /t/12/, /404.html), with its file; unsorted. */
export function htmlPagesIn(root: string): Array<{ path: string; file: string }> {
	const out: Array<{ path: string; file: string }> = [];
	const walk = (dir: string) => {
		for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, e.name);
			if (e.isDirectory()) walk(full);
			else if (e.name.endsWith('.html')) {
				const rel = '/' + path.relative(root, full).split(path.sep).join('/');
				out.push({ path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, file: full });
			}
		}
	};
	walk(root);
	return out;
}

/** Every built HTML page as a URL path (/plan/, /tasks/1/, /404.html). */
export function builtPages(): string[] {
	return htmlPagesIn(DIST)
		.map((p) => p.path)
		.sort();
}

/**
 * The `n` longest pages of a section of a build (/tasks/N/, /targets/id/, /support/id/) by the size of
 * their HTML: the most text, so the first of their template to spill onto a second printed sheet.
 */
export function longestPages(section: string, n: number, root = DIST): string[] {
	return fs
		.readdirSync(path.join(root, section), { withFileTypes: true })
		.filter((e) => e.isDirectory())
		.map((e) => ({ path: `/${section}/${e.name}/`, size: fs.statSync(path.join(root, section, e.name, 'index.html')).size }))
		.sort((a, b) => b.size - a.size)
		.slice(0, n)
		.map((e) => e.path);
}

/** The file of a URL path in dist/, or undefined. */
export function fileOf(urlPath: string): string | undefined {
	const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
	for (const f of [path.join(DIST, clean), path.join(DIST, clean, 'index.html')]) {
		if (fs.existsSync(f) && fs.statSync(f).isFile()) return f;
	}
	return undefined;
}

const cache = new Map<string, HTMLElement>();
/** The parsed HTML of a built page. */
export function page(urlPath: string): HTMLElement {
	const file = fileOf(urlPath);
	if (!file) throw new Error(`no built page for ${urlPath}`);
	let root = cache.get(file);
	if (!root) {
		root = parse(fs.readFileSync(file, 'utf8'));
		cache.set(file, root);
	}
	return root;
}

/** Text of an element without whitespace, leaving out UI added around the official text ([data-ui]). */
export function officialText(el: HTMLElement): string {
	const clone = parse(el.outerHTML);
	for (const ui of clone.querySelectorAll('[data-ui]')) ui.remove();
	return squash(clone.textContent);
}

/** Removes all whitespace (the fidelity comparison ignores it) and decodes entities. */
export function squash(s: string): string {
	return decodeEntities(s).replace(/\s+/g, '');
}

export function decodeEntities(s: string): string {
	return s
		.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
		.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&nbsp;/g, '\u00a0')
		.replace(/&amp;/g, '&');
}
