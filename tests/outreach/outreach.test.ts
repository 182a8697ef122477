/** Helpers of outreach without a configured origin: loopback hosts, the embed snippet and its height, QR SVGs. */
import { describe, expect, it } from 'vitest';
import { isLoopbackHost, snippetAt } from '../../src/outreach/share.ts';
import { embedHeight, embedPath, iframeSnippet, textEm, type EmbedContent } from '../../src/targets/embed.ts';
import { qrSvgSync } from '../../src/outreach/qr.ts';

describe('isLoopbackHost', () => {
	it('is true for this computer only', () => {
		for (const h of ['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1', '0.0.0.0']) expect(isLoopbackHost(h), h).toBe(true);
		for (const h of ['example.gov.cn', '192.168.1.10', '10.0.0.1', 'localhost.example.org', '128.0.0.1']) expect(isLoopbackHost(h), h).toBe(false);
	});
});

describe('the embed snippet', () => {
	it('holds the absolute address on a configured origin, else the path that the page completes', () => {
		expect(iframeSnippet('x-1', '注册科普信息员', 'https://example.gov.cn', 640)).toBe(
			'<iframe src="https://example.gov.cn/embed/targets/x-1/" title="指标：注册科普信息员" width="100%" height="640" loading="lazy"></iframe>',
		);
		const relative = iframeSnippet('x-1', 'A "B" & <C>', undefined, 700);
		expect(relative).toBe('<iframe src="/embed/targets/x-1/" title="指标：A &quot;B&quot; &amp; &lt;C>" width="100%" height="700" loading="lazy"></iframe>');
		expect(snippetAt(relative, embedPath('x-1'), 'http://127.0.0.1:4321')).toBe(
			'<iframe src="http://127.0.0.1:4321/embed/targets/x-1/" title="指标：A &quot;B&quot; &amp; &lt;C>" width="100%" height="700" loading="lazy"></iframe>',
		);
		// Completing twice changes nothing.
		const once = snippetAt(relative, embedPath('x-1'), 'https://a.example.cn');
		expect(snippetAt(once, embedPath('x-1'), 'https://a.example.cn')).toBe(once);
	});

	it('is as tall as its content needs: more text, rows or a chart make it taller', () => {
		const base: EmbedContent = {
			title: '注册科普信息员',
			sentence: '注册科普信息员10000人以上。',
			row: ['注册科普信息员数量', '10000 人以上', '2023 年', '区科协'],
			noData: true,
			attribution: '出自某文件。',
		};
		const h = embedHeight(base);
		expect(h % 10).toBe(0);
		expect(embedHeight({ ...base, sentence: base.sentence.repeat(10) })).toBeGreaterThan(h);
		expect(embedHeight({ ...base, title: base.title.repeat(4) })).toBeGreaterThan(h);
		expect(embedHeight({ ...base, noData: false })).toBeLessThan(h);
		const chart = { caption: '增长路径', summary: '按原文增速推算。', rows: 4, columns: 2 };
		expect(embedHeight({ ...base, chart })).toBeGreaterThan(h + 288);
		expect(embedHeight({ ...base, chart: { ...chart, rows: 8 } })).toBeGreaterThan(embedHeight({ ...base, chart }));
	});

	it('counts CJK characters as one em and Latin letters and digits as less', () => {
		expect(textEm('科技')).toBe(2);
		expect(textEm('2023')).toBeCloseTo(2.4);
		expect(textEm('R&D 经费')).toBeCloseTo(2.4 + 2);
	});
});

describe('QR codes', () => {
	it('are made synchronously (beforeprint cannot wait), named by the URL they encode, with no style attribute', () => {
		const url = 'http://127.0.0.1:4321/t/12/';
		const svg = qrSvgSync(url, '本页二维码，扫描后打开 ' + url);
		expect(typeof svg).toBe('string');
		expect(svg).toMatch(/^<svg class="qr" role="img" aria-label="本页二维码，扫描后打开 http:\/\/127\.0\.0\.1:4321\/t\/12\/" data-qr="http:\/\/127\.0\.0\.1:4321\/t\/12\/" /);
		expect(svg).not.toMatch(/style=/);
		expect(qrSvgSync('http://127.0.0.1:4321/plan/', 'x')).not.toBe(qrSvgSync('http://127.0.0.1:4321/kepu/', 'x'));
	});
});
