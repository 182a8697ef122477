import { describe, expect, it } from 'vitest';
import { pagerOf } from '../../src/site/pager.ts';

describe('pagerOf: the previous/next links of a detail page', () => {
	const list = [
		{ n: 1, name: '一' },
		{ n: 2, name: '二' },
		{ n: 3, name: '三' },
	];
	const link = (x: { n: number; name: string }) => ({ href: `/x/${x.n}/`, name: x.name });

	it('links the neighbours, each text led by its word', () => {
		expect(pagerOf('上一项、下一项', list, 1, link)).toEqual({
			label: '上一项、下一项',
			prev: { href: '/x/1/', text: '上一项：一' },
			next: { href: '/x/3/', text: '下一项：三' },
		});
	});

	it('has no previous link on the first item and no next link on the last', () => {
		expect(pagerOf('L', list, 0, link).prev).toBeUndefined();
		expect(pagerOf('L', list, 0, link).next?.href).toBe('/x/2/');
		expect(pagerOf('L', list, 2, link).next).toBeUndefined();
		expect(pagerOf('L', list, 2, link).prev?.href).toBe('/x/2/');
		const single = pagerOf('L', [list[0]!], 0, link);
		expect([single.prev, single.next]).toEqual([undefined, undefined]);
	});

	it('takes other lead-in words (lists counted in 个)', () => {
		const p = pagerOf('L', list, 1, link, ['上一个', '下一个']);
		expect([p.prev?.text, p.next?.text]).toEqual(['上一个：一', '下一个：三']);
	});

	it('refuses a place outside the list', () => {
		expect(() => pagerOf('L', list, 3, link)).toThrow(RangeError);
		expect(() => pagerOf('L', list, -1, link)).toThrow(RangeError);
		expect(() => pagerOf('L', [], 0, link)).toThrow(RangeError);
	});
});
