// ESLint: JavaScript and TypeScript (typescript-eslint), and .astro files (eslint-plugin-astro).
// `npm run lint` fails on any warning.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'public/', '**/*.d.ts'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node } },
	},
	{
		files: ['src/scripts/**', 'src/**/*.astro'],
		languageOptions: { globals: { ...globals.browser } },
	},
);
