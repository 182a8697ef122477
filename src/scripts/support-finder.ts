/**
 * <support-finder>: filters and orders the support cards by what you are (one or more types), your
 * industry and where you are, using the same pure logic as the build and the tests
 * (src/support/match.ts). The choice is kept in the URL
 * (?type=high-tech&type=above-scale&industry=video&location=malanshan) so that it can be shared.
 * 查看结果 moves the focus and the view to the results (on a phone they start below the form).
 * Without scripts the form stays hidden and the page is the complete list.
 */
import { matchSupports, narrower, profileFromParams, profileToParams, selfAndBroader, type Match, type MatchGroup, type Profile, type SupportFacts } from '../support/match.ts';
import { audienceByKey, type AudienceKey, type IndustryKey, type LocationKey, type SupportKindKey } from '../schemas/support-vocabulary.ts';

const words = (s: string | undefined) => (s ?? '').split(' ').filter(Boolean);

class SupportFinder extends HTMLElement {
	connectedCallback(): void {
		const form = this.querySelector<HTMLFormElement>('[data-finder-form]');
		const status = this.querySelector<HTMLElement>('[data-finder-status]');
		if (!form || !status) return;
		const typeBoxes = [...form.querySelectorAll<HTMLInputElement>('[data-finder="type"]')];
		const typeGroups = [...form.querySelectorAll<HTMLDetailsElement>('[data-type-group]')];
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
			const types = typeBoxes.filter((b) => b.checked).map((b) => b.value as AudienceKey);
			return {
				...(types.length ? { types } : {}),
				...(industry.value ? { industry: industry.value as IndustryKey } : {}),
				...(location ? { location: location as LocationKey } : {}),
			};
		};
		const write = (p: Profile) => {
			for (const b of typeBoxes) b.checked = p.types?.includes(b.value as AudienceKey) ?? false;
			// A group holding a chosen type is opened, so that what is chosen is in sight.
			for (const g of typeGroups) if (g.querySelector('input:checked')) g.open = true;
			industry.value = p.industry ?? '';
			for (const r of radios) r.checked = r.value === (p.location ?? '');
		};

		const label = (a: AudienceKey) => audienceByKey.get(a)!.label;
		const fitNote = (m: Match, f: SupportFacts, p: Profile): string => {
			const notes: string[] = [];
			const types = p.types ?? [];
			if (m.audience === 'named')
				notes.push(
					`原文点名了${f.audiences
						.filter((a) => types.includes(a))
						.map(label)
						.join('、')}`,
				);
			if (m.audience === 'narrower') {
				const down = new Set(types.flatMap((t) => [...narrower(t)]));
				notes.push(
					`适用于其中的${f.audiences
						.filter((a) => down.has(a))
						.map(label)
						.join('、')}`,
				);
			}
			if (m.audience === 'role') {
				const up = new Set(types.flatMap((t) => [...selfAndBroader(t)]));
				const roles = f.audiences.filter((a) => {
					const def = audienceByKey.get(a);
					return def && 'filledBy' in def && def.filledBy.some((x) => up.has(x as AudienceKey));
				});
				notes.push(`如你是${roles.map(label).join('或')}`);
			}
			if (m.industry === 'named') notes.push('原文点名了所选行业');
			if (m.industry === 'open-list') notes.push('原文列举的行业中没有所选行业，但列举以“等”结尾');
			return notes.join('；');
		};

		const apply = () => {
			const profile = read();
			const chosen = Boolean(profile.types || profile.industry || profile.location);
			for (const g of typeGroups) {
				const n = g.querySelectorAll('input:checked').length;
				g.querySelector<HTMLElement>('[data-type-count]')!.textContent = n ? `（已选 ${n} 项）` : '';
			}
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
				const text = chosen
					? fitNote(
							m as Match,
							facts.find((f) => f.id === m.id)!,
							profile,
						)
					: '';
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
			// The results start below the form (far below on a phone): take the reader there, focus first,
			// so that a screen reader reads the heading with the count and Tab goes on into the results.
			main.heading.focus({ preventScroll: true });
			main.heading.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
		});
		// The reset event fires before the controls are cleared.
		form.addEventListener('reset', () => setTimeout(apply));
		form.hidden = false;
		apply();
	}
}
customElements.define('support-finder', SupportFinder);
