/**
 * Reads content/targets.yaml (already parsed) and checks every target against the schema, the
 * official text (src/targets/text.ts), the annex tasks and the plan period. Each problem names
 * the file, the entry (target id) and the field.
 */
import type { DocumentMeta } from '../schemas/document.ts';
import { targetInputSchema, type Target } from '../schemas/target.ts';
import type { Task } from '../schemas/task.ts';
import { clauseBody, type Clause } from '../plan/clauses.ts';
import type { ContentProblem } from '../content-reader/problems.ts';
import { readList } from '../content-reader/list.ts';
import { parseAnchor } from '../plan/anchors.ts';
import { checkTargetText, fullWidthPunctuation, governingYear, locateQuote, officialSentence, striveWords } from './text.ts';
import { withoutSpace } from '../common/text.ts';

export interface TargetContext {
	/** The file's path relative to the project root, for messages. */
	file: string;
	tasks: readonly Task[];
	clauses: readonly Clause[];
	document?: DocumentMeta;
}

/** The body text of a clause, as targets cite it: its paragraphs (headings are not quoted). */
export { clauseBody };

/** The action a clause belongs to ("1"…), or null outside 三、重点任务. */
export function actionOfClause(id: string): string | null {
	return parseAnchor(id)?.action ?? null;
}

/** Checks the parsed content/targets.yaml; returns the valid targets, with what the site derives for each. */
export function checkTargets(raw: unknown, ctx: TargetContext): { targets: Target[]; problems: ContentProblem[] } {
	const { file } = ctx;
	const clauses = new Map(ctx.clauses.map((c) => [c.id, c]));
	const tasks = new Map(ctx.tasks.map((t) => [t.number, t]));

	const { entries, problems } = readList(raw, file, targetInputSchema, {
		kind: 'targets',
		label: (r) => (typeof r.id === 'string' ? `target ${r.id}` : undefined),
		unique: { field: 'id', key: (t) => t.id, message: (_t, first) => `duplicate id (also entry ${first})` },
		check: ({ value: t, index: i }, report, repeated): Target | undefined => {
			let failed = repeated;
			const problem = (field: string | undefined, message: string) => {
				failed = true;
				report(field, message);
			};

			const clause = clauses.get(t.clause);
			let sentence = '';
			let yearWords: string | null = null;
			let strive: string | null = null;
			if (!clause) {
				problem('clause', `no clause "${t.clause}" in the official text (content/plan/)`);
			} else {
				for (const p of checkTargetText(t, clauseBody(clause))) problem(p.field, p.message);
				const inner = ctx.clauses.find((c) => c.parent === clause.id && withoutSpace(clauseBody(c)).includes(withoutSpace(t.quote)));
				if (inner) problem('clause', `the quote is in clause "${inner.id}", inside "${t.clause}": cite the innermost clause`);
				sentence = officialSentence(clauseBody(clause), t.quote)?.sentence ?? '';
				// The words the deadline and the 争取 status rest on, shown with them on the site.
				const loc = locateQuote(clauseBody(clause), t.quote);
				if (loc) {
					const end = loc.inSentence + withoutSpace(t.quote).length;
					yearWords = t.kind === 'recurring' ? null : (governingYear(loc.sentence, end)?.text ?? null);
					strive = striveWords(loc.sentence, loc.inSentence, end) ?? null;
				}
			}

			// Tasks: the annex rows that restate this clause and state the commitment.
			const rows = ctx.tasks.filter((task) => task.clause === t.clause);
			if (rows.length > 0 && t.tasks.length === 0)
				problem('tasks', `the annex has rows for clause ${t.clause} (tasks ${rows.map((r) => r.number).join(', ')}): list the one(s) that state this target`);
			t.tasks.forEach((n, k) => {
				const task = tasks.get(n);
				if (!task) return problem(`tasks[${k}]`, `no task ${n} in content/tasks.yaml`);
				if (t.tasks.indexOf(n) !== k) problem(`tasks[${k}]`, `task ${n} is listed twice`);
				if (task.clause !== t.clause) return problem(`tasks[${k}]`, `task ${n} restates clause ${task.clause}, not ${t.clause}`);
				if (!fullWidthPunctuation(withoutSpace(task.text)).includes(fullWidthPunctuation(withoutSpace(t.quote)))) problem(`tasks[${k}]`, `the annex wording of task ${n} does not contain the quote`);
			});

			// Progress: years within the plan period (and its base year).
			if (ctx.document) {
				const { periodStart, periodEnd } = ctx.document;
				t.progress.forEach((p, k) => {
					if (p.year < periodStart - 1 || p.year > periodEnd) problem(`progress[${k}].year`, `must be from ${periodStart - 1} (the base year) to ${periodEnd}`);
				});
				if (t.year !== null && (t.year < periodStart || t.year > periodEnd)) problem('year', `outside the plan period ${periodStart}—${periodEnd}`);
			}

			if (failed) return undefined;
			const owners: string[] = [];
			for (const n of t.tasks) {
				const lead = tasks.get(n)?.lead;
				if (lead && !owners.includes(lead)) owners.push(lead);
			}
			return { ...t, order: i, action: actionOfClause(t.clause), owners, sentence, yearWords, striveWords: strive };
		},
	});
	return { targets: entries.map((e) => e.value), problems };
}
