/**
 * Index-time segmentation hints for Chinese search.
 *
 * Pagefind segments Chinese twice, with two different segmenters: at index time with jieba
 * (charabia), in the browser with Intl.Segmenter (ICU). A query term must be a prefix of an
 * indexed word, so where the two disagree a term finds nothing and Pagefind silently drops it:
 * 加计扣除 is 加计|扣除 to the browser but 加|计|扣除 in the index; 楠菲微电子, 区工信局, 亿元
 * fare the same.
 *
 * The fix is to index, for every page, the words the browser's segmenter produces for any
 * stretch of the page's text a reader might type. A query is a substring of the text, and the
 * browser segments that substring on its own, without the text around it; so for every position
 * we take the first word ICU finds in each short window starting there (1 to MAX_WINDOW
 * characters). Of those, a page needs only the words that do not begin a word Pagefind already
 * indexed on it (missingHints). They go into a metadata field, which Pagefind indexes word by word
 * without re-segmenting them; the search page gives that field no ranking weight, so it only ever
 * adds recall and leaves ranking to the page text.
 */
import { bare } from './run.ts';

/** Longest window (in characters or ASCII words) whose first word is taken; longer query words than this are rare. */
export const MAX_WINDOW = 8;

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
/** Window → its first word (normalised, or '' for none); the same windows recur across pages (/plan/ and the action pages). */
const firstWords = new Map<string, string>();

function firstWord(window: string): string {
	let word = firstWords.get(window);
	if (word === undefined) {
		const first = segmenter.segment(window)[Symbol.iterator]().next().value;
		word = first?.isWordLike ? bare(first.segment) : '';
		firstWords.set(window, word);
	}
	return word;
}

/**
 * Text units: one Han (or other non-ASCII) character, or a run of ASCII letters and digits, so
 * that windows never cut an ASCII word or a number in the middle ("2023" stays whole).
 */
function units(run: string): string[] {
	return run.match(/[A-Za-z0-9]+|[^A-Za-z0-9]/gu) ?? [];
}

/**
 * The words Intl.Segmenter('zh-CN') yields at the start of every window of the text, de-duplicated,
 * in order of first appearance. Punctuation and spaces split the text into runs first.
 */
export function segmentationHints(text: string, maxWindow = MAX_WINDOW): string[] {
	const out = new Set<string>();
	for (const run of text.split(/[^\p{L}\p{N}]+/u)) {
		const u = units(run);
		for (let i = 0; i < u.length; i++) {
			for (let k = 1; k <= maxWindow && i + k <= u.length; k++) {
				const word = firstWord(u.slice(i, i + k).join(''));
				if (word) out.add(word);
			}
		}
	}
	return [...out];
}

/**
 * The hints a page needs: those that do not begin any word Pagefind indexed on it (a query word
 * matches an indexed word it is a prefix of). The indexed words are normalised here the way
 * Pagefind normalises words (lower case, letters and digits only).
 */
export function missingHints(hints: readonly string[], indexedWords: Iterable<string>): string[] {
	const prefixes = new Set<string>();
	for (const raw of indexedWords) {
		const chars = [...bare(raw)];
		for (let i = 1; i <= chars.length; i++) prefixes.add(chars.slice(0, i).join(''));
	}
	return hints.filter((h) => !prefixes.has(h));
}
