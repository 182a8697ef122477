/**
 * The 科普 hub's selection of official text (content/site.yaml › kepu): whole annex rows, and excerpts
 * cut from an annex row at sentence boundaries. Every excerpt is a slice of the official text, never
 * retyped: `from` only locates where the excerpt starts. Pure: the check and the cutting take the rows.
 */
import type { KepuSelection } from '../schemas/site.ts';
import type { ContentProblem } from '../content-reader/problems.ts';

/** The rows the hub quotes in full: 科技政策宣传 first, then 全民科普. */
export function kepuTasks(selection: KepuSelection): [number, number] {
	return [selection.publicity, selection.popularisation];
}

/** Every row the hub quotes, in full or in part. */
export function kepuTaskNumbers(selection: KepuSelection): Set<number> {
	return new Set([...kepuTasks(selection), ...selection.excerpts.map((e) => e.task)]);
}

/**
 * What is wrong with the selection, against the annex rows: a row that does not exist, or an excerpt's
 * start that is not in its row, is repeated there or does not start a clause. Problems name
 * `file › kepu › field`.
 */
export function kepuSelectionProblems(selection: KepuSelection, tasks: ReadonlyArray<{ number: number; text: string }>, file: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const rows = new Map(tasks.map((t) => [t.number, t.text]));
	const row = (n: number, field: string) => {
		const text = rows.get(n);
		if (text === undefined) problems.push({ file, entry: 'kepu', field, message: `there is no task ${n} in tasks.yaml` });
		return text;
	};
	const cut = (text: string | undefined, from: string, field: string) => {
		if (text === undefined) return;
		try {
			excerptFrom(text, from);
		} catch (e) {
			problems.push({ file, entry: 'kepu', field, message: (e as Error).message.replace(/^excerpt: /, '') });
		}
	};
	cut(row(selection.publicity, 'publicity'), selection.publicityFrom, 'publicityFrom');
	row(selection.popularisation, 'popularisation');
	selection.excerpts.forEach((e, i) => cut(row(e.task, `excerpts[${i}].task`), e.from, `excerpts[${i}].from`));
	return problems;
}

/** For each action, the range of annex rows under it: first and last number and how many. */
export function taskRanges<A extends { id: string }>(
	actions: readonly A[],
	tasks: ReadonlyArray<{ number: number; action: string }>,
): Array<{ action: A; first: number; last: number; count: number }> {
	return actions.map((action) => {
		const numbers = tasks.filter((t) => t.action === action.id).map((t) => t.number);
		if (numbers.length === 0) throw new Error(`action ${action.id} has no tasks`);
		return { action, first: Math.min(...numbers), last: Math.max(...numbers), count: numbers.length };
	});
}

export interface Excerpt {
	/** The quoted words, an exact substring of the text (less a final ；, replaced by the ellipsis). */
	text: string;
	/** Whether the text goes on before and after the excerpt (shown as ……). */
	cutBefore: boolean;
	cutAfter: boolean;
}

/**
 * The sentence of `text` that starts with `from`, up to and including its 。, or up to its ； (which
 * is dropped, since the text goes on). `from` must start a clause: at the start of the text or after
 * ，；。 so that an excerpt never begins mid-phrase.
 */
export function excerptFrom(text: string, from: string): Excerpt {
	const start = text.indexOf(from);
	if (start < 0) throw new Error(`excerpt: "${from}" does not occur in the text`);
	if (text.indexOf(from, start + 1) >= 0) throw new Error(`excerpt: "${from}" occurs more than once in the text`);
	if (start > 0 && !/[，；。]/.test(text[start - 1]!)) throw new Error(`excerpt: "${from}" does not start a clause`);
	const rest = text.slice(start);
	const end = rest.search(/[。；]/);
	const sentence = end >= 0 ? rest.slice(0, end + 1) : rest;
	const cutAfter = start + sentence.length < text.length;
	return { text: cutAfter ? sentence.replace(/[；。]$/, '') : sentence, cutBefore: start > 0, cutAfter };
}

/** The names an official text puts in quotation marks (“科普日”), in order. */
export function quotedNames(text: string): string[] {
	return [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
}

/**
 * The outreach the annex names in a text: where to go (“进企业、进社区、进楼宇”: names joined by 、)
 * and which recurring events to hold (the other quoted names).
 */
export function namedOutreach(text: string): { venues: string[]; events: string[] } {
	const names = quotedNames(text);
	return {
		venues: names.filter((n) => n.includes('、')).flatMap((n) => n.split('、')),
		events: names.filter((n) => !n.includes('、')),
	};
}
