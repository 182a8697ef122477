// A small static file server for dist/: used by `npm run preview`/`npm start` and by the tests.
// Serves directory indexes, the site's own 404 page, and nothing outside the root.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const types = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};

/** Resolves a URL path to a file under root, or undefined. */
function resolveFile(root, urlPath) {
	let p;
	try {
		p = decodeURIComponent(urlPath.split('?')[0]);
	} catch {
		return undefined;
	}
	const full = path.join(root, path.normalize(p));
	if (!full.startsWith(root)) return undefined;
	for (const candidate of [full, path.join(full, 'index.html'), full + '.html']) {
		try {
			if (fs.statSync(candidate).isFile()) return candidate;
		} catch {
			/* try the next */
		}
	}
	return undefined;
}

/** Starts the server; resolves to { server, url }. Port 0 picks a free port. */
export function startStaticServer({ root, port = 0, host = '127.0.0.1' }) {
	root = path.resolve(root);
	const server = http.createServer((req, res) => {
		const urlPath = req.url ?? '/';
		// Directory URLs without a trailing slash redirect, as static hosts do.
		const dir = path.join(root, decodeURIComponent(urlPath.split('?')[0]));
		if (!urlPath.split('?')[0].endsWith('/') && dir.startsWith(root) && fs.existsSync(path.join(dir, 'index.html'))) {
			res.writeHead(301, { location: urlPath.split('?')[0] + '/' + (urlPath.includes('?') ? '?' + urlPath.split('?')[1] : '') });
			res.end();
			return;
		}
		const file = resolveFile(root, urlPath);
		const status = file ? 200 : 404;
		const body = file ?? path.join(root, '404.html');
		const type = types[path.extname(body)] ?? 'application/octet-stream';
		if (!fs.existsSync(body)) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			res.end('404');
			return;
		}
		res.writeHead(status, { 'content-type': type });
		fs.createReadStream(body).pipe(res);
	});
	return new Promise((resolve) => {
		server.listen(port, host, () => {
			const { port: actual } = server.address();
			resolve({ server, url: `http://${host}:${actual}` });
		});
	});
}
