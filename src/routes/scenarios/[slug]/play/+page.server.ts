import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const caller = callerFor(event);
	const detail = await loadOrError(caller.scenario.bySlug({ slug: event.params.slug }));
	if (!detail.isPlayable) {
		error(404, { message: 'This scenario can be played once it is approved and published.' });
	}
	// ?attempt=<id> shows the summary of a finished attempt, so a reload keeps it.
	const attemptId = event.url.searchParams.get('attempt');
	const [attempt, summary] = await Promise.all([
		loadOrError(caller.progress.openAttempt({ scenarioId: detail.scenario.id })),
		attemptId && UUID.test(attemptId)
			? loadOrError(caller.progress.attempt({ attemptId }))
			: Promise.resolve(null)
	]);
	const { scenario } = detail;
	return {
		scenario: {
			id: scenario.id,
			slug: scenario.slug,
			title: scenario.title,
			mode: scenario.mode,
			instructions: scenario.instructions,
			context: scenario.context,
			persona: scenario.persona,
			comfortIndicators: scenario.comfortIndicators,
			learningGoal: scenario.learningGoal,
			estimatedTime: scenario.estimatedTime,
			steps: scenario.steps
		},
		attempt,
		summary: summary && summary.scenarioId === scenario.id && summary.finishedAt ? summary : null,
		progress: detail.progress
			? {
					timesCompleted: detail.progress.timesCompleted,
					userRating: detail.progress.userRating
				}
			: null
	};
};
