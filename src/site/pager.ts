/**
 * The previous/next links of a detail page (src/site/Pager.astro), from the page's place in its list.
 */

export interface PagerLink {
	href: string;
	/** The link text as shown: 上一项：任务 28. */
	text: string;
}

export interface PagerView {
	/** The nav's accessible name, e.g. 上一项、下一项任务. */
	label: string;
	prev?: PagerLink | undefined;
	next?: PagerLink | undefined;
}

/**
 * The pager of item `i` of `list`: `link` gives an item's address and name, `words` the two lead-ins
 * (上一项/下一项 unless the list counts in 个). The first item has no previous link, the last no next.
 */
export function pagerOf<T>(label: string, list: readonly T[], i: number, link: (item: T) => { href: string; name: string }, words: readonly [string, string] = ['上一项', '下一项']): PagerView {
	if (!Number.isInteger(i) || i < 0 || i >= list.length) throw new RangeError(`pager: no item ${i} in a list of ${list.length}`);
	const to = (j: number, word: string): PagerLink | undefined => {
		if (j < 0 || j >= list.length) return undefined;
		const { href, name } = link(list[j]!);
		return { href, text: `${word}：${name}` };
	};
	return { label, prev: to(i - 1, words[0]), next: to(i + 1, words[1]) };
}

/**
 * The static paths of a list of detail pages: each item's params, and as props the item under `key`
 * with its pager (see pagerOf).
 */
export function pagedPaths<T, K extends string, P extends Record<string, string>>(
	list: readonly T[],
	key: K,
	label: string,
	params: (item: T) => P,
	link: (item: T) => { href: string; name: string },
): Array<{ params: P; props: Record<K, T> & { pager: PagerView } }> {
	return list.map((item, i) => ({ params: params(item), props: { [key]: item, pager: pagerOf(label, list, i, link) } as Record<K, T> & { pager: PagerView } }));
}
