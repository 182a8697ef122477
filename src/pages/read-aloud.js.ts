/**
 * The 朗读 player as one small ES module (/read-aloud.js), built from src/scripts/read-aloud.ts with
 * esbuild at build time. It is loaded by the <read-aloud> element on first use only; bundling it here
 * rather than through the page's script keeps Vite's preload helper off every page's first load.
 */
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import path from 'node:path';

export const GET: APIRoute = async () => {
	const out = await build({
		entryPoints: [path.resolve(process.cwd(), 'src/scripts/read-aloud.ts')],
		bundle: true,
		format: 'esm',
		minify: true,
		target: 'es2022',
		write: false,
		legalComments: 'none',
	});
	return new Response(out.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
