/**
 * globalSetup of the site project: ONE Chromium for every site test file (playwright's browser server;
 * each file connects to it through tests/helpers/browser.ts), and one folder for this run's shared
 * builds (tests/helpers/origin-build.ts builds the origin variant once and every file reuses it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The WebSocket address of the shared Chromium. */
		chromiumWs: string;
		/** A folder that lives as long as the run, for builds shared across files. */
		runDir: string;
	}
}

export default async function setup(project: TestProject) {
	const server = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaifu-site-run-'));
	project.provide('chromiumWs', server.wsEndpoint());
	project.provide('runDir', runDir);
	return async () => {
		await server.close();
		fs.rmSync(runDir, { recursive: true, force: true });
	};
}
