/**
 * Proves the text of every image against the official text before it is drawn: an image can never
 * say what the page does not. Each run is checked by its source (see Source in model.ts):
 *   - words of the text, the annex or the document must occur there (spaces aside);
 *   - a figure and its year go through the same checks as content/targets.yaml (target-text.ts): the
 *     figure and unit stand in the target's quote, the year is the one the sentence sets;
 *   - an amount is the one the support measure states, and it stands in its clause;
 *   - a count is counted again here from the content; a page number must name an existing page;
 *   - the site's own words may hold no digit at all.
 * The build throws on any problem (render.ts); tests/outreach/tujie.test.ts runs it on fixtures too.
 */
import { readAmount } from '../../common/amount.ts';
import { clauseText } from '../../plan/clauses.ts';
import { actionOfTask } from '../../tasks/roles.ts';
import { checkTargetText, figureToken, titleInText } from '../../targets/text.ts';
import { withoutSpace } from '../../common/text.ts';
import { longPathFor } from '../short-links.ts';
import type { Count, ImageInput, Run } from './model.ts';

export interface ImageProblem {
	/** The image (its path) and the run's text. */
	image: string;
	text: string;
	message: string;
}

/** The digit sequences of a text, in order: "到 2023 年，500 家" → ["2023", "500"]. */
export function numbersIn(text: string): string[] {
	return text.match(/\d+(?:\.\d+)?/g) ?? [];
}

function countOf(input: ImageInput, c: Count): number {
	switch (c.of) {
		case 'tasks':
			return input.tasks.length;
		case 'actions':
			return input.actions.length;
		case 'targets':
			return input.targets.length;
		case 'action-tasks':
			return input.tasks.filter((t) => actionOfTask(t) === c.action).length;
		case 'action-measures':
			return input.actions.find((a) => a.id === c.action)?.measures.length ?? -1;
		case 'action-targets':
			return input.targets.filter((t) => t.action === c.action).length;
		case 'lead-tasks':
			return input.tasks.filter((t) => t.lead === c.lead).length;
		case 'task-targets':
			return input.targets.filter((t) => t.tasks.includes(c.task)).length;
	}
}

/** The pages of the site a link may name: the fixed sections and the pages of each entry. */
function pageExists(input: ImageInput, path: string): boolean {
	const fixed = ['/', '/plan/', '/annex/', '/targets/', '/support/', '/tujie/', '/actions/', '/departments/', '/kepu/', '/search/', '/compare/', '/about/'];
	if (fixed.includes(path)) return true;
	const long = longPathFor(path) ?? path;
	const m = /^\/(actions|tasks|targets|support)\/([a-z0-9-]+)\/$/.exec(long);
	if (!m) return false;
	const id = m[2]!;
	switch (m[1]) {
		case 'actions':
			return input.actions.some((a) => a.id === id);
		case 'tasks':
			return input.tasks.some((t) => String(t.number) === id);
		case 'targets':
			return input.targets.some((t) => t.id === id);
		default:
			return input.supports.some((s) => s.id === id);
	}
}

/**
 * Checks the runs of one image. `officialSource` is the official text (reference/official-source.txt),
 * which the document's metadata must occur in.
 */
