/**
 * The one loop every content list goes through: the parsed file must be a list (or, for keyed files
 * such as departments.yaml, a mapping); each entry gets its label (`task 5`, or `entry 3` when it has
 * no usable id), is checked by its schema, and its key must be unique; then the file's own checks run
 * on it in the same pass, so that each entry's problems stay together, in the order of the file.
 * Every problem names the file, the entry and the field. Pure: the caller reads and parses the file.
 */
import type { z } from 'astro/zod';
import { isRecord, schemaProblems, type ContentProblem } from './problems.ts';

/** One checked entry of a list, with the label its problems carry and its place in the file (0-based). */
export interface ListEntry<T> {
	value: T;
	label: string;
	index: number;
}

/** Reports a problem of the current entry: `field` (or undefined for the whole entry) and its message. */
export type EntryProblem = (field: string | undefined, message: string) => void;

export interface ListOptions<T, U> {
	/** What the file holds, for "must be a list of …" (e.g. `tasks`). */
	kind: string;
	/** The entry's label from its raw value (e.g. `task 5`), or undefined for `entry N`. */
	label: (raw: Record<string, unknown>) => string | undefined;
	/** The key each entry must have alone, and the message for a repeat (`first`, the entry that last had the key, and `index` count from 1). */
	unique?: { field: string; key: (value: T) => unknown; message: (value: T, first: number, index: number) => string };
	/** Where the repeats are reported: with the entries (default), or in a later stage of the caller's. */
	repeats?: ContentProblem[];
	/** An empty file (null) is an empty list rather than a problem. */
	emptyIsList?: boolean;
	/**
	 * The file's own checks of one valid entry, run in the same pass; returns what the list keeps
	 * (undefined drops the entry); `repeated` says that its key was reported as a repeat. Without it the
	 * entry is kept as the schema gives it.
	 */
	check?: (entry: ListEntry<T>, problem: EntryProblem, repeated: boolean) => U | undefined;
}

export interface ListResult<U> {
	entries: Array<ListEntry<U>>;
	problems: ContentProblem[];
}

/** `entry N` (N from 1): the label of an entry without a usable id. */
export const entryLabel = (index: number): string => `entry ${index + 1}`;

/** One entry against its schema: its value and a way to report its problems, or undefined (its schema problems reported). */
function parseEntry<S extends z.ZodType>(schema: S, item: unknown, file: string, label: string, problems: ContentProblem[]): { value: z.output<S>; problem: EntryProblem } | undefined {
	const result = schema.safeParse(item);
	if (!result.success) {
		problems.push(...schemaProblems(result.error.issues, file, label));
		return undefined;
	}
	const problem: EntryProblem = (field, message) => problems.push({ file, entry: label, ...(field ? { field } : {}), message });
	return { value: result.data as z.output<S>, problem };
}

/**
 * Checks a parsed list file entry by entry. `raw` undefined (a file not read, already reported) gives no
 * entries and no problem; anything but a list gives one problem for the whole file.
 */
export function readList<S extends z.ZodType, U = z.output<S>>(raw: unknown, file: string, schema: S, opts: ListOptions<z.output<S>, U>): ListResult<U> {
	const problems: ContentProblem[] = [];
	const entries: Array<ListEntry<U>> = [];
	if (raw === undefined || (raw === null && opts.emptyIsList)) return { entries, problems };
	if (!Array.isArray(raw)) {
		problems.push({ file, message: `must be a list of ${opts.kind}` });
		return { entries, problems };
	}
	const seen = new Map<unknown, number>();
	raw.forEach((item, index) => {
		const label = (isRecord(item) ? opts.label(item) : undefined) ?? entryLabel(index);
		const parsed = parseEntry(schema, item, file, label, problems);
		if (!parsed) return;
		const { value, problem } = parsed;
		let repeated = false;
		if (opts.unique) {
			const { field, key, message } = opts.unique;
			const k = key(value);
			const first = seen.get(k); // the entry that last had this key
			repeated = first !== undefined;
			if (first !== undefined) (opts.repeats ?? problems).push({ file, entry: label, field, message: message(value, first + 1, index + 1) });
			seen.set(k, index);
		}
		const kept = opts.check ? opts.check({ value, label, index }, problem, repeated) : (value as unknown as U);
		if (kept !== undefined) entries.push({ value: kept, label, index });
	});
	return { entries, problems };
}

export interface MapOptions<T, U> {
	/** What the mapping holds, for "must be a mapping of …" (e.g. `department name to { kind }`). */
	kind: string;
	/** The file's own checks of one valid entry (labelled by its key), as for readList. */
	check?: (entry: ListEntry<T>, problem: EntryProblem) => U | undefined;
}

/**
 * Checks a parsed keyed file (name: { … }) entry by entry, each labelled by its key. `raw` undefined (a
 * file not read, already reported) gives no entries; anything but a mapping gives one problem.
 */
export function readMap<S extends z.ZodType, U = z.output<S>>(raw: unknown, file: string, schema: S, opts: MapOptions<z.output<S>, U>): ListResult<U> {
	const problems: ContentProblem[] = [];
	const entries: Array<ListEntry<U>> = [];
	if (raw === undefined) return { entries, problems };
	if (!isRecord(raw)) {
		problems.push({ file, message: `must be a mapping of ${opts.kind}` });
		return { entries, problems };
	}
	Object.entries(raw).forEach(([label, item], index) => {
		const parsed = parseEntry(schema, item, file, label, problems);
		if (!parsed) return;
		const { value, problem } = parsed;
		const kept = opts.check ? opts.check({ value, label, index }, problem) : (value as unknown as U);
		if (kept !== undefined) entries.push({ value: kept, label, index });
	});
	return { entries, problems };
}

/** Checks a parsed file that holds one object (site.yaml, document.yaml): its problems name the file and the field. */
export function readObject<S extends z.ZodType>(raw: unknown, file: string, schema: S): { value: z.output<S> | undefined; problems: ContentProblem[] } {
	const result = schema.safeParse(raw);
	if (result.success) return { value: result.data as z.output<S>, problems: [] };
	return { value: undefined, problems: schemaProblems(result.error.issues, file, undefined) };
}
