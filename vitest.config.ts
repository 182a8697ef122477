import { defineConfig } from 'vitest/config';

// Two projects: "unit" runs on sources and content alone; "site" runs against the built dist/
// (npm test builds between them). Browser tests drive Debian's /usr/bin/chromium.
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/*.test.ts'], testTimeout: 60_000 } },
			{ test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false } },
		],
	},
});
