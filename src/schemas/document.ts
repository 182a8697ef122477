import { z } from 'astro/zod';

/** Metadata of the published document (content/document.yaml), as printed on it. */
export const documentSchema = z.strictObject({
	/** The plan's title. */
	title: z.string().min(1),
	/** 发文字号. */
	number: z.string().min(1),
	/** 发文机关, in the order printed. */
	issuers: z.array(z.string().min(1)).min(1),
	/** 成文日期 as a date (YAML date or YYYY-MM-DD). */
	date: z.coerce.date(),
	/** 成文日期 as printed. */
	dateText: z.string().min(1),
	/** 文件依据: the document this plan implements. */
	basis: z.string().min(1),
	/** First and last year of the plan period. */
	periodStart: z.int(),
	periodEnd: z.int(),
	/** How many rows (tasks) the annex 重点任务分解表 has; every number from 1 to it must be present. */
	taskCount: z.int().min(1),
	/** The annex's own title, as printed above the table. */
	annexTitle: z.string().min(1),
});

export type DocumentMeta = z.infer<typeof documentSchema>;
