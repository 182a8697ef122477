/**
 * <compare-filter>: shows the differences of one action (?action=3). Without scripts the form stays
 * hidden and the full list shows.
 */
class CompareFilter extends HTMLElement {
	connectedCallback(): void {
		const form = this.querySelector<HTMLElement>('[data-filter-form]');
		if (!form) return;
		const action = form.querySelector<HTMLSelectElement>('[data-filter="action"]')!;
		const count = form.querySelector<HTMLElement>('[data-filter-count]')!;
		const items = [...this.querySelectorAll<HTMLElement>('[data-compare-item]')];
		const groups = [...this.querySelectorAll<HTMLElement>('[data-group]')];

		const wanted = new URLSearchParams(location.search).get('action');
		if (wanted && [...action.options].some((o) => o.value === wanted)) action.value = wanted;

		const apply = (updateUrl: boolean) => {
			let shown = 0;
			for (const item of items) {
				item.hidden = !!action.value && item.dataset.action !== action.value;
				if (!item.hidden) shown++;
			}
			for (const group of groups) {
				const empty = group.querySelector<HTMLElement>('[data-empty]');
				if (empty) empty.hidden = [...group.querySelectorAll<HTMLElement>('[data-compare-item]')].some((i) => !i.hidden);
			}
			count.textContent = shown === items.length ? `共 ${items.length} 处文字不同` : `显示 ${shown} 处，共 ${items.length} 处`;
			if (updateUrl) {
				const url = new URL(location.href);
				if (action.value) url.searchParams.set('action', action.value);
				else url.searchParams.delete('action');
				history.replaceState(null, '', url);
			}
		};
		form.addEventListener('change', () => apply(true));
		form.hidden = false;
		apply(false);
	}
}
customElements.define('compare-filter', CompareFilter);
