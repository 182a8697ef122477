/** The 朗读 player's styles (/read-aloud.css), loaded by the player on first use. */
import type { APIRoute } from 'astro';
import fs from 'node:fs';
import path from 'node:path';

export const GET: APIRoute = () => new Response(fs.readFileSync(path.resolve(process.cwd(), 'src/styles/read-aloud-player.css'), 'utf8'), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
