import { clauseLinkToCopy } from '../lib/share.ts';

/** Clicking a clause anchor (#) copies the clause's full URL, then follows the link as usual. */
export function enhanceCopyLinks(doc: Document): void {
	const status = doc.querySelector<HTMLElement>('[data-copy-status]');
	doc.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.anchor');
		if (!link || !navigator.clipboard) return;
		const url = clauseLinkToCopy(link.getAttribute('href') ?? '', location.href, status?.dataset.origin || undefined);
		navigator.clipboard.writeText(url).then(
			() => {
				if (status) status.textContent = '已复制本条链接：' + url;
				link.dataset.copied = 'true';
				setTimeout(() => delete link.dataset.copied, 2000);
			},
			() => {
				/* Clipboard refused (permissions): the link is still followed and can be copied by hand. */
			},
		);
	});
}
