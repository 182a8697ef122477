/**
 * Reads content/outreach.yaml: a list of links for the 科普 hub, each checked by its schema, with
 * duplicate ids and duplicate URLs reported like every other content problem (file, entry, field).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { outreachSchema, type OutreachLink } from '../schemas/outreach.ts';
import { assertNoProblems, isRecord, schemaProblems, type ContentProblem } from '../content-reader/problems.ts';
import { contentDir } from '../content-reader/read-content.ts';

export const OUTREACH_FILE = 'outreach.yaml';

/** Parses and checks the outreach links; never throws. */
export function readOutreach(dir = contentDir(), root = process.cwd()): { links: OutreachLink[]; problems: ContentProblem[] } {
	const file = path.relative(root, path.join(dir, OUTREACH_FILE)).split(path.sep).join('/');
	const problems: ContentProblem[] = [];
	let raw: unknown;
	try {
		raw = parseYaml(fs.readFileSync(path.join(dir, OUTREACH_FILE), 'utf8'));
	} catch (e) {
		const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
		problems.push({ file, message: missing ? 'file is missing' : `not valid YAML: ${(e as Error).message.split('\n')[0]}` });
		return { links: [], problems };
	}
	if (!Array.isArray(raw)) {
		problems.push({ file, message: 'must be a list of links' });
		return { links: [], problems };
	}
	const links: OutreachLink[] = [];
	const ids = new Map<string, string>();
	const urls = new Map<string, string>();
	raw.forEach((entry, i) => {
		const label = isRecord(entry) && typeof entry.id === 'string' ? entry.id : `entry ${i + 1}`;
		const result = outreachSchema.safeParse(entry);
		if (!result.success) {
			problems.push(...schemaProblems(result.error.issues, file, label));
			return;
		}
		const link = result.data;
		const sameId = ids.get(link.id);
		if (sameId) problems.push({ file, entry: label, field: 'id', message: `duplicate id "${link.id}" (also ${sameId})` });
		// URLs compare without case in the host, and a path with or without its trailing slash is the same page.
		const key = link.kind === 'site-page' ? link.url : new URL(link.url).href;
		const sameUrl = urls.get(key);
		if (sameUrl) problems.push({ file, entry: label, field: 'url', message: `duplicate url "${link.url}" (also in ${sameUrl})` });
		ids.set(link.id, `entry ${i + 1}`);
		urls.set(key, label);
		links.push(link);
	});
	return { links, problems };
}

/** Reads the outreach links and throws a ContentError naming every problem. */
export function loadOutreach(dir = contentDir(), root = process.cwd()): OutreachLink[] {
	const { links, problems } = readOutreach(dir, root);
	assertNoProblems(problems);
	return links;
}

/** The content-layer loader of the outreach collection; entries keep their position in the file as `order`. */
export function outreachLoader(): Loader {
	return {
		name: 'kaifu-outreach',
		load: async ({ store, config, parseData, watcher }) => {
			const root = fileURLToPath(config.root);
			const dir = contentDir(root);
			const links = loadOutreach(dir, root);
			store.clear();
			for (const [order, link] of links.entries()) {
				store.set({ id: link.id, data: await parseData({ id: link.id, data: { ...link, order } }) });
			}
			watcher?.add(dir);
		},
	};
}
