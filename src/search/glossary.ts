/**
 * /glossary/ (常用说法对照): where each plan word of the vocabulary occurs in the official text,
 * computed from the text at build time (never typed): the most specific clauses of /plan/ that
 * contain it (an item rather than the measure around it) and the annex rows (/tasks/N/).
 */
import type { Clause } from '../plan/clauses.ts';
import { chineseNumeral, circledNumber, parseAnchor } from '../plan/anchors.ts';

export interface WordPlace {
	url: string;
	label: string;
}

const squeeze = (s: string) => s.replace(/\s+/g, '').toLocaleLowerCase();

/** How a clause is named in a list of places: （四）1.② for measures and items, its heading for sections, its opening words for a paragraph. */
export function clauseLabel(c: Pick<Clause, 'id' | 'title' | 'paragraphs'>): string {
	const ref = parseAnchor(c.id);
	if (ref) return `（${chineseNumeral(Number(ref.action))}）${ref.measure}.${ref.item ? circledNumber(ref.item) : ''}`;
	if (c.title) return c.title.replace(/\s+/g, '');
	const text = c.paragraphs.join('').replace(/\s+/g, '');
	return [...text].length > 10 ? `${[...text].slice(0, 10).join('')}…` : text;
}

/**
 * The places a word occurs: each clause that contains it and has no sub-clause that does (so a word in
 * an item is listed at the item, not again at its measure, action and section), in reading order,
 * then the annex rows whose text contains it.
 */
export function placesOf(word: string, clauses: readonly Clause[], tasks: ReadonlyArray<{ number: number; text: string }>): WordPlace[] {
	const w = squeeze(word);
	const has = (c: Clause) => squeeze([c.title ?? '', ...c.paragraphs].join('')).includes(w);
	const children = new Map<string, Clause[]>();
	for (const c of clauses) if (c.parent) children.set(c.parent, [...(children.get(c.parent) ?? []), c]);
	const inClauses = clauses.filter((c) => has(c) && !(children.get(c.id) ?? []).some(has));
	const inTasks = tasks.filter((t) => squeeze(t.text).includes(w));
	return [...inClauses.map((c) => ({ url: `/plan/#${c.id}`, label: clauseLabel(c) })), ...inTasks.map((t) => ({ url: `/tasks/${t.number}/`, label: `任务 ${t.number}` }))];
}
