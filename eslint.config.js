// ESLint: JavaScript and TypeScript (typescript-eslint) and .astro files (eslint-plugin-astro).
// `npm run lint` runs it with --max-warnings 0, after prettier --check.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'public/', '**/*.d.ts'] },
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node } },
		rules: {
			// A leading underscore marks a value left unused on purpose (e.g. one taken out of a record by destructuring).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
			// Chinese typesetting uses the ideographic space (U+3000) in text on purpose; it is still refused in code.
			'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true, skipRegExps: true }],
		},
	},
	{
		// Browser code: the client scripts and .astro components; tests and scripts also run functions inside pages.
		files: ['src/scripts/**', 'src/**/*.astro', 'tests/**', 'scripts/**'],
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
	},
);
