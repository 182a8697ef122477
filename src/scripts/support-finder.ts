/**
 * <support-finder>: filters the support cards by what you are, your industry and where you are,
 * using the same pure logic as the build and the tests (src/lib/support-match.ts). The choice is kept
 * in the URL (?type=high-tech&industry=video&location=malanshan) so that it can be shared.
 * Without scripts the form stays hidden and the page is the complete list.
 */
import { matchSupports, narrower, profileFromParams, profileToParams, selfAndBroader, type Match, type MatchGroup, type Profile, type SupportFacts } from '../lib/support-match.ts';
import { audienceByKey, type AudienceKey, type IndustryKey, type LocationKey, type SupportKindKey } from '../lib/support-vocabulary.ts';

const words = (s: string | undefined) => (s ?? '').split(' ').filter(Boolean);

class SupportFinder extends HTMLElement {
	connectedCallback(): void {
		const form = this.querySelector<HTMLFormElement>('[data-finder-form]');
		const status = this.querySelector<HTMLElement>('[data-finder-status]');
		if (!form || !status) return;
		const type = form.querySelector<HTMLSelectElement>('[data-finder="type"]')!;
		const industry = form.querySelector<HTMLSelectElement>('[data-finder="industry"]')!;
		const radios = [...form.querySelectorAll<HTMLInputElement>('[data-finder="location"]')];
		const groups = new Map(
			[...this.querySelectorAll<HTMLElement>('[data-group]')].map((section) => [
				section.dataset.group as MatchGroup,
				{ section, list: section.querySelector('ul')!, heading: section.querySelector<HTMLElement>('[data-group-heading]')! },
			]),
		);
		const main = groups.get('match')!;
		const cards = [...this.querySelectorAll<HTMLLIElement>('li[data-support]')];
		const facts: SupportFacts[] = cards.map((li) => ({
			id: li.dataset.support!,
			kind: li.dataset.kind as SupportKindKey,
			audiences: words(li.dataset.audiences) as AudienceKey[],
			industries: words(li.dataset.industries) as IndustryKey[],
			industriesOpen: li.dataset.industriesOpen === 'true',
		}));
		const byId = new Map(cards.map((li) => [li.dataset.support!, li]));
		const total = cards.length;

		const read = (): Profile => {
			const location = radios.find((r) => r.checked)?.value;
			return {
				...(type.value ? { type: type.value as AudienceKey } : {}),
				...(industry.value ? { industry: industry.value as IndustryKey } : {}),
				...(location ? { location: location as LocationKey } : {}),
			};
		};
		const write = (p: Profile) => {
			type.value = p.type ?? '';
			industry.value = p.industry ?? '';
			for (const r of radios) r.checked = r.value === (p.location ?? '');
		};

		const fitNote = (m: Match, f: SupportFacts, p: Profile): string => {
			const notes: string[] = [];
			if (m.audience === 'narrower' && p.type) {
				const down = narrower(p.type);
				notes.push(`适用于其中的${f.audiences.filter((a) => down.has(a)).map((a) => audienceByKey.get(a)!.label).join('、')}`);
			}
			if (m.audience === 'role' && p.type) {
				const up = selfAndBroader(p.type);
				const roles = f.audiences.filter((a) => {
					const def = audienceByKey.get(a);
					return def && 'filledBy' in def && def.filledBy.some((x) => up.has(x as AudienceKey));
				});
				notes.push(`如你是${roles.map((a) => audienceByKey.get(a)!.label).join('或')}`);
			}
			if (m.industry === 'named') notes.push('原文点名了所选行业');
			if (m.industry === 'open-list') notes.push('原文列举的行业中没有所选行业，但列举以“等”结尾');
			return notes.join('；');
		};

		const apply = () => {
			const profile = read();
			const chosen = Boolean(profile.type || profile.industry || profile.location);
			const matches = chosen ? matchSupports(facts, profile) : facts.map((f) => ({ id: f.id, group: 'match' as const }));
			const counts: Record<MatchGroup, number> = { match: 0, unnamed: 0, excluded: 0 };
			const shown = new Set<string>();
			for (const m of matches) {
				const li = byId.get(m.id)!;
				groups.get(m.group)!.list.append(li);
				li.hidden = false;
				counts[m.group]++;
				shown.add(m.id);
				const note = li.querySelector<HTMLElement>('[data-fit-note]')!;
				const text = chosen ? fitNote(m as Match, facts.find((f) => f.id === m.id)!, profile) : '';
				note.textContent = text;
				note.hidden = !text;
			}
			for (const li of cards) {
				if (shown.has(li.dataset.support!)) continue;
				li.hidden = true;
				main.list.append(li);
			}
			for (const span of this.querySelectorAll<HTMLElement>('[data-payment-for]')) span.hidden = span.dataset.paymentFor !== (profile.location ?? '');

			main.heading.textContent = chosen ? `适用于你的措施（${counts.match} 项）` : `全部 ${total} 项措施`;
			for (const g of ['unnamed', 'excluded'] as const) {
				const { section, heading } = groups.get(g)!;
				section.hidden = !chosen || counts[g] === 0;
				heading.textContent = `${g === 'unnamed' ? '原文未限定对象的措施' : '在开福区以外不适用的奖励'}（${counts[g]} 项）`;
			}
			status.textContent = chosen
				? [
						counts.match ? `找到 ${counts.match} 项适用的措施` : '没有找到明确面向你的措施',
						counts.unnamed ? `另有 ${counts.unnamed} 项原文未限定对象的措施` : '',
						counts.excluded ? `${counts.excluded} 项奖励在开福区以外不适用` : '',
					]
						.filter(Boolean)
						.join('，') + '。'
				: `共 ${total} 项措施。`;

			const url = new URL(location.href);
			profileToParams(profile, url.searchParams);
			history.replaceState(null, '', url);
		};

		write(profileFromParams(new URLSearchParams(location.search)));
		form.addEventListener('change', apply);
		form.addEventListener('submit', (e) => {
			e.preventDefault();
			apply();
		});
		// The reset event fires before the controls are cleared.
		form.addEventListener('reset', () => setTimeout(apply));
		form.hidden = false;
		apply();
	}
}
customElements.define('support-finder', SupportFinder);
