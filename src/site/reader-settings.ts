/**
 * Reader settings (字号, 长辈模式, 高对比度, 配色): the model shared by the settings panel, the boot
 * script that applies them before first paint, and the CSS (which keys on the data-* attributes).
 * A setting at its default sets no attribute, so the page without scripts is the default page.
 */

export const STORAGE_KEY = 'kaifu-reader-settings';

export const settingDefs = {
	/** Text size: 标准 / 大 / 特大. */
	size: { attr: 'data-size', values: ['standard', 'large', 'xlarge'], labels: ['标准', '大', '特大'] },
	/** 长辈模式: larger type, more spacing, larger targets, simplified chrome. */
	elder: { attr: 'data-elder', values: ['off', 'on'], labels: ['关', '开'] },
	/** High contrast; "auto" follows the system's prefers-contrast. */
	contrast: { attr: 'data-contrast', values: ['auto', 'high'], labels: ['跟随系统', '高对比度'] },
	/** Colour scheme; "system" follows prefers-color-scheme. */
	theme: { attr: 'data-theme', values: ['system', 'light', 'dark'], labels: ['跟随系统', '浅色', '深色'] },
} as const;

export type SettingName = keyof typeof settingDefs;
export type Settings = { [K in SettingName]: (typeof settingDefs)[K]['values'][number] };

export const defaultSettings: Settings = { size: 'standard', elder: 'off', contrast: 'auto', theme: 'system' };

const names = Object.keys(settingDefs) as SettingName[];

/** Reads stored settings, ignoring anything unknown or malformed. */
export function parseSettings(raw: string | null | undefined): Settings {
	const out: Settings = { ...defaultSettings };
	if (!raw) return out;
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return out;
	}
	if (typeof data !== 'object' || data === null) return out;
	for (const name of names) {
		const v = (data as Record<string, unknown>)[name];
		if ((settingDefs[name].values as readonly unknown[]).includes(v)) (out as Record<string, unknown>)[name] = v;
	}
	return out;
}

/** The attributes to set on <html> (null: remove the attribute). */
export function attributesFor(settings: Settings): Record<string, string | null> {
	const out: Record<string, string | null> = {};
	for (const name of names) out[settingDefs[name].attr] = settings[name] === defaultSettings[name] ? null : settings[name];
	return out;
}

/** Only the non-default settings, for storage. */
export function serializeSettings(settings: Settings): string {
	const out: Partial<Settings> = {};
	for (const name of names) if (settings[name] !== defaultSettings[name]) (out as Record<string, unknown>)[name] = settings[name];
	return JSON.stringify(out);
}

/**
 * The script inlined at the top of <head>: applies the stored settings before the first paint.
 * Generated from the model above, so the two cannot drift; its hash goes into the CSP.
 */
export function bootScript(): string {
	const table = Object.fromEntries(names.map((n) => [n, [settingDefs[n].attr, settingDefs[n].values, defaultSettings[n]]]));
	return (
		`(function(){try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})||"{}"),t=${JSON.stringify(table)},e=document.documentElement;` +
		`for(var k in t){var v=s[k];if(t[k][1].indexOf(v)>=0&&v!==t[k][2])e.setAttribute(t[k][0],v)}}catch(_){}})();`
	);
}
