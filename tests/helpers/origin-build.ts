/**
 * A second build of the site with a public origin configured (content/site.yaml `origin`), into its
 * own folder, from a content fixture. The default build (dist/) has no origin.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentFixture, replaceOnce } from './fixtures.ts';

export const TEST_ORIGIN = 'https://plan.example.org';

/** Builds the site with TEST_ORIGIN into a temporary folder and returns the folder. */
export function buildWithOrigin(origin = TEST_ORIGIN): string {
	const content = contentFixture({ 'site.yaml': replaceOnce('origin: ""', `origin: "${origin}"`) });
	const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaifu-origin-dist-'));
	const r = spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		env: { ...process.env, KAIFU_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
		timeout: 240_000,
	});
	if (r.status !== 0) throw new Error(`build with origin failed:\n${r.stdout}\n${r.stderr}`);
	return outDir;
}

/** Every HTML page of a build folder, as URL paths (/plan/, /t/12/, /404.html), with its file. */
export function pagesIn(root: string): Array<{ path: string; file: string }> {
	const out: Array<{ path: string; file: string }> = [];
	const walk = (dir: string) => {
		for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, e.name);
			if (e.isDirectory()) walk(full);
			else if (e.name.endsWith('.html')) {
				const rel = '/' + path.relative(root, full).split(path.sep).join('/');
				out.push({ path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, file: full });
			}
		}
	};
	walk(root);
	return out.sort((a, b) => a.path.localeCompare(b.path));
}
