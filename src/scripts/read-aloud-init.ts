/**
 * <read-aloud>: the tiny part of 朗读 that pages with the control load (a few hundred bytes). It shows
 * the control only where the device has a Mandarin voice of its own (zh, cmn; not zh-HK / zh-MO; no
 * remote voice, which would send the text over the network), and loads the
 * player (/read-aloud.js, built from src/scripts/read-aloud.ts by src/pages/read-aloud.js.ts) on first
 * use, by a plain dynamic import, so that no loader code comes with the page.
 */

/** Where the player is; a variable, so that the bundler leaves the import alone (no preload helper). */
const player = '/read-aloud.js';

customElements.define(
	'read-aloud',
	class extends HTMLElement {
		connectedCallback() {
			const synth = window.speechSynthesis;
			if (!synth) return;
			// Voices may arrive later (Chromium lists them after voiceschanged).
			const show = () => {
				if (synth.getVoices().some((v) => v.localService && /^(zh|cmn)(?!.(hk|mo))/i.test(v.lang))) this.hidden = false;
			};
			show();
			synth.addEventListener('voiceschanged', show);
			const start = this.firstChild as HTMLElement;
			// The page's type size for the button (24 px in 长辈模式), set here rather than by a stylesheet,
			// which would weigh on every page's first load (styles set from script pass the CSP).
			start.style.font = 'inherit';
			start.addEventListener('click', async () => ((await import(/* @vite-ignore */ player)) as typeof import('./read-aloud.ts')).player(this).start(), { once: true });
		}
	},
);
