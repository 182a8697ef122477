/**
 * <annex-filter>: filters the annex table by action and lead unit and sorts it, keeping the
 * choice in the URL (?action=3&lead=区科技局&sort=lead). Without scripts the full table shows.
 */
class AnnexFilter extends HTMLElement {
	connectedCallback(): void {
		const form = this.querySelector<HTMLElement>('[data-filter-form]');
		const tbody = this.querySelector('tbody');
		if (!form || !tbody) return;
		const action = form.querySelector<HTMLSelectElement>('[data-filter="action"]')!;
		const lead = form.querySelector<HTMLSelectElement>('[data-filter="lead"]')!;
		const sort = form.querySelector<HTMLSelectElement>('[data-sort]')!;
		const count = form.querySelector<HTMLElement>('[data-filter-count]')!;
		const rows = [...tbody.querySelectorAll<HTMLTableRowElement>('tr')];

		const params = new URLSearchParams(location.search);
		const pick = (select: HTMLSelectElement, value: string | null) => {
			if (value && [...select.options].some((o) => o.value === value)) select.value = value;
		};
		pick(action, params.get('action'));
		pick(lead, params.get('lead'));
		pick(sort, params.get('sort'));

		const apply = () => {
			let shown = 0;
			for (const row of rows) {
				const visible = (!action.value || row.dataset.action === action.value) && (!lead.value || row.dataset.lead === lead.value);
				row.hidden = !visible;
				if (visible) shown++;
			}
			const key = (r: HTMLTableRowElement) => Number(r.dataset.number);
			const sorted = [...rows].sort((a, b) => (sort.value === 'lead' ? (a.dataset.leadKey ?? '').localeCompare(b.dataset.leadKey ?? '') : 0) || key(a) - key(b));
			tbody.append(...sorted);
			count.textContent = shown === rows.length ? `共 ${rows.length} 项任务` : `显示 ${shown} 项，共 ${rows.length} 项`;
			const url = new URL(location.href);
			for (const [k, v] of [
				['action', action.value],
				['lead', lead.value],
				['sort', sort.value === 'number' ? '' : sort.value],
			] as const) {
				if (v) url.searchParams.set(k, v);
				else url.searchParams.delete(k);
			}
			history.replaceState(null, '', url);
		};
		form.addEventListener('change', apply);
		form.hidden = false;
		apply();
	}
}
customElements.define('annex-filter', AnnexFilter);
