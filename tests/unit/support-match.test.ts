import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readContent } from '../../src/lib/load-content.ts';
import { clauseBody } from '../../src/lib/support-check.ts';
import { audienceFit, factsOf, industryFit, matchSupports, paymentFor, profileFromParams, profileToParams, type Profile } from '../../src/lib/support-match.ts';
import { paymentNote, rewardScopeSentences } from '../../src/lib/support-view.ts';
import { audiences, industries, kindByLabel, locations, supportKinds } from '../../src/lib/support-vocabulary.ts';
import { bodyText } from '../helpers/source.ts';
import { profiles, REWARD_SCOPE } from '../helpers/support-profiles.ts';

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
		expect(audienceFit(['tech-enterprise'], 'high-tech')).toBe('direct');
		expect(audienceFit(['enterprise'], 'tech-sme')).toBe('direct');
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
	});

	it('industries: a closed list excludes others, a list ending with 等 does not', () => {
		expect(industryFit(['integrated-circuits'], false, 'video')).toBeUndefined();
		expect(industryFit(['video', 'software'], true, 'aerospace')).toBe('open-list');
		expect(industryFit(['video'], false, 'video')).toBe('named');
		expect(industryFit([], false, 'video')).toBe('unrestricted');
		expect(industryFit(['video'], false, undefined)).toBe('any');
	});

	it('reads and writes the URL, ignoring values that are not in the lists', () => {
		const p = profileFromParams(new URLSearchParams('type=high-tech&industry=video&location=malanshan&x=1'));
		expect(p).toEqual({ type: 'high-tech', industry: 'video', location: 'malanshan' });
		expect(profileToParams(p).toString()).toBe('type=high-tech&industry=video&location=malanshan');
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

describe.each(profiles)('profile: $name', (c) => {
	const matches = matchSupports(facts, c.profile as Profile);
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
		for (const [id] of c.notMatch) expect(matches.find((m) => m.id === id && m.group !== 'excluded'), id).toBeUndefined();
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

	it.each(['new-rd-matching', 'high-tech-recognition-reward', 'district-rd-reward', 'rd-funds-application', 'rd-super-deduction', 'contract-registration-reward', 'technology-transfer-reward', 'ip-capitalisation', 'ip-service-station', 'loan-risk-pools', 'tech-insurance', 'star-market-pipeline', 'incubators'])('%s', (id) => {
		expect(byId.has(id)).toBe(true);
	});
});
