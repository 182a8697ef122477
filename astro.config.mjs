// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import { readSiteOrigin } from './src/lib/site-origin.ts';

// The public origin comes from content/site.yaml; with none, no canonical URLs are emitted.
const origin = readSiteOrigin();

export default defineConfig({
	...(origin ? { site: origin } : {}),
	trailingSlash: 'always',
	build: { format: 'directory' },
	compressHTML: true,
	markdown: { syntaxHighlight: false },
	integrations: [mdx(), pagefind()],
});
