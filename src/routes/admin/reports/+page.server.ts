import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const reports = await loadOrError(callerFor(event).admin.reviews.reports());
	return { reports };
};
