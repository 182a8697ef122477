// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readSiteOrigin } from './src/lib/site-origin.ts';
import { cspDirectives, inlineScriptHashes, scriptResources } from './src/lib/csp.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import pagefind from './src/integrations/pagefind.ts';
import { inSitemap } from './src/lib/sitemap-filter.ts';

// The public origin comes from content/site.yaml; with none, no canonical URLs or sitemap are emitted.
const origin = readSiteOrigin();

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
