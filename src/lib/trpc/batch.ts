/**
 * The most procedure calls one request to /api/trpc may carry. The server refuses larger
 * batches (400) and the browser's batch link splits its calls into requests of at most this.
 */
export const MAX_BATCH_SIZE = 10;

/**
 * How many procedure calls a request to /api/trpc carries: a batch (`?batch=1`) lists them
 * comma-separated in its path. `path` is the part after /api/trpc/. Counted up to
 * MAX_BATCH_SIZE: a larger batch is refused without running anything.
 */
export function trpcCallCount(url: URL, path: string): number {
	const calls = url.searchParams.get('batch') === '1' ? path.split(',').length : 1;
	return Math.min(calls, MAX_BATCH_SIZE);
}
