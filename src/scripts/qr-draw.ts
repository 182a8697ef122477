/**
 * The QR encoder, as its own chunk: src/scripts/at-origin.ts imports it only when a code is needed
 * (opening the share panel, printing), never on page load.
 */
import { qrSvgSync } from '../outreach/qr.ts';

/** Draws the code of `url` into `slot`, replacing its placeholder. */
export function drawQr(slot: HTMLElement, url: string, label: string): void {
	slot.innerHTML = qrSvgSync(url, label);
}
