/**
 * The 科普 hub's selection of official text: whole annex rows, and excerpts cut from an annex row at
 * sentence boundaries. Every excerpt is a slice of the official text, never retyped: `from` only
 * locates where the excerpt starts.
 */

/** The commitments the hub quotes in full (annex rows). */
export const kepuTasks = [29, 35] as const;

/** Related sentences of other rows: the row, and the words the excerpt starts with. */
export const kepuExcerpts = [
	{ task: 26, from: '每年组织一次' },
	{ task: 31, from: '支持科技行业龙头企业' },
] as const;

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
