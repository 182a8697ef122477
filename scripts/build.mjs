// `npm run build`: builds the site into a fresh folder and puts it in place of dist/ only when the build
// succeeded. A failed build (bad content, a crash) or an interrupted one (Ctrl+C, a kill) leaves the last
// good dist/ exactly as it was, so `npm start` / `npm run preview` never serve a half-built site.
//
//   node scripts/build.mjs [--outDir DIR] [extra astro build arguments]
//
// The new build goes to DIR.next-<pid> beside DIR (default dist); on success the old DIR is renamed away, the
// new one renamed to DIR (two renames on one file system), and the old one removed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const i = args.indexOf('--outDir');
const outDir = path.resolve(i >= 0 ? args.splice(i, 2)[1] : 'dist');
const staging = `${outDir}.next-${process.pid}`;
const retired = `${outDir}.old-${process.pid}`;

/** Folders left by an earlier build that was killed before it could clean up (their process is gone). */
function removeStale() {
	const dir = path.dirname(outDir);
	const base = path.basename(outDir);
	for (const name of fs.readdirSync(dir)) {
		const m = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(next|old)-(\\d+)$`).exec(name);
		if (!m) continue;
		let alive = false;
		try {
			process.kill(Number(m[2]), 0);
			alive = Number(m[2]) !== process.pid;
		} catch {
			/* no such process */
		}
		if (!alive) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
	}
}

removeStale();
const astro = path.resolve('node_modules/astro/bin/astro.mjs');
// Its own process group, so that a stop reaches what the build runs too (Pagefind's binary), and nothing
// keeps writing into the folder once it is removed.
const child = spawn(process.execPath, [astro, 'build', '--outDir', staging, ...args], {
	stdio: 'inherit',
	detached: true,
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, () => {
		stopping = true;
		try {
			process.kill(-child.pid, signal);
		} catch {
			child.kill(signal);
		}
	});
}
// If this script ends for any other reason, the build it started ends with it.
process.on('exit', () => {
	try {
		process.kill(-child.pid, 'SIGTERM');
	} catch {
		/* already gone */
	}
});

child.on('exit', (code, signal) => {
	const ok = code === 0 && !signal && !stopping;
	const complete = ok && fs.existsSync(path.join(staging, 'index.html')) && fs.existsSync(path.join(staging, '404.html'));
	if (!complete) {
		fs.rmSync(staging, { recursive: true, force: true });
		const kept = fs.existsSync(outDir) ? `${path.relative(process.cwd(), outDir)}/ is unchanged (the last good build)` : `there is no ${path.relative(process.cwd(), outDir)}/ yet`;
		console.error(`\nBuild failed${signal ? ` (${signal})` : stopping ? ' (interrupted)' : ok ? ' (no index.html or 404.html in the output)' : ''}: ${kept}.`);
		process.exit(code && code !== 0 ? code : 1);
	}
	if (fs.existsSync(outDir)) fs.renameSync(outDir, retired);
	fs.renameSync(staging, outDir);
	fs.rmSync(retired, { recursive: true, force: true });
	process.exit(0);
});
