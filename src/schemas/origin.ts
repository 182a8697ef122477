/** The one rule for a public origin, shared by content/site.yaml's schema and SITE_ORIGIN (no Node imports). */

/**
 * Why `value` is not an origin of the form https://host, or undefined when it is one. A trailing
 * slash is tolerated (https://host/); a path, credentials, a port, a query or a fragment are not.
 */
export function originProblem(value: string): string | undefined {
	const example = 'write it as https://host, e.g. https://kjcx.example.gov.cn';
	if (/\s/.test(value)) return `"${value}" contains spaces; ${example}`;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return `"${value}" is not a URL; ${example}`;
	}
	if (url.protocol !== 'https:') return `"${value}" must use https (not ${url.protocol.replace(/:$/, '')}); ${example}`;
	if (!/^https:\/\/[^/?#]+\/?$/i.test(value)) {
		if (url.search || value.includes('?')) return `"${value}" has a query; ${example}`;
		if (url.hash || value.includes('#')) return `"${value}" has a fragment; ${example}`;
		return `"${value}" has a path (${url.pathname}); ${example}`;
	}
	if (url.username || url.password || value.includes('@')) return `"${value}" contains credentials; ${example}`;
	if (url.port || /:\d*\/?$/.test(value.replace(/^https:\/\//i, ''))) return `"${value}" has a port; ${example}`;
	if (!url.hostname) return `"${value}" has no host; ${example}`;
	return undefined;
}
