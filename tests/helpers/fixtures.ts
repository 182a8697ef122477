/** Content fixtures: a copy of content/ in a temporary folder, changed by a test, and Astro run on it. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Copies content/ to a fresh temporary folder and applies edits (file → function of its text). */
export function contentFixture(edits: Record<string, (text: string) => string> = {}): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaifu-content-'));
	fs.cpSync('content', dir, { recursive: true });
	for (const [file, edit] of Object.entries(edits)) {
		const full = path.join(dir, file);
		const before = fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : '';
		const after = edit(before);
		if (after === before) throw new Error(`fixture edit of ${file} changed nothing`);
		fs.writeFileSync(full, after);
	}
	return dir;
}

/** Replaces exactly one occurrence of `from` (throws when it does not occur once). */
export function replaceOnce(from: string, to: string): (text: string) => string {
	return (text) => {
		const n = text.split(from).length - 1;
		if (n !== 1) throw new Error(`fixture: "${from}" occurs ${n} times`);
		return text.replace(from, to);
	};
}

/** The environment a build of a content folder runs in: no origin from the developer's shell unless given. */
export function buildEnv(contentDir: string, env: Record<string, string> = {}): NodeJS.ProcessEnv {
	return { ...process.env, SITE_ORIGIN: '', ...env, KAIFU_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' };
}

/** Runs the Astro CLI (e.g. ['sync'], ['build', '--outDir', dir]) on a content folder, with extra environment variables. */
export function runAstro(args: string[], contentDir: string, timeout: number, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string; output: string } {
	const r = spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), ...args], {
		env: buildEnv(contentDir, env),
		encoding: 'utf8',
		timeout,
	});
	return { status: r.status, stdout: r.stdout, stderr: r.stderr, output: r.stdout + r.stderr };
}
