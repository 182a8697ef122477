/** 一图读懂 as one long PNG, 750 px wide (the width chat apps show). */
import type { APIRoute } from 'astro';
import { imagePng, pngResponse } from '../../outreach/tujie/data.ts';

export const GET: APIRoute = async () => pngResponse(await imagePng('/tujie/tujie.png'));
