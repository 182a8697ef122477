// The static server for dist/: what `npm start` / `npm run preview` run (scripts/serve.mjs) and what the tests
// and scripts serve the built site with. Files are served by sirv (a maintained static-file library), which
// serves only files inside the root (checked on the resolved path with its separator, so not even a sibling
// folder whose name starts with the root's can be reached).
//
// Around it, this module does what a static host does for this site:
// - only GET and HEAD (405 otherwise); malformed, over-long, NUL, backslash, dot-segment and encoded-slash
//   paths get 400 (a request can never crash the process: every handler error becomes a 500);
// - a directory URL without its trailing slash redirects (301) to the same path with one; the Location is
//   always a path on this server (a path starting with // is refused first, so no open redirect);
// - unknown paths get the site's own 404 page with status 404;
// - the rules of dist/_headers (the security headers a real host sends) are applied, so local runs see the
//   headers production sends; the deploy files themselves (_headers, the nginx snippet) are not served.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';

/** Longest request target accepted (bytes); browsers and CDNs allow about this much. */
export const MAX_URL_LENGTH = 2048;

/** Content types sirv would leave empty (Pagefind's index files) or give without a charset. */
const TYPES = {
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
};

/** Deploy configuration written into dist/ by the build; read by the host, never served. */
const DEPLOY_FILES = new Set(['/_headers', '/nginx-security-headers.conf']);

/**
 * Parses a Netlify / Cloudflare Pages `_headers` file into rules: a path pattern (`*` matches any run of
 * characters, as both hosts define it) and the headers it sets. Lines starting with # are comments.
 */
export function parseHeadersFile(text) {
	const rules = [];
	let current;
	for (const raw of text.split(/\r?\n/)) {
		if (!raw.trim() || raw.trim().startsWith('#')) continue;
		if (!/^\s/.test(raw)) {
			const pattern = raw.trim();
			const regex = new RegExp(
				'^' +
					pattern
						.split('*')
						.map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
						.join('.*') +
					'$',
			);
			current = { pattern, regex, headers: [] };
			rules.push(current);
			continue;
		}
		const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(raw);
		if (!current || !m) throw new Error(`_headers: cannot read line "${raw.trim()}"`);
		current.headers.push([m[1], m[2]]);
	}
	return rules;
}

/** The headers of every rule matching `pathname`, in file order (a later value of one name is added, as Netlify does). */
export function headersFor(rules, pathname) {
	const out = new Map();
	for (const rule of rules) {
		if (!rule.regex.test(pathname)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			out.set(key, out.has(key) ? `${out.get(key)}, ${value}` : value);
		}
	}
	return out;
}

/**
 * Checks a request target: the decoded path, or an HTTP status to refuse it with. Only origin-form targets
 * (`/path?query`) are accepted; the path must decode as UTF-8 and hold no NUL, backslash, encoded slash or
 * `.`/`..` segment.
 */
export function checkTarget(target) {
	if (typeof target !== 'string' || target.length > MAX_URL_LENGTH) return { status: 414 };
	if (!target.startsWith('/') || target.startsWith('//')) return { status: 400 };
	const raw = target.split(/[?#]/, 1)[0];
	if (/%2f|%5c|%00/i.test(raw)) return { status: 400 };
	let pathname;
	try {
		pathname = decodeURIComponent(raw);
	} catch {
		return { status: 400 };
	}
	if (/[\0\\]/.test(pathname) || pathname.includes('//')) return { status: 400 };
	if (pathname.split('/').some((seg) => seg === '.' || seg === '..')) return { status: 400 };
	return { pathname, search: target.slice(raw.length) };
}

/** Starts the server on 127.0.0.1; resolves to { server, url }. Port 0 picks a free port. */
export function startStaticServer({ root, port = 0, host = '127.0.0.1' }) {
	root = path.resolve(root);
	const headersFile = path.join(root, '_headers');
	const rules = fs.existsSync(headersFile) ? parseHeadersFile(fs.readFileSync(headersFile, 'utf8')) : [];
	const applyHeaders = (res, pathname) => {
		for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
	};
	const notFoundFile = path.join(root, '404.html');
	const notFound = (req, res, pathname) => {
		applyHeaders(res, pathname);
		if (!fs.existsSync(notFoundFile)) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			res.end('404 Not Found');
			return;
		}
		res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		if (req.method === 'HEAD') res.end();
		else fs.createReadStream(notFoundFile).pipe(res);
	};
	// dev: look each file up when asked (sirv checks it is inside the root), not from a list made at start-up:
	// a rebuild swaps dist/ under a running preview, and a listed file that is gone would crash sirv's stream.
	const files = sirv(root, { dev: true, etag: true, dotfiles: false, extensions: ['html'] });
	const isDirectory = (pathname) => {
		// Containment is checked on the resolved path (with the separator), never on a string prefix alone.
		const full = path.resolve(root, '.' + pathname);
		if (full !== root && !full.startsWith(root + path.sep)) return false;
		return fs.existsSync(path.join(full, 'index.html'));
	};

	const handle = (req, res) => {
		const refuse = (status) => {
			res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
			res.end(`${status} ${http.STATUS_CODES[status] ?? ''}\n`);
		};
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.setHeader('allow', 'GET, HEAD');
			return refuse(405);
		}
		const target = checkTarget(req.url);
		if (target.status) return refuse(target.status);
		const { pathname, search } = target;
		// Deploy files and dot-files (none is published) are not served.
		if (DEPLOY_FILES.has(pathname) || pathname.split('/').some((seg) => seg.startsWith('.'))) return notFound(req, res, pathname);
		if (!pathname.endsWith('/') && isDirectory(pathname)) {
			// The raw path (already checked to start with a single slash) plus "/", then the query.
			const raw = req.url.split(/[?#]/, 1)[0];
			res.writeHead(301, { location: raw + '/' + search.replace(/#.*/, '') });
			return res.end();
		}
		if (pathname.endsWith('/') && !isDirectory(pathname)) return notFound(req, res, pathname);
		// sirv copies headers already set on the response into its own answer, so the rules go in first.
		applyHeaders(res, pathname);
		const type = TYPES[path.extname(pathname)];
		if (type) res.setHeader('content-type', type);
		files(req, res, () => notFound(req, res, pathname));
	};

	const server = http.createServer({ maxHeaderSize: 16 * 1024 }, (req, res) => {
		try {
			res.on('error', () => {});
			handle(req, res);
		} catch {
			if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
			res.end('500 Internal Server Error\n');
		}
	});
	// Malformed requests answer 400 (Node's default) without taking the process down.
	server.on('clientError', (err, socket) => {
		if (socket.writable)
			socket.end(err.code === 'HPE_HEADER_OVERFLOW' ? 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n' : 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
		else socket.destroy();
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const { port: actual } = server.address();
			resolve({ server, url: `http://${host}:${actual}` });
		});
	});
}
