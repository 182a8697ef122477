/** QR codes in tests: decoding what Chromium shows, and finding the encoder's chunk in a build. */
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Locator } from 'playwright-core';

/** A string of the qrcode library: the JS files of a build that hold the QR encoder contain it. */
const ENCODER_MARK = 'The amount of data is too big to be stored in a QR';

/** The JS files of a build folder (root/_astro) that hold the QR encoder. */
export function encoderChunks(root: string): string[] {
	const dir = path.join(root, '_astro');
	return fs.readdirSync(dir).filter((f) => f.endsWith('.js') && fs.readFileSync(path.join(dir, f), 'utf8').includes(ENCODER_MARK));
}

/** The text of the QR code an element shows, as Chromium renders it; undefined when none is found. */
export async function decodeQr(code: Locator): Promise<string | undefined> {
	const shot = PNG.sync.read(await code.screenshot({ animations: 'disabled' }));
	return jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height)?.data;
}
