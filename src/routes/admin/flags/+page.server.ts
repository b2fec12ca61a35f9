import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const caller = callerFor(event);
	const [flags, settings] = await Promise.all([
		loadOrError(caller.admin.flag.list()),
		loadOrError(caller.admin.flag.settings())
	]);
	return { flags, settings };
};
