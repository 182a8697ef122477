/**
 * How the site cites a place of the official text, in the words a reader finds on /plan/: a measure
 * or item by its action and measure headings (（四）实施科技人才领跑行动 1. 构建科技人才培养体系。), any
 * other clause by the part of the plan it is in and its own heading (四、保障措施 （二）强化要素保障。).
 * Pure; pages reach it through citationOf(clauseId) in src/plan/data.ts.
 */
import { measureCitation, parseAnchor } from './anchors.ts';

/** What a citation needs of a clause. */
export interface CitableClause {
	id: string;
	kind: string;
	title?: string | undefined;
	level?: number | undefined;
	parent?: string | undefined;
}

/** What a citation needs of an action. */
export interface CitableAction {
	id: string;
	title: string;
	measures: ReadonlyArray<{ title: string }>;
}

/** The part of the plan a clause is in: its action, or else its top section (二、总体目标, 四、保障措施), or else itself. */
export function partOfClause<C extends CitableClause>(id: string, clauses: ReadonlyMap<string, C>): C | undefined {
	let c = clauses.get(id);
	let part = c;
	while (c) {
		if (c.kind === 'action') return c;
		if (c.kind === 'section' && c.level === 3) part = c;
		c = c.parent ? clauses.get(c.parent) : undefined;
	}
	return part;
}

/** The citation of a clause (throws when the clause, its action or its measure is not in the content). */
export function clauseCitation(clauseId: string, actions: readonly CitableAction[], clauses: readonly CitableClause[]): string {
	const ref = parseAnchor(clauseId);
	if (ref) {
		const action = actions.find((a) => a.id === ref.action);
		const measure = action?.measures[ref.measure - 1];
		if (!action || !measure) throw new Error(`no action or measure for clause ${clauseId}`);
		return measureCitation(ref, action.title, measure.title);
	}
	const byId = new Map(clauses.map((c) => [c.id, c]));
	const clause = byId.get(clauseId);
	const part = partOfClause(clauseId, byId);
	if (!clause || !part?.title) throw new Error(`clause ${clauseId} is in no titled part of the plan to cite`);
	return clause.title && clause !== part ? `${part.title} ${clause.title}` : part.title;
}
