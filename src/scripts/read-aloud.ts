/**
 * The 朗读 player, loaded on first use: reads the page's official text paragraph by paragraph with the
 * browser's own speech synthesis (no network), marks the paragraph being read, and offers pause /
 * resume, stop and speed. Which elements are paragraphs is the control's data-selector.
 */
import { pickVoice, rates, readSelectors, speakable } from '../site/reader/read-aloud.ts';

export interface Player {
	start(): void;
}

const players = new WeakMap<HTMLElement, Player>();

export function player(root: HTMLElement): Player {
	const existing = players.get(root);
	if (existing) return existing;
	const synth = window.speechSynthesis;
	// The page holds the start button; the rest, and the styles, are made here on first use.
	if (!document.querySelector('link[href="/read-aloud.css"]')) document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/read-aloud.css' }));
	const startButton = root.querySelector('button')!;
	const make = <E extends HTMLElement>(tag: string, props: Record<string, unknown> = {}, ...children: Array<Node | string>): E => {
		const el = Object.assign(document.createElement(tag), props) as E;
		el.append(...children);
		return el;
	};
	const pauseButton = make<HTMLButtonElement>('button', { type: 'button', textContent: '暂停' });
	const stopButton = make<HTMLButtonElement>('button', { type: 'button', textContent: '停止' });
	const rateSelect = make<HTMLSelectElement>('select', {}, ...rates.map((r) => make('option', { value: String(r.value), textContent: r.label, selected: r.value === 1 })));
	const controls = make('span', { className: 'ra-controls', hidden: true }, pauseButton, stopButton, make('label', {}, '语速 ', rateSelect));
	const status = make('span', { className: 'ra-status' });
	status.setAttribute('role', 'status');
	startButton.after(controls, status);

	let paragraphs: HTMLElement[] = [];
	let index = -1;
	let paused = false;
	/** Bumped on every new utterance and on stop, so that a cancelled utterance's events are ignored. */
	let generation = 0;

	const collect = (): HTMLElement[] => {
		const all = [...document.querySelectorAll<HTMLElement>(readSelectors[root.dataset.read as keyof typeof readSelectors] ?? readSelectors.official)];
		// Nested matches would be read twice: keep the outermost.
		return all.filter((el) => !all.some((other) => other !== el && other.contains(el)) && textOf(el) !== '');
	};
	const textOf = (el: HTMLElement): string => {
		const copy = el.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('.anchor, [data-ui], [aria-hidden="true"]').forEach((n) => n.remove());
		return speakable(copy.textContent ?? '');
	};
	const mark = (el: HTMLElement | undefined) => {
		document.querySelectorAll('.ra-current').forEach((n) => n.classList.remove('ra-current'));
		if (!el) return;
		el.classList.add('ra-current');
		const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
		el.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
	};
	const say = (text: string) => {
		status.textContent = text;
	};

	const speak = (i: number) => {
		const el = paragraphs[i];
		if (!el) {
			stop('朗读完毕');
			return;
		}
		index = i;
		const mine = ++generation;
		const u = new SpeechSynthesisUtterance(textOf(el));
		u.lang = 'zh-CN';
		const voice = pickVoice(synth.getVoices());
		if (voice) u.voice = voice;
		u.rate = Number(rateSelect.value) || 1;
		u.addEventListener('end', () => {
			if (mine === generation) speak(i + 1);
		});
		u.addEventListener('error', (e) => {
			const error = (e as SpeechSynthesisErrorEvent).error;
			if (mine === generation && error !== 'interrupted' && error !== 'canceled') stop('朗读出错，已停止');
		});
		mark(el);
		say(`正在朗读第 ${i + 1} 段，共 ${paragraphs.length} 段`);
		synth.speak(u);
	};

	const stop = (message = '已停止朗读') => {
		generation++;
		synth.cancel();
		paused = false;
		index = -1;
		mark(undefined);
		const hadFocus = root.contains(document.activeElement) && document.activeElement !== startButton;
		controls.hidden = true;
		startButton.hidden = false;
		pauseButton.textContent = '暂停';
		say(message);
		if (hadFocus) startButton.focus();
	};

	const togglePause = () => {
		if (index < 0) return;
		if (paused) {
			paused = false;
			synth.resume();
			pauseButton.textContent = '暂停';
			say(`继续朗读第 ${index + 1} 段，共 ${paragraphs.length} 段`);
		} else {
			paused = true;
			synth.pause();
			pauseButton.textContent = '继续';
			say('已暂停');
		}
	};

	const start = () => {
		paragraphs = collect();
		if (paragraphs.length === 0) return;
		generation++;
		synth.cancel();
		paused = false;
		startButton.hidden = true;
		controls.hidden = false;
		pauseButton.textContent = '暂停';
		pauseButton.focus();
		speak(0);
	};

	startButton.addEventListener('click', start);
	pauseButton.addEventListener('click', togglePause);
	stopButton.addEventListener('click', () => stop());
	// A new speed applies at once: the current paragraph is read again at that speed.
	rateSelect.addEventListener('change', () => {
		if (index < 0) return;
		generation++;
		synth.cancel();
		paused = false;
		pauseButton.textContent = '暂停';
		speak(index);
	});
	root.addEventListener('keydown', (e) => {
		if (e.key === 'Escape' && index >= 0) {
			e.preventDefault();
			stop();
		}
	});
	window.addEventListener('pagehide', () => synth.cancel());

	const p = { start };
	players.set(root, p);
	return p;
}
