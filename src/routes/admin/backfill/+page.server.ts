import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const caller = callerFor(event);
	const [state, taxonomy] = await Promise.all([
		loadOrError(caller.admin.backfill.state()),
		loadOrError(caller.admin.skill.list())
	]);
	return { state, taxonomy };
};
