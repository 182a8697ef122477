import { pinyin } from 'pinyin-pro';

/**
 * A stable ASCII slug from a Chinese name, by its pinyin without tones (ü as v):
 * 区科技局 → qu-ke-ji-ju. Latin letters and digits are kept, lower-cased.
 */
export function slugFromName(name: string): string {
	const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' });
	return syllables
		.join('-')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
