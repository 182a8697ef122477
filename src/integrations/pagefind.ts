/**
 * Builds the Pagefind search index from the built site, after Astro has written every page.
 * Runs Pagefind through its Node API (the shape of Starlight's integration) and fails the build
 * on any error Pagefind reports, so a site never ships with a broken or missing index.
 *
 * Only pages whose <main> carries data-pagefind-body (pages that pass `search` to <Base>) are
 * indexed. Each is handed to Pagefind with three extra metadata fields that exist only in the
 * index, never in the published HTML (see src/search/hints.ts): `hints`, the words the
 * browser's segmenter makes of the page's text that Pagefind's own segmentation did not index
 * there (found by indexing twice); `about`, the words of the title that name what the page is
 * about (data-search-about, by default the whole title: a target's title begins with the subject
 * it belongs to, “航天之星”……, which has pages of its own); and `titlewords`, those words as the
 * browser cuts them; and `vocab`, the tokens of the everyday-vocabulary groups whose plan words the
 * page contains (src/search/vocabulary.ts: 补贴 is searched as the token of 补助、奖补、奖励 …);
 * and, on a support measure's page, `amount`, its amount as content/supports.yaml quotes it.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { missingHints, segmentationHints } from '../search/hints.ts';
import { pageTokens, type Lexicon } from '../search/vocabulary.ts';
import { loadContent } from '../content-reader/read-content.ts';

/**
 * What Pagefind leaves out of an indexed page besides [data-pagefind-ignore], by element and
 * attribute only (never by class name): navigation (<nav>: tables of contents, pagers, breadcrumbs)
 * and the site's own controls inside the text ([data-ui]: clause anchors, the markers of the wording
 * comparison). Everything else a page repeats from other pages (task tables, "出自：…" source lines,
 * the wording comparison, the period note, a unit's list of measures) carries data-pagefind-ignore
 * where it is rendered.
 */
export const EXCLUDE_SELECTORS = ['nav', '[data-ui]'];

/** Pagefind's own UIs (Default, Modular, Component) and highlight script, which the site does not use. */
const UNUSED_BUNDLE_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Elements whose text Pagefind never indexes, whatever the configuration. */
const NEVER_INDEXED = ['script', 'style', 'noscript', 'template', 'form', 'svg', '[data-pagefind-ignore]'];

/** Builds the index into pagefind/ in the output directory (the search page loads /pagefind/pagefind.js). */
export default function pagefindIntegration(): AstroIntegration {
	return {
		name: 'kaifu:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await buildIndex(fileURLToPath(dir), fileURLToPath(new URL('./pagefind/', dir)), logger);
			},
		},
	};
}

