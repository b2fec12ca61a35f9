import { error } from '@sveltejs/kit';
import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load: PageServerLoad = async (event) => {
	if (!UUID.test(event.params.id)) error(404, { message: 'No scenario at this address' });
	const caller = callerFor(event);
	const [editor, skills, rubrics] = await Promise.all([
		loadOrError(caller.studio.get({ id: event.params.id })),
		caller.skill.active(),
		loadOrError(caller.studio.rubrics())
	]);
	return { editor, skills, rubrics };
};
