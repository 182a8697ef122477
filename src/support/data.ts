/** The support measures for pages and components. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type SupportEntry = CollectionEntry<'supports'>;

/** Support measures in the order of content/supports.yaml (the order of the text). */
export async function getSupports(): Promise<SupportEntry[]> {
	return (await getCollection('supports')).sort((a, b) => a.data.order - b.data.order);
}
