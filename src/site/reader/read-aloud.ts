/**
 * Pure helpers of 朗读 (read aloud), shared by the tiny loader and the player and tested in Node.
 */

/** What the player needs of a voice (SpeechSynthesisVoice). */
export interface VoiceLike {
	lang: string;
	name: string;
	default?: boolean;
	localService?: boolean;
}

/** How well a voice's language reads Mandarin text: 3 zh-CN, 2 zh / cmn, 1 other zh, 0 not at all (Cantonese, others). */
export function mandarinRank(language: string): number {
	const lang = language.replace(/_/g, '-').toLowerCase();
	if (/^(zh-hk|zh-mo|yue)/.test(lang)) return 0;
	if (lang === 'zh-cn' || lang.startsWith('zh-hans') || lang === 'cmn-hans-cn') return 3;
	if (lang === 'zh' || lang.startsWith('cmn')) return 2;
	return lang.startsWith('zh') ? 1 : 0;
}

/**
 * The voice to read Mandarin with: zh-CN first, then other Mandarin (zh, zh-Hans, cmn, zh-TW), never
 * Cantonese (zh-HK, yue), whose reading of the text would be another language. Only voices the device
 * has itself (localService): a remote voice would send the text over the network. Among equals the
 * default comes first. Undefined where none fits: then the control stays hidden.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
	const rank = (v: V) => mandarinRank(v.lang);
	return [...voices].filter((v) => rank(v) > 0 && v.localService !== false).sort((a, b) => rank(b) - rank(a) || Number(b.default ?? false) - Number(a.default ?? false))[0];
}

/** The reading speeds offered, as rates of SpeechSynthesisUtterance. */
export const rates = [
	{ value: 0.75, label: '慢' },
	{ value: 1, label: '正常' },
	{ value: 1.25, label: '较快' },
	{ value: 1.5, label: '快' },
] as const;

/** The text to speak of a paragraph's text content: whitespace collapsed, link marks (#) dropped. */
export function speakable(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.replace(/(^|\s)#(?=\s|$)/g, ' ')
		.trim();
}

/** Which elements are the paragraphs read aloud, in reading order, on each kind of page (<ReadAloud read="…">). */
export const readSelectors = {
	/** /plan/ and the action pages: the title and the official text's headings and paragraphs. */
	official: 'main h1, [data-official] :is(h2, h3, h4, h5, h6, p)',
	/** A task page: its title, the annex row and the body clause it restates. */
	task: 'main h1, main .official-quote p',
	/** /tujie/: its marked text. */
	tujie: 'main h1, [data-tujie] [data-read]',
} as const;
