import { error } from '@sveltejs/kit';
import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';
import { isUuid } from '$lib/domain/ids';

export const load: PageServerLoad = async (event) => {
	if (!isUuid(event.params.id)) error(404, { message: 'No scenario at this address' });
	const caller = callerFor(event);
	const [item, skills] = await Promise.all([
		loadOrError(caller.review.item({ scenarioId: event.params.id })),
		caller.skill.active()
	]);
	return { item, skills };
};
