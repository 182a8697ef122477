/**
 * Checks the kind of each unit against what it rests on (src/schemas/department.ts, kindEvidence): the
 * official text, or words of the unit's name (the site's reading, shown as such), or nothing (未注明).
 */
import { kindEvidence, type Department } from '../schemas/department.ts';

export interface KindProblem {
	field: string;
	message: string;
}

/** Whether every run of `words` (runs joined by ……) occurs in `name`, in order. */
function wordsInName(words: string, name: string): boolean {
	let from = 0;
	for (const part of words.split('……')) {
		const at = part ? name.indexOf(part, from) : -1;
		if (at < 0) return false;
		from = at + part.length;
	}
	return true;
}

/** `squashedText`: the official text without whitespace. */
export function checkDepartmentKind(d: Pick<Department, 'name' | 'kind' | 'kindFrom' | 'kindWords'>, squashedText: string): KindProblem[] {
	const out: KindProblem[] = [];
	if (d.kind === '未注明') {
		if (d.kindFrom || d.kindWords) out.push({ field: 'kindFrom', message: '未注明 rests on nothing: leave kindFrom and kindWords out' });
		return out;
	}
	const evidence = kindEvidence[d.kind];
	if (!d.kindFrom || !d.kindWords) {
		out.push({
			field: d.kindFrom ? 'kindWords' : 'kindFrom',
			message: `${d.kind} is not in the annex: give its source (kindFrom: text with a run of the official text that says it, or kindFrom: name with words of the name), or write kind: 未注明`,
		});
		return out;
	}
	if (d.kindFrom === 'text') {
		const words = d.kindWords.replace(/\s+/g, '');
		if (!squashedText.includes(words)) out.push({ field: 'kindWords', message: `"${d.kindWords}" is not in the official text; copy it exactly` });
		else if (!words.includes(d.name)) out.push({ field: 'kindWords', message: `"${d.kindWords}" does not name ${d.name}` });
		else if (!evidence.text.some((w) => words.includes(w)))
			out.push({ field: 'kind', message: `the text quoted does not say ${d.kind}${evidence.text.length ? ` (${evidence.text.join(' / ')})` : ''}` });
	} else {
		if (!wordsInName(d.kindWords, d.name)) out.push({ field: 'kindWords', message: `"${d.kindWords}" is not words of the name ${d.name}` });
		else if (!evidence.name.includes(d.kindWords))
			out.push({
				field: 'kind',
				message: evidence.name.length
					? `${d.kind} is read from the name only by ${evidence.name.map((w) => `“${w}”`).join('、')}, not "${d.kindWords}"`
					: `a name alone does not say ${d.kind}: quote the official text, or write kind: 未注明`,
			});
	}
	return out;
}
