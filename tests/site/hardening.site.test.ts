/**
 * The built site's hardening: the server `npm start` runs (scripts/serve.mjs) answers hostile requests
 * with 4xx and stays up; every page's CSP <meta> comes before any script; the `_headers` rules mean the
 * same on Netlify (which adds up matching rules) and Cloudflare Pages; the sitemap filter leaves out
 * exactly the noindex pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { headersFor, parseHeadersFile, startStaticServer } from '../../scripts/static-server.mjs';
import { inSitemap } from '../../src/site/sitemap-filter.ts';
import { htmlPagesIn } from '../helpers/dist.ts';
import { buildWithOrigin, TEST_ORIGIN } from '../helpers/origin-build.ts';

/** Sends one raw HTTP/1.1 request line (no URL normalisation on the way) and returns status and headers. */
function rawRequest(port: number, requestLine: string): Promise<{ status: number; head: string; body: string }> {
	return new Promise((resolve, reject) => {
		const socket = net.connect(port, '127.0.0.1', () => socket.write(`${requestLine} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
		let data = '';
		socket.setEncoding('utf8');
		socket.on('data', (d) => (data += d));
		socket.on('end', () => {
			const [head = '', body = ''] = data.split('\r\n\r\n', 2);
			resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), head, body });
		});
		socket.on('error', reject);
	});
}

describe('the server behind npm start', () => {
	let child: ChildProcess;
	let base: URL;
	beforeAll(async () => {
		// Exactly what `npm start` runs once the build is done (PORT=0: any free port).
		child = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
		base = await new Promise<URL>((resolve, reject) => {
			let out = '';
			child.stdout!.on('data', (d: Buffer) => {
				out += d.toString();
				const m = /(http:\/\/[^\s/]+)\//.exec(out);
				if (m) resolve(new URL(m[1]!));
			});
			child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}: ${out}`)));
		});
	});
	afterAll(() => {
		child?.kill();
	});

	it('listens on 127.0.0.1 only', () => {
		expect(base.hostname).toBe('127.0.0.1');
	});

	const probes: Array<[string, number[]]> = [
		['GET /%', [400]],
		['GET /%zz/', [400]],
		['GET /%E4%B8', [400]],
		['GET //evil.example/..%2fplan', [400]],
		['GET //evil.example/plan', [400]],
		['GET /\\evil.example/plan', [400]],
		['GET http://evil.example/plan', [400]],
		['GET /../package.json', [400]],
		['GET /%2e%2e/package.json', [400]],
		['GET /%2e%2e%2fpackage.json', [400]],
		['GET /plan/..%2f..%2fpackage.json', [400]],
		['GET /plan%2findex.html', [400]],
		['GET /plan%5cindex.html', [400]],
		['GET /%00', [400]],
		['GET /plan/%00index.html', [400]],
		[`GET /${'a'.repeat(10_000)}`, [414]],
		[`GET /?q=${'x'.repeat(20_000)}`, [414, 431]],
		['TRACE /', [405]],
		['DELETE /plan/', [405]],
		['PUT /plan/index.html', [405]],
		['POST /search/', [405]],
		['OPTIONS *', [400, 405]],
		['GET /_headers', [404]],
		['GET /nginx-security-headers.conf', [404]],
		['GET /package.json', [404]],
		['GET /favicon.svg/', [404]],
		['GET /.env', [404]],
	];

	it.each(probes)('%s → 4xx', async (line, statuses) => {
		const r = await rawRequest(Number(base.port), line);
		expect(statuses, r.head).toContain(r.status);
		expect(child.exitCode).toBeNull();
	});

	it('is still serving after every probe', async () => {
		for (const [line] of probes) await rawRequest(Number(base.port), line).catch(() => undefined);
		const r = await fetch(new URL('/plan/', base));
		expect(r.status).toBe(200);
		expect(child.exitCode).toBeNull();
	});

	it('redirects a folder without its slash to the same path on this server, query kept', async () => {
		for (const [from, to] of [
			['/plan', '/plan/'],
			['/tasks/12?x=1', '/tasks/12/?x=1'],
			['/embed/targets/science-info-officers', '/embed/targets/science-info-officers/'],
		]) {
			const r = await rawRequest(Number(base.port), `GET ${from}`);
			expect(r.status, from).toBe(301);
			expect(/^location: (.*)$/im.exec(r.head)?.[1], from).toBe(to);
		}
	});

	it('answers unknown paths with the site 404 page and status 404', async () => {
		const r = await fetch(new URL('/no-such-page/', base));
		expect(r.status).toBe(404);
		expect(await r.text()).toBe(fs.readFileSync('dist/404.html', 'utf8'));
	});

	it('sends the _headers rules: pages may not be framed, embeds may; no X-Frame-Options', async () => {
		const plan = await fetch(new URL('/plan/', base));
		expect(plan.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
		expect(plan.headers.get('x-content-type-options')).toBe('nosniff');
		expect(plan.headers.get('x-frame-options')).toBeNull();
		const embedPath = htmlPagesIn('dist').find((p) => p.path.startsWith('/embed/'))!.path;
		const embed = await fetch(new URL(embedPath, base));
		expect(embed.status).toBe(200);
		expect(embed.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
		expect(embed.headers.get('content-security-policy')).not.toMatch(/frame-ancestors 'none'/);
		expect(embed.headers.get('x-frame-options')).toBeNull();
		const head = await fetch(new URL('/plan/', base), { method: 'HEAD' });
		expect(head.status).toBe(200);
	});
});

