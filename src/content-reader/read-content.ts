/**
 * Reads and checks everything under content/. Every problem is reported with its file, entry and
 * field; the loaders throw them all at once, so that a build never goes on with bad content.
 */
import fs from 'node:fs';
import path from 'node:path';
import { actionSchema, type Action } from '../schemas/action.ts';
import { departmentInputSchema, type Department } from '../schemas/department.ts';
import { documentSchema, type DocumentMeta } from '../schemas/document.ts';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';
import { taskSchema, type Task } from '../schemas/task.ts';
import type { Target } from '../schemas/target.ts';
import type { OutreachLink } from '../schemas/outreach.ts';
import { buildClauseIndex, mdxSyntaxProblem, type Clause } from '../plan/clauses.ts';
import { withoutSpace } from '../common/text.ts';
import { checkSupports } from '../support/check.ts';
import { checkDepartmentKind } from '../tasks/department-kind.ts';
import { checkFraming } from '../quality/framing.ts';
import type { Framing } from '../schemas/framing.ts';
import type { Support } from '../schemas/support.ts';
import { assertNoProblems, type ContentProblem } from './problems.ts';
import { parseAnchor } from '../plan/anchors.ts';
import { checkTargets } from '../targets/check.ts';
import { checkVocabulary } from '../search/vocabulary-check.ts';
import { checkOutreach } from '../outreach/check.ts';
import { kepuSelectionProblems } from '../outreach/kepu.ts';
import type { Vocabulary } from '../schemas/vocabulary.ts';
import { slugFromName } from '../common/slug.ts';
import { ContentFiles, contentDir } from './files.ts';
import { readList, readMap, readObject } from './list.ts';

export { contentDir };

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
	/** Links for the 科普 hub (content/outreach.yaml). */
	outreach: OutreachLink[];
}

/** The files of a content folder, their bytes read from disk. */
const filesIn = (dir: string, root: string) => new ContentFiles(dir, root, (full) => fs.readFileSync(full));

/** Every file under the content folder (relative paths with /), in a stable order; dot-files aside. */
function contentFiles(dir: string): string[] {
	if (!fs.existsSync(dir)) return [];
	return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
		.map((f) => f.split(path.sep).join('/'))
		.filter((f) => !f.split('/').some((part) => part.startsWith('.')) && fs.statSync(path.join(dir, f)).isFile())
		.sort();
}

/** The outreach links of content/outreach.yaml alone, checked; never throws. */
export function readOutreach(dir = contentDir(), root = process.cwd()): { links: OutreachLink[]; problems: ContentProblem[] } {
	const files = filesIn(dir, root);
	const raw = files.yaml('outreach.yaml');
	const checked = checkOutreach(raw, files.rel('outreach.yaml'));
	return { links: checked.links, problems: [...files.problems, ...checked.problems] };
}

/**
 * Reads every content file and checks each entry and every cross-reference, in stages: the files read
 * and parse; then each file's entries and the structure of the official text; then the tasks'
 * references; then the support measures and the targets (which refer to the tasks). The problems of
 * the first stage that has any are returned, so that one mistake is reported once, not again by every
 * entry that depends on it.
 */
