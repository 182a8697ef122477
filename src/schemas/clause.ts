import { z } from 'astro/zod';

/** What an anchored part of the official text is (see src/plan/clauses.ts, which reads them from the MDX). */
export const clauseKinds = ['section', 'clause', 'paragraph', 'action', 'measure', 'item'] as const;
export type ClauseKind = (typeof clauseKinds)[number];

/** One entry of the clauses collection: an anchored part of the official text, with its place in reading order. */
export const clauseSchema = z.object({
	id: z.string(),
	/** Position in reading order, from 0 (collections are unordered). */
	order: z.number(),
	kind: z.enum(clauseKinds),
	title: z.string().optional(),
	level: z.number().optional(),
	paragraphs: z.array(z.string()),
	parent: z.string().optional(),
	file: z.string(),
});
