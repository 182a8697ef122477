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
import { buildClauseIndex, mdxSyntaxProblem, type Clause } from '../plan/clauses.ts';
import { decodeStrict } from './strict-text.ts';
import { withoutSpace } from '../common/text.ts';
import { checkSupports } from '../support/check.ts';
import { checkDepartmentKind } from '../tasks/department-kind.ts';
import { checkFraming } from '../quality/framing.ts';
import type { Framing } from '../schemas/framing.ts';
import type { Support } from '../schemas/support.ts';
import { assertNoProblems, isRecord, schemaProblems, type ContentProblem } from './problems.ts';
import { parseAnchor } from '../plan/anchors.ts';
import { readTargets } from '../targets/check.ts';
import { checkVocabulary } from '../search/vocabulary-check.ts';
import { kepuSelectionProblems } from '../outreach/kepu.ts';
import type { Vocabulary } from '../schemas/vocabulary.ts';
import { slugFromName } from '../common/slug.ts';

export interface Content {
	site: SiteSettings;
	document: DocumentMeta;
	departments: Department[];
	actions: Action[];
	tasks: Task[];
	clauses: Clause[];
	supports: Support[];
	targets: Target[];
	/** The site's own sentences about the plan (content/framing.yaml). */
	framing: Framing[];
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

	private texts = new Map<string, string | undefined>();
	private parsed = new Map<string, unknown>();

	/** A file's text, decoded strictly (src/content-reader/strict-text.ts); each file is read and reported once. */
	text(file: string): string | undefined {
		if (this.texts.has(file)) return this.texts.get(file);
		let text: string | undefined;
		try {
			const decoded = decodeStrict(fs.readFileSync(path.join(this.dir, file)));
			if ('text' in decoded) text = decoded.text;
			else this.problems.push({ file: this.rel(file), entry: `line ${decoded.line}, column ${decoded.column}`, message: decoded.message });
		} catch {
			this.problems.push({ file: this.rel(file), message: 'file is missing or unreadable' });
		}
		this.texts.set(file, text);
		return text;
	}

	/** A YAML file, parsed once; undefined (and a problem with its line and column) when it cannot be. */
	yaml(file: string): unknown {
		if (this.parsed.has(file)) return this.parsed.get(file);
		const source = this.text(file);
		let value: unknown;
		if (source !== undefined) {
			try {
				value = parseYaml(source);
			} catch (e) {
				const pos = e instanceof YAMLParseError ? e.linePos?.[0] : undefined;
				this.problems.push({ file: this.rel(file), ...(pos ? { entry: `line ${pos.line}, column ${pos.col}` } : {}), message: `not valid YAML: ${(e as Error).message.split('\n')[0]}` });
			}
		}
		this.parsed.set(file, value);
		return value;
	}

	/** Validates one entry; records each issue with its field path. */
	entry<S extends z.ZodType>(schema: S, data: unknown, file: string, entry: string | undefined): z.output<S> | undefined {
		const result = schema.safeParse(data);
		if (result.success) return result.data;
		this.problems.push(...schemaProblems(result.error.issues, this.rel(file), entry));
		return undefined;
	}
}

/** Every file under the content folder (relative paths with /), in a stable order; dot-files aside. */
function contentFiles(dir: string): string[] {
	if (!fs.existsSync(dir)) return [];
	return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
		.map((f) => f.split(path.sep).join('/'))
		.filter((f) => !f.split('/').some((part) => part.startsWith('.')) && fs.statSync(path.join(dir, f)).isFile())
		.sort();
}

/**
 * Reads every content file and checks each entry and every cross-reference, in stages: the files read
 * and parse; then each file's entries and the structure of the official text; then the tasks'
 * references; then the support measures and the targets (which refer to the tasks). The problems of
 * the first stage that has any are returned, so that one mistake is reported once, not again by every
 * entry that depends on it.
 */
