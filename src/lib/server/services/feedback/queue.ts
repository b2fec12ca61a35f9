import { sql, type SQL } from 'drizzle-orm';
import { FEEDBACK_OVERDUE_HOURS } from '../../../schemas/feedback';
import type { Mode } from '../../../schemas/enums';
import { queryRows, type Executor } from '../../db/client';
import type { Viewer } from '../catalog/detail';
import { claimLiveSql, typicalWait } from './requests';

// The supervisors' queue: waiting requests oldest first with how long each has waited, and the
// figures the dashboard shows (median wait of what is waiting now, how many wait longer than
// 48 hours, how long answers took lately). A supervisor's own attempts and blind re-scorings of
// requests they answered are left out: they could not take them.

export interface QueueItem {
	id: string;
	purpose: 'learner' | 'calibration';
	note: string;
	createdAt: Date;
	waitingSeconds: number;
	scenario: { id: string; slug: string; title: string; mode: Mode; skills: string[] };
	/** a live claim: who holds it and until when */
	claim: { mine: boolean; name: string; until: Date } | null;
	turns: number;
}

export interface QueueStats {
	waiting: number;
	medianWaitSeconds: number | null;
	overdue: number;
	typicalWaitSeconds: number | null;
	typicalWaitBasis: number;
}

export async function feedbackStats(db: Executor): Promise<QueueStats> {
	const [row] = await queryRows<{
		waiting: number | string;
		median: number | string | null;
		overdue: number | string;
	}>(
		db,
		sql`select count(*) as waiting,
				percentile_cont(0.5) within group (order by extract(epoch from now() - created_at)) as median,
				count(*) filter (
					where created_at < now() - make_interval(hours => ${FEEDBACK_OVERDUE_HOURS})
				) as overdue
			from feedback_requests where status in ('open', 'claimed')`
	);
	return {
		waiting: Number(row.waiting),
		medianWaitSeconds: row.median === null ? null : Number(row.median),
		overdue: Number(row.overdue),
		...(await typicalWait(db))
	};
}

export async function feedbackQueue(
	db: Executor,
	viewer: Viewer,
	filters: { skill?: string; scenarioId?: string; mode?: Mode; limit: number }
): Promise<{ items: QueueItem[]; stats: QueueStats; scenarios: { id: string; title: string }[] }> {
	const conditions: SQL[] = [
		sql`r.status in ('open', 'claimed')`,
		sql`r.learner_id <> ${viewer.id}`,
		sql`not exists (select 1 from feedback_requests o
			where o.id = r.calibrates and o.answered_by = ${viewer.id})`
	];
	if (filters.skill) conditions.push(sql`${filters.skill} = any(s.skills)`);
	if (filters.scenarioId) conditions.push(sql`s.id = ${filters.scenarioId}`);
	if (filters.mode) conditions.push(sql`s.mode = ${filters.mode}`);
	const rows = await queryRows<{
		id: string;
		purpose: 'learner' | 'calibration';
		note: string;
		created_at: Date | string;
		waiting: number | string;
		scenario_id: string;
		slug: string;
		title: string;
		mode: Mode;
		skills: string[];
		claimed_by: string | null;
		claimed_until: Date | string | null;
		holder: string | null;
		turns: number | string;
	}>(
		db,
		sql`select r.id, r.purpose, r.note, r.created_at,
				extract(epoch from now() - r.created_at) as waiting,
				s.id as scenario_id, s.slug, s.title, s.mode, s.skills,
				case when ${claimLiveSql} then r.claimed_by end as claimed_by,
				r.claimed_until, u.display_name as holder,
				(select count(*) from attempt_turns t where t.attempt_id = r.attempt_id) as turns
			from feedback_requests r
				join scenario_attempts a on a.id = r.attempt_id
				join scenarios s on s.id = a.scenario_id
				left join users u on u.id = r.claimed_by
			where ${sql.join(conditions, sql` and `)}
			order by r.created_at, r.id
			limit ${filters.limit}`
	);
	const scenarios = await queryRows<{ id: string; title: string }>(
		db,
		sql`select distinct s.id, s.title
			from feedback_requests r
				join scenario_attempts a on a.id = r.attempt_id
				join scenarios s on s.id = a.scenario_id
			where r.status in ('open', 'claimed') order by s.title`
	);
	return {
		items: rows.map((r) => ({
			id: r.id,
			purpose: r.purpose,
			note: r.note,
			createdAt: new Date(r.created_at),
			waitingSeconds: Math.max(0, Math.round(Number(r.waiting))),
			scenario: { id: r.scenario_id, slug: r.slug, title: r.title, mode: r.mode, skills: r.skills },
			claim:
				r.claimed_by && r.claimed_until
					? {
							mine: r.claimed_by === viewer.id,
							name: r.holder ?? 'Another supervisor',
							until: new Date(r.claimed_until)
						}
					: null,
			turns: Number(r.turns)
		})),
		stats: await feedbackStats(db),
		scenarios
	};
}

/**
 * How many waiting requests `viewer` could take (the header badge): not their own attempts, not
 * the blind second scoring of an answer they gave.
 */
export async function feedbackWaitingFor(db: Executor, viewer: Viewer): Promise<number> {
	const [row] = await queryRows<{ n: number | string }>(
		db,
		sql`select count(*) as n from feedback_requests r
			where r.status in ('open', 'claimed') and r.learner_id <> ${viewer.id}
				and not exists (select 1 from feedback_requests o
					where o.id = r.calibrates and o.answered_by = ${viewer.id})`
	);
	return Number(row?.n ?? 0);
}
