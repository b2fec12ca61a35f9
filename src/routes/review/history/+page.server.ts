import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	reviews: await loadOrError(callerFor(event).review.mine({ limit: 100 }))
});
