/**
 * Reads and checks everything under content/. Every problem is reported with its file, entry and
 * field; the loaders throw them all at once, so that a build never goes on with bad content.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { actionSchema, type Action } from '../schemas/action.ts';
import { departmentInputSchema, type Department } from '../schemas/department.ts';
import { documentSchema, type DocumentMeta } from '../schemas/document.ts';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';
import { taskSchema, type Task } from '../schemas/task.ts';
import type { Target } from '../schemas/target.ts';
import { buildClauseIndex, type Clause } from './clauses.ts';
import { checkSupports } from './support-check.ts';
import type { Support } from '../schemas/support.ts';
import { assertNoProblems, isRecord, schemaProblems, type ContentProblem } from './content-error.ts';
import { parseAnchor } from './official.ts';
import { readTargets } from './load-targets.ts';
import { checkVocabulary } from './load-vocabulary.ts';
import type { Vocabulary } from '../schemas/vocabulary.ts';
import { slugFromName } from './slug.ts';

export interface Content {
	site: SiteSettings;
	document: DocumentMeta;
	departments: Department[];
	actions: Action[];
	tasks: Task[];
	clauses: Clause[];
	supports: Support[];
	targets: Target[];
	/** 常用说法对照 (content/vocabulary.yaml): everyday words ↔ the plan's words, for search and /glossary/. */
	vocabulary: Vocabulary;
}

/** The folder holding the content: KAIFU_CONTENT_DIR (used by tests for fixtures) or ./content. */
export function contentDir(root = process.cwd()): string {
	return path.resolve(root, process.env.KAIFU_CONTENT_DIR ?? 'content');
}

class Reader {
	problems: ContentProblem[] = [];
	constructor(
		readonly dir: string,
		readonly root: string,
	) {}

	rel(file: string): string {
		return path.relative(this.root, path.join(this.dir, file)).split(path.sep).join('/');
	}

	text(file: string): string | undefined {
		try {
			return fs.readFileSync(path.join(this.dir, file), 'utf8');
		} catch {
			this.problems.push({ file: this.rel(file), message: 'file is missing or unreadable' });
			return undefined;
		}
	}

	yaml(file: string): unknown {
		const source = this.text(file);
		if (source === undefined) return undefined;
		try {
			return parseYaml(source);
		} catch (e) {
			const line = e instanceof YAMLParseError ? e.linePos?.[0]?.line : undefined;
			this.problems.push({ file: this.rel(file), ...(line ? { entry: `line ${line}` } : {}), message: `not valid YAML: ${(e as Error).message.split('\n')[0]}` });
			return undefined;
		}
	}

	/** Validates one entry; records each issue with its field path. */
	entry<S extends z.ZodType>(schema: S, data: unknown, file: string, entry: string | undefined): z.output<S> | undefined {
		const result = schema.safeParse(data);
		if (result.success) return result.data;
		this.problems.push(...schemaProblems(result.error.issues, this.rel(file), entry));
		return undefined;
	}
}

