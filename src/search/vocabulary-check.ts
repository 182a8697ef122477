/**
 * Checks content/vocabulary.yaml (常用说法对照) against the official text: every plan word occurs in
 * it (body or annex); no everyday word or filler does (a word the plan uses is searched as it is);
 * no everyday word is in two groups or is also a filler; ids are unique. Problems name the file,
 * the entry (`group <id>`) and the field (`everyday[2]`), like every other content problem.
 */
import type { Clause } from '../plan/clauses.ts';
import type { ContentProblem } from '../content-reader/problems.ts';
import { readList, readObject } from '../content-reader/list.ts';
import { withoutSpace } from '../common/text.ts';
import { vocabularyGroupSchema, vocabularySchema, type Vocabulary } from '../schemas/vocabulary.ts';

/** The official text in one string per place, spaces dropped: each clause (title and paragraphs) and each annex row (text and units). */
export interface OfficialPlace {
	/** Where the text is read: /plan/#<clause id> or /tasks/<n>/. */
	url: string;
	text: string;
}

/** The places of the official text: the body's clauses (their own paragraphs and title) and the annex rows. */
export function officialPlaces(clauses: readonly Clause[], tasks: ReadonlyArray<{ number: number; text: string; lead?: string; units?: readonly string[] }>): OfficialPlace[] {
	return [
		...clauses.map((c) => ({ url: `/plan/#${c.id}`, text: withoutSpace([c.title ?? '', ...c.paragraphs].join('\n')) })),
		...tasks.map((t) => ({ url: `/tasks/${t.number}/`, text: withoutSpace([t.text, t.lead ?? '', ...(t.units ?? [])].join('\n')) })),
	];
}

/** Whether a word occurs in the official text (ASCII compared without case). */
function occurs(places: readonly OfficialPlace[], word: string): boolean {
	const w = withoutSpace(word).toLocaleLowerCase();
	return places.some((p) => p.text.toLocaleLowerCase().includes(w));
}

export function checkVocabulary(
	raw: unknown,
	file: string,
	official: { clauses: readonly Clause[]; tasks: ReadonlyArray<{ number: number; text: string; lead?: string; units?: readonly string[] }> },
): { vocabulary: Vocabulary; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const empty: Vocabulary = { fillers: [], groups: [] };
	if (raw === undefined) return { vocabulary: empty, problems };
	const top = readObject(raw, file, vocabularySchema);
	if (!top.value) return { vocabulary: empty, problems: top.problems };
	const places = officialPlaces(official.clauses, official.tasks);
	const fillers = top.value.fillers;
	/** Everyday word (lower case) → where it is already used. */
	const seen = new Map<string, string>();
	fillers.forEach((f, i) => {
		const key = f.toLocaleLowerCase();
		if (occurs(places, f)) problems.push({ file, field: `fillers[${i}]`, message: `"${f}" occurs in the official text; a word the plan uses must not be left out of searches` });
		const other = seen.get(key);
		if (other) problems.push({ file, field: `fillers[${i}]`, message: `"${f}" is listed twice (also ${other})` });
		seen.set(key, `fillers[${i}]`);
	});

	const groups = readList(top.value.groups, file, vocabularyGroupSchema, {
		kind: 'groups',
		label: (r) => (typeof r.id === 'string' ? `group ${r.id}` : undefined),
		unique: { field: 'id', key: (g) => g.id, message: (g, first) => `duplicate id "${g.id}" (also entry ${first})` },
		check: ({ value: g, label: entry }, problem) => {
			g.plan.forEach((w, k) => {
				if (!occurs(places, w)) problem(`plan[${k}]`, `"${w}" does not occur in the official text (content/plan/ and the annex in content/tasks.yaml); copy the plan's words exactly`);
				if (g.plan.indexOf(w) !== k) problem(`plan[${k}]`, `"${w}" is listed twice`);
			});
			g.everyday.forEach((w, k) => {
				const key = w.toLocaleLowerCase();
				if (occurs(places, w)) problem(`everyday[${k}]`, `"${w}" occurs in the official text: it is a word of the plan, which search finds as it is (list it under plan, or drop it)`);
				const other = seen.get(key);
				if (other) problem(`everyday[${k}]`, `"${w}" is already in ${other}; an everyday word belongs to one group only`);
				seen.set(key, `${entry} › everyday[${k}]`);
			});
			return g;
		},
	});
	problems.push(...groups.problems);
	return { vocabulary: { fillers, groups: groups.entries.map((e) => e.value) }, problems };
}
