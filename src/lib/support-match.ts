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
} from './support-vocabulary.ts';

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

/** The user's answers; each is optional ("不限"). */
export interface Profile {
	type?: AudienceKey;
	industry?: IndustryKey;
	location?: LocationKey;
}

/**
 * How a measure's audiences fit the chosen type:
 * - all: no type chosen;
 * - direct: the measure names the type itself or a broader group it belongs to;
 * - narrower: it names a particular kind of the type (e.g. 产业领军人才 for 科技人才): "if you are one";
 * - role: it names a role the type can take (技术转让方 for an enterprise);
 * - unnamed: the text names no beneficiary (原文未限定对象).
 */
export type AudienceFit = 'all' | 'direct' | 'narrower' | 'role' | 'unnamed';

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
export type Payment =
	| { rule: 'none' }
	| { rule: 'general' }
	| { rule: 'park'; park: string }
	| { rule: 'not-stated' }
	| { rule: 'reward-excluded' }
	| { rule: 'outside-not-stated' };

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

export function audienceFit(measure: readonly AudienceKey[], type: AudienceKey | undefined): AudienceFit | undefined {
	if (!type) return 'all';
	if (measure.includes('any')) return 'unnamed';
	const up = selfAndBroader(type);
	if (measure.some((a) => up.has(a))) return 'direct';
	const roleFits = measure.some((a) => {
		const def = audienceByKey.get(a);
		const filledBy: readonly string[] = (def && 'filledBy' in def ? def.filledBy : undefined) ?? [];
		return filledBy.some((f) => up.has(f as AudienceKey));
	});
	if (roleFits) return 'role';
	const down = narrower(type);
	if (measure.some((a) => down.has(a))) return 'narrower';
	return undefined;
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
 * The measures that fit a profile, grouped (fitting measures; measures whose text names no one;
 * rewards that do not apply at the location), each group with the measures that name the chosen
 * industry first and otherwise in the order given.
 */
export function matchSupports(list: readonly SupportFacts[], profile: Profile): Match[] {
	const out: Array<Match & { order: number }> = [];
	list.forEach((s, order) => {
		const audience = audienceFit(s.audiences, profile.type);
		const industry = industryFit(s.industries, s.industriesOpen, profile.industry);
		if (!audience || !industry) return;
		const payment = paymentFor(s.kind, profile.location);
		const group: MatchGroup = payment.rule === 'reward-excluded' ? 'excluded' : audience === 'unnamed' ? 'unnamed' : 'match';
		out.push({ id: s.id, group, audience, industry, payment, order });
	});
	const rank = (m: Match) => matchGroups.indexOf(m.group) * 2 + (m.industry === 'named' ? 0 : 1);
	return out.sort((a, b) => rank(a) - rank(b) || a.order - b.order).map(({ order: _order, ...m }) => m);
}

/** Reads a profile from URL search parameters, ignoring values that are not in the lists. */
export function profileFromParams(params: URLSearchParams): Profile {
	const type = params.get('type');
	const industry = params.get('industry');
	const location = params.get('location');
	const a = type ? audienceByKey.get(type) : undefined;
	return {
		...(a && a.selectable ? { type: a.key } : {}),
		...(industry && industryByKey.has(industry) ? { industry: industry as IndustryKey } : {}),
		...(location && locationByKey.has(location) ? { location: location as LocationKey } : {}),
	};
}

/** Writes a profile into URL search parameters (unset answers are removed). */
export function profileToParams(profile: Profile, params = new URLSearchParams()): URLSearchParams {
	for (const k of ['type', 'industry', 'location'] as const) {
		const v = profile[k];
		if (v) params.set(k, v);
		else params.delete(k);
	}
	return params;
}
