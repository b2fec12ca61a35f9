import { sql } from 'drizzle-orm';
import type { SelfAssessInput } from '../../../schemas/evaluation';
import { queryRows, type Executor } from '../../db/client';
import { AppError } from '../../errors';
import { completeRun, queueRun, rubricForAttempt } from './runs';

/**
 * The learner's own scores on each criterion of a finished attempt (`progress.selfAssess`):
 * a `self` run, replaced when they score again. Only the attempt's owner; someone else's
 * attempt is NOT_FOUND like a missing one.
 */
export async function selfAssess(db: Executor, userId: string, input: SelfAssessInput) {
	const [attempt] = await queryRows<{ user_id: string; finished_at: Date | string | null }>(
		db,
		sql`select user_id, finished_at from scenario_attempts where id = ${input.attemptId}`
	);
	if (!attempt || attempt.user_id !== userId) {
		throw new AppError('NOT_FOUND', 'No attempt with that id');
	}
	if (!attempt.finished_at) {
		throw new AppError('CONFLICT', 'Finish the attempt before assessing it', {
			reason: 'open'
		});
	}
	const found = await rubricForAttempt(db, input.attemptId);
	if (!found?.rubric) throw new AppError('CONFLICT', 'This scenario has no rubric to assess');
	const known = new Set(found.rubric.criteria.map((c) => c.key));
	const unknown = Object.keys(input.scores).filter((k) => !known.has(k));
	if (unknown.length > 0) {
		throw new AppError('BAD_REQUEST', `Not a criterion of this scenario: ${unknown.join(', ')}`, {
			field: 'scores'
		});
	}
	if (Object.keys(input.scores).length === 0) {
		throw new AppError('BAD_REQUEST', 'Score at least one criterion', { field: 'scores' });
	}
	const run = await queueRun(db, input.attemptId, 'self', found.rubric.key);
	await completeRun(
		db,
		run.id,
		Object.entries(input.scores).map(([criterionKey, score]) => ({
			criterionKey,
			score,
			rationale: null,
			evidence: []
		}))
	);
	return { runId: run.id };
}
