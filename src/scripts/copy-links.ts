import { clauseLinkToCopy } from '../outreach/share.ts';
import { copyText, showForManualCopy } from './copy-fallback.ts';

/**
 * Clicking a clause anchor (#) copies the clause's full URL, then follows the link as usual. Where the
 * clipboard is refused, the link is shown selected in a field at the foot of the screen, to copy by hand.
 */
export function enhanceCopyLinks(doc: Document): void {
	const status = doc.querySelector<HTMLElement>('[data-copy-status]');
	const box = doc.querySelector<HTMLElement>('[data-copy-manual-box]');
	const manual = box?.querySelector<HTMLElement>('[data-copy-manual]');
	box?.querySelector('[data-copy-manual-close]')?.addEventListener('click', () => (box.hidden = true));
	box?.addEventListener('keydown', (e) => {
		if (e.key === 'Escape') box.hidden = true;
	});
	doc.addEventListener('click', async (event) => {
		const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.anchor');
		if (!link) return;
		const url = clauseLinkToCopy(link.getAttribute('href') ?? '', location.href, status?.dataset.origin || undefined);
		if (await copyText(url)) {
			if (box) box.hidden = true;
			if (status) status.textContent = '已复制本条链接：' + url;
			link.dataset.copied = 'true';
			setTimeout(() => delete link.dataset.copied, 2000);
		} else if (box && manual) {
			if (status) status.textContent = '无法自动复制本条链接，链接已显示在屏幕下方的框中并选中。';
			// After the link is followed (following a #link moves the focus), show and select the field.
			const show = () => {
				box.hidden = false;
				showForManualCopy(manual, url, '本条链接');
			};
			const hash = new URL(link.href, location.href).hash;
			if (!hash || location.hash === hash) setTimeout(show);
			else window.addEventListener('hashchange', () => setTimeout(show), { once: true });
		}
	});
}
