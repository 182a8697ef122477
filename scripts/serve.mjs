// Serves the built site (dist/) on http://127.0.0.1:4321 (PORT overrides). Run `npm run build` first.
import fs from 'node:fs';
import { startStaticServer } from './static-server.mjs';

if (!fs.existsSync('dist/index.html')) {
	console.error('dist/ is missing: run `npm run build` first (or `npm start`, which builds and serves).');
	process.exit(1);
}
const { url } = await startStaticServer({ root: 'dist', port: Number(process.env.PORT ?? 4321) });
console.log(`Serving dist/ at ${url}/ (Ctrl+C to stop)`);
