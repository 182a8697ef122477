/**
 * The finder's logic: which support measures fit a profile (what you are, your industry, where you
 * are) and, for 奖补资金, who pays. Pure and dependency-free: the build uses it to render the
 * per-location notes, the client script to filter, and the unit tests to walk the profiles.
 *
 * The location rule is the plan's reward-scope paragraph (/plan/#reward-scope):
 *   本方案中的奖励对象仅限于开福区内的企业单位，不含行政事业单位。
 *   奖补资金兑现实行属地原则，原则上马栏山视频文创产业园和金霞经济开发区内企业和人才的奖补资金在园区列支。
 * So a reward never applies outside the district, and the 奖补资金 (rewards, subsidies, matching
 * funds) of enterprises and talents in the two parks are paid by the park. For the rest of the
 * district and for non-reward funds outside it the text names no payer, and neither do we.
 */
import {
	audienceByKey,
	audienceByLabel,
	audiences,
	industryByKey,
	industryByLabel,
	kindByKey,
	kindByLabel,
	locationByKey,
	type AudienceKey,
	type IndustryKey,
	type LocationKey,
	type SupportKindKey,
} from '../schemas/support-vocabulary.ts';

/** What the finder needs to know about a measure, in ASCII keys. */
export interface SupportFacts {
	id: string;
	kind: SupportKindKey;
	audiences: AudienceKey[];
	industries: IndustryKey[];
	industriesOpen: boolean;
}

/** A measure as editors write it (labels), e.g. an entry of content/supports.yaml. */
export interface SupportLabels {
	id: string;
	kind: string;
	audiences: readonly string[];
	industries: readonly string[];
	industriesOpen: boolean;
}

/** The user's answers; each is optional ("不限"). More than one type can be chosen (高新技术企业 and 规模以上企业). */
export interface Profile {
	types?: readonly AudienceKey[];
	industry?: IndustryKey;
	location?: LocationKey;
}

/**
 * How a measure's audiences fit the chosen types (the best fit over all of them):
 * - all: no type chosen;
 * - named: the measure names a chosen type itself (it is written for you);
 * - broader: it names a broader group a chosen type belongs to (科技型企业, 企业 for a 高新技术企业): it allows you;
 * - role: it names a role a chosen type can take (技术转让方 for an enterprise);
 * - narrower: it names a particular kind of a chosen type (e.g. 产业领军人才 for 科技人才): "if you are one";
 * - unnamed: the text names no beneficiary (原文未限定对象).
 */
export type AudienceFit = 'all' | 'named' | 'broader' | 'role' | 'narrower' | 'unnamed';

/**
 * How a measure's industries fit the chosen industry:
 * - any: no industry chosen; unrestricted: the text names no industry;
 * - named: the text names this industry;
 * - open-list: the text names others, in a list ending with 等 (so it may still apply).
 * A measure whose closed list names other industries does not fit.
 */
export type IndustryFit = 'any' | 'unrestricted' | 'named' | 'open-list';

/**
 * Who pays, for 奖补资金 (rewards, subsidies, matching funds):
 * - none: the measure is not 奖补资金;
 * - general: no location chosen (the rule as a whole applies);
 * - park: paid by the park (马栏山视频文创产业园 or 金霞经济开发区);
 * - not-stated: elsewhere in the district: the text names no payer;
 * - reward-excluded: a reward, outside the district: not applicable;
 * - outside-not-stated: other 奖补资金 outside the district: the text does not say.
 */
export type Payment = { rule: 'none' } | { rule: 'general' } | { rule: 'park'; park: string } | { rule: 'not-stated' } | { rule: 'reward-excluded' } | { rule: 'outside-not-stated' };

/** Result groups, in display order. */
export const matchGroups = ['match', 'unnamed', 'excluded'] as const;
export type MatchGroup = (typeof matchGroups)[number];

export interface Match {
	id: string;
	group: MatchGroup;
	audience: AudienceFit;
	industry: IndustryFit;
	payment: Payment;
}

