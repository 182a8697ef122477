/**
 * A second build of the site with a public origin configured (content/site.yaml `origin`), into its
 * own folder, from a content fixture. The default build (dist/) has no origin.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { htmlPagesIn } from './dist.ts';
import { contentFixture, replaceOnce, runAstro } from './fixtures.ts';

export const TEST_ORIGIN = 'https://plan.example.org';

/** Builds the site with TEST_ORIGIN into a temporary folder and returns the folder. */
export function buildWithOrigin(origin = TEST_ORIGIN): string {
	const content = contentFixture({ 'site.yaml': replaceOnce('origin: ""', `origin: "${origin}"`) });
	const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaifu-origin-dist-'));
	const r = runAstro(['build', '--outDir', outDir], content, 240_000);
	if (r.status !== 0) throw new Error(`build with origin failed:\n${r.stdout}\n${r.stderr}`);
	return outDir;
}

/** Every HTML page of a build folder, as URL paths (/plan/, /t/12/, /404.html), with its file. */
export function pagesIn(root: string): Array<{ path: string; file: string }> {
	return htmlPagesIn(root).sort((a, b) => a.path.localeCompare(b.path));
}
