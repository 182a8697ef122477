/**
 * A controlled vocabulary: one list of terms, each with the key the content and URLs use, the label a
 * reader sees and a note on what it means. The schema's enum, the labels on pages and the notes of
 * the open-data field descriptions are all derived from the one list.
 */
export interface Term<K extends string = string> {
	/** What code and URLs use (content/ writes the key, or the label where its schema says so). */
	readonly key: K;
	/** What a reader sees. */
	readonly label: string;
	/** One line on what the term means, for pages and the open-data notes; absent where the label says it all. */
	readonly note?: string;
}

/**
 * What a vocabulary is written as: `[…] as const satisfies Vocabulary` (plain data, no call, so that
 * browser scripts can import it as it is). Its terms may carry more than key, label and note.
 */
export type Vocabulary = readonly [Term & { readonly [more: string]: unknown }, ...(Term & { readonly [more: string]: unknown })[]];

type Keys<L extends readonly Term[]> = L[number]['key'];
type Labels<L extends readonly Term[]> = L[number]['label'];

/** The keys of a vocabulary, in its order, typed for z.enum. */
export const keysOf = <L extends readonly [Term, ...Term[]]>(terms: L): [Keys<L>, ...Keys<L>[]] => terms.map((t) => t.key) as [Keys<L>, ...Keys<L>[]];

/** The labels of a vocabulary, in its order, typed for z.enum (where content/ writes the labels). */
export const labelsOf = <L extends readonly [Term, ...Term[]]>(terms: L): [Labels<L>, ...Labels<L>[]] => terms.map((t) => t.label) as [Labels<L>, ...Labels<L>[]];

/** key → what `pick` takes of each term (e.g. its label). */
export const mapOf = <L extends readonly Term[], V>(terms: L, pick: (t: L[number]) => V): Record<Keys<L>, V> => Object.fromEntries(terms.map((t) => [t.key, pick(t)])) as Record<Keys<L>, V>;

/** The keys with their labels, for an open-data note: "level 总量目标、growth 年均增长". */
export const keyLabelList = (terms: readonly Term[]): string => terms.map((t) => `${t.key} ${t.label}`).join('、');
