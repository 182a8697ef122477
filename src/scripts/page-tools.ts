/** <page-tools>: the reader settings panel, print and copy-link buttons; and the share panel's <print-date> (one script for the page tools of every page). */
import './print-date.ts';
import { linkToCopy } from '../lib/share.ts';
import { STORAGE_KEY, attributesFor, defaultSettings, parseSettings, serializeSettings, type Settings } from '../lib/reader-settings.ts';

function apply(settings: Settings): void {
	for (const [attr, value] of Object.entries(attributesFor(settings))) {
		if (value === null) document.documentElement.removeAttribute(attr);
		else document.documentElement.setAttribute(attr, value);
	}
}

function load(): Settings {
	try {
		return parseSettings(localStorage.getItem(STORAGE_KEY));
	} catch {
		return { ...defaultSettings };
	}
}

function save(settings: Settings): void {
	try {
		localStorage.setItem(STORAGE_KEY, serializeSettings(settings));
	} catch {
		/* storage refused (private mode): the settings still apply to this page */
	}
}

class PageTools extends HTMLElement {
	connectedCallback(): void {
		const toggle = this.querySelector<HTMLButtonElement>('[data-settings-toggle]')!;
		const panel = this.querySelector<HTMLElement>('.reader-panel')!;
		const form = this.querySelector<HTMLElement>('[data-settings-form]')!;
		const status = this.querySelector<HTMLElement>('[data-tools-status]')!;

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
		};

		fill(load());
		form.addEventListener('change', () => {
			const s = read();
			apply(s);
			save(s);
		});
		this.querySelector('[data-settings-reset]')!.addEventListener('click', () => {
			fill(defaultSettings);
			apply(defaultSettings);
			save(defaultSettings);
		});
		toggle.addEventListener('click', () => open(toggle.getAttribute('aria-expanded') !== 'true'));
		this.querySelector('[data-settings-close]')!.addEventListener('click', () => {
			open(false);
			toggle.focus();
		});
		panel.addEventListener('keydown', (e) => {
			if (e.key === 'Escape') {
				open(false);
				toggle.focus();
			}
		});
		this.querySelector('[data-print]')!.addEventListener('click', () => window.print());
		this.querySelector('[data-copy-url]')!.addEventListener('click', () => {
			const url = linkToCopy({ short: this.dataset.short }, location.href, location.href);
			navigator.clipboard?.writeText(url).then(
				() => (status.textContent = '已复制本页链接：' + url),
				() => (status.textContent = '无法自动复制，请从地址栏复制：' + url),
			);
		});
		this.hidden = false;
	}
}
customElements.define('page-tools', PageTools);
