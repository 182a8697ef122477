/**
 * Site search: what each indexed page tells Pagefind about itself (content type, facets, sort
 * order), and how a search lives in the URL (/search/?q=…&type=…&action=…&lead=…&unit=…&audience=…&industry=…).
 * Pure functions, shared by the pages (at build time) and the search page's script (in the browser).
 */
import { parseAnchor } from '../plan/anchors.ts';
import { actionOfTask, type TaskRef } from '../tasks/roles.ts';

/**
 * Content types in the order the search page lists them. Adding a type is this one line plus
 * `search={{ type: '…' }}` on the new pages' <Base>.
 */
export const contentTypes = ['正文', '任务', '指标', '支持措施', '部门'] as const;
export type ContentType = (typeof contentTypes)[number];

/** The facets, in the order the search page shows them. `key` is both the URL parameter and the Pagefind filter name. */
export const facets = [
	{ key: 'type', label: '内容类型' },
	{ key: 'action', label: '行动' },
	{ key: 'lead', label: '牵头单位' },
	{ key: 'unit', label: '责任单位' },
	// Support measures only: who can benefit and the industries the text names (labels of src/schemas/support-vocabulary.ts).
	{ key: 'audience', label: '支持对象' },
	{ key: 'industry', label: '行业' },
] as const;
export type FacetKey = (typeof facets)[number]['key'];
export const facetKeys: readonly FacetKey[] = facets.map((f) => f.key);

/** What an indexed page declares about itself (passed to <Base search={…}>). */
export interface SearchEntry {
	/** The kind of page; one value of the 内容类型 facet. */
	type: ContentType;
	/** Position of the page inside its type (task number, action number, …), for browsing by facets without a query. */
	order?: number;
	/** Actions ("1"…"5") the page belongs to or covers. */
	action?: readonly string[];
	/** 牵头单位 named for the page's tasks. */
	lead?: readonly string[];
	/** 责任单位 named for the page's tasks (never guessed where the annex shows none). */
	unit?: readonly string[];
	/** Who can benefit from a support measure (its `audiences`, as content/supports.yaml lists them). */
	audience?: readonly string[];
	/** Industries a support measure's text names (its `industries`). */
	industry?: readonly string[];
	/**
	 * The words of the title that name what the page itself is about (default: the whole title).
	 * They get the title boost in the index, and a query that contains them names this page (see
	 * search-run.ts). A target's title begins with its context (“航天之星”……), which has pages of its own.
	 */
	about?: string;
}

/** The Pagefind filters of a page, as [key, value] pairs, de-duplicated, in facet order. */
export function filterPairs(entry: SearchEntry): Array<[FacetKey, string]> {
	const out: Array<[FacetKey, string]> = [['type', entry.type]];
	for (const key of facetKeys) {
		if (key === 'type') continue;
		for (const value of new Set(entry[key] ?? [])) out.push([key, value]);
	}
	return out;
}

/**
 * The sort key that orders pages when browsing by facets: by content type, then by the page's
 * own order. Zero-padded, because Pagefind compares sort keys as strings unless all are numbers.
 */
export function sortKey(entry: SearchEntry): string {
	const typeIndex = contentTypes.indexOf(entry.type);
	if (typeIndex < 0) throw new Error(`unknown content type "${entry.type}"`);
	return String(typeIndex * 10000 + (entry.order ?? 0)).padStart(6, '0');
}

/** Units a task lists as 责任单位; none where the annex's cell is not legible. */
function unitsOf(t: TaskRef & { unitsInSource?: string }): string[] {
	return t.unitsInSource === 'not-legible' ? [] : t.units;
}

/** A task's own page. */
export function taskEntry(t: TaskRef & { unitsInSource?: string }): SearchEntry {
	return { type: '任务', order: t.number, action: [actionOfTask(t)], lead: [t.lead], unit: unitsOf(t) };
}

/** An action's page: the action, and the units of the tasks it is broken into. */
export function actionEntry(actionId: string, tasks: ReadonlyArray<TaskRef & { unitsInSource?: string }>): SearchEntry {
	const own = tasks.filter((t) => actionOfTask(t) === actionId);
	return { type: '正文', order: Number(actionId), action: [actionId], lead: own.map((t) => t.lead), unit: own.flatMap(unitsOf) };
}

/** A department's page: the actions it has tasks in, and its own name under the roles it holds. */
export function departmentEntry(name: string, order: number, tasks: ReadonlyArray<TaskRef & { unitsInSource?: string }>): SearchEntry {
	const leads = tasks.filter((t) => t.lead === name);
	const supports = tasks.filter((t) => unitsOf(t).includes(name));
	const actions = [...new Set([...leads, ...supports].map(actionOfTask))].sort();
	return { type: '部门', order, action: actions, lead: leads.length ? [name] : [], unit: supports.length ? [name] : [] };
}

/**
 * A support measure's page (/support/<id>/): its clause's action, its contact point, the units of
 * the tasks restating it, and who can benefit and in which industries, exactly as the data lists them.
 */
