import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { siteSchema } from '../schemas/site.ts';
import { contentDir } from './load-content.ts';

/** The configured public origin from content/site.yaml, or undefined when none is set. */
export function readSiteOrigin(root = process.cwd()): string | undefined {
	const file = path.join(contentDir(root), 'site.yaml');
	const parsed = siteSchema.safeParse(parse(fs.readFileSync(file, 'utf8')) ?? {});
	// An invalid file is reported, with its field, by the content loaders.
	return parsed.success && parsed.data.origin ? parsed.data.origin : undefined;
}
