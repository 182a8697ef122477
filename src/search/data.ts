/** 常用说法对照 (content/vocabulary.yaml) for pages and components. */
import { getEntry } from 'astro:content';

/** The fillers and the groups, in the file's order. */
export async function getVocabulary() {
	const e = await getEntry('vocabulary', 'vocabulary');
	if (!e) throw new Error('content/vocabulary.yaml did not load');
	return e.data;
}
