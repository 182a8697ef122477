/**
 * The content files as the reader sees them: each read once, decoded strictly (strict-text.ts) and, for
 * YAML, parsed once; a file that cannot be read, decoded or parsed is one located problem. Light (no
 * schema, no MDX), so that astro.config.mjs reads content/site.yaml through it too (site-origin.ts).
 * The bytes come from the caller (fs.readFileSync in read-content.ts and site-origin.ts), so this stays
 * pure and testable.
 */
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { decodeStrict } from './strict-text.ts';
import type { ContentProblem } from './problems.ts';

/** The folder holding the content: KAIFU_CONTENT_DIR (used by tests for fixtures) or ./content. */
export function contentDir(root = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
	return path.resolve(root, env.KAIFU_CONTENT_DIR ?? 'content');
}

export class ContentFiles {
	problems: ContentProblem[] = [];
	private texts = new Map<string, string | undefined>();
	private parsed = new Map<string, unknown>();

	constructor(
		readonly dir: string,
		readonly root: string,
		/** Reads a file's bytes by its full path; throws when it cannot. */
		private readonly readBytes: (fullPath: string) => Uint8Array,
	) {}

	/** A content file's path as problems name it: relative to the project root, with /. */
	rel(file: string): string {
		return path.relative(this.root, path.join(this.dir, file)).split(path.sep).join('/');
	}

	/** A file's text, decoded strictly; each file is read and reported once. */
	text(file: string): string | undefined {
		if (this.texts.has(file)) return this.texts.get(file);
		let text: string | undefined;
		try {
			const decoded = decodeStrict(this.readBytes(path.join(this.dir, file)));
			if ('text' in decoded) text = decoded.text;
			else this.problems.push({ file: this.rel(file), entry: `line ${decoded.line}, column ${decoded.column}`, message: decoded.message });
		} catch {
			this.problems.push({ file: this.rel(file), message: 'file is missing or unreadable' });
		}
		this.texts.set(file, text);
		return text;
	}

	/** A YAML file, parsed once; undefined (and a problem with its line and column) when it cannot be. */
	yaml(file: string): unknown {
		if (this.parsed.has(file)) return this.parsed.get(file);
		const source = this.text(file);
		let value: unknown;
		if (source !== undefined) {
			try {
				value = parseYaml(source);
			} catch (e) {
				const pos = e instanceof YAMLParseError ? e.linePos?.[0] : undefined;
				this.problems.push({ file: this.rel(file), ...(pos ? { entry: `line ${pos.line}, column ${pos.col}` } : {}), message: `not valid YAML: ${(e as Error).message.split('\n')[0]}` });
			}
		}
		this.parsed.set(file, value);
		return value;
	}
}
