/** The plan's implementation status on a given date, from its first and last year. */
export type PlanStatus = 'not-started' | 'in-force' | 'ended';

export function planStatus(periodStart: number, periodEnd: number, on: Date): PlanStatus {
	const year = on.getFullYear();
	if (year < periodStart) return 'not-started';
	if (year > periodEnd) return 'ended';
	return 'in-force';
}

export const planStatusLabel: Record<PlanStatus, string> = {
	'not-started': '尚未实施',
	'in-force': '实施中',
	ended: '实施期已结束',
};
