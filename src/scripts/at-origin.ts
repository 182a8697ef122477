/**
 * Addresses and QR codes where no public origin was configured at build time. Pages then mark what
 * they print and share with the path it stands for, and this takes the address the page was opened at
 * (location.origin) when it is used:
 *
 * - `data-abs-href="/t/12/"`: the link's href becomes absolute;
 * - `data-abs-text="/t/12/"`: the text becomes the printed form, host and path (kjcx.example.cn/t/12/);
 * - `data-abs-snippet="/embed/targets/x/"`: the iframe snippet's src becomes absolute;
 * - `data-qr-path="/t/12/"` (+ `data-qr-label`): a QR code of the absolute URL is drawn there;
 * - `data-local-note`: shown (with `[data-local-host]` filled) when the page was opened from this
 *   computer (127.0.0.1, localhost), whose codes no other device can open;
 * - `button[data-qr-show][aria-controls]`: opens the element it controls (its `data-closed` hides it on
 *   screen), with its codes drawn;
 * - `button[data-qr-draw]`: draws the page's codes in place.
 *
 * The QR encoder (./qr-draw.ts) is a separate chunk, imported on the first use: opening the share
 * panel, the header's 打印 button or Ctrl+P (the print waits for the codes), print media (tests,
 * print preview) and `beforeprint`, which cannot wait: the codes it draws are those the encoder can
 * draw at once (every later print has them).
 */
import { displayUrl } from '../outreach/short-links.ts';
import { isLoopbackHost, snippetAt } from '../outreach/share.ts';

type Drawer = typeof import('./qr-draw.ts');
let drawer: Drawer | undefined;
let loading: Promise<Drawer> | undefined;
const loadDrawer = () => (loading ??= import('./qr-draw.ts').then((m) => (drawer = m)));

/** file:// pages have no origin to point to. */
const usable = () => location.origin !== 'null' && /^https?:$/.test(location.protocol);

function fillAddresses(): void {
	if (!usable()) return;
	const origin = location.origin;
	for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-abs-href]')) a.href = new URL(a.dataset.absHref!, origin).href;
	for (const el of document.querySelectorAll<HTMLElement>('[data-abs-text]')) el.textContent = displayUrl(el.dataset.absText!, origin);
	for (const el of document.querySelectorAll<HTMLElement>('[data-abs-snippet]')) el.textContent = snippetAt(el.textContent ?? '', el.dataset.absSnippet!, origin);
	if (isLoopbackHost(location.hostname)) {
		for (const el of document.querySelectorAll<HTMLElement>('[data-local-host]')) el.textContent = location.host;
		for (const el of document.querySelectorAll<HTMLElement>('[data-local-note]')) el.hidden = false;
	}
}

/** Draws every code not drawn yet; only once the encoder is loaded (synchronous, for beforeprint). */
function drawCodes(): boolean {
	if (!drawer || !usable()) return false;
	for (const slot of document.querySelectorAll<HTMLElement>('[data-qr-path]:not([data-qr-drawn])')) {
		const url = new URL(slot.dataset.qrPath!, location.origin).href;
		drawer.drawQr(slot, url, `${slot.dataset.qrLabel ?? '二维码'}，扫描后打开 ${url}`);
		slot.dataset.qrDrawn = '';
	}
	document.documentElement.dataset.qrReady = '';
	return true;
}

/** Fills the addresses and draws the codes, loading the encoder first if needed. */
async function prepare(): Promise<void> {
	fillAddresses();
	if (!usable() || !document.querySelector('[data-qr-path]')) return;
	await loadDrawer();
	drawCodes();
}

const ready = () => !usable() || !document.querySelector('[data-qr-path]:not([data-qr-drawn])');

/** Prints once the codes are drawn. */
function printWhenReady(): void {
	prepare().finally(() => window.print());
}

fillAddresses();

// The share panel's 显示二维码 button.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-qr-show]')) {
	const target = document.getElementById(button.getAttribute('aria-controls') ?? '');
	if (!target) continue;
	const label = { closed: button.textContent?.trim() ?? '', open: button.dataset.qrHide ?? '' };
	button.addEventListener('click', () => {
		const open = button.getAttribute('aria-expanded') !== 'true';
		button.setAttribute('aria-expanded', String(open));
		if (label.open) button.textContent = open ? label.open : label.closed;
		// data-closed hides it on screen only: a sheet printed with its code drawn shows it (share.css).
		if (!open) target.toggleAttribute('data-closed', true);
		else prepare().then(() => target.toggleAttribute('data-closed', button.getAttribute('aria-expanded') !== 'true'));
	});
	button.hidden = false;
}

// The handout's 显示二维码 button: draws the codes in place.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-qr-draw]')) {
	button.addEventListener('click', () => {
		prepare().then(() => {
			button.disabled = true;
			button.textContent = '二维码已显示';
		});
	});
	button.hidden = false;
}

// The header's 打印 button (page-tools.ts prints at once): while codes are missing, print after drawing
// them instead. Listening on the document in the capture phase runs first and can hold the click.
document.addEventListener(
	'click',
	(event) => {
		if (!(event.target instanceof Element) || !event.target.closest('[data-print]') || ready()) return;
		event.stopImmediatePropagation();
		printWhenReady();
	},
	true,
);

// Ctrl+P / ⌘P: the same, so that the browser's print dialog opens with the codes drawn.
document.addEventListener('keydown', (event) => {
	if (event.key.toLowerCase() !== 'p' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || ready()) return;
	event.preventDefault();
	printWhenReady();
});

window.addEventListener('beforeprint', () => {
	fillAddresses();
	if (!drawCodes()) void prepare();
});
matchMedia('print').addEventListener('change', (event) => {
	if (event.matches) void prepare();
});
