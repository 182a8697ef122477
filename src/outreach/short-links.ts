/**
 * Short links for printed matter and QR codes: /t/12/ → /tasks/12/, /a/3/ → /actions/3/,
 * /g/<id>/ → /targets/<id>/, /s/<id>/ → /support/<id>/. Each is a
 * static page that redirects by <meta http-equiv="refresh"> (no script, so it works on any static
 * host and under a strict Content Security Policy) and also shows an ordinary link.
 */
import { absoluteUrl } from '../common/url.ts';

export interface ShortScheme {
	/** The one-letter prefix: /t/… */
	short: string;
	/** The section of the full URL: /tasks/… */
	long: string;
	/** What one item of the section is called, e.g. 任务. */
	noun: string;
}

export const shortSchemes: readonly ShortScheme[] = [
	{ short: 't', long: 'tasks', noun: '任务' },
	{ short: 'a', long: 'actions', noun: '行动' },
	{ short: 'g', long: 'targets', noun: '指标' },
	{ short: 's', long: 'support', noun: '惠企政策' },
];

/** The short path of a page, e.g. /tasks/12/ → /t/12/, or undefined where the page has none. */
export function shortPathFor(pathname: string): string | undefined {
	const m = /^\/([a-z]+)\/([a-z0-9-]+)\/$/.exec(pathname);
	if (!m) return undefined;
	const scheme = shortSchemes.find((s) => s.long === m[1]);
	return scheme ? `/${scheme.short}/${m[2]}/` : undefined;
}

/** The full path a short path leads to, e.g. /t/12/ → /tasks/12/. */
export function longPathFor(shortPath: string): string | undefined {
	const m = /^\/([a-z])\/([a-z0-9-]+)\/?$/.exec(shortPath);
	if (!m) return undefined;
	const scheme = shortSchemes.find((s) => s.short === m[1]);
	return scheme ? `/${scheme.long}/${m[2]}/` : undefined;
}

/** The short link of a page to share: absolute on the configured origin, else the short path; undefined where the page has none. */
export function shortUrlFor(pathname: string, origin: string | URL | undefined): string | undefined {
	const shortPath = shortPathFor(pathname);
	return shortPath ? (absoluteUrl(shortPath, origin) ?? shortPath) : undefined;
}

/** How a link is printed: host and path without the scheme (example.gov.cn/t/12/), or the path alone. */
export function displayUrl(pathname: string, origin: string | URL | undefined): string {
	if (!origin) return pathname;
	const url = new URL(pathname, origin);
	return url.host + url.pathname + url.hash;
}
