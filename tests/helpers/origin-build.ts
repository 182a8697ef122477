/**
 * A second build of the site with a public origin, set the way a deploy sets it: the SITE_ORIGIN
 * environment variable (content/site.yaml stays as it is, with no origin). It goes into its own folder;
 * the default build (dist/) has no origin.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { htmlPagesIn } from './dist.ts';
import { runAstro } from './fixtures.ts';

export const TEST_ORIGIN = 'https://example.gov.cn';

/** Builds the site with SITE_ORIGIN=`origin` into a temporary folder and returns the folder. */
export function buildWithOrigin(origin = TEST_ORIGIN): string {
	const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaifu-origin-dist-'));
	const r = runAstro(['build', '--outDir', outDir], path.resolve('content'), 240_000, { SITE_ORIGIN: origin });
	if (r.status !== 0) throw new Error(`build with SITE_ORIGIN=${origin} failed:\n${r.stdout}\n${r.stderr}`);
	return outDir;
}

/** Every HTML page of a build folder, as URL paths (/plan/, /t/12/, /404.html), with its file. */
export function pagesIn(root: string): Array<{ path: string; file: string }> {
	return htmlPagesIn(root).sort((a, b) => a.path.localeCompare(b.path));
}
