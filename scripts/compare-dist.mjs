#!/usr/bin/env node
/**
 * Compares two builds of the site, for changes that must not change the output (a restructure):
 *   node scripts/compare-dist.mjs BEFORE_DIR AFTER_DIR [--show N] [--added-attribute NAME]
 * Asset names (/_astro/Name.HASH.ext) and CSP hashes ('sha256-…') are set aside: they change with
 * any change to a bundled module's path or text. Everything else is compared byte for byte.
 * --added-attribute NAME: an HTML file that differs only by boolean attributes NAME the after side
 * adds is counted apart (with the number added), not as different.
 * --style-order: an HTML file whose inlined <style> holds the same top-level CSS blocks in another
 * order (Vite orders CSS chunks by the module graph) is counted apart, not as different; such pages
 * still want a look (the cascade can depend on the order), e.g. screenshots before and after.
 * Prints the counts and the first differences; exits 1 when any file differs or is only on one side.
 */
import fs from 'node:fs';
import path from 'node:path';

const [before, after, ...rest] = process.argv.slice(2);
if (!before || !after) {
	console.error('usage: node scripts/compare-dist.mjs BEFORE_DIR AFTER_DIR [--show N]');
	process.exit(2);
}
const option = (name) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : undefined);
const show = Number(option('--show')) || 10;
const added = option('--added-attribute');
const styleOrder = rest.includes('--style-order');
const addedRe = added ? new RegExp(` ${added.replace(/[^a-z0-9-]/gi, '')}(?=[ >])`, 'g') : undefined;

const ASSET = /(_astro\/[A-Za-z0-9_.@-]+?)\.[A-Za-z0-9_-]{8}\.(js|css|mjs|woff2?|png|svg|webp)/g;
const CSP = /'sha(256|384|512)-[A-Za-z0-9+/=]+'/g;
const TEXT = /\.(html|css|js|mjs|json|xml|txt|csv|conf|svg|webmanifest)$|(^|\/)_headers$/;

/** A path or a text with asset hashes and CSP hashes replaced by placeholders. */
export const normalise = (s) => s.replace(ASSET, '$1.[hash].$2').replace(CSP, "'sha$1-[hash]'");

function files(dir) {
	return fs
		.readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((f) => f.split(path.sep).join('/'))
		.filter((f) => fs.statSync(path.join(dir, f)).isFile())
		.sort();
}

function tree(dir) {
	const map = new Map();
	for (const f of files(dir)) {
		const key = normalise(f);
		if (map.has(key)) throw new Error(`${dir}: ${f} and ${map.get(key).file} are the same once hashes are set aside`);
		map.set(key, { file: f, abs: path.join(dir, f) });
	}
	return map;
}

/** The top-level blocks of a style sheet (e.g. each `@layer x{…}`), by brace depth. */
function cssBlocks(css) {
	const blocks = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < css.length; i++) {
		if (css[i] === '{') depth++;
		else if (css[i] === '}' && --depth === 0) {
			blocks.push(css.slice(start, i + 1).trim());
			start = i + 1;
		}
	}
	if (css.slice(start).trim()) blocks.push(css.slice(start).trim());
	return blocks;
}

/** An HTML text with the blocks of its inlined <style>s sorted (one sheet, in place of the first). */
function withSortedStyles(html) {
	const sheets = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
	const sorted = sheets.flatMap(cssBlocks).sort().join('');
	let first = true;
	return html.replace(/<style>[\s\S]*?<\/style>/g, () => (first ? ((first = false), `<style>${sorted}</style>`) : ''));
}

/** The first place two texts differ, with some context on each side. */
function firstDifference(a, b) {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	const from = Math.max(0, i - 80);
	return { at: i, before: a.slice(from, i + 120), after: b.slice(from, i + 120) };
}

const A = tree(before);
const B = tree(after);
let same = 0;
let sameAsidesHashes = 0;
let sameButAdded = 0;
const styleOrderOnly = [];
let attributesAdded = 0;
const differ = [];
for (const [key, a] of A) {
	const b = B.get(key);
	if (!b) continue;
	const x = fs.readFileSync(a.abs);
	const y = fs.readFileSync(b.abs);
	if (x.equals(y)) {
		same++;
		continue;
	}
	if (TEXT.test(key)) {
		const nx = normalise(x.toString('utf8'));
		const ny = normalise(y.toString('utf8'));
		if (nx === ny) {
			sameAsidesHashes++;
			continue;
		}
		const strip = (s) => (addedRe ? s.replace(addedRe, '') : s);
		if (addedRe && key.endsWith('.html') && strip(nx) === strip(ny)) {
			sameButAdded++;
			attributesAdded += (ny.match(addedRe)?.length ?? 0) - (nx.match(addedRe)?.length ?? 0);
			continue;
		}
		if (styleOrder && key.endsWith('.html') && withSortedStyles(strip(nx)) === withSortedStyles(strip(ny))) {
			styleOrderOnly.push(key);
			continue;
		}
		differ.push({ key, ...firstDifference(nx, ny) });
	} else differ.push({ key, at: -1, before: `${x.length} bytes`, after: `${y.length} bytes` });
}
const onlyBefore = [...A.keys()].filter((k) => !B.has(k));
const onlyAfter = [...B.keys()].filter((k) => !A.has(k));

console.log(`files before: ${A.size}, after: ${B.size}`);
console.log(`identical byte for byte: ${same}`);
console.log(`identical once asset and CSP hashes are set aside: ${sameAsidesHashes}`);
if (added) console.log(`identical but for ${attributesAdded} added ${added} attributes: ${sameButAdded}`);
if (styleOrder)
	console.log(
		`identical but for the order of their inlined style blocks: ${styleOrderOnly.length}${styleOrderOnly.length ? ' — ' + [...new Set(styleOrderOnly.map((k) => k.replace(/[^/]+\/index\.html$/, '*/')))].join(', ') : ''}`,
	);
console.log(`different: ${differ.length}`);
console.log(`only before: ${onlyBefore.length}${onlyBefore.length ? ' — ' + onlyBefore.slice(0, show).join(', ') : ''}`);
console.log(`only after: ${onlyAfter.length}${onlyAfter.length ? ' — ' + onlyAfter.slice(0, show).join(', ') : ''}`);
for (const d of differ.slice(0, show)) {
	console.log(`\n--- ${d.key}${d.at >= 0 ? ` (from character ${d.at})` : ''}`);
	console.log(`before: ${d.before}`);
	console.log(`after:  ${d.after}`);
}
process.exit(differ.length || onlyBefore.length || onlyAfter.length ? 1 : 0);
