/**
 * <site-search>: the /search/ page. Runs Pagefind (loaded from the built bundle, same origin),
 * renders results with highlighted excerpts and the places on each page that match, counts per
 * facet value, and keeps the query and filters in the URL (/search/?q=…&type=…&lead=…).
 *
 * Works under a strict content security policy: no inline styles (state is shown with `hidden`
 * and classes), no HTML from the index is parsed into the page (excerpts are built from text
 * runs), Pagefind needs only script-src 'self' 'wasm-unsafe-eval' (it runs without a worker).
 */
import { facetKeys, readState, writeState, isEmpty, pagefindOptions, type FacetKey, type SearchState } from '../search/records.ts';
import { queryWords, type Run } from '../search/results.ts';
import { runSearch, type PagefindLike, type SearchOutcome, type ShownResult } from '../search/run.ts';
import { interpret, unpackLexicon, type Lexicon } from '../search/vocabulary.ts';

interface Pagefind extends PagefindLike {
	options(o: object): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

/** Results shown at first and added by each "显示更多". */
const PAGE = 10;

class SiteSearch extends HTMLElement {
	#pagefind?: Promise<Pagefind>;
	#seq = 0;
	#form!: HTMLFormElement;
	#input!: HTMLInputElement;
	#status!: HTMLElement;
	#list!: HTMLOListElement;
	#more!: HTMLButtonElement;
	#empty!: HTMLElement;
	#actionLabels: Record<string, string> = {};
	#pending: ShownResult[] = [];
	#outcome?: SearchOutcome;
	#shownCount = 0;
	#timer?: ReturnType<typeof setTimeout>;
	#moreQueue: Promise<void> = Promise.resolve();
	/** The everyday vocabulary (data-vocabulary), through which queries are read. */
	#lexicon?: Lexicon;
	/** The reader asked to search the words as typed (?exact=1). */
	#exact = false;
	#facets!: HTMLDetailsElement;
	/** The search whose facet counts are shown (counts are only worked out while the facets are open). */
	#counted?: string;

	connectedCallback(): void {
		this.#form = this.querySelector<HTMLFormElement>('[data-search-form]')!;
		this.#input = this.querySelector<HTMLInputElement>('[data-search-input]')!;
		this.#status = this.querySelector<HTMLElement>('[data-search-status]')!;
		this.#list = this.querySelector<HTMLOListElement>('[data-results]')!;
		this.#more = this.querySelector<HTMLButtonElement>('[data-more]')!;
		this.#empty = this.querySelector<HTMLElement>('[data-empty]')!;
		this.#actionLabels = JSON.parse(this.dataset.actionLabels ?? '{}') as Record<string, string>;
		this.#lexicon = this.dataset.vocabulary ? unpackLexicon(this.dataset.vocabulary) : undefined;
		this.#facets = this.querySelector<HTMLDetailsElement>('details[data-facets]')!;
		// Facet counts are worked out when the facets are open (a phone reader who never opens them loads no more than the results need).
		this.#facets.addEventListener('toggle', () => {
			if (this.#facets.open && this.#counted !== this.#key(this.#state())) this.#schedule(0, false);
		});
		this.querySelector('[data-exact-toggle]')?.addEventListener('click', () => {
			this.#exact = !this.#exact;
			this.#schedule(0);
		});

