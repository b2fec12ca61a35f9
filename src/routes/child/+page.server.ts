import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

// The child's quests: approved quests of their age band, with where they are in each.
export const load: PageServerLoad = async (event) => {
	await event.parent();
	return { quests: await loadOrError(callerFor(event).family.childQuests()) };
};
