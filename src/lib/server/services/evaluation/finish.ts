import { env } from '../../env';
import type { Executor } from '../../db/client';
import { logger } from '../../logger';
import { coachFromEnv, type Coach } from './coach';
import { runAutomaticEvaluation, runCoachEvaluation } from './runs';

// What happens after an attempt finishes: the automatic run at once (a few sums, in the same
// request), and the coach's run, when a coach is configured, after the response has gone: a
// slow or broken coach never delays finishing and never fails it.

let configured: Coach | null | undefined;
const coach = () => (configured === undefined ? (configured = coachFromEnv(env())) : configured);

export async function evaluateFinishedAttempt(db: Executor, attemptId: string) {
	try {
		await runAutomaticEvaluation(db, attemptId);
	} catch (error) {
		// The debrief retries a lost automatic run; finishing must not fail over it.
		logger.error('evaluation.automatic_error', { attemptId, error });
	}
	const current = coach();
	if (current) {
		void runCoachEvaluation(db, current, attemptId).catch((error) =>
			logger.error('evaluation.coach_error', { attemptId, error })
		);
	}
}