/** Reads every content file and checks each entry and every cross-reference. */
export function readContent(dir = contentDir(), root = process.cwd()): { content: Content; problems: ContentProblem[] } {
	const r = new Reader(dir, root);

	const site = r.entry(siteSchema, r.yaml('site.yaml') ?? {}, 'site.yaml', undefined);
	const document = r.entry(documentSchema, r.yaml('document.yaml') ?? {}, 'document.yaml', undefined);

	// Departments: an object keyed by name.
	const departments: Department[] = [];
	const rawDepartments = r.yaml('departments.yaml');
	if (rawDepartments !== undefined && !isRecord(rawDepartments)) {
		r.problems.push({ file: r.rel('departments.yaml'), message: 'must be a mapping of department name to { kind }' });
	} else if (rawDepartments) {
		const slugs = new Map<string, string>();
		for (const [name, value] of Object.entries(rawDepartments)) {
			const d = r.entry(departmentInputSchema, value, 'departments.yaml', name);
			if (!d) continue;
			const slug = slugFromName(name);
			const other = slugs.get(slug);
			if (!slug) r.problems.push({ file: r.rel('departments.yaml'), entry: name, message: 'the name gives no URL slug' });
			else if (other) r.problems.push({ file: r.rel('departments.yaml'), entry: name, message: `its URL slug "${slug}" is the same as ${other}'s` });
			slugs.set(slug, name);
			departments.push({ ...d, name, slug });
		}
	}

	// Actions: an array.
	const actions: Action[] = [];
	const rawActions = r.yaml('actions.yaml');
	if (rawActions !== undefined && !Array.isArray(rawActions)) {
		r.problems.push({ file: r.rel('actions.yaml'), message: 'must be a list of actions' });
	} else if (rawActions) {
		rawActions.forEach((raw, i) => {
			const label = isRecord(raw) && raw.id !== undefined ? `action ${String(raw.id)}` : `entry ${i + 1}`;
			const a = r.entry(actionSchema, raw, 'actions.yaml', label);
			if (!a) return;
			if (a.id !== String(i + 1)) r.problems.push({ file: r.rel('actions.yaml'), entry: label, field: 'id', message: `expected "${i + 1}": actions are numbered 1, 2, 3, … in order` });
			actions.push(a);
		});
	}

	// Official text: document.mdx and actions/N.mdx.
	const documentSource = r.text('plan/document.mdx');
	const actionSources = new Map<string, { file: string; source: string }>();
	const actionsDir = path.join(dir, 'plan', 'actions');
	for (const name of fs.existsSync(actionsDir) ? fs.readdirSync(actionsDir).sort() : []) {
		const m = /^(\d+)\.mdx$/.exec(name);
		if (!m) {
			r.problems.push({ file: r.rel(`plan/actions/${name}`), message: 'files here must be named N.mdx after their action' });
			continue;
		}
		actionSources.set(m[1]!, { file: r.rel(`plan/actions/${name}`), source: r.text(`plan/actions/${name}`) ?? '' });
	}
	let clauses: Clause[] = [];
	if (documentSource !== undefined) {
		const index = buildClauseIndex({ document: { file: r.rel('plan/document.mdx'), source: documentSource }, actions: actionSources }, actions);
		clauses = index.clauses;
		r.problems.push(...index.problems);
	}

	// Tasks: an array, cross-checked against departments, clauses and the expected count.
	const tasks: Task[] = [];
	const rawTasks = r.yaml('tasks.yaml');
	if (rawTasks !== undefined && !Array.isArray(rawTasks)) {
		r.problems.push({ file: r.rel('tasks.yaml'), message: 'must be a list of tasks' });
	} else if (rawTasks) {
		const file = r.rel('tasks.yaml');
		const names = new Set(departments.map((d) => d.name));
		const clauseKinds = new Map(clauses.map((c) => [c.id, c.kind]));
		const numbers = new Map<number, number>();
		rawTasks.forEach((raw, i) => {
			const label = isRecord(raw) && typeof raw.number === 'number' ? `task ${raw.number}` : `entry ${i + 1}`;
			const t = r.entry(taskSchema, raw, 'tasks.yaml', label);
			if (!t) return;
			if (numbers.has(t.number)) r.problems.push({ file, entry: label, field: 'number', message: `duplicate task number ${t.number} (entries ${numbers.get(t.number)} and ${i + 1})` });
			numbers.set(t.number, i + 1);
			const unknown = (field: string, name: string) => r.problems.push({ file, entry: label, field, message: `unknown department "${name}" (not in content/departments.yaml)` });
			if (!names.has(t.lead)) unknown('lead', t.lead);
			t.units.forEach((u, k) => {
				if (!names.has(u)) unknown(`units[${k}]`, u);
				if (t.units.indexOf(u) !== k) r.problems.push({ file, entry: label, field: `units[${k}]`, message: `"${u}" is listed twice` });
			});
			const kind = clauseKinds.get(t.clause);
			if (!kind) r.problems.push({ file, entry: label, field: 'clause', message: `no clause "${t.clause}" in the official text (content/plan/)` });
			else if (kind !== 'measure' && kind !== 'item') r.problems.push({ file, entry: label, field: 'clause', message: `"${t.clause}" is not a measure or an item` });
			else if (!actions.some((a) => a.id === parseAnchor(t.clause)?.action)) r.problems.push({ file, entry: label, field: 'clause', message: `"${t.clause}" is in no action of content/actions.yaml` });
			tasks.push(t);
		});
		if (document) {
			const missing: number[] = [];
			for (let n = 1; n <= document.taskCount; n++) if (!numbers.has(n)) missing.push(n);
			if (missing.length) r.problems.push({ file, field: 'number', message: `missing task number${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (the annex has ${document.taskCount} rows; see content/document.yaml taskCount)` });
			for (const n of numbers.keys()) if (n > document.taskCount) r.problems.push({ file, entry: `task ${n}`, field: 'number', message: `beyond the annex's ${document.taskCount} rows` });
		}
		const used = new Set(tasks.flatMap((t) => [t.lead, ...t.units]));
		for (const d of departments) if (!used.has(d.name)) r.problems.push({ file: r.rel('departments.yaml'), entry: d.name, message: 'is named by no task in content/tasks.yaml' });
	}

	tasks.sort((a, b) => a.number - b.number);

	// Support measures (content/supports.yaml; see src/lib/support-check.ts).
	const supportCheck = checkSupports(r.yaml('supports.yaml'), r.rel('supports.yaml'), { departments: departments.map((d) => d.name), tasks, clauses });
	r.problems.push(...supportCheck.problems);

	// Targets (指标): checked against the clauses, the tasks and the plan period (src/lib/load-targets.ts).
	const checked = readTargets(r.yaml('targets.yaml'), { file: r.rel('targets.yaml'), tasks, clauses, ...(document ? { document } : {}) });
	r.problems.push(...checked.problems);

	// Everyday vocabulary (常用说法对照): checked against the official text (src/lib/load-vocabulary.ts).
	const vocab = checkVocabulary(r.yaml('vocabulary.yaml'), r.rel('vocabulary.yaml'), { clauses, tasks });
	r.problems.push(...vocab.problems);

	return {
		content: { site: site!, document: document!, departments, actions, tasks, clauses, supports: supportCheck.supports, targets: checked.targets, vocabulary: vocab.vocabulary },
		problems: r.problems,
	};
}

/** Reads the content and throws a ContentError listing every problem, if there is any. */
export function loadContent(dir = contentDir(), root = process.cwd()): Content {
	const { content, problems } = readContent(dir, root);
	assertNoProblems(problems);
	return content;
}