/** Indexes the site's searchable pages under siteDir into outputPath; throws with Pagefind's own messages on failure. */
export async function buildIndex(siteDir: string, outputPath: string, logger: Pick<AstroIntegrationLogger, 'info' | 'error'>, { stepTimeoutMs = 120_000 } = {}): Promise<void> {
	const started = performance.now();
	/** Pagefind's answer to one step; errors it reports, or a step that never answers (its service can die), fail the build. */
	const step = async <T extends { errors: string[] }>(name: string, call: Promise<T>): Promise<T> => {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new Error(`Pagefind ${name}: no answer after ${stepTimeoutMs} ms`)), stepTimeoutMs);
		});
		try {
			return check(await Promise.race([call, timeout]), name);
		} finally {
			clearTimeout(timer);
		}
	};
	// Every page is zh-CN; forcing the language keeps one index even if a page forgets its lang.
	const config = { forceLanguage: 'zh', excludeSelectors: EXCLUDE_SELECTORS };
	try {
		const pages: Array<{ url: string; html: string; source: SearchableText }> = [];
		for (const file of await htmlFiles(siteDir)) {
			const html = await fs.readFile(file, 'utf8');
			const source = searchableText(html);
			if (source) pages.push({ url: urlOf(siteDir, file), html, source });
		}
		if (pages.length === 0) throw new Error(`no page under ${siteDir} has data-pagefind-body; nothing to index`);

		// Pass 1: index the pages as they are, to learn how Pagefind's own segmenter cut each page.
		const first = (await step('createIndex', pagefind.createIndex(config))).index!;
		for (const p of pages) await step(`addHTMLFile ${p.url}`, first.addHTMLFile({ url: p.url, content: p.html }));
		const { files } = await step('getFiles', first.getFiles());
		const indexedWords = wordsByPage(files);
		await first.deleteIndex();

		// The everyday vocabulary (content/vocabulary.yaml), already checked by the content loaders.
		const content = loadContent();
		const lexicon: Lexicon = content.vocabulary;
		// A support measure's amount as the text states it, for its result's 金额 line (index only).
		const amounts = new Map(content.supports.filter((s) => s.amount).map((s) => [`/support/${s.id}/`, s.amount!]));

		// Pass 2: the same pages, each with the browser's words Pagefind's segmentation missed on it.
		const index = (await step('createIndex', pagefind.createIndex(config))).index!;
		let added = 0;
		for (const p of pages) {
			const words = indexedWords.get(p.url);
			if (!words) throw new Error(`Pagefind did not index ${p.url} in the first pass`);
			const hints = missingHints(segmentationHints(p.source.text), words);
			added += hints.length;
			const amount = amounts.get(p.url);
			const html = withSearchMeta(p.html, {
				hints,
				about: [p.source.about],
				titlewords: segmentationHints(p.source.about),
				vocab: pageTokens(lexicon, p.source.text),
				...(amount ? { amount: [amount] } : {}),
			});
			await step(`addHTMLFile ${p.url}`, index.addHTMLFile({ url: p.url, content: html }));
		}
		await step('writeFiles', index.writeFiles({ outputPath }));
		// The site has its own search page; Pagefind's ready-made UIs would only be dead weight in dist/.
		for (const name of await fs.readdir(outputPath)) if (UNUSED_BUNDLE_FILES.test(name)) await fs.rm(path.join(outputPath, name));
		logger.info(`Pagefind indexed ${pages.length} pages (${added} segmentation hints) in ${Math.round(performance.now() - started)} ms`);
	} catch (e) {
		logger.error(String(e instanceof Error ? e.message : e));
		throw new Error('Search index: Pagefind failed (see the messages above); the build stops here.', { cause: e });
	} finally {
		// close() also stops a service that no longer answers, so the next build starts a fresh one.
		await Promise.race([pagefind.close(), new Promise((r) => setTimeout(r, 5_000))]);
	}
}

export interface SearchableText {
	/** The text Pagefind indexes: the body, less the ignored and excluded parts. */
	text: string;
	/** The title a result shows (data-pagefind-meta="title:…"). */
	title: string;
	/** The words of the title that name what the page is about (data-search-about; the whole title by default). */
	about: string;
}

/** The text of a searchable page as Pagefind will index it, or undefined for a page that is not searchable. */
export function searchableText(html: string): SearchableText | undefined {
	if (!html.includes('data-pagefind-body')) return undefined;
	const root = parse(html);
	const bodies = root.querySelectorAll('[data-pagefind-body]');
	if (bodies.length === 0) return undefined;
	for (const body of bodies) for (const el of body.querySelectorAll([...NEVER_INDEXED, ...EXCLUDE_SELECTORS].join(', '))) el.remove();
	const meta = root.querySelector('[data-pagefind-meta^="title:"]');
	const title = meta?.getAttribute('data-pagefind-meta')?.slice('title:'.length) ?? '';
	return { text: bodies.map((b) => b.text).join('\n'), title, about: meta?.getAttribute('data-search-about') ?? title };
}

/** The page's HTML with metadata fields of space-separated words added, for the index only (the published file is not changed). */
export function withSearchMeta(html: string, fields: Record<string, string[]>): string {
	if (!html.includes('</body>')) throw new Error('page has no </body>');
	const extra = Object.entries(fields)
		.map(([key, words]) => `<div hidden data-pagefind-meta="${key}:${words.join(' ')}"></div>`)
		.join('');
	return html.replace('</body>', `${extra}</body>`);
}

/** Page URL → the words Pagefind indexed on it, read from the fragments of a built index. */
function wordsByPage(files: Array<{ path: string; content: Uint8Array }>): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const f of files) {
		if (!f.path.endsWith('.pf_fragment')) continue;
		// A fragment is gzipped "pagefind_dcd" + JSON; its content has U+200B between segmented words.
		const json = gunzipSync(f.content)
			.toString('utf8')
			.replace(/^pagefind_dcd/, '');
		const fragment = JSON.parse(json) as { url: string; content: string };
		out.set(fragment.url, fragment.content.split(/[\s\u200B]+/).filter(Boolean));
	}
	return out;
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
