/**
 * A value computed once per build and shared by every page that asks for it; in development it is
 * computed anew on each call, so that edited content shows at once.
 */
export function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
	let cached: Promise<T> | undefined;
	return () => {
		if (import.meta.env.DEV) return compute();
		cached ??= compute();
		return cached;
	};
}
