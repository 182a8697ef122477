/** The everyday vocabulary as the search page gets it (content/vocabulary.yaml, read and checked by the loader). */
import { loadContent } from '../../src/content-reader/read-content.ts';
import type { Lexicon } from '../../src/search/vocabulary.ts';

let cached: Lexicon | undefined;
export function lexicon(): Lexicon {
	cached ??= loadContent().vocabulary;
	return cached;
}
