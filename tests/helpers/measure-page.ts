/**
 * Measures a page in the browser against the phone-first and 适老化 rules (issues 14 and 20). Runs inside
 * the page (page.evaluate(measurePage, limits)): it must not use anything from the module scope.
 */
import type { WalkLimits } from '../../src/site/elder-rules.ts';

/** Problems found on the page, each naming the element. */
export function measurePage(limits: WalkLimits): string[] {
	const problems: string[] = [];
	const root = document.documentElement;
	const name = (el: Element): string => {
		const tag = el.tagName.toLowerCase();
		const id = el.id ? `#${el.id}` : '';
		const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.') : '';
		const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24);
		const parent =
			el.parentElement && el.parentElement !== document.body
				? el.parentElement.tagName.toLowerCase() + (el.parentElement.className && typeof el.parentElement.className === 'string' ? '.' + el.parentElement.className.trim().split(/\s+/)[0] : '') + ' > '
				: '';
		return `${parent}${tag}${id}${cls}${text ? ` “${text}”` : ''}`;
	};
	const px = (v: string) => parseFloat(v) || 0;
	/** Seen by a reader: rendered, not visually hidden (1 px clip), not inside a closed disclosure or hidden panel. */
	const shown = (el: Element): boolean => {
		const r = el.getBoundingClientRect();
		if (r.width < 2 || r.height < 2) return false;
		if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
		// Clipped to nothing (visually hidden, or a stacked table's column names).
		for (let a: Element | null = el; a && a !== document.body; a = a.parentElement) {
			if (getComputedStyle(a).clipPath !== 'none' && a.getBoundingClientRect().width < 2) return false;
		}
		return true;
	};

	// Nothing scrolls sideways.
	const sideways = root.scrollWidth - root.clientWidth;
	if (sideways > 0) {
		const wide = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && shown(el) && !el.closest('.table-wrap, .scroll-x'));
		problems.push(`scrolls sideways by ${sideways}px (widest: ${wide.slice(-3).map(name).join(' | ') || '?'})`);
	}

	// The header.
	const header = document.querySelector('.site-header');
	if (header) {
		const h = header.getBoundingClientRect().height;
		if (h > limits.header) problems.push(`header is ${Math.round(h)}px tall (limit ${limits.header}px)`);
	}

	// Type scale: headings larger than body text, body text at least the least size.
	const body = px(getComputedStyle(document.body).fontSize);
	if (limits.minText && body < limits.minText) problems.push(`body text ${body}px < ${limits.minText}px`);
	for (const hd of document.querySelectorAll('main h1, main h2, main h3, main h4')) {
		if (!shown(hd)) continue;
		const size = px(getComputedStyle(hd).fontSize);
		if (size < body) problems.push(`heading ${name(hd)} ${size}px is smaller than body text ${body}px`);
	}

	// Every piece of text: its size and line height.
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	const checked = new Set<Element>();
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		const el = n.parentElement;
		if (!el || checked.has(el) || !n.textContent?.trim()) continue;
		checked.add(el);
		if (el.closest('script, style, noscript, svg, [aria-hidden="true"]') || !shown(el)) continue;
		const cs = getComputedStyle(el);
		const size = px(cs.fontSize);
		if (limits.minText && size < limits.minText - 0.01) problems.push(`text ${size.toFixed(1)}px < ${limits.minText}px: ${name(el)}`);
		if (limits.lineHeight && cs.display !== 'inline') {
			const lh = cs.lineHeight === 'normal' ? 0 : px(cs.lineHeight);
			if (lh < limits.lineHeight * size - 0.01) problems.push(`line height ${cs.lineHeight} < ${limits.lineHeight} × ${size.toFixed(1)}px: ${name(el)}`);
		}
	}

	// Paragraph spacing: from a paragraph's last line to the next paragraph's first line.
	if (limits.paragraph) {
		for (const p of document.querySelectorAll('main p + p')) {
			const prev = p.previousElementSibling!;
			if (!shown(p) || !shown(prev) || !prev.textContent?.trim() || !p.textContent?.trim()) continue;
			const lh = px(getComputedStyle(prev).lineHeight);
			const gap = p.getBoundingClientRect().top - prev.getBoundingClientRect().bottom;
			if (!lh || gap < 0) continue; // side by side (flex, grid), not one under the other
			if (gap + lh < limits.paragraph * lh - 0.5) problems.push(`paragraph spacing ${((gap + lh) / lh).toFixed(2)} line heights < ${limits.paragraph}: ${name(p)}`);
		}
	}

	// Controls: at least the least size, links in running text excepted (as WCAG 2.5.8 excepts them).
	const blockOf = (el: Element): Element => {
		let b: Element | null = el.parentElement;
		while (b && b !== document.body && getComputedStyle(b).display.startsWith('inline')) b = b.parentElement;
		return b ?? document.body;
	};
	const inRunningText = (a: Element): boolean => {
		const block = blockOf(a);
		const clone = block.cloneNode(true) as Element;
		for (const c of clone.querySelectorAll('a, button, input, select, textarea, .visually-hidden, [aria-hidden="true"]')) c.remove();
		return /[\p{L}\p{N}]/u.test(clone.textContent ?? '');
	};
	for (const el of document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary')) {
		if (el.closest('.skip-link')) continue;
		let box: Element = el;
		if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) box = el.closest('label') ?? el;
		if (!shown(box)) continue;
		if (el.tagName === 'A' && inRunningText(el)) continue;
		const r = box.getBoundingClientRect();
		if (r.width < limits.control - 0.5 || r.height < limits.control - 0.5) problems.push(`control ${Math.round(r.width)}×${Math.round(r.height)} < ${limits.control}×${limits.control}: ${name(box)}`);
	}

	// Table columns: none so narrow that its text wraps within four characters.
	for (const cell of document.querySelectorAll('td, th')) {
		if (!shown(cell) || !cell.textContent?.trim() || cell.closest('.visually-hidden')) continue;
		const cs = getComputedStyle(cell);
		const width = cell.getBoundingClientRect().width - px(cs.paddingLeft) - px(cs.paddingRight);
		const size = px(cs.fontSize);
		if (width >= 4 * size) continue;
		const tops = new Set<number>();
		const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
		for (let t = texts.nextNode(); t; t = texts.nextNode()) {
			if (!t.textContent?.trim() || !t.parentElement || !shown(t.parentElement)) continue;
			const range = document.createRange();
			range.selectNodeContents(t);
			for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
		}
		const lines = tops.size;
		if (lines > 1) problems.push(`table column ${Math.round(width)}px wide (< 4 characters) wraps its text: ${name(cell)}`);
	}
	return problems;
}
