import { z } from 'astro/zod';

/** What kind of thing an outreach link points to. */
export const outreachKinds = ['official-body', 'event', 'resource', 'site-page'] as const;
export type OutreachKind = (typeof outreachKinds)[number];

/** The Chinese label shown for each kind. */
export const outreachKindLabels: Record<OutreachKind, string> = {
	'official-body': '官方机构',
	event: '活动',
	resource: '资源',
	'site-page': '本站页面',
};

/** An internal page of this site: an absolute path with a trailing slash, optionally with an #anchor. */
const internalPath = /^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/;

/**
 * One link in the outreach collection (content/outreach.yaml). External links go only to the home page
 * of an official public body whose address is certain; everything else is a page of this site.
 */
const outreachShape = {
	/** Stable ASCII id, unique in the file. */
	id: z.string({ error: 'id is required' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'id must be lowercase ASCII letters, digits and hyphens' }),
	/** The link text: the name of the site or page. */
	title: z.string({ error: 'title is required' }).trim().min(1, { error: 'title must not be empty' }),
	/** Who runs it (for 本站页面: this site). */
	organisation: z.string({ error: 'organisation is required' }).trim().min(1, { error: 'organisation must not be empty' }),
	/** 官方机构, 活动, 资源 or 本站页面. */
	kind: z.enum(outreachKinds, { error: `kind must be one of ${outreachKinds.join(', ')}` }),
	/** For 本站页面 a path such as /tasks/29/ or /plan/#a5-m4; otherwise the https home page of the body. */
	url: z.string({ error: 'url is required' }).trim().min(1, { error: 'url must not be empty' }),
	/** Why it is listed, in one sentence, for the people doing outreach. */
	reason: z.string({ error: 'reason is required' }).trim().min(1, { error: 'reason must not be empty' }),
};

export const outreachSchema = z.strictObject(outreachShape).superRefine((link, ctx) => {
	if (link.kind === 'site-page') {
		if (!internalPath.test(link.url)) ctx.addIssue({ code: 'custom', path: ['url'], message: 'a 本站页面 (site-page) url must be a path of this site such as /tasks/29/ or /plan/#a5-m4' });
		return;
	}
	let url: URL;
	try {
		url = new URL(link.url);
	} catch {
		ctx.addIssue({ code: 'custom', path: ['url'], message: `"${link.url}" is not a URL; external links must be https URLs` });
		return;
	}
	if (url.protocol !== 'https:') ctx.addIssue({ code: 'custom', path: ['url'], message: 'external links must use https' });
	else if (url.username || url.password || url.port) ctx.addIssue({ code: 'custom', path: ['url'], message: 'external links must not carry credentials or a port' });
	else if (url.pathname !== '/' || url.search || url.hash || !link.url.endsWith('/')) {
		ctx.addIssue({ code: 'custom', path: ['url'], message: 'external links go to the home page of an official body only, written as https://host/ (no path, query or #)' });
	}
});

/** A checked link as stored in the collection, with its position in the file (collections are unordered). */
export const outreachEntrySchema = z.object({
	...outreachShape,
	/** Position in content/outreach.yaml, from 0. */
	order: z.number().int(),
});

export type OutreachLink = z.infer<typeof outreachSchema>;

/** Whether a link leaves this site. */
export function isExternal(link: Pick<OutreachLink, 'kind'>): boolean {
	return link.kind !== 'site-page';
}
