/**
 * Reads a sum of money as the plan writes it (30万元, 10 万元, 2亿元) into yuan, so that the number an
 * editor types next to an amount can be checked against the text it comes from.
 */

const multipliers: Record<string, number> = { '': 1, 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12 };

export type AmountReading = { kind: 'none' } | { kind: 'yuan'; value: number } | { kind: 'unreadable'; reason: string };

/** The sum of money in a piece of text: none, one sum in yuan, or why it cannot be read. */
export function readAmount(text: string): AmountReading {
	const sums = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(万亿|千|万|亿)?\s*元/g)];
	const digits = /\d/.test(text);
	if (sums.length === 0) return digits ? { kind: 'unreadable', reason: 'has digits but no sum in 元' } : { kind: 'none' };
	if (sums.length > 1) return { kind: 'unreadable', reason: `states ${sums.length} sums; give each its own measure` };
	const [, number, unit = ''] = sums[0]!;
	// Multiply in integers where possible: 0.5万 is 5000, not 4999.999….
	const [whole, fraction = ''] = number!.split('.');
	const scale = 10 ** fraction.length;
	const value = (Number(whole + fraction) * multipliers[unit]!) / scale;
	return { kind: 'yuan', value };
}

/** Formats yuan as the plan would (300000 → 30万元), for messages. */
export function formatYuan(value: number): string {
	if (value >= 1e8 && value % 1e8 === 0) return `${value / 1e8}亿元`;
	if (value >= 1e4 && value % 1e4 === 0) return `${value / 1e4}万元`;
	return `${value}元`;
}
