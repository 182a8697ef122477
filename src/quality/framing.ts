/**
 * Checks content/framing.yaml, the site's own sentences about the plan, against the official text:
 * the words each rests on are the text's, and every name, date, period and quoted term the sentence
 * states is among them. A date is never called an 印发 date (the text gives only the 成文日期), and a
 * status derived from the title's period (已过, 期满 …) is stated only as the site's reading.
 */
import { framingSchema, type Framing } from '../schemas/framing.ts';
import type { ContentProblem } from '../content-reader/problems.ts';
import { readList } from '../content-reader/list.ts';
import { withoutSpace } from '../common/text.ts';

/** Quotation and book-title marks: a stated term is compared by its words, without them. */
const QUOTE_MARKS = /[“”《》]/g;

/** Names of bodies and places whose attribution the text must bear out (湖南省 vs 省委, 全国 …). */
const NAMES = /中共长沙市开福区委|长沙市开福区人民政府|湖南省|长沙市|开福区|省委|省政府|市委|区委|国务院|全国|国家/g;
/** Dates and periods as the sentence writes them. */
const DATES = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/g;
const PERIODS = /\d{4}\s*—\s*\d{4}\s*年/g;
/** Terms in quotation marks or book-title marks, with the organ or place word right before them. */
const QUOTED = /(?:[\u4e00-\u9fa5]{0,2}[委省府市区国])?“[^”]+”|《[^》]+》/g;
/** Words that state the plan's status on a date: only the site's reading of the title's period. */
const STATUS = /期满|已结束|已过|尚未开始|实施中|有效|失效/;

/** What a sentence states that the official words must bear out. */
export function statedTerms(text: string): string[] {
	const plain = text.replace(/\{[a-zA-Z]+\}/g, '');
	return [...new Set([NAMES, DATES, PERIODS, QUOTED].flatMap((re) => [...plain.matchAll(re)].map((m) => m[0])))];
}

export function checkFraming(raw: unknown, file: string, officialText: string): { framing: Framing[]; problems: ContentProblem[] } {
	const official = withoutSpace(officialText);
	const { entries, problems } = readList(raw, file, framingSchema, {
		kind: 'sentences',
		label: (r) => (typeof r.id === 'string' ? `sentence ${r.id}` : undefined),
		unique: { field: 'id', key: (f) => f.id, message: (f) => `duplicate id "${f.id}"` },
		check: ({ value: f }, problem) => {
			f.restsOn.forEach((w, k) => !official.includes(withoutSpace(w)) && problem(`restsOn[${k}]`, `"${w}" is not in the official text; copy it exactly`));
			const basis = f.restsOn.map((w) => withoutSpace(w).replace(QUOTE_MARKS, ''));
			for (const term of statedTerms(f.text)) {
				if (!basis.some((b) => b.includes(withoutSpace(term).replace(QUOTE_MARKS, '')))) problem('text', `states "${term}", which none of the official words in restsOn says`);
			}
			if (/\d\s*日\s*印发|印发于|印发日期为\s*\d/.test(f.text)) problem('text', 'calls a date the 印发 date: the text gives only the 成文日期 (2021年9月13日)');
			const status = STATUS.exec(f.text.replace(/\{[a-zA-Z]+\}/g, ''));
			if (status && !f.reading) problem('reading', `"${status[0]}" is derived from the title's period, not stated by the text: mark the sentence reading: true and say so (本站……推算)`);
			if (f.reading && !f.text.includes('本站')) problem('text', 'a reading of the site must say so (本站……)');
			return f;
		},
	});
	return { framing: entries.map((e) => e.value), problems };
}

/** Fills {name} placeholders; throws where a value is missing, so that no page shows a bare {name}. */
export function fillFraming(f: Pick<Framing, 'id' | 'text'>, values: Record<string, string | number> = {}): string {
	return f.text.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => {
		if (!(name in values)) throw new Error(`content/framing.yaml: sentence ${f.id} needs a value for {${name}}`);
		return String(values[name]);
	});
}
