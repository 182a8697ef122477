/**
 * Reading, applying and saving the reader settings on the page. Every control that changes them (the
 * settings panel, the 长辈模式 switches) goes through update(), which announces the change with a
 * `reader-settings` event on document so that the other controls show the new state.
 */
import { STORAGE_KEY, attributesFor, defaultSettings, parseSettings, serializeSettings, type Settings } from '../site/reader-settings.ts';

export const CHANGE_EVENT = 'reader-settings';

export function apply(settings: Settings): void {
	for (const [attr, value] of Object.entries(attributesFor(settings))) {
		if (value === null) document.documentElement.removeAttribute(attr);
		else document.documentElement.setAttribute(attr, value);
	}
}

export function load(): Settings {
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

/** Applies and remembers new settings, and tells the page's other controls. */
export function update(settings: Settings): void {
	apply(settings);
	save(settings);
	document.dispatchEvent(new CustomEvent<Settings>(CHANGE_EVENT, { detail: settings }));
}

/** Calls `listener` with the settings whenever a control changes them. */
export function onChange(listener: (settings: Settings) => void): void {
	document.addEventListener(CHANGE_EVENT, (e) => listener((e as CustomEvent<Settings>).detail));
}
