import { describe, expect, it } from 'vitest';
import { actionHeading, anchor, chineseNumeral, circledNumber, measureCitation, measureHeading, parseAnchor } from '../../src/plan/anchors.ts';

describe('numbering of the official text', () => {
	it('writes action and measure headings as the body prints them', () => {
		expect(actionHeading('3', '实施科技成果转移转化行动')).toBe('（三）实施科技成果转移转化行动');
		expect(measureHeading(1, '推进“四大”重点工程')).toBe('1. 推进“四大”重点工程。');
	});

	it('numbers with Chinese numerals and circled digits, and refuses what it cannot write', () => {
		expect([1, 2, 3, 4, 5].map(chineseNumeral).join('')).toBe('一二三四五');
		expect([1, 2, 3, 4].map(circledNumber).join('')).toBe('①②③④');
		expect([10, 11, 19, 20, 35, 50, 99].map(chineseNumeral)).toEqual(['十', '十一', '十九', '二十', '三十五', '五十', '九十九']);
		expect(() => chineseNumeral(0)).toThrow(RangeError);
		expect(() => chineseNumeral(100)).toThrow(RangeError);
		expect(() => chineseNumeral(1.5)).toThrow(RangeError);
		expect(() => circledNumber(11)).toThrow(RangeError);
	});

	it('builds and parses anchors symmetrically', () => {
		expect(anchor.item(1, 2, 3)).toBe('a1-m2-i3');
		expect(parseAnchor('a1-m2-i3')).toEqual({ action: '1', measure: 2, item: 3 });
		expect(parseAnchor('a5-m4')).toEqual({ action: '5', measure: 4 });
		expect(parseAnchor('reward-scope')).toBeUndefined();
		expect(parseAnchor('a1-m')).toBeUndefined();
	});
});

describe('measureCitation', () => {
	it('cites a measure and an item the way /plan/ heads them', () => {
		// The headings of action (一), its measure 1 and item ② as the official text prints them.
		expect(measureCitation({ action: '1', measure: 1, item: 2 }, '实施高水平科技创新载体建设行动', '推进“四大”重点工程')).toBe('（一）实施高水平科技创新载体建设行动 1. 推进“四大”重点工程。 第2项');
		expect(measureCitation({ action: '4', measure: 1 }, '实施科技人才领跑行动', '构建科技人才培养体系')).toBe('（四）实施科技人才领跑行动 1. 构建科技人才培养体系。');
	});
});
