/**
 * Checks content/supports.yaml: each entry against the schema, then against the rest of the
 * content: the clause exists, every quotation is in that clause's official text, the amount's
 * number agrees with its text, the tasks restate the clause, and the lead is their 牵头单位.
 * Every problem names the file, the entry and the field.
 */
import { supportSchema, type Support } from '../schemas/support.ts';
import type { Task } from '../schemas/task.ts';
import { formatYuan, readAmount } from '../common/amount.ts';
import { clauseBody, type Clause } from '../plan/clauses.ts';
import type { ContentProblem } from '../content-reader/problems.ts';
import { readList } from '../content-reader/list.ts';
import { audienceByLabel, kindByLabel } from '../schemas/support-vocabulary.ts';

export interface SupportRefs {
	/** Names of the units in content/departments.yaml. */
	departments: readonly string[];
	tasks: readonly Task[];
	clauses: readonly Clause[];
}

/** Clause kinds a support may cite: the parts of the plan that say what is given. */
const citable = new Set(['measure', 'item', 'clause']);

/** The official text of a clause that quotations are checked against (its paragraphs, without its heading). */
export { clauseBody };

export function checkSupports(raw: unknown, file: string, refs: SupportRefs): { supports: Support[]; problems: ContentProblem[] } {
	const departments = new Set(refs.departments);
	const tasks = new Map(refs.tasks.map((t) => [t.number, t]));
	const clauses = new Map(refs.clauses.map((c) => [c.id, c]));

	const { entries, problems } = readList(raw, file, supportSchema, {
		kind: 'support measures',
		label: (r) => (typeof r.id === 'string' && r.id ? `support ${r.id}` : undefined),
		emptyIsList: true,
		unique: { field: 'id', key: (s) => s.id, message: (s, first, index) => `duplicate id "${s.id}" (entries ${first} and ${index})` },
		check: ({ value: s }, problem) => {
			for (const field of ['audiences', 'industries', 'conditions', 'tasks'] as const) {
				const list = s[field] as readonly unknown[];
				list.forEach((v, k) => list.indexOf(v) !== k && problem(`${field}[${k}]`, `"${String(v)}" is listed twice`));
			}
			if (s.audiences.includes('原文未限定对象') && s.audiences.length > 1) problem('audiences', '原文未限定对象 means the text names no one: it cannot stand with other audiences');
			if (s.industriesOpen && s.industries.length === 0) problem('industriesOpen', 'is true but no industries are listed');
			for (const p of labelProblems(s)) problem(p.field, p.message);

			// The clause, and every quotation from it.
			const clause = clauses.get(s.clause);
			if (!clause) problem('clause', `no clause "${s.clause}" in the official text (content/plan/)`);
			else if (!citable.has(clause.kind)) problem('clause', `"${s.clause}" is a ${clause.kind}; cite a measure, an item or a clause`);
			else {
				const body = clauseBody(clause);
				const where = `the text of clause "${s.clause}" (/plan/#${s.clause}); copy it exactly`;
				s.conditions.forEach((c, k) => !body.includes(c) && problem(`conditions[${k}]`, `"${c}" is not in ${where}`));
				if (s.amount !== undefined && !body.includes(s.amount)) problem('amount', `"${s.amount}" is not in ${where}`);
			}

			// The amount's number against its text.
			if (s.amount === undefined) {
				if (s.amountValue !== undefined) problem('amountValue', 'is given but there is no amount text; copy the amount from the clause into amount');
			} else {
				const reading = readAmount(s.amount);
				if (reading.kind === 'unreadable') problem('amount', `"${s.amount}" ${reading.reason}`);
				else if (reading.kind === 'none' && s.amountValue !== undefined) problem('amountValue', `is ${s.amountValue} but the amount text "${s.amount}" states no number`);
				else if (reading.kind === 'yuan' && s.amountValue === undefined) problem('amountValue', `is missing: the amount text "${s.amount}" states ${reading.value} yuan`);
				else if (reading.kind === 'yuan' && s.amountValue !== reading.value)
					problem('amountValue', `${s.amountValue} disagrees with the amount text "${s.amount}" (= ${reading.value}, i.e. ${formatYuan(reading.value)})`);
			}

			// Tasks restate the clause; the lead is their 牵头单位.
			const leads = new Set<string>();
			s.tasks.forEach((n, k) => {
				const t = tasks.get(n);
				if (!t) return problem(`tasks[${k}]`, `no task ${n} in content/tasks.yaml`);
				leads.add(t.lead);
				if (t.clause !== s.clause && !t.clause.startsWith(s.clause + '-')) problem(`tasks[${k}]`, `task ${n} restates clause "${t.clause}", not "${s.clause}"`);
			});
			if (s.lead !== undefined && !departments.has(s.lead)) problem('lead', `unknown department "${s.lead}" (not in content/departments.yaml)`);
			else if (s.tasks.length > 0 && s.lead === undefined) problem('lead', `is required: give the 牵头单位 of the tasks (${leadsOf(s.tasks, tasks)})`);
			else if (s.lead !== undefined && s.tasks.length > 0 && !leads.has(s.lead)) problem('lead', `"${s.lead}" is not the 牵头单位 of the tasks (${leadsOf(s.tasks, tasks)})`);
			else if (s.lead !== undefined && s.tasks.length === 0 && clause && !clauseBody(clause).includes(s.lead))
				problem('lead', `"${s.lead}" leads no task here and the clause does not name it; leave lead out where neither names a contact point`);
			return s;
		},
	});
	return { supports: entries.map((e) => e.value), problems };
}

