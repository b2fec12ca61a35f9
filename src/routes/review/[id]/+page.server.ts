import { error } from '@sveltejs/kit';
import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load: PageServerLoad = async (event) => {
	if (!UUID.test(event.params.id)) error(404, { message: 'No scenario at this address' });
	const caller = callerFor(event);
	const [item, skills] = await Promise.all([
		loadOrError(caller.review.item({ scenarioId: event.params.id })),
		caller.skill.active()
	]);
	return { item, skills };
};
