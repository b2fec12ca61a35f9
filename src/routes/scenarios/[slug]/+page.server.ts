import { callerFor, loadOrError, scenarioSlugOr404 } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const slug = scenarioSlugOr404(event.params.slug);
	const caller = callerFor(event);
	const [detail, skills] = await Promise.all([
		loadOrError(caller.scenario.bySlug({ slug })),
		caller.skill.active()
	]);
	const reviews = await loadOrError(caller.progress.reviews({ scenarioId: detail.scenario.id }));
	return { detail, skills, reviews };
};
