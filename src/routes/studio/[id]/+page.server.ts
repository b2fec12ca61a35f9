import { error } from '@sveltejs/kit';
import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';
import { isUuid } from '$lib/domain/ids';

export const load: PageServerLoad = async (event) => {
	if (!isUuid(event.params.id)) error(404, { message: 'No scenario at this address' });
	const caller = callerFor(event);
	const [editor, skills, rubrics] = await Promise.all([
		loadOrError(caller.studio.get({ id: event.params.id })),
		caller.skill.active(),
		loadOrError(caller.studio.rubrics())
	]);
	return { editor, skills, rubrics };
};
