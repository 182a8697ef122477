/** <page-tools>: the one 工具 control (reader settings, print, copy link); and the share panel's <print-date> (one script for the page tools of every page). */
import './print-date.ts';
import { linkToCopy } from '../outreach/share.ts';
import { defaultSettings, parseSettings, type Settings } from '../site/reader-settings.ts';
import { load, onChange, update } from './reader-store.ts';
import { copyText, showForManualCopy } from './copy-fallback.ts';

class PageTools extends HTMLElement {
	connectedCallback(): void {
		const toggle = this.querySelector<HTMLButtonElement>('[data-settings-toggle]')!;
		const panel = this.querySelector<HTMLElement>('.reader-panel')!;
		const form = this.querySelector<HTMLElement>('[data-settings-form]')!;
		const status = this.querySelector<HTMLElement>('[data-tools-status]')!;
		const manual = this.querySelector<HTMLElement>('[data-copy-manual]')!;

		const fill = (s: Settings) => {
			for (const el of form.querySelectorAll<HTMLInputElement>('input')) {
				el.checked = s[el.name as keyof Settings] === el.value;
			}
		};
		const read = (): Settings => {
			const value = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
			return parseSettings(JSON.stringify({ size: value('size'), theme: value('theme'), elder: value('elder') ?? 'off', contrast: value('contrast') ?? 'auto' }));
		};
		const open = (yes: boolean) => {
			panel.hidden = !yes;
			toggle.setAttribute('aria-expanded', String(yes));
			if (yes) form.querySelector<HTMLInputElement>('input:checked, input')?.focus();
			else manual.hidden = true;
		};
		const close = () => {
			open(false);
			toggle.focus();
		};

		fill(load());
		onChange(fill);
		form.addEventListener('change', () => update(read()));
		this.querySelector('[data-settings-reset]')!.addEventListener('click', () => update({ ...defaultSettings }));
		toggle.addEventListener('click', () => open(toggle.getAttribute('aria-expanded') !== 'true'));
		this.querySelector('[data-settings-close]')!.addEventListener('click', close);
		panel.addEventListener('keydown', (e) => {
			if (e.key === 'Escape') close();
		});
		// A click or focus outside closes the panel (it overlays the page).
		document.addEventListener('click', (e) => {
			if (!panel.hidden && !this.contains(e.target as Node)) open(false);
		});
		this.querySelector('[data-print]')!.addEventListener('click', () => window.print());
		this.querySelector('[data-copy-url]')!.addEventListener('click', async () => {
			const url = linkToCopy({ short: this.dataset.short }, location.href, location.href);
			if (await copyText(url)) {
				manual.hidden = true;
				status.textContent = '已复制本页链接：' + url;
			} else {
				status.textContent = '无法自动复制，链接已显示在下框中并选中，请手动复制。';
				showForManualCopy(manual, url, '本页链接');
			}
		});
		this.hidden = false;
	}
}
customElements.define('page-tools', PageTools);
