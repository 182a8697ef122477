import { z } from 'astro/zod';
import { keysOf, mapOf, type Vocabulary } from './terms.ts';

/** What each kind of target needs. `number`: value, unit and comparator; `percent`: the unit is %. */
interface KindRule {
	number: boolean;
	percent?: boolean;
	comparator?: readonly Comparator[];
	year: 'required' | 'optional' | 'none';
	frequency: boolean;
}

/** How the text relates the figure to the result: 以上/达到 (>=), 超过/突破 (>), a plain figure (=), a range such as 1—2. */
export const comparators = ['>=', '>', '=', 'range'] as const;
export type Comparator = (typeof comparators)[number];

/** How often a recurring duty comes round. Only 每年 occurs in the plan. */
export const frequencies = ['annual'] as const;

/**
 * The kinds of quantified or dated commitment the plan makes, in the order /targets/ lists them.
 * They differ in shape, so each kind says which of value / unit / comparator / year / frequency it
 * needs (see targetInputSchema); `label` and `note` are what /targets/ and /data/ say of it.
 */
export const targetKindTerms = [
	/** A level or amount to reach: 全区高新技术企业达 500 家以上. */
	{ key: 'level', label: '总量目标', note: '到期应达到的总量或金额。', rule: { number: true, year: 'optional', frequency: false } },
	/** An annual growth rate: 年均增长 12%以上. */
	{ key: 'growth', label: '年均增长', note: '每年平均的增长速度。', rule: { number: true, percent: true, year: 'optional', frequency: false } },
	/** A count of new things over the period: 新增市级以上科技创新平台 25 家. */
	{ key: 'count', label: '新增数量', note: '实施期内新增、引进或推出的数量。', rule: { number: true, year: 'optional', frequency: false } },
	/** A share in per cent: 科协覆盖率达到100%. */
	{ key: 'percentage', label: '百分比', note: '以百分比表示的比例。', rule: { number: true, percent: true, year: 'optional', frequency: false } },
	/** A comparison with the city average, with no figure: 超过全市平均水平. */
	{ key: 'city-average', label: '与全市平均水平比较', note: '要求超过长沙市平均水平，方案未给出具体数值。', rule: { number: false, comparator: ['>'], year: 'optional', frequency: false } },
	/** Something to be done by a date: 2022年上半年启动报建手续. */
	{ key: 'milestone', label: '时间节点', note: '在规定时间完成的事项。', rule: { number: false, year: 'required', frequency: false } },
	/** A duty that comes round: 每年组织一次……评选活动. */
	{ key: 'recurring', label: '定期工作', note: '每年都要做的工作。', rule: { number: false, year: 'none', frequency: true } },
] as const satisfies Vocabulary;

export const targetKinds = keysOf(targetKindTerms);
export type TargetKind = (typeof targetKinds)[number];

/** What each kind needs (see KindRule). */
export const kindRules: Record<TargetKind, KindRule> = mapOf(targetKindTerms, (k) => k.rule);

/** Where a reported value comes from. Every field is required: a figure without a named source is not published. */
export const progressSourceSchema = z.strictObject(
	{
		/** Title of the publication that reports the value. */
		title: z.string({ error: 'title is required: name the publication' }).min(1, { error: 'title must not be empty' }),
		/** Who published it, e.g. 长沙市开福区统计局. */
		publisher: z.string({ error: 'publisher is required' }).min(1, { error: 'publisher must not be empty' }),
		/** Date of publication, YYYY-MM-DD. */
		date: z.iso.date({ error: 'date must be a date written YYYY-MM-DD' }),
		/** Where the publication can be read: an https URL. */
		url: z.url({ protocol: /^https$/, error: 'url must be the https address of the publication' }),
	},
	{ error: (iss) => (iss.input === undefined ? 'every reported value needs its source (title, publisher, date, url)' : 'source must be an object with title, publisher, date and url') },
);

