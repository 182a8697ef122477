/**
 * <site-menu>: the phone navigation is a <details> disclosure and opens without scripts; with them, Esc
 * closes it (focus back on 菜单), and so do a click or focus outside it.
 */
class SiteMenu extends HTMLElement {
	connectedCallback(): void {
		const details = this.querySelector('details')!;
		const summary = details.querySelector('summary')!;
		details.addEventListener('keydown', (e) => {
			if (e.key === 'Escape' && details.open) {
				details.open = false;
				summary.focus();
			}
		});
		const outside = (e: Event) => {
			if (details.open && !this.contains(e.target as Node)) details.open = false;
		};
		document.addEventListener('click', outside);
		document.addEventListener('focusin', outside);
	}
}
customElements.define('site-menu', SiteMenu);
