/**
 * Two custom elements of the share panel (progressive enhancement; the panel reads fine without them):
 * <share-tools> shows a "copy this page's link" and a "print" button; <print-date> writes today's date,
 * so that a printed sheet says when it was printed.
 */

import { linkToCopy, printedDate } from '../lib/share.ts';

class ShareTools extends HTMLElement {
	connectedCallback() {
		const status = this.querySelector<HTMLElement>('[data-share-status]');
		const copy = this.querySelector<HTMLButtonElement>('[data-share-copy]');
		const print = this.querySelector<HTMLButtonElement>('[data-share-print]');
		if (!navigator.clipboard && copy) copy.hidden = true;
		copy?.addEventListener('click', () => {
			const url = linkToCopy({ short: this.dataset.short, canonical: this.dataset.canonical }, location.href, location.href);
			navigator.clipboard.writeText(url).then(
				() => {
					if (status) status.textContent = `已复制：${url}`;
				},
				() => {
					if (status) status.textContent = `无法自动复制，请手动复制：${url}`;
				},
			);
		});
		print?.addEventListener('click', () => window.print());
		this.hidden = false;
	}
}

class PrintDate extends HTMLElement {
	#update = () => {
		this.textContent = printedDate(new Date());
	};
	connectedCallback() {
		this.#update();
		window.addEventListener('beforeprint', this.#update);
	}
	disconnectedCallback() {
		window.removeEventListener('beforeprint', this.#update);
	}
}

if (!customElements.get('share-tools')) customElements.define('share-tools', ShareTools);
if (!customElements.get('print-date')) customElements.define('print-date', PrintDate);
