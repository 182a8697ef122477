/**
 * <print-date> in the share panel writes today's date, so that a printed sheet says when it was printed
 * (progressive enhancement: without scripts the sheet shows a blank to fill in).
 */

import { printedDate } from '../outreach/share.ts';

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

if (!customElements.get('print-date')) customElements.define('print-date', PrintDate);
