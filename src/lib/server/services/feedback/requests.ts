import { sql } from 'drizzle-orm';
import type { FeedbackStatus } from '../../../schemas/feedback';
import { queryRows, type Executor } from '../../db/client';
import { AppError } from '../../errors';
import type { Viewer } from '../catalog/detail';
import { rubricForAttempt } from '../evaluation/runs';

// The learner's side of supervisor feedback: asking on a finished attempt (their consent for
// supervisors to read that one transcript), withdrawing before it is answered, and what the
// debrief shows while they wait: the request's state, their place in the queue and how long
// answers have taken lately, so nobody waits without knowing roughly how long.

/** A live claim on request `r`. A claim past its time reads as open again: no sweeper needed. */
export const claimLiveSql = sql`(r.status = 'claimed' and r.claimed_until > now())`;

/** The status a reader sees: `claimed` only while the claim is live. */
const effectiveStatusSql = sql`case when r.status = 'claimed' and not ${claimLiveSql}
	then 'open' else r.status end`;

export interface LearnerRequest {
	id: string;
	status: FeedbackStatus;
	note: string;
	createdAt: Date;
	answeredAt: Date | null;
	withdrawnAt: Date | null;
	/** waiting requests older than this one (its place in the queue is ahead + 1) */
	ahead: number;
}

export interface AttemptFeedback {
	requests: LearnerRequest[];
	/** median time from asking to an answer over the last 30 days, null without answers */
	typicalWaitSeconds: number | null;
	/** answers the median rests on */
	typicalWaitBasis: number;
}

export async function typicalWait(db: Executor) {
	const [row] = await queryRows<{ median: number | string | null; n: number | string }>(
		db,
		sql`select percentile_cont(0.5) within group (
					order by extract(epoch from answered_at - created_at)) as median,
				count(*) as n
			from feedback_requests
			where purpose = 'learner' and status = 'answered'
				and answered_at > now() - interval '30 days'`
	);
	return {
		typicalWaitSeconds:
			row?.median === null || row?.median === undefined ? null : Number(row.median),
		typicalWaitBasis: Number(row?.n ?? 0)
	};
}

/** The requests on one attempt, newest first. Callers check the reader is its owner. */
export async function attemptFeedback(db: Executor, attemptId: string): Promise<AttemptFeedback> {
	const rows = await queryRows<{
		id: string;
		status: FeedbackStatus;
		note: string;
		created_at: Date | string;
		answered_at: Date | string | null;
		withdrawn_at: Date | string | null;
		ahead: number | string;
	}>(
		db,
		sql`select r.id, ${effectiveStatusSql} as status, r.note, r.created_at, r.answered_at,
				r.withdrawn_at,
				case when r.status in ('open', 'claimed') then (
					select count(*) from feedback_requests w
					where w.status in ('open', 'claimed') and w.created_at < r.created_at
				) else 0 end as ahead
			from feedback_requests r
			where r.attempt_id = ${attemptId} and r.purpose = 'learner'
			order by r.created_at desc, r.id`
	);
	return {
		requests: rows.map((r) => ({
			id: r.id,
			status: r.status,
			note: r.note,
			createdAt: new Date(r.created_at),
			answeredAt: r.answered_at ? new Date(r.answered_at) : null,
			withdrawnAt: r.withdrawn_at ? new Date(r.withdrawn_at) : null,
			ahead: Number(r.ahead)
		})),
		...(await typicalWait(db))
	};
}

/** Asks for a supervisor's feedback on the caller's finished attempt. */
export async function requestFeedback(
	db: Executor,
	viewer: Viewer,
	input: { attemptId: string; note: string }
): Promise<{ requestId: string }> {
	return db.transaction(async (tx) => {
		const [attempt] = await queryRows<{ user_id: string; finished_at: Date | string | null }>(
			tx,
			sql`select user_id, finished_at from scenario_attempts where id = ${input.attemptId}
				for update`
		);
		if (!attempt || attempt.user_id !== viewer.id) {
			throw new AppError('NOT_FOUND', 'No attempt with that id');
		}
		if (!attempt.finished_at) {
			throw new AppError(
				'BAD_REQUEST',
				'Finish the attempt first: supervisors give feedback on a whole conversation'
			);
		}
		if (!(await rubricForAttempt(tx, input.attemptId))?.rubric) {
			throw new AppError(
				'BAD_REQUEST',
				'This scenario has no rubric to score, so a supervisor cannot give feedback on it'
			);
		}
		const [created] = await queryRows<{ id: string }>(
			tx,
			sql`insert into feedback_requests (attempt_id, learner_id, purpose, note, status)
				values (${input.attemptId}, ${viewer.id}, 'learner', ${input.note}, 'open')
				on conflict (attempt_id, purpose) where status in ('open', 'claimed') do nothing
				returning id`
		);
		if (!created) {
			throw new AppError(
				'CONFLICT',
				'You have already asked for feedback on this attempt: it is waiting for a supervisor'
			);
		}
		return { requestId: created.id };
	});
}

/**
 * Withdraws the caller's request while it waits (open or claimed): supervisors lose access to
 * the transcript at once, and a claim on it ends. An answered request cannot be withdrawn.
 */
export async function withdrawFeedback(db: Executor, viewer: Viewer, requestId: string) {
	const [done] = await queryRows<{ id: string }>(
		db,
		sql`update feedback_requests
			set status = 'withdrawn', withdrawn_at = now(), claimed_by = null, claimed_until = null
			where id = ${requestId} and learner_id = ${viewer.id} and purpose = 'learner'
				and status in ('open', 'claimed')
			returning id`
	);
	if (done) return { withdrawn: true };
	const [row] = await queryRows<{ status: FeedbackStatus; learner_id: string; purpose: string }>(
		db,
		sql`select status, learner_id, purpose from feedback_requests where id = ${requestId}`
	);
	if (!row || row.learner_id !== viewer.id || row.purpose !== 'learner') {
		throw new AppError('NOT_FOUND', 'No feedback request with that id');
	}
	if (row.status === 'withdrawn') return { withdrawn: true };
	throw new AppError('CONFLICT', 'A supervisor has already answered this request');
}
