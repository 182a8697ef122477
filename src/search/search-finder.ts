/**
 * From a search to the finder (/support/): the audience, industry and place a query names, as the
 * finder's own URL parameters (?type=<audience key>&industry=<industry key>&location=<key>; see
 * profileFromParams in src/support/match.ts). A query names one where it contains the label
 * as the text writes it, or an everyday word whose plan words contain it (高企 → 高新技术企业).
 * Pure: the search page's script imports it.
 */
import { audiences, industries, locations } from '../schemas/support-vocabulary.ts';
import type { Interpretation } from './vocabulary.ts';

export interface FinderLink {
	href: string;
	/** The labels chosen in the finder, for the link text. */
	chosen: string[];
}

/** The finder's address with what the query names already chosen (no parameter where it names nothing). */
export function finderLink(it: Interpretation | undefined): FinderLink {
	const texts = it ? [it.q, ...it.words.flat()] : [];
	const has = (label: string) => texts.some((t) => t.includes(label));
	// The longest label wins (科技型中小企业 rather than 企业); 企业 alone says nothing the finder does not assume.
	const longest = <T extends { label: string }>(list: readonly T[]) => [...list].sort((a, b) => b.label.length - a.label.length).find((x) => has(x.label));
	const audience = longest(audiences.filter((a) => a.selectable && a.key !== 'enterprise'));
	const industry = longest(industries);
	// The parks are named by their first two characters too (马栏山 → 马栏, 金霞), as people write them.
	const location = locations.filter((l) => l.park).find((l) => has(l.label) || has(l.label.slice(0, 2)));
	const params = new URLSearchParams();
	if (audience) params.set('type', audience.key);
	if (industry) params.set('industry', industry.key);
	if (location) params.set('location', location.key);
	const query = params.toString();
	return { href: `/support/${query ? `?${query}` : ''}`, chosen: [audience, industry, location].filter((x) => x !== undefined).map((x) => x.label) };
}
