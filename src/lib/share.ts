/** Pure helpers of the share panel's script (src/scripts/share-tools.ts), tested in Node. */

/** The date as printed on a sheet: 2024年5月30日. */
export function printedDate(d: Date): string {
	return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

/** The link to copy: the short link where the page has one, else its canonical URL, else the address shown. */
export function linkToCopy(data: { short?: string | undefined; canonical?: string | undefined }, here: string, base: string): string {
	if (data.short) return new URL(data.short, base).href;
	if (data.canonical) return data.canonical;
	return here.split('#')[0]!;
}
