import { defineConfig } from 'vitest/config';

// Two projects: "unit" runs on sources and content alone; "site" runs against the built dist/
// (npm test builds between them). Browser tests drive Debian's /usr/bin/chromium: one Chromium for the
// whole site project (tests/helpers/site-setup.ts), which its files share, two files at a time.
export default defineConfig({
	test: {
		// Two workers on the two-core machines (vitest's default would be one).
		maxWorkers: 2,
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/*.test.ts'], testTimeout: 60_000 } },
			{ test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000, globalSetup: ['tests/helpers/site-setup.ts'] } },
		],
	},
});