export function supportEntry(
	support: { clause: string; lead?: string | undefined; tasks: readonly number[]; audiences: readonly string[]; industries: readonly string[] },
	order: number,
	tasks: ReadonlyArray<TaskRef & { unitsInSource?: string }>,
): SearchEntry {
	const action = parseAnchor(support.clause)?.action;
	const own = tasks.filter((t) => support.tasks.includes(t.number));
	return {
		type: '支持措施',
		order,
		action: action ? [action] : [],
		lead: support.lead ? [support.lead] : [],
		unit: own.flatMap(unitsOf),
		audience: [...support.audiences],
		industry: [...support.industries],
	};
}

/**
 * Pagefind content weight of a target title's context (“航天之星”……): 0, so that the words find the
 * page but do not rank it. Eight targets of 航天之星, four of 飞腾 and four of 马栏山 would otherwise
 * crowd out the task, the clause and the unit that are about them.
 */
export const TARGET_CONTEXT_WEIGHT = 0;

/** The mark that joins the runs of a target's title (“航天之星”……研发投入). */
const ELLIPSIS = '……';

/**
 * A target's title in two parts: `context`, the runs up to the last …… (whose target it is: a park,
 * an institute, a company; “航天之星”……), and `measure`, the last run (what the target counts or
 * dates: 研发投入). A title without …… is all measure.
 */
export function targetTitleParts(title: string): { context: string; measure: string } {
	const at = title.lastIndexOf(ELLIPSIS);
	if (at < 0) return { context: '', measure: title };
	const measure = title.slice(at + ELLIPSIS.length);
	if (!measure) throw new Error(`target title "${title}" ends with ${ELLIPSIS}`);
	return { context: title.slice(0, at + ELLIPSIS.length), measure };
}

/**
 * A target's page (/targets/<id>/): the action its clause is in (none for 总体目标 and 保障措施),
 * the 牵头单位 of the annex tasks that state it (the page's owners) and those tasks' 责任单位.
 */
export function targetEntry(
	target: { title: string; order: number; action: string | null; owners: readonly string[]; tasks: readonly number[] },
	tasks: ReadonlyArray<TaskRef & { unitsInSource?: string }>,
): SearchEntry {
	const own = tasks.filter((t) => target.tasks.includes(t.number));
	return {
		type: '指标',
		order: target.order + 1,
		action: target.action ? [target.action] : [],
		lead: [...target.owners],
		unit: own.flatMap(unitsOf),
		about: targetTitleParts(target.title).measure,
	};
}

/** A search as it lives in the URL. */
export interface SearchState {
	/** The query as typed (trimmed); empty means "browse by facets". */
	q: string;
	/** Selected values per facet; OR inside a facet, AND across facets. */
	filters: Partial<Record<FacetKey, string[]>>;
	/** Search the words as typed, without the everyday vocabulary (?exact=1: the reader undid the rewriting). */
	exact?: boolean;
}

/** Reads a search from URL parameters (repeated parameters select several values of a facet). */
export function readState(params: URLSearchParams): SearchState {
	const filters: SearchState['filters'] = {};
	for (const key of facetKeys) {
		const values = [
			...new Set(
				params
					.getAll(key)
					.map((v) => v.trim())
					.filter(Boolean),
			),
		];
		if (values.length) filters[key] = values;
	}
	return { q: (params.get('q') ?? '').trim(), filters, ...(params.get('exact') === '1' ? { exact: true } : {}) };
}

/** Writes a search as URL parameters, in a stable order (q first, then the facets in order). */
export function writeState(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const key of facetKeys) for (const v of state.filters[key] ?? []) params.append(key, v);
	if (state.q && state.exact) params.set('exact', '1');
	return params;
}

/** Whether a search asks for anything (a query or at least one facet value). */
export function isEmpty(state: SearchState): boolean {
	return !state.q && facetKeys.every((k) => !state.filters[k]?.length);
}

/** Pagefind filters for a search: OR inside a facet ({ any }), AND across facets. `except` leaves one facet out (for its counts). */
export function pagefindFilters(state: SearchState, except?: FacetKey): Record<string, { any: string[] }> {
	const out: Record<string, { any: string[] }> = {};
	for (const key of facetKeys) {
		const values = state.filters[key];
		if (key !== except && values?.length) out[key] = { any: values };
	}
	return out;
}

/**
 * Options for pagefind.options(), the same in the browser and in the tests. Matches in the
 * index-only `hints` field (see search-hints.ts) count for finding a page but not for ranking;
 * `titlewords` (the `about` words of the title as the browser segments them) carries the title
 * boost that Pagefind would give the title if it could segment it; `title` and `about` (the same
 * words, as Pagefind segments them) add nothing to it. A low `pageLength` keeps /plan/, one long
 * page whose places are the destinations, from sinking below short pages that quote it.
 * `noWorker`: with 63 pages searching on the main thread is as quick, saves the 43 KB worker
 * download and needs no worker-src in the content security policy.
 */
export const pagefindOptions = {
	excerptLength: 40,
	noWorker: true,
	ranking: { pageLength: 0.3, metaWeights: { title: 0, titlewords: 5, about: 0, hints: 0, vocab: 1, amount: 0 } },
} as const;
