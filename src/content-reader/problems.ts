/** One problem found in the content, located by file, entry and field. */
export interface ContentProblem {
	/** Path of the file, relative to the project root. */
	file: string;
	/** The entry inside the file (e.g. `task 12`), or undefined for the whole file. */
	entry?: string;
	/** The field inside the entry (e.g. `units[1]`), or undefined for the whole entry. */
	field?: string;
	message: string;
}

/** Formats a problem as `file › entry › field: message`. */
export function formatProblem(p: ContentProblem): string {
	return [p.file, p.entry, p.field].filter(Boolean).join(' › ') + ': ' + p.message;
}

/** Thrown by the loaders; its message lists every problem so that an editor can fix them all at once. */
export class ContentError extends Error {
	readonly problems: ContentProblem[];
	constructor(problems: ContentProblem[]) {
		super(`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` + problems.map((p) => '  - ' + formatProblem(p)).join('\n'));
		this.name = 'ContentError';
		this.problems = problems;
		// The stack would point into the loader, not at the content: the message is the whole report (and
		// with no stack Astro prints no empty "Stack trace:" under it).
		this.stack = '';
	}

	/**
	 * Astro adds a hint about browser APIs to any error whose toString() mentions "document" or "window"
	 * (content/document.yaml, plan/document.mdx): nothing here is about them, so the summary avoids the words.
	 */
	override toString(): string {
		return `${this.name}: invalid content (${this.problems.length} problem${this.problems.length === 1 ? '' : 's'})`;
	}
}

/** Throws a ContentError if there is any problem. */
export function assertNoProblems(problems: ContentProblem[]): void {
	if (problems.length > 0) throw new ContentError(problems);
}

/** Renders a zod issue path (['units', 1]) as `units[1]`. */
export function fieldPath(path: readonly PropertyKey[]): string | undefined {
	let out = '';
	for (const part of path) {
		if (typeof part === 'number') out += `[${part}]`;
		else out += (out ? '.' : '') + String(part);
	}
	return out || undefined;
}

/** Whether a parsed YAML value is a mapping (not null, not a list). */
export function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A schema's issues as problems of one entry (or of the whole file where `entry` is undefined), each with its field path. */
export function schemaProblems(issues: ReadonlyArray<{ readonly path: readonly PropertyKey[]; readonly message: string }>, file: string, entry: string | undefined): ContentProblem[] {
	return issues.map((issue) => {
		const field = fieldPath(issue.path);
		return { file, ...(entry ? { entry } : {}), ...(field ? { field } : {}), message: issue.message };
	});
}
