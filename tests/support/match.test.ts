import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readContent } from '../../src/content-reader/read-content.ts';
import { clauseBody } from '../../src/support/check.ts';
import { audienceFit, factsOf, industryFit, matchSupports, paymentFor, profileFromParams, profileToParams, type Profile } from '../../src/support/match.ts';
import { paymentNote, rewardScopeSentences } from '../../src/support/view.ts';
import { audienceByKey, audiences, industries, industryByKey, kindByLabel, locations, supportKinds, type AudienceKey, type IndustryKey } from '../../src/schemas/support-vocabulary.ts';
import { bodyText } from '../helpers/source.ts';
import { profileQuery, profiles, REWARD_SCOPE } from '../helpers/support-profiles.ts';

const { content } = readContent(path.resolve('content'), process.cwd());
const supports = content.supports;
const facts = supports.map(factsOf);
const byId = new Map(supports.map((s) => [s.id, s]));
const clauseOf = (id: string) => clauseBody(content.clauses.find((c) => c.id === byId.get(id)!.clause)!);
const source = bodyText().replace(/\s+/g, '');

describe('the reward-scope rule, as the text states it', () => {
	it('the profiles quote the paragraph of the official source', () => {
		expect(source).toContain(REWARD_SCOPE.who + REWARD_SCOPE.payment);
		expect(rewardScopeSentences(clauseBody(content.clauses.find((c) => c.id === 'reward-scope')!))).toEqual({ who: REWARD_SCOPE.who, payment: REWARD_SCOPE.payment });
	});

	it('refuses a paragraph that no longer reads as the two sentences', () => {
		expect(() => rewardScopeSentences(REWARD_SCOPE.who)).toThrow(/two sentences/);
	});

	it('rewards never apply outside the district: “奖励对象仅限于开福区内的企业单位”', () => {
		expect(REWARD_SCOPE.who).toContain('奖励对象仅限于开福区内的企业单位');
		expect(paymentFor('reward', 'outside')).toEqual({ rule: 'reward-excluded' });
		expect(paymentNote(paymentFor('reward', 'outside'))).toContain('奖励对象仅限于开福区内的企业单位');
	});

	it('the two parks pay the 奖补资金 of their enterprises and talents: “…内企业和人才的奖补资金在园区列支”', () => {
		for (const kind of ['reward', 'subsidy', 'matching'] as const) {
			expect(paymentFor(kind, 'malanshan')).toEqual({ rule: 'park', park: '马栏山视频文创产业园' });
			expect(paymentFor(kind, 'jinxia')).toEqual({ rule: 'park', park: '金霞经济开发区' });
		}
		// The park names are the text's, and units of the annex (their department pages exist).
		for (const l of locations.filter((l) => l.park)) {
			expect(REWARD_SCOPE.payment).toContain(l.park!);
			expect(content.departments.map((d) => d.name)).toContain(l.park);
		}
	});

	it('names no payer where the text names none', () => {
		expect(paymentFor('reward', 'other')).toEqual({ rule: 'not-stated' });
		expect(paymentFor('subsidy', 'outside')).toEqual({ rule: 'outside-not-stated' });
		expect(paymentFor('reward', undefined)).toEqual({ rule: 'general' });
		// Services, finance, tax … are not 奖补资金.
		for (const kind of supportKinds.filter((k) => !k.funds)) expect(paymentFor(kind.key, 'malanshan')).toEqual({ rule: 'none' });
	});
});

