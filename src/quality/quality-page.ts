/**
 * The view of /data/quality/: counts and cross-reference checks over the content, computed at build time.
 * To report on a new collection, add its builder to src/quality/quality.ts and one entry to `sections`.
 */
import { getActions, getDepartments, getTasks } from '../tasks/data.ts';
import { getClauses, getDocument } from '../plan/data.ts';
import { getWordingReport } from './data.ts';
import { clausesSection, departmentsSection, failedChecks, tasksSection, wordingSection, type QualitySection } from './quality.ts';

export async function qualityPage() {
	const [tasks, departments, clauses, actions, doc, wording] = await Promise.all([getTasks(), getDepartments(), getClauses(), getActions(), getDocument(), getWordingReport()]);
	const input = {
		tasks: tasks.map((t) => t.data),
		taskCount: doc.taskCount,
		departments: departments.map((d) => d.data),
		clauses: clauses.map((c) => c.data),
		actions: actions.map((a) => a.data),
		wording,
	};
	const sections: QualitySection[] = [tasksSection(input), departmentsSection(input), clausesSection(input), wordingSection(input)];
	return { sections, failed: failedChecks(sections), checkCount: sections.reduce((n, s) => n + s.checks.length, 0) };
}
