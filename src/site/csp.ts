/**
 * The site's security policy, in one place: the CSP directives Astro puts in each page's <meta>, the
 * hash of the one inline script (the reader-settings boot script), and the HTTP headers a host should
 * send (written to dist/_headers and an nginx snippet by the security-headers integration).
 */
import { createHash } from 'node:crypto';
import { bootScript } from './reader-settings.ts';

/** Directives besides script-src and style-src (which Astro computes per page). */
export const cspDirectives = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"media-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"manifest-src 'self'",
	"worker-src 'self' blob:",
] as const;

/** Extra script-src sources: Pagefind's search runs WebAssembly. */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"] as const;

export function sha256(text: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/** Hashes of inline scripts that Astro does not process itself. */
export function inlineScriptHashes(): Array<`sha256-${string}`> {
	return [sha256(bootScript())];
}

/** Headers for every page; frame-ancestors is added per path (in the CSP). No X-Frame-Options: frame-ancestors supersedes it. */
export const commonHeaders: Record<string, string> = {
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Content-Type-Options': 'nosniff',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The header CSP for a path: the union of the page policies (so every page's own hashes are allowed)
 * plus frame-ancestors, which a <meta> cannot carry. Only /embed/ pages may be framed, by anyone.
 */
export function headerPolicy(pagePolicies: string[], embed: boolean): string {
	const merged = new Map<string, Set<string>>();
	for (const policy of pagePolicies) {
		for (const part of policy.split(';')) {
			const [name, ...values] = part.trim().split(/\s+/);
			if (!name) continue;
			const set = merged.get(name) ?? new Set<string>();
			values.forEach((v) => set.add(v));
			merged.set(name, set);
		}
	}
	merged.set('frame-ancestors', new Set([embed ? '*' : "'none'"]));
	return [...merged].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/** The text of every inline <script> (no src) and <style> element of a built page. */
export function inlineElements(html: string): { scripts: string[]; styles: string[] } {
	const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\ssrc\s*=/i.test(m[1]!)).map((m) => m[2]!);
	const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
	return { scripts, styles };
}

/**
 * Astro lists, in every page's CSP, the hashes of every script and style of the whole build. A page
 * needs only the hashes of its own inline elements (its external files are allowed by 'self'), so this
 * keeps, in script-src and style-src, only the hashes of inline elements present in `html`. Every
 * other source ('self', 'wasm-unsafe-eval', …) and every other directive stays as it is; a hash the
 * page needs but the policy lacks is not added (the page's inline element stays blocked, as before).
 */
export function policyForPage(policy: string, html: string): string {
	const { scripts, styles } = inlineElements(html);
	const keep = { 'script-src': new Set(scripts.map((s) => `'${sha256(s)}'`)), 'style-src': new Set(styles.map((s) => `'${sha256(s)}'`)) };
	return policy
		.split(';')
		.map((part) => {
			const [name, ...values] = part.trim().split(/\s+/);
			if (!name) return '';
			const wanted = keep[name as keyof typeof keep];
			const kept = wanted ? values.filter((v) => !/^'sha(256|384|512)-/.test(v) || wanted.has(v)) : values;
			return [name, ...kept].join(' ');
		})
		.filter(Boolean)
		.join('; ');
}
