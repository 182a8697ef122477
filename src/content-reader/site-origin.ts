/**
 * The site's public origin, read once by astro.config.mjs: the SITE_ORIGIN environment variable (a
 * deploy sets it without editing content) or else `origin` in content/site.yaml. Empty or unset: no
 * origin, and pages take the address they are opened at when a link or QR code is needed.
 *
 * A bad value stops the build with a message naming where it came from (SITE_ORIGIN, or
 * content/site.yaml › origin) and what is wrong, never a bare "Invalid URL".
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { originProblem } from '../schemas/origin.ts';

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
	// The content folder as load-content.ts's contentDir() finds it (not imported: the config stays light).
	const file = path.join(path.resolve(root, env.KAIFU_CONTENT_DIR ?? 'content'), 'site.yaml');
	const rel = path.relative(root, file).split(path.sep).join('/') || file;
	let source: string;
	try {
		source = fs.readFileSync(file, 'utf8');
	} catch {
		throw new SiteOriginError(`${rel}: file is missing or unreadable`);
	}
	let data: unknown;
	try {
		data = parse(source);
	} catch (e) {
		const line = e instanceof YAMLParseError ? e.linePos?.[0]?.line : undefined;
		throw new SiteOriginError(`${rel}${line ? ` › line ${line}` : ''}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
	}
	if (data === null || data === undefined) return undefined;
	if (typeof data !== 'object' || Array.isArray(data)) throw new SiteOriginError(`${rel}: must be a mapping of settings (name: …, origin: …)`);
	const origin = (data as Record<string, unknown>).origin;
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
