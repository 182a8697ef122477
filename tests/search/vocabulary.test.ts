/**
 * Reading queries through the everyday vocabulary (src/search/vocabulary.ts), the finder link a
 * query leads to (src/search/search-finder.ts) and where the glossary says a plan word occurs
 * (src/search/glossary.ts), on small hand-made lexicons and on the real content.
 */
import { describe, expect, it } from 'vitest';
import { fewerWords, groupToken, interpret, packLexicon, pageTokens, unpackLexicon, type Lexicon } from '../../src/search/vocabulary.ts';
import { finderLink } from '../../src/search/search-finder.ts';
import { placesOf } from '../../src/search/glossary.ts';
import { loadContent } from '../../src/content-reader/read-content.ts';

const lexicon: Lexicon = {
	fillers: ['多少钱', '怎么', '申请', '吗'],
	groups: [
		{ id: 'subsidy', everyday: ['补贴', '资助'], plan: ['补助', '奖补', '奖励'], broad: true },
		{ id: 'high-tech', everyday: ['高企', '高企认定'], plan: ['高新技术企业'] },
		{ id: 'talent', everyday: ['人才补贴'], plan: ['产业领军人才', '创新型高层次人才'] },
		{ id: 'ai', everyday: ['AI'], plan: ['人工智能'] },
	],
};

describe('interpret', () => {
	it('searches an everyday word with one plan word as that word, and leaves fillers out', () => {
		const it = interpret('高企认定奖励多少钱', lexicon);
		expect(it.term).toBe('高新技术企业 奖励');
		expect(it.ignored).toEqual(['多少钱']);
		expect(it.expanded).toEqual([{ everyday: '高企认定', plan: ['高新技术企业'] }]);
		expect(it.words).toEqual([['高新技术企业', '高企认定'], ['奖励']]);
	});

	it('prefers the longest everyday word, and searches a group of several plan words through its token', () => {
		const it = interpret('怎么申请人才补贴', lexicon);
		expect(it.units.map((u) => [u.text, u.kind])).toEqual([
			['怎么', 'filler'],
			['申请', 'filler'],
			['人才补贴', 'group'],
		]);
		expect(it.term).toBe(groupToken(2));
	});

	it('leaves a query without everyday words exactly as typed, and so a query of fillers alone', () => {
		for (const q of ['加计扣除', '区科技局 孵化器', '怎么申请']) {
			const it = interpret(q, lexicon);
			expect(it.rewritten).toBe(false);
			expect(it.term).toBe(q);
		}
	});

	it('searches the words as typed when the reader asks (exact)', () => {
		expect(interpret('人才补贴', lexicon, { exact: true }).term).toBe('人才补贴');
	});

	it('takes a one-character filler only at the end of a word, and an ASCII word only whole', () => {
		expect(interpret('高企吗', lexicon).ignored).toEqual(['吗']);
		expect(interpret('吗啡高企', lexicon).units[0]).toEqual({ text: '吗啡', kind: 'literal' });
		expect(interpret('MAIL', lexicon).rewritten).toBe(false);
		expect(interpret('AI企业', lexicon).term).toBe('人工智能 企业');
	});
});

describe('fewerWords', () => {
	it('drops a broad word first, then from the last word back', () => {
		const variants = fewerWords(interpret('孵化器 补贴 奶茶', lexicon), lexicon);
		expect(variants.map((v) => v.dropped)).toEqual([['补贴'], ['奶茶'], ['孵化器'], ['补贴', '奶茶'], ['补贴', '孵化器'], ['奶茶', '孵化器']]);
		expect(variants[0]!.interpretation.term).toBe('孵化器 奶茶');
	});

	it('has nothing to drop from one word', () => {
		expect(fewerWords(interpret('怎么申请人才补贴', lexicon), lexicon)).toEqual([]);
	});
});

describe('tokens and packing', () => {
	it('gives fixed-length tokens, none a prefix of another', () => {
		const tokens = Array.from({ length: 800 }, (_, i) => groupToken(i));
		expect(new Set(tokens).size).toBe(800);
		expect(tokens.every((t) => /^zzv[a-z]{3}$/.test(t))).toBe(true);
	});

	it('tags a page with the token of each several-word group it contains, once per occurrence up to the cap', () => {
		expect(pageTokens(lexicon, '给予奖励。再给予奖补，另有补助。又有奖励。')).toEqual([groupToken(0), groupToken(0), groupToken(0)]);
		expect(pageTokens(lexicon, '引进创新型高层次人才')).toEqual([groupToken(2)]);
		// A group of one plan word is searched as that word, so it needs no token.
		expect(pageTokens(lexicon, '高新技术企业')).toEqual([]);
	});

	it('packs and unpacks the lexicon the search page carries', () => {
		const back = unpackLexicon(packLexicon(lexicon));
		expect(back.fillers).toEqual(lexicon.fillers);
		expect(back.groups).toEqual(lexicon.groups.map(({ id: _id, ...g }) => g));
		const real = loadContent().vocabulary;
		expect(unpackLexicon(packLexicon(real)).groups.map((g) => g.everyday)).toEqual(real.groups.map((g) => g.everyday));
	});
});

describe('finderLink', () => {
	it('chooses in the finder the audience, industry and park a query names, in its own or the plan’s words', () => {
		expect(finderLink(interpret('高企', lexicon))).toEqual({ href: '/support/?type=high-tech', chosen: ['高新技术企业'] });
		expect(finderLink(interpret('马栏山 视频文创 科技型中小企业', lexicon))).toEqual({
			href: '/support/?type=tech-sme&industry=video&location=malanshan',
			chosen: ['科技型中小企业', '视频文创', '马栏山视频文创产业园'],
		});
		expect(finderLink(interpret('奶茶', lexicon))).toEqual({ href: '/support/', chosen: [] });
	});
});

describe('placesOf (the glossary)', () => {
	const { clauses, tasks } = loadContent();
	it('lists the most specific clauses and the annex rows containing a word', () => {
		// 子女教育 is in a4-m2 and in annex row 25.
		expect(placesOf('子女教育', clauses, tasks)).toEqual([
			{ url: '/plan/#a4-m2', label: '（四）2.' },
			{ url: '/tasks/25/', label: '任务 25' },
		]);
		// 楠菲微电子: item ③ of 1.1, not the measure, action or section around it.
		expect(placesOf('楠菲微电子', clauses, tasks).map((p) => p.url)).toEqual(['/plan/#a1-m1-i3', '/tasks/3/']);
	});
});
