/**
 * How the plan numbers its parts. One place for the numbering the text uses, so that the
 * rendered headings, the clause index and the tests agree.
 */

const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const circled = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 35 → 三十五 (1–99; a longer plan, as in the scale benchmark, needs past 十). */
export function chineseNumeral(n: number): string {
	if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no Chinese numeral for ${n}`);
	if (n <= 10) return numerals[n - 1]!;
	const tens = Math.floor(n / 10);
	const ones = n % 10;
	return `${tens > 1 ? numerals[tens - 1] : ''}十${ones ? numerals[ones - 1] : ''}`;
}

/** 1 → ①. */
export function circledNumber(n: number): string {
	const s = circled[n - 1];
	if (!s) throw new RangeError(`no circled number for ${n}`);
	return s;
}

/** The heading of an action as the body prints it: （一）实施…行动. */
export function actionHeading(actionId: string, title: string): string {
	return `（${chineseNumeral(Number(actionId))}）${title}`;
}

/** The run-in heading of a measure as the body prints it: 1. 推进“四大”重点工程。 */
export function measureHeading(n: number, title: string): string {
	return `${n}. ${title}。`;
}

/** Anchor ids on /plan/: a{action}, a{action}-m{measure}, a{action}-m{measure}-i{item}. */
export const anchor = {
	action: (a: string | number) => `a${a}`,
	measure: (a: string | number, m: number) => `a${a}-m${m}`,
	item: (a: string | number, m: number, i: number) => `a${a}-m${m}-i${i}`,
};

/** Parses a measure or item anchor (a1-m2, a1-m2-i3). */
/**
 * How a measure or item is cited, as a reader finds it on /plan/: （一）实施……行动 1. 推进“四大”重点工程。 第2项
 * (`ref` from parseAnchor; the titles are the action's and the measure's own).
 */
export function measureCitation(ref: { action: string; measure: number; item?: number }, actionTitle: string, measureTitle: string): string {
	return `${actionHeading(ref.action, actionTitle)} ${measureHeading(ref.measure, measureTitle)}${ref.item ? ` 第${ref.item}项` : ''}`;
}

export function parseAnchor(id: string): { action: string; measure: number; item?: number } | undefined {
	const m = /^a(\d+)-m(\d+)(?:-i(\d+))?$/.exec(id);
	if (!m) return undefined;
	return { action: m[1]!, measure: Number(m[2]), ...(m[3] ? { item: Number(m[3]) } : {}) };
}