export function checkRuns(image: string, runs: readonly Run[], input: ImageInput, officialSource: string): ImageProblem[] {
	const problems: ImageProblem[] = [];
	const source = withoutSpace(officialSource);
	for (const run of runs) {
		const problem = (message: string) => problems.push({ image, text: run.text, message });
		// A cut run is checked without the …… that mark where it is cut.
		const text = run.cut ? run.text.replace(/^……|……$/g, '') : run.text;
		const src = run.src;
		switch (src.kind) {
			case 'label':
				if (/\d/.test(text)) problem("the site's own words hold a digit: every number must come from the text, a count or a page");
				break;
			case 'text': {
				const clause = input.clauses.find((c) => c.id === src.clause);
				if (!clause) problem(`no clause "${src.clause}"`);
				else if (!withoutSpace(clauseText(clause)).includes(withoutSpace(text))) problem(`is not in the text of clause ${src.clause}`);
				break;
			}
			case 'annex': {
				const task = input.tasks.find((t) => t.number === src.task);
				if (!task) problem(`no task ${src.task}`);
				else if (!withoutSpace(task.text).includes(withoutSpace(text))) problem(`is not in the annex row of task ${src.task}`);
				break;
			}
			case 'doc':
				if (!source.includes(withoutSpace(text))) problem('is not in the official text of the document');
				break;
			case 'unit':
				if (/\d/.test(text) || !input.tasks.some((t) => t.lead === text || t.units.includes(text))) problem('is not a unit the annex names');
				break;
			case 'target-title': {
				const t = input.targets.find((x) => x.id === src.target);
				const clause = t && input.clauses.find((c) => c.id === t.clause);
				if (!t || !clause) problem(`no target "${src.target}"`);
				else if (!titleInText(text, withoutSpace(clauseText(clause)))) problem(`is not made of words of clause ${t.clause}`);
				break;
			}
			case 'figure':
			case 'year': {
				const t = input.targets.find((x) => x.id === src.target);
				const clause = t && input.clauses.find((c) => c.id === t.clause);
				if (!t || !clause) {
					problem(`no target "${src.target}"`);
					break;
				}
				// The target's own fields must pass the target checks against the text …
				for (const p of checkTargetText(t, clause.paragraphs.join(''))) problem(`target ${t.id} › ${p.field}: ${p.message}`);
				// … and the run must say exactly what the target states.
				if (src.kind === 'figure') {
					const token = figureToken(t);
					if (!token) problem(`target ${t.id} states no figure`);
					else if (withoutSpace(text) !== token && !(withoutSpace(text) === `${token}以上` && withoutSpace(t.quote).includes(`${token}以上`)))
						problem(`says "${withoutSpace(text)}" but the text states "${token}" (target ${t.id})`);
				} else {
					const said = numbersIn(text);
					if (t.year === null) problem(`the text sets no year for target ${t.id}`);
					else if (said.length !== 1 || Number(said[0]) !== t.year) problem(`says ${said.join(', ') || 'no year'} but the text sets ${t.year} for target ${t.id}`);
					else if (text.includes('上半年') !== t.firstHalf) problem(`上半年 ${t.firstHalf ? 'is missing' : 'is not in the text'} (target ${t.id})`);
				}
				break;
			}
			case 'amount': {
				const s = input.supports.find((x) => x.id === src.support);
				const clause = s && input.clauses.find((c) => c.id === s.clause);
				if (!s || !clause || s.amount === undefined) {
					problem(`no support measure "${src.support}" with an amount`);
					break;
				}
				if (withoutSpace(text) !== withoutSpace(s.amount)) problem(`says "${text}" but the measure states "${s.amount}"`);
				if (!withoutSpace(clause.paragraphs.join('')).includes(withoutSpace(s.amount))) problem(`"${s.amount}" is not in clause ${s.clause}`);
				const reading = readAmount(text);
				if (reading.kind === 'yuan' && s.amountValue !== undefined && reading.value !== s.amountValue) problem(`reads as ${reading.value} 元, not ${s.amountValue}`);
				break;
			}
			case 'count': {
				const expected = countOf(input, src.count);
				const said = numbersIn(text);
				if (said.length !== 1 || Number(said[0]) !== expected) problem(`says ${said.join(', ') || 'no number'} but the content counts ${expected} (${JSON.stringify(src.count)})`);
				break;
			}
			case 'ref': {
				const exists = src.ref === 'task' ? input.tasks.some((t) => t.number === src.id) : input.actions.some((a) => a.id === String(src.id));
				const said = numbersIn(text);
				if (!exists) problem(`no ${src.ref} ${src.id}`);
				else if (said.length !== 1 || Number(said[0]) !== src.id) problem(`says ${said.join(', ') || 'no number'} for ${src.ref} ${src.id}`);
				break;
			}
			case 'link':
				if (!pageExists(input, src.path)) problem(`links to ${src.path}, which is no page of the site`);
				else if (!text.endsWith(src.path)) problem(`shows "${text}" for the link ${src.path}`);
				break;
		}
	}
	return problems;
}
