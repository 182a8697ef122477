import type { APIRoute } from 'astro';
import { robotsTxt } from '../site/robots.ts';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
