/**
 * Checks content/outreach.yaml (already parsed): a list of links for the 科普 hub, each checked by its
 * schema, with duplicate ids and duplicate URLs reported like every other content problem (file, entry,
 * field). Read with the rest of the content by src/content-reader/read-content.ts.
 */
import { outreachSchema, type OutreachLink } from '../schemas/outreach.ts';
import type { ContentProblem } from '../content-reader/problems.ts';
import { readList } from '../content-reader/list.ts';

export function checkOutreach(raw: unknown, file: string): { links: OutreachLink[]; problems: ContentProblem[] } {
	const urls = new Map<string, string>();
	const { entries, problems } = readList(raw, file, outreachSchema, {
		kind: 'links',
		label: (r) => (typeof r.id === 'string' ? r.id : undefined),
		unique: { field: 'id', key: (link) => link.id, message: (link, first) => `duplicate id "${link.id}" (also entry ${first})` },
		check: ({ value: link, label }, problem) => {
			// URLs compare without case in the host, and a path with or without its trailing slash is the same page.
			const key = link.kind === 'site-page' ? link.url : new URL(link.url).href;
			const sameUrl = urls.get(key);
			if (sameUrl) problem('url', `duplicate url "${link.url}" (also in ${sameUrl})`);
			urls.set(key, label);
			return link;
		},
	});
	return { links: entries.map((e) => e.value), problems };
}
