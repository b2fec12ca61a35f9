import { parseSkillSlug } from '$lib/domain/skill-slug';
import { MODES } from '$lib/schemas/enums';
import { requireRole } from '$lib/server/auth/guards';
import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import { oneOf } from '$lib/scenario-filters';
import type { PageServerLoad } from './$types';
import { isUuid } from '$lib/domain/ids';

// The supervisors' queue of feedback requests, oldest first, with the dashboard's figures.

export const load: PageServerLoad = async (event) => {
	// The layout's guard does not run when only this load is re-run: check here too.
	requireRole(event, 'reviewer');
	const params = event.url.searchParams;
	const scenario = params.get('scenario');
	// Unknown values are dropped rather than failing the page (as on the review desk).
	const filters = {
		skill: parseSkillSlug(params.get('skill')),
		scenarioId: scenario && isUuid(scenario) ? scenario : undefined,
		mode: oneOf(MODES, params.get('mode'))
	};
	const caller = callerFor(event);
	const [first, skills] = await Promise.all([
		loadOrError(caller.feedback.queue({ ...filters, limit: 100 })),
		caller.skill.active()
	]);
	let queue = first;
	// A skill nobody teaches any more or a scenario with nothing waiting is unknown here too:
	// the filter lists do not offer it, so it is dropped and the queue asked again without it.
	const unknownSkill = filters.skill && !skills.some((s) => s.slug === filters.skill);
	const unknownScenario =
		filters.scenarioId && !queue.scenarios.some((s) => s.id === filters.scenarioId);
	if (unknownSkill || unknownScenario) {
		if (unknownSkill) filters.skill = undefined;
		if (unknownScenario) filters.scenarioId = undefined;
		queue = await loadOrError(caller.feedback.queue({ ...filters, limit: 100 }));
	}
	return { queue, skills, filters };
};
