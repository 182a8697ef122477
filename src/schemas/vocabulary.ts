import { z } from 'astro/zod';

/** A word or short phrase: no spaces, at least one letter or digit. */
const word = (what: string) =>
	z
		.string({ error: `${what} must be a word (text)` })
		.trim()
		.min(1, { error: `${what} must not be empty` })
		.regex(/^[^\s|]+$/u, { error: `${what} must be one word, without spaces or "|"` })
		.regex(/[\p{L}\p{N}]/u, { error: `${what} must contain a letter or a digit` });

/**
 * One group of content/vocabulary.yaml (常用说法对照): the words people type for one meaning, and the
 * words the plan uses for it. The loader (src/search/vocabulary-check.ts) checks the words against the
 * official text and against the other groups.
 */
export const vocabularyGroupSchema = z.strictObject({
	/** Stable ASCII id (lower case, digits, hyphens); the glossary's anchor /glossary/#<id>. */
	id: z.string({ error: 'id is required' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'id must be lowercase ASCII letters, digits and hyphens' }),
	/** What people type: abbreviations, colloquial words, question phrasing. None occurs in the official text. */
	everyday: z.array(word('an everyday word'), { error: 'everyday must be a list of words' }).min(1, { error: 'list at least one everyday word' }),
	/** The plan's own words for it, each copied exactly from the official text (body or annex). */
	plan: z.array(word('a plan word'), { error: 'plan must be a list of words from the official text' }).min(1, { error: 'list at least one word of the plan' }),
	/** Where the match is loose: one sentence saying what the plan does and does not say (shown on /glossary/). */
	note: z.string().trim().min(1, { error: 'note must not be empty (leave it out instead)' }).optional(),
	/** Words that narrow a search without naming a subject (补贴, 政策): dropped first when nothing contains every word. */
	broad: z.boolean({ error: 'broad must be true or false' }).default(false),
});

/** content/vocabulary.yaml as a whole. */
export const vocabularySchema = z.strictObject({
	/** Question words that name no subject (多少钱, 怎么, 申请): left out of the words every result must contain. */
	fillers: z.array(word('a filler'), { error: 'fillers must be a list of words' }).default([]),
	/** The groups, in the order /glossary/ shows them. */
	groups: z.array(z.unknown(), { error: 'groups must be a list' }).min(1, { error: 'list at least one group' }),
});

export type VocabularyGroup = z.output<typeof vocabularyGroupSchema>;

/** The checked vocabulary (what the collection and the search page get). */
export interface Vocabulary {
	fillers: string[];
	groups: VocabularyGroup[];
}