export function readContent(dir = contentDir(), root = process.cwd()): { content: Content; problems: ContentProblem[] } {
	const files = filesIn(dir, root);
	const problems = files.problems;
	const stopped = (found: ContentProblem[]) => ({ content: {} as Content, problems: found });

	// First, every file must read and parse: a file that does not would only cause follow-on problems in
	// every file that refers to it, so nothing else is checked (or reported) until each one does.
	for (const file of contentFiles(dir)) {
		if (file.endsWith('.yaml') || file.endsWith('.yml')) files.yaml(file);
		else if (file.endsWith('.mdx')) {
			const source = files.text(file);
			const problem = source === undefined ? undefined : mdxSyntaxProblem(source, files.rel(file));
			if (problem) problems.push(problem);
		} else if (/\.(md|json|txt|csv)$/.test(file)) files.text(file);
	}
	if (problems.length) return stopped(problems);

	/** One content file through the one loop (list.ts): its problems join the others, its entries are returned. */
	const read = <U>(result: { entries: Array<{ value: U }>; problems: ContentProblem[] }): U[] => {
		problems.push(...result.problems);
		return result.entries.map((e) => e.value);
	};
	const one = <U>(result: { value: U | undefined; problems: ContentProblem[] }): U | undefined => {
		problems.push(...result.problems);
		return result.value;
	};

	const site = one(readObject(files.yaml('site.yaml') ?? {}, files.rel('site.yaml'), siteSchema));
	const document = one(readObject(files.yaml('document.yaml') ?? {}, files.rel('document.yaml'), documentSchema));

	// Departments: a mapping keyed by name; each name gives the unit's URL slug.
	const slugs = new Map<string, string>();
	const departments: Department[] = read(
		readMap(files.yaml('departments.yaml'), files.rel('departments.yaml'), departmentInputSchema, {
			kind: 'department name to { kind }',
			check: ({ value, label: name }, problem) => {
				const slug = slugFromName(name);
				const other = slugs.get(slug);
				if (!slug) problem(undefined, 'the name gives no URL slug');
				else if (other) problem(undefined, `its URL slug "${slug}" is the same as ${other}'s`);
				slugs.set(slug, name);
				return { ...value, name, slug };
			},
		}),
	);

	// Actions: a list, numbered 1, 2, 3, … in order.
	const actions: Action[] = read(
		readList(files.yaml('actions.yaml'), files.rel('actions.yaml'), actionSchema, {
			kind: 'actions',
			label: (raw) => (raw.id !== undefined ? `action ${String(raw.id)}` : undefined),
			check: ({ value: a, index }, problem) => {
				if (a.id !== String(index + 1)) problem('id', `expected "${index + 1}": actions are numbered 1, 2, 3, … in order`);
				return a;
			},
		}),
	);

	// Links for the 科普 hub (src/outreach/check.ts): they refer to nothing else.
	const outreachCheck = checkOutreach(files.yaml('outreach.yaml'), files.rel('outreach.yaml'));
	problems.push(...outreachCheck.problems);

	// The official text is checked against the actions: they must be sound first.
	if (problems.length) return stopped(problems);

	// Official text: document.mdx and actions/N.mdx.
	const documentSource = files.text('plan/document.mdx');
	const actionSources = new Map<string, { file: string; source: string }>();
	const actionsDir = path.join(dir, 'plan', 'actions');
	for (const name of fs.existsSync(actionsDir) ? fs.readdirSync(actionsDir).sort() : []) {
		const m = /^(\d+)\.mdx$/.exec(name);
		if (!m) {
			problems.push({ file: files.rel(`plan/actions/${name}`), message: 'files here must be named N.mdx after their action' });
			continue;
		}
		actionSources.set(m[1]!, { file: files.rel(`plan/actions/${name}`), source: files.text(`plan/actions/${name}`) ?? '' });
	}
	let clauses: Clause[] = [];
	if (documentSource !== undefined) {
		const index = buildClauseIndex({ document: { file: files.rel('plan/document.mdx'), source: documentSource }, actions: actionSources, actionsFile: files.rel('actions.yaml') }, actions);
		clauses = index.clauses;
		problems.push(...index.problems);
	}

	// Tasks: a list, cross-checked against departments, clauses and the expected count. Problems of
	// references go to a later stage (`refs`): the files' own entries are reported first.
	const refs: ContentProblem[] = [];
	const tasksFile = files.rel('tasks.yaml');
	const rawTasks = files.yaml('tasks.yaml');
	const names = new Set(departments.map((d) => d.name));
	const clauseKinds = new Map(clauses.map((c) => [c.id, c.kind]));
	const tasks: Task[] = read(
		readList(rawTasks, tasksFile, taskSchema, {
			kind: 'tasks',
			label: (raw) => (typeof raw.number === 'number' ? `task ${raw.number}` : undefined),
			unique: { field: 'number', key: (t) => t.number, message: (t, first, index) => `duplicate task number ${t.number} (entries ${first} and ${index})` },
			repeats: refs,
			check: ({ value: t, label }) => {
				const ref = (field: string, message: string) => refs.push({ file: tasksFile, entry: label, field, message });
				const unknown = (field: string, name: string) => ref(field, `unknown department "${name}" (not in content/departments.yaml)`);
				if (!names.has(t.lead)) unknown('lead', t.lead);
				t.units.forEach((u, k) => {
					if (!names.has(u)) unknown(`units[${k}]`, u);
					if (t.units.indexOf(u) !== k) ref(`units[${k}]`, `"${u}" is listed twice`);
				});
				const kind = clauseKinds.get(t.clause);
				if (!kind) ref('clause', `no clause "${t.clause}" in the official text (content/plan/)`);
				else if (kind !== 'measure' && kind !== 'item') ref('clause', `"${t.clause}" is not a measure or an item`);
				else if (!actions.some((a) => a.id === parseAnchor(t.clause)?.action)) ref('clause', `"${t.clause}" is in no action of content/actions.yaml`);
				return t;
			},
		}),
	);
	if (Array.isArray(rawTasks)) {
		const numbers = new Set(tasks.map((t) => t.number));
		if (document) {
			const missing: number[] = [];
			for (let n = 1; n <= document.taskCount; n++) if (!numbers.has(n)) missing.push(n);
			if (missing.length)
				refs.push({
					file: tasksFile,
					field: 'number',
					message: `missing task number${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (the annex has ${document.taskCount} rows; see content/document.yaml taskCount)`,
				});
			for (const n of numbers) if (n > document.taskCount) refs.push({ file: tasksFile, entry: `task ${n}`, field: 'number', message: `beyond the annex's ${document.taskCount} rows` });
		}
		const used = new Set(tasks.flatMap((t) => [t.lead, ...t.units]));
		for (const d of departments) if (!used.has(d.name)) refs.push({ file: files.rel('departments.yaml'), entry: d.name, message: 'is named by no task in content/tasks.yaml' });
	}

	tasks.sort((a, b) => a.number - b.number);

	// Each unit's kind rests on the official text, on words of its name (the site's reading), or is 未注明.
	if (clauses.length > 0) {
		const official = withoutSpace(clauses.map((c) => [c.title ?? '', ...c.paragraphs].join('')).join(''));
		for (const d of departments) {
			for (const p of checkDepartmentKind(d, official)) problems.push({ file: files.rel('departments.yaml'), entry: d.name, field: p.field, message: p.message });
		}
	}

	// Each file's entries and the official text must be sound before references to them are checked,
	// and the tasks before the support measures and targets that refer to them.
	if (problems.length) return stopped(problems);
	if (refs.length) return stopped(refs);

	// Support measures (content/supports.yaml; see src/support/check.ts).
	const supportCheck = checkSupports(files.yaml('supports.yaml'), files.rel('supports.yaml'), { departments: departments.map((d) => d.name), tasks, clauses });
	problems.push(...supportCheck.problems);

	// Targets (指标): checked against the clauses, the tasks and the plan period (src/targets/check.ts).
	const checked = checkTargets(files.yaml('targets.yaml'), { file: files.rel('targets.yaml'), tasks, clauses, ...(document ? { document } : {}) });
	problems.push(...checked.problems);

	// The site's own sentences about the plan, against the official text (src/quality/framing.ts).
	let framing: Framing[] = [];
	const rawFraming = files.yaml('framing.yaml');
	if (rawFraming !== undefined && clauses.length > 0) {
		const framingCheck = checkFraming(
			rawFraming,
			files.rel('framing.yaml'),
			[(documentSource ?? '').replace(/^---[\s\S]*?\n---/, '').replace(/<[^>]*>/g, ''), ...clauses.map((c) => [c.title ?? '', ...c.paragraphs].join('\n'))].join('\n'),
		);
		problems.push(...framingCheck.problems);
		framing = framingCheck.framing;
	}

	// Everyday vocabulary (常用说法对照): checked against the official text (src/search/vocabulary-check.ts).
	const vocab = checkVocabulary(files.yaml('vocabulary.yaml'), files.rel('vocabulary.yaml'), { clauses, tasks });
	problems.push(...vocab.problems);

	// The 科普 hub's selection (site.yaml › kepu): rows that exist, excerpts that start a clause (src/outreach/kepu.ts).
	if (site) problems.push(...kepuSelectionProblems(site.kepu, tasks, files.rel('site.yaml')));

	return {
		content: {
			site: site!,
			document: document!,
			departments,
			actions,
			tasks,
			clauses,
			supports: supportCheck.supports,
			targets: checked.targets,
			framing,
			vocabulary: vocab.vocabulary,
			outreach: outreachCheck.links,
		},
		problems,
	};
}

/** Reads the content and throws a ContentError listing every problem, if there is any. */
export function loadContent(dir = contentDir(), root = process.cwd()): Content {
	const { content, problems } = readContent(dir, root);
	assertNoProblems(problems);
	return content;
}
