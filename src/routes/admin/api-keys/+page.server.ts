import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	keys: await loadOrError(callerFor(event).admin.apiKey.list())
});
