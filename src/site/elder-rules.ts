/**
 * The numbers the page walk (tests/site/page-walk.site.test.ts) holds every page to, and the /about/ page
 * states. One source, so that the page says what the test measures. The rules are the MIIT 适老化 rules of
 * 2021 (《互联网网站适老化通用设计规范》 and, for a page read on a phone, 《移动互联网应用（App）适老化通用设计规范》),
 * with CSS px for their dp/pt, and the phone-first limits of this site.
 */

/** The phone screen every page is walked at. */
export const PHONE = { width: 390, height: 844 } as const;

export interface WalkLimits {
	/** The header's greatest height (px). */
	header: number;
	/** The least width and height of a control that is not a link inside a sentence (px). */
	control: number;
	/** The least size of any text (px); 0: not checked. */
	minText: number;
	/** The least line height, as a multiple of the font size; 0: not checked. */
	lineHeight: number;
	/** The least distance from a paragraph's last line to the next paragraph's first, in line heights; 0: not checked. */
	paragraph: number;
}

/** The reader settings of the second walk: 长辈模式 at 特大, with 高对比度 and 深色 (so that axe checks that palette too). */
export const ELDER_WALK_SETTINGS = { elder: 'on', size: 'xlarge', contrast: 'high', theme: 'dark' } as const;

export const WALK_LIMITS = {
	default: { header: 120, control: 44, minText: 0, lineHeight: 0, paragraph: 0 },
	elder: { header: 200, control: 60, minText: 18, lineHeight: 1.3, paragraph: 1.3 },
} as const satisfies Record<'default' | 'elder', WalkLimits>;