/** Converts a measure written with labels into keys; throws on a label that is not in the lists. */
export function factsOf(s: SupportLabels): SupportFacts {
	const key = <T extends { key: string }>(map: Map<string, T>, label: string, what: string) => {
		const v = map.get(label);
		if (!v) throw new Error(`support ${s.id}: unknown ${what} "${label}"`);
		return v.key;
	};
	return {
		id: s.id,
		kind: key(kindByLabel, s.kind, 'kind') as SupportKindKey,
		audiences: s.audiences.map((a) => key(audienceByLabel, a, 'audience') as AudienceKey),
		industries: s.industries.map((i) => key(industryByLabel, i, 'industry') as IndustryKey),
		industriesOpen: s.industriesOpen,
	};
}

/** The type and every broader group it belongs to (高新技术企业 → 科技型企业 → 企业). */
export function selfAndBroader(type: AudienceKey): Set<AudienceKey> {
	const out = new Set<AudienceKey>();
	const visit = (k: string) => {
		if (out.has(k as AudienceKey)) return;
		out.add(k as AudienceKey);
		const a = audienceByKey.get(k);
		for (const up of (a && 'within' in a ? a.within : undefined) ?? []) visit(up);
	};
	visit(type);
	return out;
}

/** Every particular kind of the type (企业 → 科技型企业, 高新技术企业, …), without the type itself. */
export function narrower(type: AudienceKey): Set<AudienceKey> {
	return new Set(audiences.filter((a) => a.key !== type && selfAndBroader(a.key).has(type)).map((a) => a.key));
}

/** How many steps up the hierarchy `group` is from `type` (0: the type itself), or undefined if it is not above it. */
export function stepsUp(type: AudienceKey, group: AudienceKey): number | undefined {
	let level: AudienceKey[] = [type];
	const seen = new Set<AudienceKey>();
	for (let steps = 0; level.length > 0; steps++) {
		if (level.includes(group)) return steps;
		for (const k of level) seen.add(k);
		level = level
			.flatMap((k) => {
				const a = audienceByKey.get(k);
				return ((a && 'within' in a ? a.within : undefined) ?? []) as AudienceKey[];
			})
			.filter((k) => !seen.has(k));
	}
	return undefined;
}

/** The audiences (and roles) of a measure that a type fits, with how: the basis of audienceFit and of the finder's notes. */
function fitsOf(measure: readonly AudienceKey[], type: AudienceKey): { fit: 'named' | 'broader' | 'role' | 'narrower'; steps: number } | undefined {
	const steps = measure.map((a) => stepsUp(type, a)).filter((n): n is number => n !== undefined);
	if (steps.length) {
		const closest = Math.min(...steps);
		return { fit: closest === 0 ? 'named' : 'broader', steps: closest };
	}
	const up = selfAndBroader(type);
	const roleFits = measure.some((a) => {
		const def = audienceByKey.get(a);
		const filledBy: readonly string[] = (def && 'filledBy' in def ? def.filledBy : undefined) ?? [];
		return filledBy.some((f) => up.has(f as AudienceKey));
	});
	if (roleFits) return { fit: 'role', steps: 0 };
	const down = narrower(type);
	if (measure.some((a) => down.has(a))) return { fit: 'narrower', steps: 0 };
	return undefined;
}

/** Closeness of each fit, best first (see AudienceFit). */
const fitOrder = ['named', 'broader', 'role', 'narrower'] as const;

/** The best fit of a measure's audiences over the chosen types, and how far up the hierarchy a broader fit is. */
function bestFit(measure: readonly AudienceKey[], types: readonly AudienceKey[]): { fit: (typeof fitOrder)[number]; steps: number } | undefined {
	let best: { fit: (typeof fitOrder)[number]; steps: number } | undefined;
	for (const t of types) {
		const f = fitsOf(measure, t);
		if (f && (!best || (fitOrder.indexOf(f.fit) - fitOrder.indexOf(best.fit) || f.steps - best.steps) < 0)) best = f;
	}
	return best;
}

/** How a measure's audiences fit the chosen type or types (undefined: it does not fit). */
export function audienceFit(measure: readonly AudienceKey[], types: AudienceKey | readonly AudienceKey[] | undefined): AudienceFit | undefined {
	const chosen = typeof types === 'string' ? [types] : (types ?? []);
	if (chosen.length === 0) return 'all';
	if (measure.includes('any')) return 'unnamed';
	return bestFit(measure, chosen)?.fit;
}

export function industryFit(measure: readonly IndustryKey[], open: boolean, industry: IndustryKey | undefined): IndustryFit | undefined {
	if (!industry) return 'any';
	if (measure.length === 0) return 'unrestricted';
	if (measure.includes(industry)) return 'named';
	return open ? 'open-list' : undefined;
}

