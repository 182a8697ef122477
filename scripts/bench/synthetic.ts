/**
 * A synthetic content set N times larger than the real one, for the scale check: the five actions
 * repeated as actions 1 … 5N (their text copied with renumbered anchors), the 35 annex rows as tasks
 * 1 … 35N pointing at the copies, and every target stated in an action repeated for each copy. Other
 * content files are copied as they are. It is benchmark input only, never published.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

export interface SyntheticSummary {
	dir: string;
	actions: number;
	tasks: number;
	/** Targets, when the content has a targets collection (content/targets.yaml). */
	targets?: number;
}

type Row = Record<string, unknown>;

const readYaml = (file: string) => parseYaml(fs.readFileSync(file, 'utf8')) as unknown;
const writeYaml = (file: string, data: unknown) => fs.writeFileSync(file, '# Synthetic content for the scale benchmark (scripts/bench/synthetic.ts).\n' + stringifyYaml(data, { lineWidth: 0 }));

/** The anchor of action `a`'s copy number `copy` (0 = the original): a1-m2-i3 → a{a + copy·actions}-m2-i3. */
export function remapAnchor(anchor: string, copy: number, actionCount: number): string {
	return anchor.replace(/^a(\d+)(?=-|$)/, (_, a: string) => `a${Number(a) + copy * actionCount}`);
}

export function generateSynthetic(source: string, out: string, factor: number): SyntheticSummary {
	fs.rmSync(out, { recursive: true, force: true });
	fs.cpSync(source, out, { recursive: true });

	const actions = readYaml(path.join(source, 'actions.yaml')) as Row[];
	const tasks = readYaml(path.join(source, 'tasks.yaml')) as Row[];
	const n = actions.length;
	const t = tasks.length;
	const copies = [...Array(factor).keys()];

	writeYaml(
		path.join(out, 'actions.yaml'),
		copies.flatMap((c) => actions.map((a) => ({ ...a, id: String(Number(a.id) + c * n) }))),
	);

	const actionsDir = path.join(source, 'plan', 'actions');
	for (const a of actions) {
		const text = fs.readFileSync(path.join(actionsDir, `${String(a.id)}.mdx`), 'utf8');
		for (const c of copies.slice(1)) {
			const id = Number(a.id) + c * n;
			const copy = text.replace(/^action:\s*["']?\d+["']?\s*$/m, `action: "${id}"`).replace(/\bid="(a\d+(?:-m\d+)?(?:-i\d+)?)"/g, (_, anchor: string) => `id="${remapAnchor(anchor, c, n)}"`);
			fs.writeFileSync(path.join(out, 'plan', 'actions', `${id}.mdx`), copy);
		}
	}

	writeYaml(
		path.join(out, 'tasks.yaml'),
		copies.flatMap((c) => tasks.map((task) => ({ ...task, number: Number(task.number) + c * t, clause: remapAnchor(String(task.clause), c, n) }))),
	);

	const document = readYaml(path.join(source, 'document.yaml')) as Row;
	writeYaml(path.join(out, 'document.yaml'), { ...document, taskCount: Number(document.taskCount) * factor });

	const summary: SyntheticSummary = { dir: out, actions: n * factor, tasks: t * factor };
	const targetsFile = path.join(source, 'targets.yaml');
	if (fs.existsSync(targetsFile)) {
		const targets = readYaml(targetsFile) as Row[];
		const all = [
			...targets,
			...copies.slice(1).flatMap((c) =>
				targets
					.filter((x) => /^a\d+-/.test(String(x.clause)))
					.map((x) => ({
						...x,
						id: `${String(x.id)}-x${c + 1}`,
						clause: remapAnchor(String(x.clause), c, n),
						...(Array.isArray(x.tasks) ? { tasks: (x.tasks as number[]).map((k) => k + c * t) } : {}),
					})),
			),
		];
		writeYaml(path.join(out, 'targets.yaml'), all);
		summary.targets = all.length;
	}
	return summary;
}
