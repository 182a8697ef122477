/**
 * Splits the 主要工作目标 sentence into its separate goals, for the at-a-glance list on the home
 * page. Every goal is an exact substring of the official sentence; nothing is reworded.
 * "主要工作目标：到 2023 年，A，B；C；D，E；F。" → { lead: "到 2023 年", goals: [A, B, C, D, E, F] }
 */
export function splitMainGoals(sentence: string): { lead: string; goals: string[] } {
	const body = sentence.replace(/^主要工作目标：/, '').replace(/。$/, '');
	const parts = body
		.split(/[，；]/)
		.map((s) => s.trim())
		.filter(Boolean);
	const lead = parts[0] && /^到\s*\d{4}\s*年$/.test(parts[0]) ? parts.shift()! : '';
	return { lead, goals: parts };
}
