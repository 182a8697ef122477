/**
 * The site's public origin, read once by astro.config.mjs: the SITE_ORIGIN environment variable (a
 * deploy sets it without editing content) or else `origin` in content/site.yaml. Empty or unset: no
 * origin, and pages take the address they are opened at when a link or QR code is needed.
 *
 * A bad value stops the build with a message naming where it came from (SITE_ORIGIN, or
 * content/site.yaml › origin) and what is wrong, never a bare "Invalid URL".
 */
import fs from 'node:fs';
import { originProblem } from '../schemas/origin.ts';
import { isRecord } from './problems.ts';
import { ContentFiles, contentDir } from './files.ts';

export { originProblem };

/** Thrown when the origin is not usable; the message says where it came from and why. */
export class SiteOriginError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'SiteOriginError';
	}
}

/** `value` checked as an origin from `source` (for the message) and returned as https://host. */
export function checkOrigin(value: string, source: string): string {
	const problem = originProblem(value);
	if (problem) throw new SiteOriginError(`${source}: ${problem}`);
	return new URL(value).origin;
}

/** The `origin` field of content/site.yaml, or undefined when empty; bad YAML or a bad value throws. */
export function readYamlOrigin(root = process.cwd(), env: NodeJS.ProcessEnv = process.env): string | undefined {
	// The same reader as every collection's (files.ts, light enough for the config), on the same folder.
	const files = new ContentFiles(contentDir(root, env), root, (full) => fs.readFileSync(full));
	const rel = files.rel('site.yaml');
	const data = files.yaml('site.yaml');
	const problem = files.problems[0];
	// The config names the line of a problem, not its column.
	if (problem) throw new SiteOriginError(`${rel}${problem.entry ? ` › ${problem.entry.replace(/, column \d+$/, '')}` : ''}: ${problem.message}`);
	if (data === null || data === undefined) return undefined;
	if (!isRecord(data)) throw new SiteOriginError(`${rel}: must be a mapping of settings (name: …, origin: …)`);
	const origin = data.origin;
	if (origin === undefined || origin === null) return undefined;
	if (typeof origin !== 'string') throw new SiteOriginError(`${rel} › origin: must be text such as "https://kjcx.example.gov.cn" or "" (got ${JSON.stringify(origin)})`);
	if (origin.trim() === '') return undefined;
	return checkOrigin(origin.trim(), `${rel} › origin`);
}

/**
 * The public origin for this build: SITE_ORIGIN when it is set and not empty, else content/site.yaml's
 * `origin`, else undefined. content/site.yaml is read (and must be valid YAML) in either case.
 */
export function readSiteOrigin(root = process.cwd(), env: NodeJS.ProcessEnv = process.env): string | undefined {
	const fromYaml = readYamlOrigin(root, env);
	const fromEnv = env.SITE_ORIGIN?.trim();
	if (fromEnv) return checkOrigin(fromEnv, 'SITE_ORIGIN (environment variable)');
	return fromYaml;
}
