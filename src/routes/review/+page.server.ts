import { parseSkillSlug } from '$lib/domain/skill-slug';
import { AGE_RANGES, PSYCHOLOGICAL_MODULES } from '$lib/schemas/enums';
import { requireRole } from '$lib/server/auth/guards';
import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import { oneOf } from '$lib/scenario-filters';
import type { PageServerLoad } from './$types';
import { isUuid } from '$lib/domain/ids';

export const load: PageServerLoad = async (event) => {
	// The layout's guard does not run when only this load is re-run
	// (`__data.json?x-sveltekit-invalidated=01`): check here too.
	requireRole(event, 'reviewer');
	const params = event.url.searchParams;
	// Unknown values are dropped rather than failing the page (as in the library).
	const filters = {
		psychologicalModule: oneOf(PSYCHOLOGICAL_MODULES, params.get('module')),
		ageRange: oneOf(AGE_RANGES, params.get('age')),
		skill: parseSkillSlug(params.get('skill')),
		authorId: isUuid(params.get('author')) ? params.get('author')! : undefined
	};
	const caller = callerFor(event);
	const [queue, authors, skills, feedbackStats] = await Promise.all([
		loadOrError(caller.review.queue({ ...filters, limit: 100 })),
		loadOrError(caller.review.authors()),
		caller.skill.active(),
		// Only the figures: the feedback requests themselves are listed at /review/feedback.
		loadOrError(caller.feedback.stats())
	]);
	return { queue, authors, skills, filters, feedbackStats };
};
