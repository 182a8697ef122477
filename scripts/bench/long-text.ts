/**
 * The long-text case of the benchmark: the real content with one task's annex wording (and the clause it
 * restates) made 100 times longer (see generateLongText), built in a copy of the project and timed against the real content. Every
 * per-text step (the wording comparison above all, which once grew quadratically: a 20,000-character task
 * took 144 s to build instead of 13 s) must stay near-linear: the long text may cost at most
 * `budgets.longTextRatio` times the build time of the real content.
 *
 * Part of `npm run bench`; alone: `npm run bench:long-text` (two builds, a minute or two).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { contentDir, readContent } from '../../src/content-reader/read-content.ts';
import { buildFigures, copyProject, linkedAstroBuild, timedBuild, type BuildFigures, type BuildTime } from './build.ts';
import { median } from './measure.ts';
import { seconds } from './report.ts';

/** How much longer the task text gets. */
export const LONG_TEXT_FACTOR = 100;
/** The task whose text is lengthened: task 8 (192 characters), whose clause a1-m3 no target quotes (a quote must occur once in its clause). */
export const LONG_TEXT_TASK = 8;
/** The build of the long text may take at most this many times the build of the real content. */
export const LONG_TEXT_BUDGET = 10;

export interface LongTextContent {
	dir: string;
	task: number;
	/** Characters of the task text, before and after. */
	before: number;
	after: number;
}

/**
 * A copy of the content folder in which task `task`'s annex wording and the body clause it restates are
 * each `factor` times as long (each repeated): a long row and its long clause, which differ in places as
 * the real ones do. That is the case that made the wording comparison quadratic (thousands of changes
 * along two long texts). The rest is unchanged.
 */
export function generateLongText(source: string, out: string, factor = LONG_TEXT_FACTOR, task = LONG_TEXT_TASK): LongTextContent {
	fs.rmSync(out, { recursive: true, force: true });
	fs.cpSync(source, out, { recursive: true });
	const file = path.join(out, 'tasks.yaml');
	const doc = parseDocument(fs.readFileSync(file, 'utf8'));
	const items = (doc.contents as { items?: Array<{ get: (k: string) => unknown; set: (k: string, v: unknown) => void }> }).items ?? [];
	const row = items.find((item) => item.get('number') === task);
	if (!row) throw new Error(`long text: no task ${task} in ${file}`);
	const text = String(row.get('text'));
	row.set('text', text.repeat(factor));
	fs.writeFileSync(file, doc.toString({ lineWidth: 0 }));
	// The clause: the paragraph right after its opening tag, in content/plan/actions/N.mdx.
	const clause = String(row.get('clause'));
	const mdx = path.join(out, 'plan', 'actions', `${/^a(\d+)/.exec(clause)?.[1]}.mdx`);
	const source_ = fs.readFileSync(mdx, 'utf8');
	const m = new RegExp(`(id="${clause}">\\n\\n)([^\\n]+)\\n`).exec(source_);
	if (!m) throw new Error(`long text: no paragraph after id="${clause}" in ${mdx}`);
	fs.writeFileSync(mdx, source_.replace(m[0], m[1] + m[2]!.repeat(factor) + '\n'));
	return { dir: out, task, before: text.length, after: text.length * factor };
}

export interface LongTextResult {
	content: LongTextContent;
	base: BuildFigures;
	long: BuildFigures;
	/** Long-text build CPU time ÷ the real content's. */
	ratio: number;
	ok: boolean;
}

/**
 * Builds the real content and the long-text content `runs` times each in a copy of the project (`copy`,
 * made here unless given) and compares the median build CPU times.
 */
export async function measureLongText(root: string, tmp: string, runs: number, progress: (s: string) => void = () => {}, base?: BuildFigures): Promise<LongTextResult> {
	const copy = path.join(tmp, 'site');
	if (!fs.existsSync(path.join(copy, 'package.json'))) copyProject(root, copy);
	const content = generateLongText(contentDir(root), path.join(tmp, 'content-long-text'));
	const { problems } = readContent(content.dir, root);
	if (problems.length)
		throw new Error(
			`the long-text content does not pass the content checks:\n${problems
				.slice(0, 10)
				.map((p) => JSON.stringify(p))
				.join('\n')}`,
		);
	const build = async (env: Record<string, string>, name: string) => {
		const out = path.join(tmp, `dist-${name}`);
		const times: BuildTime[] = [];
		for (let i = 0; i < runs; i++) times.push(await timedBuild(linkedAstroBuild(copy, '--force', '--outDir', out), copy, env));
		const figures = buildFigures(out, { wallMs: median(times.map((t) => t.wallMs)), cpuMs: median(times.map((t) => t.cpuMs)) });
		fs.rmSync(out, { recursive: true, force: true });
		return figures;
	};
	if (!base) {
		progress(`long text: building the real content in a copy of the project (${runs} times)`);
		base = await build({}, 'long-text-base');
	}
	progress(`long text: building with task ${content.task}'s text ×${LONG_TEXT_FACTOR} (${content.before} → ${content.after} characters, ${runs} times)`);
	const long = await build({ KAIFU_CONTENT_DIR: content.dir }, 'long-text');
	const ratio = long.cpuMs / base.cpuMs;
	return { content, base, long, ratio, ok: ratio <= LONG_TEXT_BUDGET };
}

/** The report lines of the long-text case. */
export function longTextReport(r: LongTextResult): string[] {
	return [
		`Long text: task ${r.content.task}'s annex wording and its clause ×${LONG_TEXT_FACTOR} (task text ${r.content.before} → ${r.content.after} characters), built in a copy of the project`,
		`  build CPU time   real content ${seconds(r.base.cpuMs)}, long text ${seconds(r.long.cpuMs)}: ratio ×${r.ratio.toFixed(2)} (budget ×${LONG_TEXT_BUDGET})`,
		`  build wall time  real content ${seconds(r.base.wallMs)}, long text ${seconds(r.long.wallMs)}: ratio ×${(r.long.wallMs / r.base.wallMs).toFixed(2)}`,
	];
}

// Run on its own: node --experimental-transform-types scripts/bench/long-text.ts [--runs=N] [--keep]
if (import.meta.main) {
	const root = path.resolve(import.meta.dirname, '..', '..');
	const argv = process.argv.slice(2);
	const runs = Number(argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 1);
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kaifu-long-text-'));
	try {
		const r = await measureLongText(root, tmp, runs, (s) => process.stderr.write(`… ${s}\n`));
		for (const line of longTextReport(r)) process.stdout.write(line + '\n');
		process.stdout.write(`  ${r.ok ? 'PASS' : 'FAIL'}  a task text ×${LONG_TEXT_FACTOR} builds in at most ×${LONG_TEXT_BUDGET} the time\n`);
		process.exitCode = r.ok ? 0 : 1;
	} finally {
		if (!argv.includes('--keep')) fs.rmSync(tmp, { recursive: true, force: true });
	}
}
