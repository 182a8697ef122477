/** Pure helpers of the page tools' copy button and the share panel's print date, tested in Node. */

/** The date as printed on a sheet: 2024年5月30日. */
export function printedDate(d: Date): string {
	return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

/** The link to copy: the short link where the page has one, else its canonical URL, else the address shown. */
export function linkToCopy(data: { short?: string | undefined; canonical?: string | undefined }, here: string, base: string): string {
	if (data.short) return new URL(data.short, base).href;
	if (data.canonical) return data.canonical;
	return here.split('#')[0]!;
}

/**
 * The link a clause anchor (#a1-m2) copies: on the configured public origin when there is one (so a
 * link copied from a preview or a mirror still points to the public site), else on the current address.
 */
export function clauseLinkToCopy(href: string, here: string, origin: string | undefined): string {
	const url = new URL(href, here);
	return origin ? new URL(url.pathname + url.search + url.hash, origin).href : url.href;
}

/** Whether a page opened at `hostname` can be reached only from this computer (its QR codes point here). */
export function isLoopbackHost(hostname: string): boolean {
	const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
	return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h) || h === '0.0.0.0';
}

/** The iframe snippet with its src made absolute on `origin` (the snippet is built with the embed's path). */
export function snippetAt(snippet: string, path: string, origin: string): string {
	return snippet.replace(`src="${path}"`, `src="${new URL(path, origin).href}"`);
}
