import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const caller = callerFor(event);
	return { scenarios: await loadOrError(caller.studio.mine()) };
};