export function readContent(dir = contentDir(), root = process.cwd()): { content: Content; problems: ContentProblem[] } {
	const r = new Reader(dir, root);
	const stopped = (problems: ContentProblem[]) => ({ content: {} as Content, problems });

	// First, every file must read and parse: a file that does not would only cause follow-on problems in
	// every file that refers to it, so nothing else is checked (or reported) until each one does.
	for (const file of contentFiles(dir)) {
		if (file.endsWith('.yaml') || file.endsWith('.yml')) r.yaml(file);
		else if (file.endsWith('.mdx')) {
			const source = r.text(file);
			const problem = source === undefined ? undefined : mdxSyntaxProblem(source, r.rel(file));
			if (problem) r.problems.push(problem);
		} else if (/\.(md|json|txt|csv)$/.test(file)) r.text(file);
	}
	if (r.problems.length) return stopped(r.problems);

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

	// The official text is checked against the actions: they must be sound first.
	if (r.problems.length) return stopped(r.problems);

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
	const refs: ContentProblem[] = [];
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
			if (numbers.has(t.number)) refs.push({ file, entry: label, field: 'number', message: `duplicate task number ${t.number} (entries ${numbers.get(t.number)} and ${i + 1})` });
			numbers.set(t.number, i + 1);
			const unknown = (field: string, name: string) => refs.push({ file, entry: label, field, message: `unknown department "${name}" (not in content/departments.yaml)` });
			if (!names.has(t.lead)) unknown('lead', t.lead);
			t.units.forEach((u, k) => {
				if (!names.has(u)) unknown(`units[${k}]`, u);
				if (t.units.indexOf(u) !== k) refs.push({ file, entry: label, field: `units[${k}]`, message: `"${u}" is listed twice` });
			});
			const kind = clauseKinds.get(t.clause);
			if (!kind) refs.push({ file, entry: label, field: 'clause', message: `no clause "${t.clause}" in the official text (content/plan/)` });
			else if (kind !== 'measure' && kind !== 'item') refs.push({ file, entry: label, field: 'clause', message: `"${t.clause}" is not a measure or an item` });
			else if (!actions.some((a) => a.id === parseAnchor(t.clause)?.action)) refs.push({ file, entry: label, field: 'clause', message: `"${t.clause}" is in no action of content/actions.yaml` });
			tasks.push(t);
		});
		if (document) {
			const missing: number[] = [];
			for (let n = 1; n <= document.taskCount; n++) if (!numbers.has(n)) missing.push(n);
			if (missing.length) refs.push({ file, field: 'number', message: `missing task number${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (the annex has ${document.taskCount} rows; see content/document.yaml taskCount)` });
			for (const n of numbers.keys()) if (n > document.taskCount) refs.push({ file, entry: `task ${n}`, field: 'number', message: `beyond the annex's ${document.taskCount} rows` });
		}
		const used = new Set(tasks.flatMap((t) => [t.lead, ...t.units]));
		for (const d of departments) if (!used.has(d.name)) refs.push({ file: r.rel('departments.yaml'), entry: d.name, message: 'is named by no task in content/tasks.yaml' });
	}

	tasks.sort((a, b) => a.number - b.number);

	// Each unit's kind rests on the official text, on words of its name (the site's reading), or is 未注明.
	if (clauses.length > 0) {
		const official = withoutSpace(clauses.map((c) => [c.title ?? '', ...c.paragraphs].join('')).join(''));
		for (const d of departments) {
			for (const p of checkDepartmentKind(d, official)) r.problems.push({ file: r.rel('departments.yaml'), entry: d.name, field: p.field, message: p.message });
		}
	}

	// Each file's entries and the official text must be sound before references to them are checked,
	// and the tasks before the support measures and targets that refer to them.
	if (r.problems.length) return stopped(r.problems);
	if (refs.length) return stopped(refs);

	// Support measures (content/supports.yaml; see src/support/check.ts).
	const supportCheck = checkSupports(r.yaml('supports.yaml'), r.rel('supports.yaml'), { departments: departments.map((d) => d.name), tasks, clauses });
	r.problems.push(...supportCheck.problems);

	// Targets (指标): checked against the clauses, the tasks and the plan period (src/targets/check.ts).
	const checked = readTargets(r.yaml('targets.yaml'), { file: r.rel('targets.yaml'), tasks, clauses, ...(document ? { document } : {}) });
	r.problems.push(...checked.problems);

	// The site's own sentences about the plan, against the official text (src/quality/framing.ts).
	let framing: Framing[] = [];
	const rawFraming = r.yaml('framing.yaml');
	if (rawFraming !== undefined && clauses.length > 0) {
		const framingCheck = checkFraming(rawFraming, r.rel('framing.yaml'), [(documentSource ?? '').replace(/^---[\s\S]*?\n---/, '').replace(/<[^>]*>/g, ''), ...clauses.map((c) => [c.title ?? '', ...c.paragraphs].join('\n'))].join('\n'));
		r.problems.push(...framingCheck.problems);
		framing = framingCheck.framing;
	}

	// Everyday vocabulary (常用说法对照): checked against the official text (src/search/vocabulary-check.ts).
	const vocab = checkVocabulary(r.yaml('vocabulary.yaml'), r.rel('vocabulary.yaml'), { clauses, tasks });
	r.problems.push(...vocab.problems);

	// The 科普 hub's selection (site.yaml › kepu): rows that exist, excerpts that start a clause (src/outreach/kepu.ts).
	if (site) r.problems.push(...kepuSelectionProblems(site.kepu, tasks, r.rel('site.yaml')));

	return {
		content: { site: site!, document: document!, departments, actions, tasks, clauses, supports: supportCheck.supports, targets: checked.targets, framing, vocabulary: vocab.vocabulary },
		problems: r.problems,
	};
}

/** Reads the content and throws a ContentError listing every problem, if there is any. */
export function loadContent(dir = contentDir(), root = process.cwd()): Content {
	const { content, problems } = readContent(dir, root);
	assertNoProblems(problems);
	return content;
}
