/** Builds for the benchmark: timed, and (for copies in temporary folders) isolated from the project. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface BuildTime {
	/** Wall-clock time. */
	wallMs: number;
	/**
	 * CPU time (user + system) of the build and every process it ran (Pagefind's binary too), from the
	 * shell's `times`: unlike wall time, it barely moves when other work shares the machine.
	 */
	cpuMs: number;
	/** The build's own line on its images (how many drawn, how many from the cache, how long), where it logs one. */
	images?: string;
}

const CPU_MARK = '__bench_cpu__';

/** "0m4.117s" → 4117. */
function shellSeconds(s: string): number {
	const m = /^(\d+)m([\d.]+)s$/.exec(s);
	return m ? (Number(m[1]) * 60 + Number(m[2])) * 1000 : NaN;
}

/** Runs Node (the project's Node 24) with `args` in `cwd`, timed; throws with the end of the output when it fails. */
export function timedBuild(args: string[], cwd: string, env: Record<string, string> = {}): Promise<BuildTime> {
	const start = performance.now();
	return new Promise((resolve, reject) => {
		// bash runs the build, then reports the CPU time of its children (all of them, reaped) with `times`.
		// (`times` prints the shell's own times, then its children's; it must run in this shell, not a subshell.)
		const script = `"$@"; status=$?; echo ${CPU_MARK}; times; exit $status`;
		const child = spawn('bash', ['-c', script, 'bash', process.execPath, ...args], { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d: Buffer) => (output += d.toString()));
		child.stderr.on('data', (d: Buffer) => (output += d.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			const wallMs = performance.now() - start;
			const cpu = new RegExp(`${CPU_MARK}\\n\\S+ \\S+\\n(\\S+) (\\S+)`).exec(output);
			// The image step (一图读懂 and the share cards, src/outreach/tujie/data.ts) logs its own line.
			const images = /\[images\] (.*)/.exec(output)?.[1];
			if (code === 0 && cpu) resolve({ wallMs, cpuMs: shellSeconds(cpu[1]!) + shellSeconds(cpu[2]!), ...(images ? { images } : {}) });
			else reject(new Error(`build failed (node ${args.join(' ')} in ${cwd}):\n${output.split('\n').slice(-40).join('\n')}`));
		});
	});
}

/**
 * Node arguments that run `astro build` in a project folder whose packages are links to the
 * project's (linkNodeModules): with --preserve-symlinks, Astro sees every module inside that folder's root (it
 * mishandles .astro files whose real path is outside the root).
 */
export function linkedAstroBuild(dir: string, ...flags: string[]): string[] {
	return ['--preserve-symlinks', '--preserve-symlinks-main', path.join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', dir, ...flags];
}

/** What a copy of the project leaves out: installed packages, outputs, caches, history, tests. */
const notCopied = new Set(['node_modules', 'dist', '.astro', '.git', 'tests', 'test-results']);

/**
 * Copies the project (sources, config, content) to `dir` with node_modules linked, so that builds of
 * other content there touch nothing in the project (not its dist/ nor its content-layer cache).
 */
export function copyProject(root: string, dir: string): void {
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	for (const name of fs.readdirSync(root)) {
		if (notCopied.has(name)) continue;
		fs.cpSync(path.join(root, name), path.join(dir, name), { recursive: true });
	}
	linkNodeModules(root, dir);
}

/**
 * Gives `dir` a node_modules folder of its own whose packages are links to the project's. Its own, not a
 * link to the project's: Astro and Vite keep caches in node_modules (.astro, .vite), and a build of
 * other content must not leave its entries in the project's content-layer cache.
 */
export function linkNodeModules(root: string, dir: string): void {
	const from = path.join(root, 'node_modules');
	const to = path.join(dir, 'node_modules');
	fs.mkdirSync(to, { recursive: true });
	for (const name of fs.readdirSync(from)) {
		if (name.startsWith('.') && name !== '.bin') continue;
		fs.symlinkSync(path.join(from, name), path.join(to, name), 'dir');
	}
}

function dirSize(dir: string): number {
	if (!fs.existsSync(dir)) return 0;
	return fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => {
		const full = path.join(dir, e.name);
		return n + (e.isDirectory() ? dirSize(full) : e.isFile() ? fs.statSync(full).size : 0);
	}, 0);
}

function countPages(dir: string): number {
	if (!fs.existsSync(dir)) return 0;
	return fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countPages(path.join(dir, e.name)) : e.name === 'index.html' ? 1 : 0), 0);
}

export interface BuildFigures extends BuildTime {
	/** Pages (index.html files). */
	pages: number;
	/** Everything in the output folder. */
	bytes: number;
	/** dist/pagefind, when the build made a Pagefind index. */
	index?: number;
}

export function buildFigures(dist: string, time: BuildTime): BuildFigures {
	const index = path.join(dist, 'pagefind');
	return { ...time, pages: countPages(dist), bytes: dirSize(dist), ...(fs.existsSync(index) ? { index: dirSize(index) } : {}) };
}
