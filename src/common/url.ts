/** The absolute URL of a path on the configured origin, or undefined when no origin is configured. */
export function absoluteUrl(pathname: string, origin: string | URL | undefined): string | undefined {
	return origin ? new URL(pathname, origin).href : undefined;
}
