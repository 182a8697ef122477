import { defineConfig } from 'vitest/config';

// Tests mirror src/: tests/<domain>/*.test.ts are unit tests (sources and content only), and
// tests/<domain>/*.site.test.ts test the built dist/ (npm test builds between the two projects). The site
// project's browser tests share ONE Chromium (Debian's /usr/bin/chromium), started by
// tests/helpers/site-setup.ts. The benchmark tooling's own tests are the "bench" project (npm run
// test:bench; test:unit runs it with the unit project).
export default defineConfig({
	test: {
		// Two files at a time on the two-core machines (vitest's default would be one).
		maxWorkers: 2,
		projects: [
			{ test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/**/*.site.test.ts'], testTimeout: 60_000 } },
			{ test: { name: 'site', include: ['tests/**/*.site.test.ts'], testTimeout: 120_000, hookTimeout: 300_000, globalSetup: ['tests/helpers/site-setup.ts'] } },
			{ test: { name: 'bench', include: ['scripts/bench/**/*.test.ts'], testTimeout: 60_000 } },
		],
	},
});