describe('matching rules', () => {
	it('a measure for a broader group applies to a narrower one, and a narrower one is shown to the broader as “if you are one”', () => {
		// a2-m1: “培育以科技型中小企业、高新技术企业、创新型领军企业、科技型上市企业为主线的科技型企业梯队”.
		expect(audienceFit(['tech-enterprise'], 'high-tech')).toBe('broader');
		expect(audienceFit(['enterprise'], 'tech-sme')).toBe('broader');
		// Naming the type itself is told apart from allowing it through a broader group.
		expect(audienceFit(['high-tech', 'research'], 'high-tech')).toBe('named');
		expect(audienceFit(['enterprise'], 'enterprise')).toBe('named');
		expect(audienceFit(['high-tech'], 'enterprise')).toBe('narrower');
		expect(audienceFit(['leading-talent'], 'talent')).toBe('narrower');
		// Siblings do not match: a 规模以上企业 measure is not shown to a 高新技术企业.
		expect(audienceFit(['above-scale'], 'high-tech')).toBeUndefined();
		expect(audienceFit(['high-tech'], 'financial')).toBeUndefined();
		// Roles are taken by enterprises; a bank is not offered them.
		expect(audienceFit(['transferor'], 'high-tech')).toBe('role');
		expect(audienceFit(['transferor'], 'financial')).toBeUndefined();
		expect(audienceFit(['any'], 'financial')).toBe('unnamed');
		expect(audienceFit(['high-tech'], undefined)).toBe('all');
		expect(audienceFit(['high-tech'], [])).toBe('all');
	});

	it('with several types chosen, a measure fits if it fits any of them, as well as it fits the best', () => {
		expect(audienceFit(['above-scale'], ['high-tech', 'above-scale'])).toBe('named');
		expect(audienceFit(['tech-enterprise'], ['high-tech', 'above-scale'])).toBe('broader');
		expect(audienceFit(['transferor'], ['financial', 'high-tech'])).toBe('role');
		expect(audienceFit(['traditional'], ['high-tech', 'above-scale'])).toBeUndefined();
	});

	it('industries: a closed list excludes others, a list ending with 等 does not', () => {
		expect(industryFit(['integrated-circuits'], false, 'video')).toBeUndefined();
		expect(industryFit(['video', 'software'], true, 'aerospace')).toBe('open-list');
		expect(industryFit(['video'], false, 'video')).toBe('named');
		expect(industryFit([], false, 'video')).toBe('unrestricted');
		expect(industryFit(['video'], false, undefined)).toBe('any');
	});

	it('reads and writes the URL, one type parameter per chosen type, ignoring values that are not in the lists', () => {
		const p = profileFromParams(new URLSearchParams('type=high-tech&industry=video&location=malanshan&x=1'));
		expect(p).toEqual({ types: ['high-tech'], industry: 'video', location: 'malanshan' });
		expect(profileToParams(p).toString()).toBe('type=high-tech&industry=video&location=malanshan');
		const two = profileFromParams(new URLSearchParams('type=high-tech&type=above-scale&type=high-tech&type=mars'));
		expect(two).toEqual({ types: ['high-tech', 'above-scale'] });
		expect(profileToParams(two, new URLSearchParams('type=talent&keep=1')).toString()).toBe('keep=1&type=high-tech&type=above-scale');
		expect(profileFromParams(new URLSearchParams('type=transferor&industry=%E8%A7%86%E9%A2%91&location=mars'))).toEqual({});
		expect(profileToParams({}, new URLSearchParams('type=a&keep=1')).toString()).toBe('keep=1');
	});

	it('every list value has an ASCII key and a label, and no key or label is used twice', () => {
		for (const list of [audiences, industries, supportKinds, locations] as ReadonlyArray<ReadonlyArray<{ key: string; label: string }>>) {
			expect(new Set(list.map((x) => x.key)).size).toBe(list.length);
			expect(new Set(list.map((x) => x.label)).size).toBe(list.length);
			for (const x of list) expect(x.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		}
	});
});

/** The measures as editors wrote them: which name a type or an industry, read from the labels (not from the matcher). */
const names = (id: string, types: readonly AudienceKey[], industry: IndustryKey | undefined) => {
	const s = byId.get(id)!;
	return {
		type: types.some((t) => s.audiences.includes(audienceByKey.get(t)!.label)),
		industry: industry !== undefined && s.industries.includes(industryByKey.get(industry)!.label),
	};
};
const selectable = audiences.filter((a) => a.selectable).map((a) => a.key);

describe('ranking: measures that name what you chose come before those that only allow it', () => {
	it('the issue’s example: 高新技术企业 + 软件信息 + 马栏山 puts 高新技术企业认定奖励 first', () => {
		const profile: Profile = { types: ['high-tech'], industry: 'software', location: 'malanshan' };
		const list = matchSupports(facts, profile).filter((m) => m.group === 'match');
		expect(list[0]!.id).toBe('high-tech-recognition-reward');
		// “扎实开展高新技术企业认定工作，继续实施现有奖励政策”: it names 高新技术企业 and no one else.
		expect(clauseOf('high-tech-recognition-reward')).toContain('扎实开展高新技术企业认定工作，继续实施现有奖励政策');
		expect(byId.get('high-tech-recognition-reward')!.audiences).toEqual(['高新技术企业']);
		// Behind it, the measures that allow any enterprise (企业) come after every measure that names 软件信息.
		const firstAllowing = list.findIndex((m) => !names(m.id, profile.types!, profile.industry).type && !names(m.id, profile.types!, profile.industry).industry);
		const lastNaming = list.findLastIndex((m) => names(m.id, profile.types!, profile.industry).industry);
		expect(lastNaming).toBeGreaterThan(0);
		expect(lastNaming).toBeLessThan(firstAllowing);
	});

	const cases: Array<[string, Profile]> = [];
	for (const t of selectable) for (const industry of [undefined, ...industries.map((i) => i.key)]) cases.push([`${t} ${industry ?? '-'}`, { types: [t], ...(industry ? { industry } : {}) }]);
	for (const [i, a] of selectable.entries()) for (const b of selectable.slice(i + 1)) cases.push([`${a}+${b}`, { types: [a, b], industry: 'software' }]);

	it(`for every type, every industry and every pair of types (${cases.length} profiles), naming comes first: type and industry, type, industry, neither`, () => {
		let checked = 0;
		for (const [name, profile] of cases) {
			const list = matchSupports(facts, profile).filter((m) => m.group === 'match');
			const tier = (id: string) => {
				const n = names(id, profile.types!, profile.industry);
				return n.type ? (n.industry ? 0 : 1) : n.industry ? 2 : 3;
			};
			const tiers = list.map((m) => tier(m.id));
			expect(tiers, name).toEqual([...tiers].sort((x, y) => x - y));
			if (new Set(tiers).size > 1) checked++;
		}
		// The rule is not vacuous: many profiles mix measures that name and measures that allow.
		expect(checked).toBeGreaterThan(50);
	});

	it('choosing two types finds every measure either type finds, and nothing else', () => {
		for (const [i, a] of selectable.entries()) {
			for (const b of selectable.slice(i + 1)) {
				const ids = (types: AudienceKey[]) => new Set(matchSupports(facts, { types }).map((m) => `${m.group} ${m.id}`));
				expect([...ids([a, b])].sort(), `${a}+${b}`).toEqual([...new Set([...ids([a]), ...ids([b])])].sort());
			}
		}
	});

	it('a reward that does not apply is still set apart, however it ranks (the reward-scope rule)', () => {
		const list = matchSupports(facts, { types: ['high-tech'], industry: 'software', location: 'outside' });
		expect(list.find((m) => m.id === 'high-tech-recognition-reward')!.group).toBe('excluded');
		expect(list.filter((m) => m.group === 'match').every((m) => byId.get(m.id)!.kind !== '奖励')).toBe(true);
	});
});

describe.each(profiles)('profile: $name', (c) => {
	const matches = matchSupports(facts, profileFromParams(profileQuery(c)));
	const group = (g: string) => matches.filter((m) => m.group === g).map((m) => m.id);

	it('every justification is words of the official text, the first from the clause the measure cites', () => {
		for (const [id, first, ...more] of c.match) {
			expect(clauseOf(id), `${id}: ${first}`).toContain(first);
			for (const q of more) expect(source, `${id}: ${q}`).toContain(q.replace(/\s+/g, ''));
		}
		for (const [id, why] of c.notMatch) expect(clauseOf(id), `${id}: ${why}`).toContain(why);
	});

	it('lists exactly the measures the text gives this profile', () => {
		const expected = c.match.map(([id]) => id);
		if (c.ordered) expect(group('match')).toEqual(expected);
		else expect([...group('match')].sort()).toEqual([...expected].sort());
		for (const [id] of c.notMatch)
			expect(
				matches.find((m) => m.id === id && m.group !== 'excluded'),
				id,
			).toBeUndefined();
	});

	it('lists the measures whose text names no beneficiary separately', () => {
		const unnamed = supports.filter((s) => s.audiences.includes('原文未限定对象')).map((s) => s.id);
		expect(unnamed.length).toBeGreaterThan(0);
		expect(group('unnamed')).toEqual(unnamed);
	});

	it('applies the reward-scope rule to every reward', () => {
		expect(group('excluded')).toEqual(c.excluded ?? []);
		for (const id of group('excluded')) expect(byId.get(id)!.kind).toBe('奖励');
		if (c.profile.location === 'outside') {
			const rewards = matches.filter((m) => byId.get(m.id)!.kind === '奖励');
			expect(rewards.length).toBeGreaterThan(0);
			for (const m of rewards) expect(m.group, m.id).toBe('excluded');
		}
		if (c.payment) {
			expect(c.payment.because).toBe(REWARD_SCOPE.payment);
			const funds = matches.filter((m) => kindByLabel.get(byId.get(m.id)!.kind)!.funds);
			expect(funds.length).toBeGreaterThan(0);
			for (const m of funds) expect(paymentNote(m.payment), m.id).toContain(c.payment.text);
		}
	});

	it('gives the amounts the text states', () => {
		for (const [id, yuan] of Object.entries(c.amounts ?? {})) expect(byId.get(id)!.amountValue, id).toBe(yuan);
	});
});

describe('the issue’s own examples are all in the collection', () => {
	it.each([
		['leading-talent-reward', '30万元'],
		['innovative-talent-reward', '10万元'],
		['commissioner-subsidy', '10万元'],
		['outstanding-youth-support', '按照市级标准给予适当经费支持'],
		['new-team-support', '采取“一事一议”给予支持'],
	])('%s states %s', (id, amount) => {
		expect(byId.get(id)?.amount).toBe(amount);
		expect(source).toContain(amount);
	});

	it.each([
		'new-rd-matching',
		'high-tech-recognition-reward',
		'district-rd-reward',
		'rd-funds-application',
		'rd-super-deduction',
		'contract-registration-reward',
		'technology-transfer-reward',
		'ip-capitalisation',
		'ip-service-station',
		'loan-risk-pools',
		'tech-insurance',
		'star-market-pipeline',
		'incubators',
	])('%s', (id) => {
		expect(byId.has(id)).toBe(true);
	});
});
