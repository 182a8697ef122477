/** The 1200×630 share card of 一图读懂. */
import type { APIRoute } from 'astro';
import { imagePng, pngResponse } from '../../outreach/tujie/data.ts';

export const GET: APIRoute = async () => pngResponse(await imagePng('/tujie/card.png'));
