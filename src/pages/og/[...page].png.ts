/** The share card (1200×630 PNG) of every action, task, target and support page: /og/tasks/12.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getImages, imagePng, pngResponse } from '../../outreach/tujie/data.ts';

export const getStaticPaths = (async () => {
	const { cards } = await getImages();
	return [...cards.keys()].filter((p) => p.startsWith('/og/')).map((p) => ({ params: { page: p.slice('/og/'.length, -'.png'.length) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => pngResponse(await imagePng(`/og/${params.page}.png`));
