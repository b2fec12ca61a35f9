/**
 * Runs `work` and answers no sooner than `ms` after it started, so paths that do different
 * amounts of work (an account exists, or not) take the same time as seen from outside.
 */
export async function withMinimumDuration<T>(ms: number, work: () => Promise<T>): Promise<T> {
	const floor = new Promise((resolve) => setTimeout(resolve, ms));
	const [result] = await Promise.all([work(), floor]);
	return result;
}
