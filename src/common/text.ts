/**
 * The first sentence of an official text, for lists that link to the whole. It is an exact prefix
 * of the text (less a final punctuation mark), with "……" added wherever something was cut.
 */
export function firstSentence(text: string, max = 60): string {
	const end = text.search(/[。；;]/);
	const sentence = end >= 0 ? text.slice(0, end + 1) : text;
	const shown = sentence.slice(0, max);
	return shown.length < text.length ? shown.replace(/[。；;，,、]$/, '') + '……' : shown;
}

/** The text without white space: official wording is compared this way (the MDX and YAML wrap lines freely). */
export const withoutSpace = (s: string): string => s.replace(/\s+/g, '');
