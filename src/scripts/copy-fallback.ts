/**
 * Copying a link, and the fallback where the browser refuses the clipboard (plain http, some in-app
 * browsers, a denied permission): the link is shown selected in a field, with a message, to copy by hand.
 */

/** Writes to the clipboard; false where there is none or it is refused. */
export async function copyText(text: string): Promise<boolean> {
	try {
		if (!navigator.clipboard?.writeText) return false;
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

export const MANUAL_COPY_MESSAGE = '无法自动复制。链接已在下框中选中，请按 Ctrl+C（手机上长按）复制：';

/** Fills `host` with the message and a read-only field holding `text`, shows it, and selects the text. */
export function showForManualCopy(host: HTMLElement, text: string, label = '链接'): HTMLInputElement {
	const message = document.createElement('p');
	message.textContent = MANUAL_COPY_MESSAGE;
	const input = document.createElement('input');
	input.type = 'text';
	input.readOnly = true;
	input.value = text;
	input.setAttribute('aria-label', label);
	input.className = 'copy-manual-field';
	input.addEventListener('focus', () => input.select());
	host.replaceChildren(message, input);
	host.hidden = false;
	input.focus();
	input.select();
	return input;
}
