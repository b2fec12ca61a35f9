import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { callerFor, loadOrError, scenarioSlugOr404 } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';
import { isUuid } from '$lib/domain/ids';

export const load: PageServerLoad = async (event) => {
	const slug = scenarioSlugOr404(event.params.slug);
	requireUser(event);
	const caller = callerFor(event);
	const detail = await loadOrError(caller.scenario.bySlug({ slug }));
	if (!detail.isPlayable) {
		error(404, { message: 'This scenario can be played once it is approved and published.' });
	}
	// ?attempt=<id> shows the summary of a finished attempt, so a reload keeps it.
	const attemptId = event.url.searchParams.get('attempt');
	const [attempt, summary] = await Promise.all([
		loadOrError(caller.progress.openAttempt({ scenarioId: detail.scenario.id })),
		attemptId && isUuid(attemptId)
			? loadOrError(caller.progress.attempt({ attemptId }))
			: Promise.resolve(null)
	]);
	const { scenario } = detail;
	const transcript = attempt
		? await loadOrError(caller.progress.transcript({ attemptId: attempt.attemptId }))
		: null;
	const now = Date.now();
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
		// The timer continues from the active time the server stored at the learner's last
		// action (domain/attempt-time.ts); the time since then is measured here, not by the
		// browser's clock, which may be set differently.
		attempt: attempt &&
			transcript && {
				...attempt,
				turns: transcript.turns,
				waitingStepId: transcript.waitingStepId,
				idleSeconds: Math.max(0, Math.floor((now - attempt.lastActiveAt.getTime()) / 1000))
			},
		summary: summary && summary.scenarioId === scenario.id && summary.finishedAt ? summary : null,
		progress: detail.progress
			? {
					timesCompleted: detail.progress.timesCompleted,
					userRating: detail.progress.userRating
				}
			: null
	};
};
