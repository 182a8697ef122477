/**
 * The wording report of the built site, computed once per build from the collections
 * (see src/quality/wording-report.ts for the logic). In development it is recomputed on each request,
 * so that edited content shows at once.
 */
import { getActions, getTasks } from '../tasks/data.ts';
import { getClauses } from '../plan/data.ts';
import { oncePerBuild } from '../common/once-per-build.ts';
import { buildWordingReport, type WordingReport } from './wording-report.ts';

async function compute(): Promise<WordingReport> {
	const [tasks, clauses, actions] = await Promise.all([getTasks(), getClauses(), getActions()]);
	return buildWordingReport({ tasks: tasks.map((t) => t.data), clauses: clauses.map((c) => c.data), actions: actions.map((a) => a.data) });
}

export const getWordingReport: () => Promise<WordingReport> = oncePerBuild(compute);
