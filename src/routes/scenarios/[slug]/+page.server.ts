import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const caller = callerFor(event);
	const [detail, skills] = await Promise.all([
		loadOrError(caller.scenario.bySlug({ slug: event.params.slug })),
		caller.skill.active()
	]);
	const reviews = await loadOrError(caller.progress.reviews({ scenarioId: detail.scenario.id }));
	return { detail, skills, reviews };
};
