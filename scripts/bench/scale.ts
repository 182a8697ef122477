/**
 * Whether a cost grows no worse than linearly with the amount of content, from three builds: the real
 * content (×1) and synthetic sets ×mid and ×max. Two conditions:
 *  - ×max costs at most max times ×1;
 *  - ×max costs no more than the straight line through ×1 and ×mid predicts, give or take a margin
 *    (a fraction of the ×max value, for timing noise). A quadratic cost fails this even when a large
 *    fixed cost keeps it under the first: with cost F + q·n², ×10 exceeds the line by 45·q.
 */
export interface Growth {
	/** The factors and the measured value at each, by factor. */
	points: Array<{ factor: number; value: number }>;
	/** value at the largest factor ÷ value at the smallest. */
	ratio: number;
	/** What the line through the two smaller points predicts at the largest. */
	predicted: number;
	/** Measured minus predicted at the largest factor (negative: it grows slower than linearly). */
	excess: number;
	ok: boolean;
	/** Why it fails, if it does. */
	problem?: string;
}

export function growth(points: Array<{ factor: number; value: number }>, margin: number): Growth {
	if (points.length !== 3) throw new Error('growth needs three points');
	const [a, b, c] = [...points].sort((x, y) => x.factor - y.factor) as [(typeof points)[0], (typeof points)[0], (typeof points)[0]];
	const ratio = c.value / a.value;
	const predicted = a.value + ((b.value - a.value) / (b.factor - a.factor)) * (c.factor - a.factor);
	const excess = c.value - predicted;
	const problems: string[] = [];
	if (ratio > c.factor / a.factor) problems.push(`×${c.factor} content costs ×${ratio.toFixed(2)}, more than ×${c.factor / a.factor}`);
	if (excess > margin * c.value)
		problems.push(`×${c.factor} costs ${((excess / c.value) * 100).toFixed(0)}% more than the line through ×${a.factor} and ×${b.factor} predicts (allowed: ${(margin * 100).toFixed(0)}%)`);
	return { points: [a, b, c], ratio, predicted, excess, ok: problems.length === 0, ...(problems.length ? { problem: problems.join('; ') } : {}) };
}
