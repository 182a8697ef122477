/** <elder-switch>: a toggle button for 长辈模式 that stays in step with the settings panel. */
import type { Settings } from '../site/reader-settings.ts';
import { load, onChange, update } from './reader-store.ts';

class ElderSwitch extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector<HTMLButtonElement>('[data-elder-switch]')!;
		const state = this.querySelector<HTMLElement>('[data-elder-state]')!;
		const show = (s: Settings) => {
			const on = s.elder === 'on';
			button.setAttribute('aria-pressed', String(on));
			state.textContent = on ? '：开' : '：关';
		};
		show(load());
		onChange(show);
		button.addEventListener('click', () => {
			const s = load();
			update({ ...s, elder: s.elder === 'on' ? 'off' : 'on' });
		});
	}
}
if (!customElements.get('elder-switch')) customElements.define('elder-switch', ElderSwitch);