/**
 * The labels a measure derives from its words, checked against them: every audience is named in the
 * quoted conditions (and not only as the one who provides: 鼓励金融机构为科技人才……提供), and the kind is
 * stated there (for 奖补资金, outside an intention to explore: 探索建立…奖励机制 is 探索中的政策).
 */
export function labelProblems(s: Pick<Support, 'kind' | 'audiences' | 'conditions'>): Array<{ field: string; message: string }> {
	const out: Array<{ field: string; message: string }> = [];
	const text = s.conditions.join('\n');
	s.audiences.forEach((label, k) => {
		const terms: readonly string[] = audienceByLabel.get(label)?.terms ?? [];
		if (terms.length === 0) return;
		const hits = terms.flatMap((t) => [...text.matchAll(new RegExp(escapeRegExp(t), 'g'))].map((m) => ({ term: t, end: m.index + t.length })));
		if (hits.length === 0) {
			out.push({
				field: `audiences[${k}]`,
				message: `"${label}" is not named in the quoted conditions (none of ${terms.map((t) => `“${t}”`).join('、')}): list only whom the clause names, or 原文未限定对象`,
			});
		} else if (hits.every((h) => text[h.end] === '为')) {
			out.push({ field: `audiences[${k}]`, message: `the conditions name "${label}" only as the one who provides (“${hits[0]!.term}为……”), not as a beneficiary` });
		}
	});
	const kind = kindByLabel.get(s.kind);
	if (kind) {
		// The parts of the conditions (split at ，；。) that state the kind.
		const parts = s.conditions.flatMap((c) => c.split(/[，；。]/)).filter((part) => kind.terms.some((t) => part.includes(t)));
		if (parts.length === 0) out.push({ field: 'kind', message: `the quoted conditions do not state ${s.kind} (none of ${kind.terms.map((t) => `“${t}”`).join('、')})` });
		else if (kind.funds && parts.every((part) => part.includes('探索')))
			out.push({ field: 'kind', message: `the conditions only say the district will explore it (“${parts[0]}”): that promises no ${s.kind} yet; use 探索中的政策` });
	}
	return out;
}

function escapeRegExp(t: string): string {
	return t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "task 23: 区委人才办, task 24: 区科技局" */
function leadsOf(numbers: readonly number[], tasks: Map<number, Task>): string {
	return numbers.map((n) => `task ${n}: ${tasks.get(n)?.lead ?? '?'}`).join(', ');
}
