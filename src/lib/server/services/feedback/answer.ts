import { sql } from 'drizzle-orm';
import {
	FEEDBACK_CLAIM_MINUTES,
	type FeedbackStatus,
	type FeedbackSubmitInput
} from '../../../schemas/feedback';
import { queryRows, type Executor, type Tx } from '../../db/client';
import { AppError } from '../../errors';
import type { Viewer } from '../catalog/detail';
import { getDebrief, type Debrief } from '../evaluation/debrief';
import { rubricForAttempt } from '../evaluation/runs';
import { notify } from '../notifications/notifications';
import type { MailTransport } from '../../mail/transport';
import { mailAnswered } from './mail';
import { claimLiveSql } from './requests';

// The supervisor's side: claiming a request (30 minutes, extendable, one holder, like the review
// desk), reading it, giving it back, and answering it. Every change locks the request row first,
// so two supervisors racing for one request produce one claim and one answer, and a learner's
// withdrawal and a supervisor's answer cannot both win.

interface RequestRow {
	id: string;
	attempt_id: string;
	learner_id: string;
	purpose: 'learner' | 'calibration';
	calibrates: string | null;
	note: string;
	status: FeedbackStatus;
	claimed_by: string | null;
	claimed_until: Date | string | null;
	claim_live: boolean;
	holder: string | null;
	first_scorer: string | null;
	created_at: Date | string;
	answered_at: Date | string | null;
}

/** The request row with its claim's state; locked (`FOR UPDATE`) unless only read. */
async function lockRequest(
	tx: Executor | Tx,
	requestId: string,
	lock = true
): Promise<RequestRow | undefined> {
	const [row] = await queryRows<RequestRow>(
		tx,
		sql`select r.id, r.attempt_id, r.learner_id, r.purpose, r.calibrates, r.note, r.status,
				r.claimed_by, r.claimed_until,
				${claimLiveSql} as claim_live,
				(select display_name from users where id = r.claimed_by) as holder,
				(select answered_by from feedback_requests o where o.id = r.calibrates) as first_scorer,
				r.created_at, r.answered_at
			from feedback_requests r where r.id = ${requestId}
			${lock ? sql`for update of r` : sql``}`
	);
	return row;
}

const notFound = () => new AppError('NOT_FOUND', 'No feedback request with that id');

/** Refusals shared by claiming, reading to answer and answering. */
function assertMayAnswer(row: RequestRow | undefined, viewer: Viewer): asserts row is RequestRow {
	// A withdrawn request is no consent any more: it does not exist for supervisors.
	if (!row || row.status === 'withdrawn') throw notFound();
	if (row.learner_id === viewer.id) {
		throw new AppError(
			'FORBIDDEN',
			'This is your own attempt: another supervisor gives feedback on it'
		);
	}
	if (row.first_scorer === viewer.id) {
		throw new AppError(
			'FORBIDDEN',
			'You gave the first feedback on this attempt: a second supervisor scores it blind'
		);
	}
}

function heldByAnother(row: RequestRow, viewer: Viewer) {
	return row.claim_live && row.claimed_by !== viewer.id;
}

function claimConflict(row: RequestRow): AppError {
	const until = row.claimed_until ? new Date(row.claimed_until).toISOString().slice(11, 16) : '';
	return new AppError(
		'CONFLICT',
		`${row.holder ?? 'Another supervisor'} is answering this request (claimed until ${until} UTC)`,
		{ claimedBy: row.holder, claimedUntil: row.claimed_until }
	);
}

const alreadyAnswered = () =>
	new AppError('CONFLICT', 'This request has already been answered', { status: 'answered' });

/** Takes the claim, or extends the caller's own. */
export async function claimFeedback(db: Executor, viewer: Viewer, requestId: string) {
	return db.transaction(async (tx) => {
		const row = await lockRequest(tx, requestId);
		assertMayAnswer(row, viewer);
		if (row.status === 'answered') throw alreadyAnswered();
		if (heldByAnother(row, viewer)) throw claimConflict(row);
		const [claimed] = await queryRows<{ claimed_until: Date | string }>(
			tx,
			sql`update feedback_requests
				set status = 'claimed', claimed_by = ${viewer.id},
					claimed_until = now() + make_interval(mins => ${FEEDBACK_CLAIM_MINUTES})
				where id = ${requestId}
				returning claimed_until`
		);
		return { claimedUntil: new Date(claimed.claimed_until) };
	});
}

/** Gives the request back to the queue; only the holder's own claim is removed. */
export async function releaseFeedback(db: Executor, viewer: Viewer, requestId: string) {
	const released = await queryRows<{ id: string }>(
		db,
		sql`update feedback_requests
			set status = 'open', claimed_by = null, claimed_until = null
			where id = ${requestId} and status = 'claimed' and claimed_by = ${viewer.id}
			returning id`
	);
	return { released: released.length > 0 };
}

export interface FeedbackItem {
	request: {
		id: string;
		purpose: 'learner' | 'calibration';
		note: string;
		status: FeedbackStatus;
		createdAt: Date;
		answeredAt: Date | null;
		claim: { mine: boolean; name: string; until: Date } | null;
	};
	debrief: Debrief;
}

