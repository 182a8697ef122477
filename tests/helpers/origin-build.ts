/**
 * A second build of the site with a public origin, set the way a deploy sets it: the SITE_ORIGIN
 * environment variable (content/site.yaml stays as it is, with no origin). It goes into its own folder;
 * the default build (dist/) has no origin.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { htmlPagesIn } from './dist.ts';
import { runAstro } from './fixtures.ts';

export const TEST_ORIGIN = 'https://example.gov.cn';

function build(origin: string, outDir: string): void {
	const r = runAstro(['build', '--outDir', outDir], path.resolve('content'), 240_000, { SITE_ORIGIN: origin });
	if (r.status !== 0) throw new Error(`build with SITE_ORIGIN=${origin} failed:\n${r.stdout}\n${r.stderr}`);
}

/**
 * The site built with SITE_ORIGIN=`origin`: built once per test run (in the run's folder, see
 * tests/helpers/site-setup.ts) and shared by every file that asks; the first file to ask builds it while the
 * others wait. Outside such a run it builds into a temporary folder. Treat the folder as read-only.
 */
export async function buildWithOrigin(origin = TEST_ORIGIN): Promise<string> {
	const runDir = inject('runDir');
	if (!runDir) {
		const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaifu-origin-dist-'));
		build(origin, outDir);
		return outDir;
	}
	const outDir = path.join(runDir, `origin-${Buffer.from(origin).toString('hex')}`);
	const lock = `${outDir}.lock`;
	const done = `${outDir}.done`;
	const failed = `${outDir}.failed`;
	try {
		fs.mkdirSync(lock); // atomic: this file builds
	} catch {
		while (!fs.existsSync(done)) {
			if (fs.existsSync(failed)) throw new Error(fs.readFileSync(failed, 'utf8'));
			await sleep(250);
		}
		return outDir;
	}
	try {
		build(origin, outDir);
	} catch (e) {
		fs.writeFileSync(failed, String(e));
		throw e;
	}
	fs.writeFileSync(done, '');
	return outDir;
}

/** Every HTML page of a build folder, as URL paths (/plan/, /t/12/, /404.html), with its file. */
export function pagesIn(root: string): Array<{ path: string; file: string }> {
	return htmlPagesIn(root).sort((a, b) => a.path.localeCompare(b.path));
}
