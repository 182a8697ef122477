/**
 * <read-aloud>: the tiny part of 朗读 that every page with the control loads. It shows the control
 * only where the browser has a Mandarin voice, and loads the player (read-aloud.ts) on first use.
 */
import { pickVoice } from '../lib/read-aloud.ts';

class ReadAloud extends HTMLElement {
	connectedCallback() {
		const synth = window.speechSynthesis;
		if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
		// Voices may arrive later (Chromium lists them after voiceschanged).
		const show = () => {
			if (pickVoice(synth.getVoices())) this.hidden = false;
		};
		show();
		synth.addEventListener('voiceschanged', show);
		const start = this.querySelector<HTMLButtonElement>('[data-ra="start"]');
		const first = async () => {
			start?.removeEventListener('click', first);
			(await import('./read-aloud.ts')).player(this).start();
		};
		start?.addEventListener('click', first);
	}
}

customElements.define('read-aloud', ReadAloud);
