/** robots.txt: everything may be crawled; the sitemap is named only when the public origin is known. */
export function robotsTxt(origin: URL | undefined): string {
	const lines = ['User-agent: *', 'Allow: /'];
	if (origin) lines.push('', `Sitemap: ${new URL('/sitemap-index.xml', origin).href}`);
	return lines.join('\n') + '\n';
}
