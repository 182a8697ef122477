/**
 * Who to ask: a unit's contact details (only those configured in content/departments.yaml, each
 * with its source) and the routes every resident has. Pure, so that it is unit-tested.
 *
 * The routes: the 12345 government service hotline (政务服务便民热线; the plan does not name it, so
 * the page marks it as the site's note) and the plan's own “政策快车” platform, quoted from the
 * clause that names it, never retyped. Neither gets a URL: no source for one is configured.
 */
import type { ContactSource, DepartmentInput } from '../schemas/department.ts';

/** One contact detail as a page shows it. */
export interface ContactLine {
	field: 'phone' | 'address' | 'web';
	/** The label the page shows (电话, 地址, 网站). */
	label: string;
	/** The detail as the source writes it. */
	value: string;
	/** A link for it: tel: for a phone, the page itself for a web page. */
	href?: string;
	source: ContactSource;
}

/** The contact details a department carries, in a fixed order; none without its source (the schema requires one). */
export function contactLines(d: Pick<DepartmentInput, 'phone' | 'address' | 'web'>): ContactLine[] {
	const out: ContactLine[] = [];
	if (d.phone) out.push({ field: 'phone', label: '电话', value: d.phone.number, href: `tel:${d.phone.number.replace(/[^0-9]/g, '')}`, source: d.phone.source });
	if (d.address) out.push({ field: 'address', label: '地址', value: d.address.text, source: d.address.source });
	if (d.web) out.push({ field: 'web', label: '网站', value: d.web.url, href: d.web.url, source: d.web.source });
	return out;
}

/** How a source is cited under a detail: 来源：《title》，publisher，date. */
export function sourceCitation(s: ContactSource): string {
	return `来源：《${s.title}》，${s.publisher}，${s.date}`;
}

/** The words by which the plan names its policy service platform. */
export const POLICY_EXPRESS = '政策快车';

/**
 * The plan's sentence about the “政策快车” platform, with the innermost clause that holds it (a
 * measure's text is also part of its action's and its section's). Throws unless exactly one sentence
 * of the plan names the platform: a changed text is noticed, not misquoted.
 */
export function policyExpressSentence(clauses: ReadonlyArray<{ id: string; paragraphs: readonly string[] }>): { clause: string; sentence: string } {
	const found = clauses.flatMap((c) =>
		c.paragraphs.flatMap((p) => (p.match(/[^。]+。/g) ?? []).filter((s) => s.includes(POLICY_EXPRESS)).map((sentence) => ({ clause: c.id, sentence, size: c.paragraphs.join('').length }))),
	);
	const sentences = new Set(found.map((f) => f.sentence));
	if (sentences.size !== 1) throw new Error(`expected one sentence of the plan naming “${POLICY_EXPRESS}”, found ${sentences.size}`);
	const innermost = found.reduce((a, b) => (b.size < a.size ? b : a));
	return { clause: innermost.clause, sentence: innermost.sentence };
}
