/**
 * Which pages the sitemap lists: every page but the noindex ones. Short links (/t/12/, /a/3/, /g/<id>/,
 * /s/<id>/) are redirect pages and embeds (/embed/…) are framed copies of a target; both say
 * `<meta name="robots" content="noindex">` (src/layouts/ShortRedirect.astro, src/layouts/Embed.astro),
 * so listing them would ask search engines to crawl pages they are told not to index.
 * tests/site/hardening.site.test.ts checks this list against the built pages.
 */
export const NOINDEX_PREFIXES = ['/t/', '/a/', '/g/', '/s/', '/embed/'] as const;

/** Whether a page (its full URL or its path) belongs in the sitemap. */
export function inSitemap(page: string): boolean {
	const pathname = /^https?:/.test(page) ? new URL(page).pathname : page;
	return !NOINDEX_PREFIXES.some((prefix) => pathname.startsWith(prefix));
}
