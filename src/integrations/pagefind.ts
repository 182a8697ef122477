/**
 * Builds the Pagefind search index from the built site, after Astro has written every page.
 * Runs Pagefind through its Node API (the shape of Starlight's integration) and fails the build
 * on any error Pagefind reports, so a site never ships with a broken or missing index.
 *
 * Only pages whose <main> carries data-pagefind-body (pages that pass `search` to <Base>) are
 * indexed. Each is handed to Pagefind with two extra metadata fields that exist only in the
 * index, never in the published HTML: `hints` and `titlewords`, the words the browser's
 * segmenter produces for the page's text and title (see src/lib/search-hints.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { segmentationHints } from '../lib/search-hints.ts';

/**
 * Parts of indexed pages that repeat what other pages say or are navigation, so that a page
 * is found for its own content: navigation (tables of contents, pagers), the task tables on
 * action and department pages (each row is its own task page), "出自：…" source lines and the
 * clause anchors ([data-ui]; they also carry data-pagefind-ignore).
 */
export const EXCLUDE_SELECTORS = ['nav', 'table.tasks', '.source', '[data-ui]'];

/** Elements whose text Pagefind never indexes, whatever the configuration. */
const NEVER_INDEXED = ['script', 'style', 'noscript', 'template', 'form', 'svg', '[data-pagefind-ignore]'];

export interface PagefindOptions {
	/** Where the bundle goes, relative to the output directory (the search page loads /pagefind/pagefind.js). */
	outputSubdir?: string;
}

export default function pagefindIntegration({ outputSubdir = 'pagefind' }: PagefindOptions = {}): AstroIntegration {
	return {
		name: 'kaifu:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await buildIndex(fileURLToPath(dir), fileURLToPath(new URL(`./${outputSubdir}/`, dir)), logger);
			},
		},
	};
}

/** Indexes the site's searchable pages under siteDir into outputPath; throws with Pagefind's own messages on failure. */
export async function buildIndex(siteDir: string, outputPath: string, logger: Pick<AstroIntegrationLogger, 'info' | 'error'>): Promise<void> {
	const started = performance.now();
	try {
		// Every page is zh-CN; forcing the language keeps one index even if a page forgets its lang.
		const { index } = check(await pagefind.createIndex({ forceLanguage: 'zh', excludeSelectors: EXCLUDE_SELECTORS }), 'createIndex');
		if (!index) throw new Error('Pagefind createIndex returned no index');
		let pages = 0;
		for (const file of await htmlFiles(siteDir)) {
			const html = await fs.readFile(file, 'utf8');
			const prepared = withSearchHints(html);
			if (!prepared) continue;
			check(await index.addHTMLFile({ url: urlOf(siteDir, file), content: prepared }), `addHTMLFile ${path.relative(siteDir, file)}`);
			pages++;
		}
		if (pages === 0) throw new Error(`no page under ${siteDir} has data-pagefind-body; nothing to index`);
		check(await index.writeFiles({ outputPath }), 'writeFiles');
		logger.info(`Pagefind indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
	} catch (e) {
		logger.error(String(e instanceof Error ? e.message : e));
		throw new Error('Search index: Pagefind failed (see the messages above); the build stops here.', { cause: e });
	} finally {
		await pagefind.close();
	}
}

/**
 * The page's HTML with its `hints` and `titlewords` metadata added, or undefined for a page that
 * is not searchable. The hints come from exactly the text Pagefind indexes (the body, less the
 * ignored and excluded parts).
 */
export function withSearchHints(html: string): string | undefined {
	const root = parse(html);
	const bodies = root.querySelectorAll('[data-pagefind-body]');
	if (bodies.length === 0) return undefined;
	for (const body of bodies) for (const el of body.querySelectorAll([...NEVER_INDEXED, ...EXCLUDE_SELECTORS].join(', '))) el.remove();
	const text = bodies.map((b) => b.text).join('\n');
	const title = root.querySelector('[data-pagefind-meta^="title:"]')?.getAttribute('data-pagefind-meta')?.slice('title:'.length) ?? '';
	const meta = (key: string, words: string[]) => `<div hidden data-pagefind-meta="${key}:${words.join(' ')}"></div>`;
	const extra = meta('hints', segmentationHints(text)) + meta('titlewords', segmentationHints(title));
	if (!html.includes('</body>')) throw new Error('page has no </body>');
	return html.replace('</body>', `${extra}</body>`);
}

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => path.join(e.parentPath, e.name))
		.sort();
}

/** /tasks/3/index.html → /tasks/3/ (the site uses directory URLs). */
function urlOf(siteDir: string, file: string): string {
	const rel = path.relative(siteDir, file).split(path.sep).join('/');
	return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

function check<T extends { errors: string[] }>(response: T, step: string): T {
	if (response.errors.length > 0) throw new Error(`Pagefind ${step}: ${response.errors.join('; ')}`);
	return response;
}
