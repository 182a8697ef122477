// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readSiteOrigin, SiteOriginError } from './src/content-reader/site-origin.ts';
import { cspDirectives, inlineScriptHashes, scriptResources } from './src/site/csp.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import pagefind from './src/integrations/pagefind.ts';
import { inSitemap } from './src/site/sitemap-filter.ts';

// The public origin: SITE_ORIGIN, else content/site.yaml's `origin`. With none, no canonical URLs or sitemap are
// emitted and pages take the address they are opened at for links and QR codes (src/scripts/at-origin.ts).
// A bad value stops here with its source and reason, not with a stack trace.
const origin = (() => {
	try {
		return readSiteOrigin();
	} catch (e) {
		if (!(e instanceof SiteOriginError)) throw e;
		console.error(`\nThe site's public origin is not valid:\n  ${e.message}\n`);
		process.exit(1);
	}
})();

export default defineConfig({
	...(origin ? { site: origin } : {}),
	trailingSlash: 'always',
	build: { format: 'directory' },
	compressHTML: true,
	markdown: { syntaxHighlight: false },
	security: {
		csp: {
			directives: [...cspDirectives],
			scriptDirective: { resources: [...scriptResources], hashes: inlineScriptHashes() },
		},
	},
	integrations: [mdx(), ...(origin ? [sitemap({ filter: inSitemap })] : []), securityHeaders(), pagefind()],
});
