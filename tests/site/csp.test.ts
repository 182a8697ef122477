import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineElements, policyForPage } from '../../src/site/csp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('policyForPage: each page lists only the hashes of its own inline elements', () => {
	const boot = '(function(){document.documentElement.dataset.x="1"})();';
	const tools = 'customElements.define("page-tools",class extends HTMLElement{})';
	const css = '.wd{margin-top:2rem}';
	const page = `<html><head><script>${boot}</script><style>${css}</style><script type="module" src="/_astro/a.js"></script></head><body><script type="module">${tools}</script></body></html>`;
	const elsewhere = { script: hash('console.log("another page")'), style: hash('.other{color:red}'), external: hash('export const a = 1;') };
	const policy = `default-src 'self';img-src 'self' data:;worker-src 'self' blob:; script-src 'self' 'wasm-unsafe-eval' ${hash(boot)} ${elsewhere.external} ${hash(tools)} ${elsewhere.script}; style-src 'self' ${elsewhere.style} ${hash(css)};`;

	it('finds the inline scripts and styles, not the external ones', () => {
		expect(inlineElements(page)).toEqual({ scripts: [boot, tools], styles: [css] });
	});

	it('keeps the hashes of the inline elements and every other source and directive', () => {
		expect(policyForPage(policy, page)).toBe(
			`default-src 'self'; img-src 'self' data:; worker-src 'self' blob:; script-src 'self' 'wasm-unsafe-eval' ${hash(boot)} ${hash(tools)}; style-src 'self' ${hash(css)}`,
		);
	});

	it('drops every hash from a page without inline elements, and adds none the policy lacked', () => {
		expect(policyForPage(policy, '<p>text</p><script src="/x.js"></script>')).toBe(
			"default-src 'self'; img-src 'self' data:; worker-src 'self' blob:; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
		);
		const unknown = '<script>alert(1)</script>';
		expect(policyForPage(policy, unknown)).not.toContain(hash('alert(1)'));
	});
});
