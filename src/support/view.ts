/**
 * Wording the support pages show around the official text: the two
 * sentences of the reward-scope paragraph, and the per-location payment notes. Pure, so that it is
 * unit-tested; the sentences themselves are always taken from the clause, never retyped.
 */
import type { Payment } from './match.ts';

/**
 * The reward-scope paragraph split into its two sentences: who may be rewarded, and where the
 * 奖补资金 are paid. Throws if the paragraph no longer reads that way, so that a changed text is
 * noticed rather than misquoted.
 */
export function rewardScopeSentences(paragraph: string): { who: string; payment: string } {
	const sentences = paragraph.match(/[^。]+。/g) ?? [];
	const who = sentences.find((s) => s.includes('奖励对象'));
	const payment = sentences.find((s) => s.includes('列支'));
	if (sentences.length !== 2 || !who || !payment) throw new Error(`the reward-scope paragraph is not two sentences about 奖励对象 and 列支: ${paragraph}`);
	return { who, payment };
}

/** The short note a card shows for a payment rule (the site's words; the rule itself is quoted on the page). */
export function paymentNote(p: Payment): string {
	switch (p.rule) {
		case 'none':
			return '';
		case 'general':
			return '适用方案的奖励对象和属地兑现规定';
		case 'park':
			return `原则上在${p.park}列支`;
		case 'not-stated':
			return '实行属地原则；原文未写明两个园区以外的列支单位，请向联系部门确认';
		case 'reward-excluded':
			return '不适用：奖励对象仅限于开福区内的企业单位';
		case 'outside-not-stated':
			return '原文未写明开福区以外单位的兑现方式，请向联系部门确认';
	}
}
