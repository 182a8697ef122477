/** 朗读: choosing a voice and the text spoken. */
import { describe, expect, it } from 'vitest';
import { mandarinRank, pickVoice, speakable } from '../../src/site/reader/read-aloud.ts';

const v = (lang: string, name = lang, extra: { localService?: boolean; default?: boolean } = {}) => ({ lang, name, ...extra });

describe('pickVoice', () => {
	it('prefers zh-CN, then other Mandarin; never Cantonese or other languages', () => {
		expect(pickVoice([v('en-US'), v('zh-TW'), v('zh-CN'), v('zh-HK')])?.lang).toBe('zh-CN');
		expect(pickVoice([v('en-US'), v('zh-TW')])?.lang).toBe('zh-TW');
		expect(pickVoice([v('zh_CN')])?.lang).toBe('zh_CN');
		expect(pickVoice([v('zh-HK'), v('yue-HK'), v('en-GB')])).toBeUndefined();
		expect(pickVoice([])).toBeUndefined();
	});
	it('uses only voices of the device itself: a remote voice would send the text over the network', () => {
		expect(pickVoice([v('zh-CN', 'online', { localService: false, default: true }), v('zh-TW', 'local', { localService: true })])?.name).toBe('local');
		expect(pickVoice([v('zh-CN', 'online', { localService: false })])).toBeUndefined();
	});
	it('ranks languages', () => {
		expect([mandarinRank('zh-CN'), mandarinRank('cmn'), mandarinRank('zh-TW'), mandarinRank('zh-HK'), mandarinRank('ja-JP')]).toEqual([3, 2, 1, 0, 0]);
	});
});

describe('speakable', () => {
	it('collapses whitespace and drops the clause-link marks', () => {
		expect(speakable('  1. 推进“四大”重点工程。\n  # ')).toBe('1. 推进“四大”重点工程。');
		expect(speakable('C# 与 R&D')).toBe('C# 与 R&D');
	});
});