/** One value reported for a year, with its source. */
export const progressSchema = z.strictObject({
	/** The year the value is for. */
	year: z.int({ error: 'year must be a whole number such as 2022' }),
	/** The value, in the target's unit. */
	value: z.number({ error: 'value must be a number' }),
	/** The publication that reports it (required). */
	source: progressSourceSchema,
});

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** One entry of content/targets.yaml: a quantified or dated commitment of the official text. */
export const targetInputSchema = z
	.strictObject({
		/** ASCII id, used in the URL /targets/<id>/. */
		id: z.string({ error: 'id is required' }).regex(idPattern, { error: 'id must be lowercase ASCII letters, digits and hyphens, e.g. rd-spending-growth' }),
		/**
		 * A short name made only of words of the clause: one run of the text, or runs joined by …… in
		 * the order they appear (the build checks this), so the label never rewords the plan.
		 */
		title: z.string({ error: 'title is required' }).min(1, { error: 'title must not be empty' }),
		/** What kind of commitment this is (see kindRules). */
		kind: z.enum(targetKinds, { error: `kind must be one of ${targetKinds.join(', ')}` }),
		/** Anchor on /plan/ of the clause that states the commitment, e.g. goals-main or a2-m1. */
		clause: z.string({ error: 'clause is required' }).regex(idPattern, { error: 'clause must be an anchor id such as goals-main or a1-m1-i2' }),
		/**
		 * The exact words of the clause that state the commitment (spaces aside), occurring once in it.
		 * It locates the sentence shown on the site; the site shows the clause's own text, never this copy.
		 */
		quote: z.string({ error: 'quote is required' }).min(1, { error: 'quote must not be empty' }),
		/** The figure, as the text writes it (500 for 500 家); null for kinds without one. */
		value: z.number({ error: 'value must be a number or null' }).nullable().default(null),
		/** The upper end of a range (2 for 1—2 条); only with comparator: range. */
		valueMax: z.number({ error: 'valueMax must be a number' }).optional(),
		/** The unit as the text writes it right after the figure: 家, 亿元, %, 万平米, 人. */
		unit: z.string({ error: 'unit must be text or null' }).min(1, { error: 'unit must not be empty (use null)' }).nullable().default(null),
		/** How the figure binds (see comparators); null for kinds without one. */
		comparator: z
			.enum(comparators, { error: `comparator must be one of ${comparators.join(', ')} or null` })
			.nullable()
			.default(null),
		/** The year the text sets for it (到 2023 年, 2023 年前, 2021 年…); null where the text sets none. */
		year: z.int({ error: 'year must be a whole number such as 2023, or null' }).nullable().default(null),
		/** True where the text says 上半年 (first half of the year). */
		firstHalf: z.boolean({ error: 'firstHalf must be true or false' }).default(false),
		/** True where the year the text sets is a bound, 2023 年前 (by, not in, 2023): shown as 2023 年前. */
		before: z.boolean({ error: 'before must be true or false' }).default(false),
		/**
		 * True where the words of the commitment say 争取, 争创 or 力争 (in its own part of the sentence, or
		 * in the year that frames it: 力争到 2023 年). Such a target is shown as 争取目标, never as a firm
		 * deadline or 按期完成. The build checks it against the text both ways.
		 */
		strive: z.boolean({ error: 'strive must be true or false' }).default(false),
		/** For recurring duties: how often (annual = 每年). */
		frequency: z.enum(frequencies, { error: `frequency must be one of ${frequencies.join(', ')}` }).optional(),
		/** Numbers of the annex tasks that carry it; the owners are their 牵头单位 (derived, not typed). */
		tasks: z.array(z.int({ error: 'tasks must be task numbers' }), { error: 'tasks must be a list of task numbers' }).default([]),
		/** Values reported by year, each with its source. Empty until a public source reports one. */
		progress: z.array(progressSchema, { error: 'progress must be a list' }).default([]),
	})
	.superRefine((t, ctx) => {
		const rule = kindRules[t.kind];
		if (!rule) return;
		const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
		if (rule.number) {
			if (t.value === null) issue('value', `a ${t.kind} target needs a number`);
			if (t.unit === null) issue('unit', `a ${t.kind} target needs a unit`);
			else if (rule.percent && t.unit !== '%') issue('unit', `a ${t.kind} target is in per cent: unit must be %`);
			if (t.comparator === null) issue('comparator', `a ${t.kind} target needs a comparator (${comparators.join(', ')})`);
		} else {
			if (t.value !== null) issue('value', `a ${t.kind} target has no number: leave value out`);
			if (t.unit !== null) issue('unit', `a ${t.kind} target has no unit: leave unit out`);
			if (!rule.comparator && t.comparator !== null) issue('comparator', `a ${t.kind} target has no comparator: leave it out`);
			if (rule.comparator && (t.comparator === null || !rule.comparator.includes(t.comparator))) issue('comparator', `a ${t.kind} target needs comparator ${rule.comparator.join(' or ')}`);
			if (t.progress.length > 0) issue('progress', `a ${t.kind} target has no figure to report progress on`);
		}
		if (t.comparator === 'range') {
			if (t.valueMax === undefined) issue('valueMax', 'a range needs valueMax (the upper end)');
			else if (t.value !== null && t.valueMax <= t.value) issue('valueMax', 'valueMax must be greater than value');
		} else if (t.valueMax !== undefined) issue('valueMax', 'valueMax is only for comparator: range');
		if (rule.year === 'required' && t.year === null) issue('year', `a ${t.kind} needs the year the text sets`);
		if (rule.year === 'none' && t.year !== null) issue('year', `a ${t.kind} duty has no deadline year`);
		if (t.firstHalf && t.year === null) issue('firstHalf', 'firstHalf needs a year');
		if (t.before && t.year === null) issue('before', 'before needs a year');
		if (rule.frequency && !t.frequency) issue('frequency', `a ${t.kind} duty needs a frequency (${frequencies.join(', ')})`);
		if (!rule.frequency && t.frequency) issue('frequency', `only recurring duties have a frequency`);
		const years = new Set<number>();
		t.progress.forEach((p, i) => {
			if (years.has(p.year)) ctx.addIssue({ code: 'custom', path: ['progress', i, 'year'], message: `two values for ${p.year}` });
			years.add(p.year);
		});
	});

/** What the build derives for each target from the text and the annex (also published as open data). */
export const targetDerivedShape = {
	/** The action the clause belongs to ("1"…"5"), or null for 总体目标 and 保障措施. */
	action: z.string().nullable(),
	/** 牵头单位 of the tasks, in task order, without repeats (empty where the annex assigns none). */
	owners: z.array(z.string()),
	/** The sentence of the clause that holds the quote, as the official text writes it. */
	sentence: z.string(),
	/** The words of the sentence that set the year (到2023年, 2023年前, 2021年), spaces removed; null where it sets none. */
	yearWords: z.string().nullable(),
	/** The words that make it a 争取目标 (争取, 争创, 力争), as the sentence writes them; null for a firm commitment. */
	striveWords: z.string().nullable(),
};

/** A target as stored in the collection: the input plus its position and what the build derives. */
export const targetSchema = targetInputSchema.safeExtend({
	/** Position in content/targets.yaml, for a stable order. */
	order: z.int(),
	...targetDerivedShape,
});

export type TargetInput = z.infer<typeof targetInputSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Progress = z.infer<typeof progressSchema>;