/** Who pays a measure of this kind for an enterprise or talent at this location (see the module comment). */
export function paymentFor(kind: SupportKindKey, location: LocationKey | undefined): Payment {
	const k = kindByKey.get(kind);
	if (!k?.funds) return { rule: 'none' };
	if (!location) return { rule: 'general' };
	if (location === 'outside') return kind === 'reward' ? { rule: 'reward-excluded' } : { rule: 'outside-not-stated' };
	const park = locationByKey.get(location)?.park;
	return park ? { rule: 'park', park } : { rule: 'not-stated' };
}

/**
 * The order within a group. A measure that NAMES what you chose comes before one that only ALLOWS it:
 * 1. it names a chosen type and the chosen industry; then it names a chosen type; then it names the
 *    chosen industry; then the rest (a type names who you are, so it outweighs an industry);
 * 2. then by how close its audiences are: a chosen type itself, then the group right above it
 *    (科技型企业 for a 高新技术企业) before the one above that (企业), then roles, then "if you are one";
 * 3. then a measure whose every audience is one you chose, or a group you are in, before one written
 *    for others as well (高新技术企业认定奖励 is for 高新技术企业 alone; 新型研发机构 founding is for
 *    高新技术企业, 高校和科研院所 and 新型研发机构);
 * 4. then the order of the text.
 * Returns the sort key (compare element by element; lower first).
 */
export function rankKey(measure: SupportFacts, profile: Profile, order: number): number[] {
	const types = profile.types ?? [];
	const fit = types.length && !measure.audiences.includes('any') ? bestFit(measure.audiences, types) : undefined;
	const namesType = fit?.fit === 'named';
	const namesIndustry = industryFit(measure.industries, measure.industriesOpen, profile.industry) === 'named';
	const closeness = fit ? fitOrder.indexOf(fit.fit) * 100 + fit.steps : 0;
	const forOthersToo = fit ? measure.audiences.some((a) => !types.some((t) => stepsUp(t, a) !== undefined)) : false;
	return [namesType ? 0 : 1, namesIndustry ? 0 : 1, closeness, forOthersToo ? 1 : 0, order];
}

const compareKeys = (a: number[], b: number[]) => {
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
	return 0;
};

/**
 * The measures that fit a profile, grouped (fitting measures; measures whose text names no one;
 * rewards that do not apply at the location), each group in the order of rankKey.
 */
export function matchSupports(list: readonly SupportFacts[], profile: Profile): Match[] {
	const out: Array<Match & { key: number[] }> = [];
	list.forEach((s, order) => {
		const audience = audienceFit(s.audiences, profile.types);
		const industry = industryFit(s.industries, s.industriesOpen, profile.industry);
		if (!audience || !industry) return;
		const payment = paymentFor(s.kind, profile.location);
		const group: MatchGroup = payment.rule === 'reward-excluded' ? 'excluded' : audience === 'unnamed' ? 'unnamed' : 'match';
		out.push({ id: s.id, group, audience, industry, payment, key: [matchGroups.indexOf(group), ...rankKey(s, profile, order)] });
	});
	return out.sort((a, b) => compareKeys(a.key, b.key)).map(({ key: _key, ...m }) => m);
}

/** Reads a profile from URL search parameters (?type=high-tech&type=above-scale&industry=software), ignoring values that are not in the lists. */
export function profileFromParams(params: URLSearchParams): Profile {
	const types = [...new Set(params.getAll('type'))].filter((t) => audienceByKey.get(t)?.selectable) as AudienceKey[];
	const industry = params.get('industry');
	const location = params.get('location');
	return {
		...(types.length ? { types } : {}),
		...(industry && industryByKey.has(industry) ? { industry: industry as IndustryKey } : {}),
		...(location && locationByKey.has(location) ? { location: location as LocationKey } : {}),
	};
}

/** Writes a profile into URL search parameters (unset answers are removed; each type is one `type`). */
export function profileToParams(profile: Profile, params = new URLSearchParams()): URLSearchParams {
	params.delete('type');
	for (const t of profile.types ?? []) params.append('type', t);
	for (const k of ['industry', 'location'] as const) {
		const v = profile[k];
		if (v) params.set(k, v);
		else params.delete(k);
	}
	return params;
}
