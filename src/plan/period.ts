/**
 * The plan's status on a given date, read from the years of its title (2021—2023年). The text itself
 * states no status, so every label says it is the site's reading.
 */
export type PlanStatus = 'not-started' | 'in-force' | 'ended';

export function planStatus(periodStart: number, periodEnd: number, on: Date): PlanStatus {
	const year = on.getFullYear();
	if (year < periodStart) return 'not-started';
	if (year > periodEnd) return 'ended';
	return 'in-force';
}

export const planStatusLabel: Record<PlanStatus, string> = {
	'not-started': '标题注明的年限尚未开始（本站推算）',
	'in-force': '在标题注明的年限内（本站推算）',
	ended: '标题注明的年限已过（本站推算；原文未写明是否仍然有效）',
};

/** The sentence of content/framing.yaml that states the status, where there is one to state. */
export const planStatusSentence: Record<PlanStatus, string | undefined> = {
	'not-started': 'period-not-started',
	'in-force': undefined,
	ended: 'period-ended',
};