/** A request with the transcript to answer it from (the supervisor's view of the debrief). */
export async function feedbackItem(
	db: Executor,
	viewer: Viewer,
	requestId: string
): Promise<FeedbackItem> {
	const row = await lockRequest(db, requestId, false);
	assertMayAnswer(row, viewer);
	const debrief = await getDebrief(db, viewer, row.attempt_id);
	const status: FeedbackStatus = row.status === 'claimed' && !row.claim_live ? 'open' : row.status;
	return {
		request: {
			id: row.id,
			purpose: row.purpose,
			note: row.note,
			status,
			createdAt: new Date(row.created_at),
			answeredAt: row.answered_at ? new Date(row.answered_at) : null,
			claim:
				row.claim_live && row.claimed_by && row.claimed_until
					? {
							mine: row.claimed_by === viewer.id,
							name: row.holder ?? 'Another supervisor',
							until: new Date(row.claimed_until)
						}
					: null
		},
		debrief
	};
}

/**
 * Answers a request: a `supervisor` run with a score for every criterion of the attempt's
 * rubric, comments on single turns, and the request marked answered, in one transaction; the
 * learner is notified in it (and mailed after it when SMTP is configured). The caller must hold
 * the claim, or take it here when nobody holds a live one (as the review desk does).
 */
export async function submitFeedback(
	db: Executor,
	viewer: Viewer,
	input: FeedbackSubmitInput,
	mail: { origin?: string; transport?: MailTransport } = {}
) {
	const answered = await db.transaction(async (tx) => {
		const row = await lockRequest(tx, input.requestId);
		assertMayAnswer(row, viewer);
		if (row.status === 'answered') throw alreadyAnswered();
		if (heldByAnother(row, viewer)) throw claimConflict(row);

		const found = await rubricForAttempt(tx, row.attempt_id);
		const rubric = found?.rubric;
		if (!rubric) throw new AppError('BAD_REQUEST', 'This attempt has no rubric to score');
		const keys = new Set(rubric.criteria.map((c) => c.key));
		const unknown = Object.keys(input.scores).filter((k) => !keys.has(k));
		if (unknown.length) {
			throw new AppError('BAD_REQUEST', `Not a point of this rubric: ${unknown.join(', ')}`, {
				unknown
			});
		}
		const missing = rubric.criteria.filter((c) => !(c.key in input.scores));
		if (missing.length) {
			throw new AppError(
				'BAD_REQUEST',
				`Score every point of the rubric; not scored: ${missing.map((c) => c.title).join(', ')}`,
				{ missing: missing.map((c) => c.key) }
			);
		}
		const turnIds = input.comments.map((c) => c.turnId);
		if (new Set(turnIds).size !== turnIds.length) {
			throw new AppError('BAD_REQUEST', 'Write one comment per line of the conversation');
		}
		if (turnIds.length) {
			const [known] = await queryRows<{ n: number | string }>(
				tx,
				sql`select count(*) as n from attempt_turns
					where attempt_id = ${row.attempt_id}
						and id in (${sql.join(
							turnIds.map((id) => sql`${id}`),
							sql`, `
						)})`
			);
			if (Number(known.n) !== turnIds.length) {
				throw new AppError(
					'BAD_REQUEST',
					'A comment names a line that is not in this conversation'
				);
			}
		}

		const summary = { summary: input.summary, calibration: row.purpose === 'calibration' };
		const [run] = await queryRows<{ id: string }>(
			tx,
			sql`insert into evaluation_runs
					(attempt_id, kind, rubric_key, status, summary, scored_by, finished_at)
				values (${row.attempt_id}, 'supervisor', ${rubric.key}, 'succeeded',
					${JSON.stringify(summary)}::jsonb, ${viewer.id}, now())
				returning id`
		);
		for (const criterion of rubric.criteria) {
			const score = input.scores[criterion.key];
			await tx.execute(
				sql`insert into rubric_scores (run_id, criterion_key, score, rationale)
					values (${run.id}, ${criterion.key}, ${score.score}, ${score.rationale || null})`
			);
		}
		for (const comment of input.comments) {
			await tx.execute(
				sql`insert into turn_comments (run_id, turn_id, text)
					values (${run.id}, ${comment.turnId}, ${comment.text})`
			);
		}
		await tx.execute(
			sql`update feedback_requests
				set status = 'answered', answered_at = now(), answered_by = ${viewer.id},
					run_id = ${run.id}, claimed_by = null, claimed_until = null
				where id = ${row.id}`
		);
		if (row.purpose === 'learner') {
			await notify(tx, {
				userId: row.learner_id,
				kind: 'feedback_answered',
				title: 'A supervisor answered your feedback request',
				body: 'Their scores and comments on your lines are on the debrief of your attempt.',
				link: `/attempts/${row.attempt_id}#supervisor-feedback`
			});
		}
		return { row, runId: run.id };
	});
	if (answered.row.purpose === 'learner') {
		await mailAnswered(
			db,
			answered.row.learner_id,
			answered.row.attempt_id,
			mail.origin,
			mail.transport
		);
	}
	return { runId: answered.runId };
}
