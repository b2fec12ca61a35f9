import { sql } from 'drizzle-orm';
import {
	criterionAgreement,
	raterDrift,
	type CriterionAgreement,
	type RaterDrift,
	type ScorePair
} from '../../../domain/calibration';
import { CALIBRATION_DAYS } from '../../../schemas/feedback';
import { queryRows, type Executor } from '../../db/client';
import { AppError } from '../../errors';
import { recordAudit } from '../audit/record';
import type { Viewer } from '../catalog/detail';

// Rater calibration. An admin marks an answered request for double scoring: a `calibration`
// request for the same attempt enters the supervisors' queue; another supervisor scores it
// without seeing the first scores (the debrief shows a supervisor only their own runs), and
// the learner never sees the second run (it measures the raters, not the learner). The report
// pairs the two runs' scores criterion by criterion over the last 90 days.

export async function markForDoubleScoring(db: Executor, admin: Viewer, requestId: string) {
	return db.transaction(async (tx) => {
		const [original] = await queryRows<{
			id: string;
			attempt_id: string;
			learner_id: string;
			note: string;
			status: string;
			purpose: string;
		}>(
			tx,
			sql`select id, attempt_id, learner_id, note, status, purpose
				from feedback_requests where id = ${requestId} for update`
		);
		if (!original || original.purpose !== 'learner') {
			throw new AppError('NOT_FOUND', 'No feedback request with that id');
		}
		if (original.status !== 'answered') {
			throw new AppError('CONFLICT', 'Only an answered request can be scored a second time', {
				status: original.status
			});
		}
		const [existing] = await queryRows<{ id: string }>(
			tx,
			sql`select id from feedback_requests
				where calibrates = ${requestId} and status <> 'withdrawn'`
		);
		if (existing) {
			throw new AppError('CONFLICT', 'This request is already marked for double scoring');
		}
		const [created] = await queryRows<{ id: string }>(
			tx,
			sql`insert into feedback_requests
					(attempt_id, learner_id, purpose, calibrates, note, status)
				values (${original.attempt_id}, ${original.learner_id}, 'calibration', ${requestId},
					${original.note}, 'open')
				returning id`
		);
		await recordAudit(tx, {
			actorId: admin.id,
			action: 'feedback.double_score',
			entityType: 'feedback_request',
			entityId: requestId,
			after: { calibrationRequestId: created.id }
		});
		return { requestId: created.id };
	});
}

export interface CalibrationReport {
	days: number;
	/** attempts scored by two supervisors in the window */
	attempts: number;
	criteria: (CriterionAgreement & { title: string })[];
	raters: (RaterDrift & { name: string })[];
	/** answered requests an admin may still mark for double scoring, newest first */
	candidates: {
		requestId: string;
		scenarioTitle: string;
		answeredAt: Date;
		answeredBy: string;
	}[];
	/** double scorings waiting for their second supervisor */
	pending: number;
}

export async function calibrationReport(
	db: Executor,
	now = new Date()
): Promise<CalibrationReport> {
	const since = new Date(now.getTime() - CALIBRATION_DAYS * 86_400_000);
	const rows = await queryRows<{
		attempt_id: string;
		criterion_key: string;
		title: string | null;
		first_rater: string;
		first_name: string | null;
		first_score: number;
		second_rater: string;
		second_name: string | null;
		second_score: number;
	}>(
		db,
		sql`select c.attempt_id, s1.criterion_key, rc.title,
				r1.scored_by as first_rater, u1.display_name as first_name, s1.score as first_score,
				r2.scored_by as second_rater, u2.display_name as second_name, s2.score as second_score
			from feedback_requests c
				join feedback_requests o on o.id = c.calibrates
				join evaluation_runs r1 on r1.id = o.run_id
				join evaluation_runs r2 on r2.id = c.run_id
				join rubric_scores s1 on s1.run_id = r1.id
				join rubric_scores s2 on s2.run_id = r2.id and s2.criterion_key = s1.criterion_key
				left join rubric_criteria rc on rc.rubric_key = r1.rubric_key and rc.key = s1.criterion_key
				left join users u1 on u1.id = r1.scored_by
				left join users u2 on u2.id = r2.scored_by
			where c.purpose = 'calibration' and c.status = 'answered'
				and c.answered_at >= ${since.toISOString()}
				and r1.scored_by is not null and r2.scored_by is not null
			order by rc.sort_order, s1.criterion_key`
	);
	const pairs: ScorePair[] = rows.map((r) => ({
		criterionKey: r.criterion_key,
		a: { rater: r.first_rater, score: Number(r.first_score) },
		b: { rater: r.second_rater, score: Number(r.second_score) }
	}));
	const titles = new Map(rows.map((r) => [r.criterion_key, r.title ?? r.criterion_key]));
	const names = new Map<string, string>();
	for (const r of rows) {
		names.set(r.first_rater, r.first_name ?? 'A former supervisor');
		names.set(r.second_rater, r.second_name ?? 'A former supervisor');
	}
	const candidates = await queryRows<{
		id: string;
		title: string;
		answered_at: Date | string;
		answered_by: string | null;
	}>(
		db,
		sql`select r.id, s.title, r.answered_at, u.display_name as answered_by
			from feedback_requests r
				join scenario_attempts a on a.id = r.attempt_id
				join scenarios s on s.id = a.scenario_id
				left join users u on u.id = r.answered_by
			where r.purpose = 'learner' and r.status = 'answered'
				and not exists (select 1 from feedback_requests c
					where c.calibrates = r.id and c.status <> 'withdrawn')
			order by r.answered_at desc, r.id
			limit 10`
	);
	const [pending] = await queryRows<{ n: number | string }>(
		db,
		sql`select count(*) as n from feedback_requests
			where purpose = 'calibration' and status in ('open', 'claimed')`
	);
	return {
		days: CALIBRATION_DAYS,
		attempts: new Set(rows.map((r) => r.attempt_id)).size,
		criteria: criterionAgreement(pairs).map((c) => ({
			...c,
			title: titles.get(c.criterionKey) ?? c.criterionKey
		})),
		raters: raterDrift(pairs).map((r) => ({ ...r, name: names.get(r.rater) ?? 'A supervisor' })),
		candidates: candidates.map((c) => ({
			requestId: c.id,
			scenarioTitle: c.title,
			answeredAt: new Date(c.answered_at),
			answeredBy: c.answered_by ?? 'A former supervisor'
		})),
		pending: Number(pending.n)
	};
}
