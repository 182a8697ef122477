/**
 * The layers of src/ (see README.md, "Code map"): every import runs down or sideways, never up, and
 * no module imports itself through others. A file's layer follows from where it is and what it uses:
 *
 *   0 shape   src/schemas/, src/common/: the shapes of the content and tiny helpers; import nothing else of src/
 *   1 model   other .ts of a domain folder: pure logic (no file system, no astro:content)
 *   2 io      src/scripts/ (browser code) and modules that read files (node:fs), e.g. the content reader
 *   3 data    each domain's data.ts, any module that reads the collections (astro:content), and the
 *             per-page view models (*-page.ts: they gather a page's data through the domains' data.ts)
 *   4 build   src/content.config.ts, src/integrations/
 *   5 view    .astro components of the domain folders
 *   6 layout  src/layouts/
 *   7 page    src/pages/
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LAYERS = ['shape', 'model', 'io', 'data', 'build', 'view', 'layout', 'page'] as const;
type Layer = (typeof LAYERS)[number];

/** Every import specifier of a module (static, side-effect, dynamic), .astro templates and scripts included. */
export function importsOf(source: string): string[] {
	const specs: string[] = [];
	const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\1/g;
	for (const m of source.matchAll(re)) specs.push(m[2]!);
	return specs;
}

/** The layer of a file of src/ (a path relative to the project, with /), from its place, its name and its imports. */
export function layerOf(file: string, source: string): Layer {
	const specs = importsOf(source);
	if (file.startsWith('src/pages/')) return 'page';
	if (file.startsWith('src/layouts/')) return 'layout';
	if (file.endsWith('.astro') || specs.some((s) => s.endsWith('.astro'))) return 'view';
	if (file === 'src/content.config.ts' || file.startsWith('src/integrations/')) return 'build';
	// A page's view model (src/targets/target-page.ts …) reads through data.ts modules, so it is data too.
	if (/(^|\/)(data|[\w-]+-page)\.ts$/.test(file) || specs.some((s) => s === 'astro:content')) return 'data';
	if (file.startsWith('src/scripts/') || specs.some((s) => /^(node:)?fs(\/promises)?$/.test(s))) return 'io';
	if (file.startsWith('src/schemas/') || file.startsWith('src/common/')) return 'shape';
	return 'model';
}

function sourceFiles(dir: string): string[] {
	return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
		.map((f) => path.join(dir, f).split(path.sep).join('/'))
		.filter((f) => /\.(ts|mjs|astro)$/.test(f) && fs.statSync(f).isFile())
		.sort();
}

/** The module graph of src/: each file with its layer and the files of src/ it imports. */
function graph() {
	const nodes = new Map<string, { layer: Layer; imports: string[] }>();
	for (const file of sourceFiles('src')) {
		const source = fs.readFileSync(file, 'utf8');
		const imports = importsOf(source)
			.filter((s) => s.startsWith('.'))
			.map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s.split('?')[0]!)));
		nodes.set(file, { layer: layerOf(file, source), imports });
	}
	return nodes;
}

/** The strongly connected components with more than one module (or a module importing itself). */
function cycles(nodes: Map<string, { imports: string[] }>): string[][] {
	let index = 0;
	const idx = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const on = new Set<string>();
	const found: string[][] = [];
	const visit = (v: string) => {
		idx.set(v, index);
		low.set(v, index++);
		stack.push(v);
		on.add(v);
		for (const w of nodes.get(v)?.imports ?? []) {
			if (!nodes.has(w)) continue;
			if (!idx.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
		}
		if (low.get(v) === idx.get(v)) {
			const scc: string[] = [];
			let w: string;
			do {
				w = stack.pop()!;
				on.delete(w);
				scc.push(w);
			} while (w !== v);
			if (scc.length > 1 || nodes.get(v)!.imports.includes(v)) found.push(scc.sort());
		}
	};
	for (const v of nodes.keys()) if (!idx.has(v)) visit(v);
	return found;
}

describe('layers of src/', () => {
	const nodes = graph();

	it('reads the whole of src/, every relative import naming a file that exists', () => {
		expect(nodes.size).toBeGreaterThan(150);
		const missing = [...nodes].flatMap(([file, n]) => n.imports.filter((i) => !fs.existsSync(i)).map((i) => `${file} → ${i}`));
		expect(missing).toEqual([]);
	});

	it('no module imports from a layer above its own', () => {
		const upward = [...nodes].flatMap(([file, n]) =>
			n.imports.filter((i) => nodes.has(i) && LAYERS.indexOf(nodes.get(i)!.layer) > LAYERS.indexOf(n.layer)).map((i) => `${file} (${n.layer}) → ${i} (${nodes.get(i)!.layer})`),
		);
		expect(upward).toEqual([]);
	});

	it('shapes and models stay pure: no file system, no collections, nothing of the build', () => {
		const impure = [...nodes]
			.filter(([, n]) => n.layer === 'shape' || n.layer === 'model')
			.flatMap(([file]) =>
				importsOf(fs.readFileSync(file, 'utf8'))
					.filter((s) => /^(node:|astro:|astro\/loaders)/.test(s) && !['node:path', 'node:crypto'].includes(s))
					.map((s) => `${file} → ${s}`),
			);
		expect(impure).toEqual([]);
	});

	it('no import cycle', () => {
		expect(cycles(nodes)).toEqual([]);
	});

	it('finds what it is meant to find: an upward import and a cycle in a made-up graph', () => {
		expect(layerOf('src/schemas/x.ts', "import { a } from '../support/match.ts';")).toBe('shape');
		expect(layerOf('src/support/match.ts', '')).toBe('model');
		expect(layerOf('src/support/data.ts', "import { getCollection } from 'astro:content';")).toBe('data');
		expect(layerOf('src/targets/target-page.ts', "import { getTargets } from './data.ts';")).toBe('data');
		expect(layerOf('src/targets/page.ts', '')).toBe('model');
		expect(layerOf('src/outreach/tujie/font.ts', "import fs from 'node:fs';")).toBe('io');
		const made = new Map([
			['a', { imports: ['b'] }],
			['b', { imports: ['c'] }],
			['c', { imports: ['a'] }],
			['d', { imports: ['a'] }],
		]);
		expect(cycles(made)).toEqual([['a', 'b', 'c']]);
	});
});
