/**
 * Pagefind's own browser bundle (dist/pagefind/pagefind.js) run in Node, against the built index.
 * It needs a `fetch` that reads the bundle's files and a minimal `document` whose <html> says
 * lang="zh-CN": without it Pagefind does not know the language and does not segment Chinese
 * queries, so results would differ from the browser's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pagefindOptions } from '../../src/search/records.ts';
import { DIST } from './dist.ts';

export interface PagefindResultData {
	url: string;
	content: string;
	raw_content?: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	anchors: Array<{ element: string; id: string; text: string; title?: string; location: number }>;
	locations: number[];
	sub_results: Array<{ title: string; url: string; excerpt: string; anchor?: { id: string } }>;
}
export interface PagefindSearch {
	results: Array<{ id: string; score: number; data(): Promise<PagefindResultData> }>;
	unfilteredResultCount: number;
	filters: Record<string, Record<string, number>>;
	totalFilters: Record<string, Record<string, number>>;
}
export interface PagefindApi {
	options(o: object): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: { filters?: object; sort?: object }): Promise<PagefindSearch>;
	filters(): Promise<Record<string, Record<string, number>>>;
	destroy(): Promise<void>;
}

/** Bytes read from the bundle, by file, since the last reset (for the benchmark). */
export const fetched = new Map<string, number>();

let loaded: Promise<PagefindApi> | undefined;

/** Loads the built bundle once per process (Pagefind keeps module-level state). */
export function loadPagefind(): Promise<PagefindApi> {
	loaded ??= (async () => {
		const bundle = path.join(DIST, 'pagefind');
		if (!fs.existsSync(path.join(bundle, 'pagefind.js'))) throw new Error('dist/pagefind is missing: run `npm run build` first');
		const g = globalThis as Record<string, unknown>;
		g.document ??= {
			querySelector: (s: string) => (s === 'html' ? { getAttribute: (a: string) => (a === 'lang' ? 'zh-CN' : null) } : null),
			currentScript: null,
		};
		const realFetch = globalThis.fetch;
		globalThis.fetch = (async (input: RequestInfo | URL) => {
			const url = String(input instanceof Request ? input.url : input);
			if (!url.startsWith('file:')) return realFetch(input);
			const file = fileURLToPath(url.split('?')[0]!);
			if (!file.startsWith(bundle)) throw new Error(`Pagefind asked for a file outside the bundle: ${file}`);
			const body = fs.readFileSync(file);
			fetched.set(path.relative(bundle, file), body.byteLength);
			return new Response(body);
		}) as typeof fetch;
		const pf = (await import(pathToFileURL(path.join(bundle, 'pagefind.js')).href)) as PagefindApi;
		await pf.options({ ...pagefindOptions, baseUrl: '/' });
		await pf.init();
		return pf;
	})();
	return loaded;
}
