/**
 * The images of the build: models from the content collections, checked against the official text
 * (the build fails on any problem, naming the image and the words), and drawn once, all together, the
 * first time any image is asked for, so that rasterising runs on every core (render.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Clause } from '../../plan/clauses.ts';
import { getActions, getTasks } from '../../tasks/data.ts';
import { getClauses, getDocument } from '../../plan/data.ts';
import { getSite } from '../../site/data.ts';
import { getSupports } from '../../support/data.ts';
import { getTargets } from '../../targets/data.ts';
import { displayUrl } from '../short-links.ts';
import { oncePerBuild } from '../../common/once-per-build.ts';
import { checkRuns, type ImageProblem } from './check.ts';
import { cardRuns, shareCards, tujieCard, tujieModel, tujieRuns, type Card, type ImageInput, type TujieModel } from './model.ts';
import { cardTree, renderPng, renderStats, tujieTree } from './render.ts';

export interface BuildImages {
	tujie: TujieModel;
	/** The share cards of the pages and of /tujie/, by image path. */
	cards: Map<string, Card>;
	siteName: string;
}

async function imageInput(): Promise<ImageInput> {
	const [document, actions, tasks, clauses, supports, targets] = await Promise.all([getDocument(), getActions(), getTasks(), getClauses(), getSupports(), getTargets()]);
	return {
		document,
		actions: actions.map((a) => a.data),
		tasks: tasks.map((t) => t.data),
		clauses: clauses.map((c) => c.data as Clause),
		supports: supports.map((s) => s.data),
		targets,
	};
}

export function officialSourceText(root = process.cwd()): string {
	return fs.readFileSync(path.join(root, 'reference', 'official-source.txt'), 'utf8');
}

async function build(): Promise<BuildImages> {
	const input = await imageInput();
	const site = await getSite();
	// The public origin as the build resolved it (SITE_ORIGIN, else content/site.yaml's), as every page uses it.
	const display = (p: string) => displayUrl(p, import.meta.env.SITE || undefined);
	const tujie = tujieModel(input, display);
	const cards = [...shareCards(input, site.name, display), tujieCard(tujie, site.name)];
	const source = officialSourceText();
	const problems: ImageProblem[] = [...checkRuns('/tujie/tujie.png', tujieRuns(tujie), input, source), ...cards.flatMap((c) => checkRuns(c.image, cardRuns(c), input, source))];
	if (problems.length) throw new Error(`The images would not say what the text says:\n${problems.map((p) => `  ${p.image} › "${p.text}": ${p.message}`).join('\n')}`);
	return { tujie, cards: new Map(cards.map((c) => [c.image, c])), siteName: site.name };
}

/** The checked image models (no drawing). */
export const getImages: () => Promise<BuildImages> = oncePerBuild(build);

let drawn: Promise<Map<string, Buffer>> | undefined;

/** Draws every image (cached ones are read from the cache), all at once. */
async function drawAll(): Promise<Map<string, Buffer>> {
	const images = await getImages();
	const started = performance.now();
	const jobs: Array<[string, Promise<Buffer>]> = [
		['/tujie/tujie.png', renderPng(tujieTree(images.tujie, images.siteName), 750)],
		...[...images.cards.values()].map((c): [string, Promise<Buffer>] => [c.image, renderPng(cardTree(c), 1200, 630)]),
	];
	const out = new Map<string, Buffer>();
	for (const [p, job] of jobs) out.set(p, await job);
	// Read by `npm run bench` from the build log (scripts/bench/build.ts).
	console.log(`[images] ${out.size} images (${renderStats.drawn} drawn, ${renderStats.cached} from cache) in ${Math.round(performance.now() - started)} ms`);
	return out;
}

/** The PNG of an image path (/tujie/tujie.png, /og/tasks/12.png). */
export async function imagePng(imagePath: string): Promise<Buffer> {
	drawn ??= drawAll();
	const png = (await drawn).get(imagePath);
	if (!png) throw new Error(`no image ${imagePath}`);
	return png;
}

/** Width and height of a PNG, from its header. */
export function pngSize(png: Buffer): { width: number; height: number } {
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The response of an image endpoint. */
export function pngResponse(png: Buffer): Response {
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
