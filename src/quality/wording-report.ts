/**
 * The comparison of the whole plan: every task's annex wording against its body clause, every action
 * and measure title against the annex's, and the body text that no annex row restates. Pure (plain
 * data in, plain data out), so that pages and unit tests share it.
 */
import type { Action } from '../schemas/action.ts';
import { clauseBody } from '../plan/clauses.ts';
import { anchor, parseAnchor } from '../plan/anchors.ts';
import { compareWithClause, compareWording, isMinor, type SpanComparison, type WordingComparison } from './wording.ts';

export interface TaskLike {
	number: number;
	clause: string;
	text: string;
}

export interface ClauseLike {
	id: string;
	paragraphs: string[];
}

export interface TaskWording {
	number: number;
	/** Anchor of the body clause. */
	clause: string;
	/** Action id ("1"…"5"). */
	action: string;
	comparison: SpanComparison;
	/** True where the task restates only part of its clause (item numbers and punctuation aside). */
	partial: boolean;
	/** Whether body wording is left out before / after the compared span. */
	cut: { before: boolean; after: boolean };
}

export interface TitleWording {
	kind: 'action' | 'measure';
	action: string;
	/** Measure number within the action (measures only). */
	measure?: number;
	/** Anchor on /plan/ (a3, a4-m1). */
	anchor: string;
	/** The body's wording. */
	body: string;
	/** The annex's wording (the body's where the annex words it the same). */
	annex: string;
	comparison: WordingComparison;
}

export interface UncoveredText {
	clause: string;
	action: string;
	/** The body text that no task's annex wording restates. */
	text: string;
	/** Its offsets in the clause text. */
	start: number;
	end: number;
}

export interface WordingReport {
	tasks: TaskWording[];
	titles: TitleWording[];
	uncovered: UncoveredText[];
}

/** Ranges of `length` characters that none of `spans` covers. */
function gaps(length: number, spans: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
	const out: Array<{ start: number; end: number }> = [];
	let at = 0;
	for (const s of [...spans].sort((a, b) => a.start - b.start)) {
		if (s.start > at) out.push({ start: at, end: s.start });
		at = Math.max(at, s.end);
	}
	if (at < length) out.push({ start: at, end: length });
	return out;
}

export function buildWordingReport(input: { tasks: readonly TaskLike[]; clauses: readonly ClauseLike[]; actions: readonly Action[] }): WordingReport {
	const clauses = new Map(input.clauses.map((c) => [c.id, c]));
	const tasks: TaskWording[] = [...input.tasks]
		.sort((a, b) => a.number - b.number)
		.map((t) => {
			const clause = clauses.get(t.clause);
			if (!clause) throw new Error(`task ${t.number}: no clause "${t.clause}"`);
			const ref = parseAnchor(t.clause);
			if (!ref) throw new Error(`task ${t.number}: "${t.clause}" is not a measure or item anchor`);
			const comparison = compareWithClause(clauseBody(clause), t.text);
			// A cut holds wording where it is more than punctuation, spacing and item numbers (① is numbering: the annex numbers its rows itself).
			const cut = { before: !isMinor(comparison.bodyText.slice(0, comparison.span.start)), after: !isMinor(comparison.bodyText.slice(comparison.span.end)) };
			return { number: t.number, clause: t.clause, action: ref.action, comparison, partial: cut.before || cut.after, cut };
		});

	const titles: TitleWording[] = [];
	for (const a of input.actions) {
		titles.push({ kind: 'action', action: a.id, anchor: anchor.action(a.id), body: a.title, annex: a.annexTitle ?? a.title, comparison: compareWording(a.title, a.annexTitle ?? a.title) });
		a.measures.forEach((m, i) => {
			titles.push({
				kind: 'measure',
				action: a.id,
				measure: i + 1,
				anchor: anchor.measure(a.id, i + 1),
				body: m.title,
				annex: m.annexTitle ?? m.title,
				comparison: compareWording(m.title, m.annexTitle ?? m.title),
			});
		});
	}

	const uncovered: UncoveredText[] = [];
	const byClause = new Map<string, TaskWording[]>();
	for (const t of tasks) byClause.set(t.clause, [...(byClause.get(t.clause) ?? []), t]);
	for (const [id, list] of byClause) {
		const text = list[0]!.comparison.bodyText;
		for (const g of gaps(
			text.length,
			list.map((t) => t.comparison.span),
		)) {
			const piece = text.slice(g.start, g.end);
			if (isMinor(piece)) continue;
			uncovered.push({ clause: id, action: list[0]!.action, text: piece, start: g.start, end: g.end });
		}
	}
	return { tasks, titles, uncovered };
}

/** Pairs of tasks whose body spans overlap (each body sentence should be restated by one row at most). */
export function overlappingSpans(tasks: readonly TaskWording[]): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	for (let i = 0; i < tasks.length; i++) {
		for (let j = i + 1; j < tasks.length; j++) {
			const [a, b] = [tasks[i]!, tasks[j]!];
			if (a.clause !== b.clause) continue;
			if (a.comparison.span.start < b.comparison.span.end && b.comparison.span.start < a.comparison.span.end) out.push([a.number, b.number]);
		}
	}
	return out;
}