		this.#form.addEventListener('submit', (e) => {
			e.preventDefault();
			this.#schedule(0);
		});
		this.#input.addEventListener('input', () => {
			// A new query is read through the vocabulary again.
			this.#exact = false;
			this.#schedule(60);
		});
		this.#form.addEventListener('change', (e) => {
			if ((e.target as HTMLElement).matches('input[type=checkbox]')) this.#schedule(0);
		});
		for (const b of this.querySelectorAll('[data-clear-filters]')) {
			b.addEventListener('click', () => {
				for (const box of this.#checkboxes()) box.checked = false;
				this.#schedule(0);
				this.#input.focus();
			});
		}
		this.#more.addEventListener('click', () => void this.#showMore());
		this.querySelector('[data-show-partial]')?.addEventListener('click', () => this.#showPartial());
		window.addEventListener('popstate', () => {
			this.#applyState(readState(new URLSearchParams(location.search)));
			this.#schedule(0, false);
		});

		this.#applyState(readState(new URLSearchParams(location.search)));
		// The facets are built folded behind one 筛选 control (on a phone, open lists would push the results far
		// down; the control says how many values are chosen). On wide screens they sit beside the results: open
		// them and their short lists there. They need this script: they keep their space, invisible, until it runs.
		if (matchMedia('(min-width: 60rem)').matches) {
			this.#facets.open = true;
			for (const details of this.querySelectorAll<HTMLDetailsElement>('details[data-open-wide]')) details.open = true;
		}
		this.dataset.state = 'idle';
		this.#schedule(0, false);
	}

	#checkboxes(): HTMLInputElement[] {
		return [...this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
	}

	/** The search the form describes. */
	#state(): SearchState {
		const state = readState(new URLSearchParams(new FormData(this.#form) as unknown as Record<string, string>));
		return this.#exact && state.q ? { ...state, exact: true } : state;
	}

	/** A search as a string, to tell whether the facet counts shown are this search's. */
	#key(state: SearchState): string {
		return writeState(state).toString();
	}

	/** Puts a search (from the URL) into the form. */
	#applyState(state: SearchState): void {
		this.#input.value = state.q;
		this.#exact = state.exact === true;
		for (const box of this.#checkboxes()) box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
		// On a phone the facets stay folded (each summary says how many values are selected); on wide screens a
		// facet with a selection opens.
		if (!matchMedia('(min-width: 60rem)').matches) return;
		for (const details of this.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
			if (state.filters[details.dataset.facet as FacetKey]?.length) details.open = true;
		}
	}

	#load(): Promise<Pagefind> {
		this.#pagefind ??= (async () => {
			const url = new URL('pagefind.js', new URL(this.dataset.bundle ?? '/pagefind/', location.href)).href;
			const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
			await pf.options(pagefindOptions);
			await pf.init();
			return pf;
		})();
		return this.#pagefind;
	}

	#schedule(delay: number, updateUrl = true): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#search(updateUrl), delay);
	}

	async #search(updateUrl: boolean): Promise<void> {
		const seq = ++this.#seq;
		const state = this.#state();
		if (updateUrl) {
			const params = writeState(state).toString();
			const url = `${location.pathname}${params ? `?${params}` : ''}`;
			if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
		}
		this.#markSelected(state);
		this.dataset.state = 'searching';
		let outcome: SearchOutcome;
		let totals: Record<string, Record<string, number>> | undefined;
		const counting = this.#facets.open;
		try {
			const pf = await this.#load();
			totals = counting ? await pf.filters() : undefined;
			outcome = await runSearch(pf, state, { facets: counting ? facetKeys : [], ...(this.#lexicon ? { lexicon: this.#lexicon } : {}) });
		} catch (e) {
			if (seq !== this.#seq) return;
			this.#status.textContent = '搜索暂时无法使用，请稍后再试，或直接查看重点任务分解表和方案全文。';
			this.dataset.state = 'error';
			console.error(e);
			return;
		}
		if (seq !== this.#seq) return; // A newer search has started.
		this.#outcome = outcome;
		if (totals) {
			this.#renderCounts(state, outcome, totals);
			this.#counted = this.#key(state);
		}
		this.#renderRead(state, outcome);
		await this.#render(state, outcome);
		if (seq !== this.#seq) return;
		this.dataset.state = 'done';
		this.dispatchEvent(new CustomEvent('search-rendered', { bubbles: true }));
	}

	/** Shows how many values each facet has selected, and the clear button when any is. */
	#markSelected(state: SearchState): void {
		let any = false;
		for (const details of this.querySelectorAll<HTMLElement>('details[data-facet]')) {
			const n = state.filters[details.dataset.facet as FacetKey]?.length ?? 0;
			any ||= n > 0;
			details.querySelector('[data-facet-selected]')!.textContent = n ? `（已选 ${n}）` : '';
		}
		const chosen = facetKeys.reduce((n, k) => n + (state.filters[k]?.length ?? 0), 0);
		this.querySelector('[data-facets-chosen]')!.textContent = chosen ? `（已选 ${chosen} 项）` : '（未选）';
		const clear = this.querySelector<HTMLElement>('.search-facets [data-clear-filters]');
		if (clear) clear.hidden = !any;
	}

	/** Counts next to each facet value; values with no page at all (in the whole index) are hidden. */
	#renderCounts(state: SearchState, outcome: SearchOutcome, totals: Record<string, Record<string, number>>): void {
		const searching = !isEmpty(state);
		for (const li of this.querySelectorAll<HTMLElement>('[data-facet-value]')) {
			const box = li.querySelector<HTMLInputElement>('input')!;
			const key = box.name as FacetKey;
			const total = totals[key]?.[box.value] ?? 0;
			const n = searching ? (outcome.counts[key]?.[box.value] ?? 0) : total;
			li.hidden = total === 0 && !box.checked;
			li.classList.toggle('is-zero', n === 0);
			li.querySelector('[data-count]')!.textContent = String(n);
		}
	}

	/**
	 * Says how the query was read: the everyday words searched as the plan's words, the question words
	 * left out, and offers to search the words as typed (or, after that, through the vocabulary again).
	 */
	#renderRead(state: SearchState, outcome: SearchOutcome): void {
		const note = this.querySelector<HTMLElement>('[data-search-read]')!;
		const text = note.querySelector<HTMLElement>('[data-search-read-text]')!;
		const toggle = note.querySelector<HTMLButtonElement>('[data-exact-toggle]')!;
		const it = outcome.interpretation;
		const couldRewrite = state.q && this.#lexicon ? interpret(state.q, this.#lexicon).rewritten : false;
		note.hidden = !(it?.rewritten || (state.exact && couldRewrite));
		if (note.hidden) return;
		if (state.exact) {
			text.textContent = `已按原词“${state.q}”查找，没有换成方案用词。`;
			toggle.textContent = '改用方案用词查找';
			return;
		}
		const parts = it!.expanded.map((e) => `按“${e.plan.join('、')}”查找“${e.everyday}”`);
		if (it!.ignored.length) parts.push(`略去了“${it!.ignored.join('”“')}”`);
		text.textContent = `${parts.join('；')}。`;
		toggle.textContent = `只查原词“${state.q}”`;
	}

	/**
	 * The finder link of the empty state, with what the query names already chosen. The finder's lists are
	 * loaded only here, so that a search that finds something does not fetch them.
	 */
	async #renderFinder(state: SearchState): Promise<void> {
		const { finderLink } = await import('../search/search-finder.ts');
		// Read through the vocabulary even when the reader searched the words as typed: 高企 names 高新技术企业.
		const link = finderLink(state.q ? interpret(state.q, this.#lexicon) : undefined);
		this.#empty.querySelector<HTMLAnchorElement>('[data-finder-link]')!.href = link.href;
		this.#empty.querySelector('[data-finder-chosen]')!.textContent = link.chosen.length ? `（已按搜索词选好：${link.chosen.join('、')}）` : '';
	}

	async #render(state: SearchState, outcome: SearchOutcome): Promise<void> {
		this.#list.replaceChildren();
		this.#shownCount = 0;
		this.#more.hidden = true;
		this.#empty.hidden = true;
		if (isEmpty(state)) {
			this.#status.textContent = '输入关键词，或在“筛选”中选择条件浏览。';
			return;
		}
		const filtered = facetKeys.some((k) => state.filters[k]?.length);
		const whole = outcome.shown.filter((r) => r.tier < 2).length;
		const partial = outcome.shown.length - whole;
		const allRead = outcome.total <= outcome.shown.length;
		// Pagefind drops query words it finds nowhere and matches the rest; when none of the best
		// results contains what was typed, say so instead of listing near misses as if they matched.
		if (outcome.total === 0 || (state.q && whole === 0)) {
			this.#status.textContent = state.q ? `没有找到与“${state.q}”相符的内容。` : '没有符合所选条件的内容。';
			this.#empty.querySelector('[data-empty-what]')!.textContent = state.q ? `与“${state.q}”相符的内容` : '符合所选条件的内容';
			this.#empty.querySelector<HTMLElement>('[data-empty-filters]')!.hidden = !filtered;
			const near = this.#empty.querySelector<HTMLElement>('[data-show-partial]')!;
			near.hidden = outcome.total === 0;
			near.textContent = `仍然列出只包含部分搜索词的 ${outcome.total} 个页面`;
			await this.#renderFinder(state);
			this.#empty.hidden = false;
			void this.#explainMissing(state.q);
			return;
		}
		const where = filtered ? '（已按所选条件筛选）' : '';
		// The nearest results: nothing contains every word, these contain all but the words named.
		const nearest = outcome.dropped ? `没有同时包含全部搜索词的内容；去掉“${outcome.dropped.join('”“')}”后，` : '';
		this.#status.textContent = !state.q
			? `共 ${outcome.total} 个页面符合所选条件。`
			: nearest + (allRead && partial > 0 ? `找到 ${whole} 个结果${where}，另有 ${partial} 个页面只包含部分搜索词，列在最后。` : `找到 ${outcome.total} 个结果${where}。`);
		this.#pending = [...outcome.shown];
		await this.#showMore();
	}

	/** From the empty state: list the near misses after all, marked as such. */
	#showPartial(): void {
		const outcome = this.#outcome;
		if (!outcome) return;
		this.#empty.hidden = true;
		this.#status.textContent = `以下 ${outcome.total} 个页面只包含部分搜索词，并不包含“${this.#input.value.trim()}”。`;
		this.#pending = [...outcome.shown];
		void this.#showMore().then(() => this.#list.querySelector<HTMLElement>('a')?.focus());
	}

	/** Says which characters of the query occur nowhere on the site, when that is why nothing was found. */
	async #explainMissing(q: string): Promise<void> {
		const note = this.#empty.querySelector<HTMLElement>('[data-empty-missing]')!;
		note.hidden = true;
		const chars = [...new Set([...queryWords(q).join('')].filter((c) => /\p{Script=Han}/u.test(c)))];
		if (!chars.length) return;
		const pf = await this.#load();
		const missing: string[] = [];
		// Every character of the site's text begins an indexed word on its page (the segmentation hints see to it),
		// so a character that begins none occurs nowhere.
		for (const c of chars) if ((await pf.search(c)).results.length === 0) missing.push(c);
		if (missing.length) {
			this.#empty.querySelector('[data-empty-chars]')!.textContent = missing.join('”“');
			note.hidden = false;
		}
	}

	/** Adds the next results; calls run one after another (a second click waits for the first batch). */
	#showMore(): Promise<void> {
		const outcome = this.#outcome;
		// A batch asked for by an earlier search is dropped once a newer search has replaced the list.
		this.#moreQueue = this.#moreQueue.then(() => (this.#outcome === outcome ? this.#showNext() : undefined));
		return this.#moreQueue;
	}

	async #showNext(): Promise<void> {
		const outcome = this.#outcome;
		if (!outcome) return;
		if (this.#pending.length < PAGE) this.#pending.push(...(await outcome.more(PAGE)));
		const batch = this.#pending.splice(0, PAGE);
		const first = this.#list.children.length;
		for (const r of batch) this.#list.append(this.#item(r));
		this.#shownCount += batch.length;
		this.#more.hidden = this.#shownCount >= outcome.total;
		// After "显示更多", move focus to the first new result so keyboard users continue from there.
		if (first > 0 && batch.length) this.#list.children[first]?.querySelector<HTMLElement>('a')?.focus();
	}

	#item(r: ShownResult): HTMLLIElement {
		const li = el('li', 'result');
		li.dataset.url = r.url;
		const [best, ...others] = r.places;
		const h = el('h3', 'result-title');
		const a = el('a');
		a.href = best?.url ?? r.url;
		a.textContent = r.title;
		h.append(a);
		li.append(h);

		const meta = el('p', 'result-meta');
		for (const type of r.filters.type ?? []) meta.append(el('span', 'badge', type));
		const actions = (r.filters.action ?? []).map((id) => this.#actionLabels[id]).filter(Boolean);
		if (actions.length === 1 && actions[0] !== r.title) meta.append(el('span', undefined, actions[0]));
		if ((r.filters.type?.includes('任务') || r.filters.type?.includes('指标')) && r.filters.lead?.length) meta.append(el('span', undefined, `牵头单位：${r.filters.lead.join('、')}`));
		if (r.tier === 2) meta.append(el('span', 'partial', '只包含部分搜索词'));
		li.append(meta);

		if (r.filters.type?.includes('支持措施')) li.append(this.#supportParts(r, best));
		else if (best) li.append(...this.#place(best));
		for (const twin of r.alsoAt ?? []) {
			const also = el('p', 'result-also', '同一条文也在：');
			const link = el('a', undefined, twin.title);
			link.href = twin.url;
			also.append(link);
			li.append(also);
		}
		if (others.length) {
			const more = el('ul', 'result-places');
			for (const p of others) {
				const item = el('li');
				const link = el('a', undefined, p.title ?? r.title);
				link.href = p.url;
				item.append(link);
				more.append(item);
			}
			const label = el('p', 'result-places-label', '本页其他相关位置：');
			li.append(label, more);
		}
		return li;
	}

	/**
	 * A support measure's result in labelled parts, not one run of text: 金额, 对象 (as its page states
	 * them), 联系部门, and the matching passage labelled by where it is (条件 under 原文条件, else 原文).
	 */
	#supportParts(r: ShownResult, best: ShownResult['places'][number] | undefined): HTMLDListElement {
		const dl = el('dl', 'result-parts');
		const add = (label: string, value: Node | string) => {
			const row = el('div');
			const dd = el('dd');
			dd.append(value);
			row.append(el('dt', undefined, label), dd);
			dl.append(row);
		};
		if (r.amount) add('金额', r.amount);
		const audience = r.filters.audience?.join('、');
		if (audience) add('对象', audience);
		if (best?.excerpt.length) {
			const excerptEl = excerpt(best.excerpt);
			add(best.title?.includes('条件') ? '条件' : '原文', excerptEl);
		}
		if (r.filters.lead?.length) add('联系部门', r.filters.lead.join('、'));
		return dl;
	}

	/** The best place's "位置" line and its excerpt. */
	#place(p: ShownResult['places'][number]): HTMLElement[] {
		const out: HTMLElement[] = [];
		if (p.title) out.push(el('p', 'result-where', `位置：${p.title}`));
		if (p.excerpt.length) out.push(excerpt(p.excerpt));
		return out;
	}
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const e = document.createElement(tag);
	if (className) e.className = className;
	if (text !== undefined) e.textContent = text;
	return e;
}

/** An excerpt paragraph from text runs; highlighted runs become <mark>. */
function excerpt(runs: Run[]): HTMLParagraphElement {
	const p = el('p', 'excerpt');
	for (const r of runs) p.append(r.mark ? el('mark', undefined, r.text) : document.createTextNode(r.text));
	return p;
}

customElements.define('site-search', SiteSearch);
