/**
 * "/" focuses the page's search box ([data-search-shortcut]; the last one, so the /search/ page's
 * own box wins over the header's), unless the reader is typing in a field already.
 */
function isTyping(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
	return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

document.addEventListener('keydown', (event) => {
	if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
	const boxes = document.querySelectorAll<HTMLInputElement>('[data-search-shortcut]');
	const box = boxes[boxes.length - 1];
	if (!box) return;
	event.preventDefault();
	box.focus();
	box.select();
});