describe('the static server module', () => {
	let tmp: string;
	let server: { close: () => void };
	let port: number;
	beforeAll(async () => {
		// A root and a sibling folder whose name starts with the root's ("dist…"): the old prefix check let it through.
		tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kaifu-serve-'));
		fs.mkdirSync(path.join(tmp, 'dist'));
		fs.writeFileSync(path.join(tmp, 'dist', 'index.html'), '<!doctype html><title>ok</title>');
		fs.mkdirSync(path.join(tmp, 'dist-secret'));
		fs.writeFileSync(path.join(tmp, 'dist-secret', 'index.html'), 'SECRET');
		fs.writeFileSync(path.join(tmp, 'dist-secret.txt'), 'SECRET');
		const started = (await startStaticServer({ root: path.join(tmp, 'dist') })) as { server: { close: () => void }; url: string };
		server = started.server;
		port = Number(new URL(started.url).port);
	});
	afterAll(() => {
		server?.close();
		fs.rmSync(tmp, { recursive: true, force: true });
	});

	it.each(['/../dist-secret/index.html', '/..%2fdist-secret/', '/%2e%2e/dist-secret/', '/../dist-secret.txt', '/%2e%2e/dist-secret.txt', '/..%5cdist-secret.txt'])(
		'does not read the sibling folder: %s',
		async (p) => {
			const r = await rawRequest(port, `GET ${p}`);
			expect(r.status).toBeGreaterThanOrEqual(400);
			expect(r.status).toBeLessThan(500);
			expect(r.body).not.toContain('SECRET');
		},
	);
});

describe('the built pages and header files', () => {
	const pages = htmlPagesIn('dist');

	it('puts the CSP <meta> before any <script> on every page', () => {
		expect(pages.length).toBeGreaterThan(100);
		const wrong = pages.filter((p) => {
			const html = fs.readFileSync(p.file, 'utf8');
			const meta = html.search(/<meta http-equiv="content-security-policy"/i);
			const script = html.search(/<script\b/i);
			return meta < 0 || (script >= 0 && script < meta);
		});
		expect(wrong.map((p) => p.path)).toEqual([]);
	});

	it('_headers: no path gets one header from two rules (Netlify would add them up), and no X-Frame-Options', () => {
		const text = fs.readFileSync('dist/_headers', 'utf8');
		expect(text).not.toMatch(/X-Frame-Options/i);
		expect(text).not.toMatch(/^\s+!/m); // Cloudflare-only detach syntax
		const rules = parseHeadersFile(text);
		const paths = [...pages.map((p) => p.path), '/data/tasks.csv', '/_astro/x.js', '/no-such-page/'];
		for (const p of paths) {
			const names = rules.filter((r: { regex: RegExp }) => r.regex.test(p)).flatMap((r: { headers: Array<[string, string]> }) => r.headers.map(([n]) => n.toLowerCase()));
			expect(new Set(names).size, `${p}: ${names.join(', ')}`).toBe(names.length);
		}
		for (const p of pages) {
			const csp = headersFor(rules, p.path).get('content-security-policy') ?? '';
			expect(csp, p.path).toMatch(p.path.startsWith('/embed/') ? /frame-ancestors \*$/ : /frame-ancestors 'none'$/);
		}
	});

	it('the nginx snippet refuses the deploy files', () => {
		const conf = fs.readFileSync('dist/nginx-security-headers.conf', 'utf8');
		expect(conf).toMatch(/location = \/_headers \{ return 404; \}/);
		expect(conf).toMatch(/location = \/nginx-security-headers\.conf \{ return 404; \}/);
		expect(conf).not.toMatch(/X-Frame-Options/i);
	});

	it('the sitemap filter leaves out exactly the noindex pages (short links and embeds)', () => {
		let noindex = 0;
		for (const p of pages) {
			if (p.path === '/404.html') continue;
			const html = fs.readFileSync(p.file, 'utf8');
			const isNoindex = /<meta name="robots" content="[^"]*noindex/i.test(html);
			if (isNoindex) noindex++;
			expect(inSitemap(`https://plan.example.org${p.path}`), p.path).toBe(!isNoindex);
		}
		expect(noindex).toBeGreaterThan(100);
	});
});

describe('the sitemap of a build with an origin', () => {
	it('lists the indexable pages and none of the noindex ones', async () => {
		const out = await buildWithOrigin();
		const xml = fs
			.readdirSync(out)
			.filter((f) => /^sitemap-\d+\.xml$/.test(f))
			.map((f) => fs.readFileSync(path.join(out, f), 'utf8'))
			.join('');
		const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		const noindex = htmlPagesIn(out)
			.filter((p) => /<meta name="robots" content="[^"]*noindex/i.test(fs.readFileSync(p.file, 'utf8')))
			.map((p) => p.path);
		expect(noindex.length).toBeGreaterThan(100);
		expect(listed.filter((p) => noindex.includes(p))).toEqual([]);
		expect(listed).toEqual(expect.arrayContaining(['/', '/plan/', '/tasks/12/', '/support/']));
		expect(xml).toContain(TEST_ORIGIN);
	}, 300_000);
});
