import { sql, type SQL } from 'drizzle-orm';
import {
	trackProgress,
	type TrackItemRef,
	type TrackProgress
} from '../../../domain/track-progress';
import type { TrackPhase } from '../../../schemas/enums';
import { queryRows, sqlBoolean, type Executor } from '../../db/client';

// An enrolment's phase and percentage are derived, never added to: from the track's items and
// what its owner completed. A learner's completion is a completed attempt (scenario_attempts,
// outcome 'completed'); a child's is quest_progress.completed. The same rows feed the completion
// hook, enrolling, the pages and db:verify, through the one pure function.

export interface EnrolmentItem extends TrackItemRef {
	done: boolean;
	/** may be offered as "next" (availableSql) */
	playable: boolean;
}

export interface DerivedEnrolment {
	id: string;
	userId: string | null;
	childId: string | null;
	trackId: string;
	stored: { currentPhase: TrackPhase; completionPercentage: number };
	items: EnrolmentItem[];
	progress: TrackProgress<EnrolmentItem>;
}

interface Row {
	enrolment_id: string;
	user_id: string | null;
	child_id: string | null;
	track_id: string;
	current_phase: TrackPhase;
	completion_percentage: number;
	phase: TrackPhase | null;
	position: number | null;
	scenario_id: string | null;
	done: boolean | string | null;
	playable: boolean | string | null;
}

/**
 * Whether scenario `s` may be offered in a track: approved, active, built in or public, the
 * library's own rule (catalog/list.ts). An archived or hidden one keeps its place, unnamed.
 */
export const availableSql = sql.raw(
	`(s.status = 'approved' and s.is_active and (s.created_by_user_id is null or s.visibility = 'public'))`
);

/** Whether the enrolment `ut`'s owner completed the item `ti`'s scenario. */
export const itemDoneSql = sql.raw(`case
	when ut.user_id is not null then exists (
		select 1 from scenario_attempts a
		where a.user_id = ut.user_id and a.scenario_id = ti.scenario_id and a.outcome = 'completed')
	else exists (
		select 1 from quest_progress q
		where q.child_id = ut.child_id and q.scenario_id = ti.scenario_id and q.completed)
	end`);

/** Every enrolment matching `where` (over `ut`, user_tracks), with its items and progress. */
export async function deriveEnrolments(db: Executor, where: SQL): Promise<DerivedEnrolment[]> {
	const rows = await queryRows<Row>(
		db,
		sql`select ut.id as enrolment_id, ut.user_id, ut.child_id, ut.track_id, ut.current_phase,
				ut.completion_percentage, ti.phase, ti.position, ti.scenario_id,
				${itemDoneSql} as done,
				${availableSql} as playable
			from user_tracks ut
			left join track_items ti on ti.track_id = ut.track_id
			left join scenarios s on s.id = ti.scenario_id
			where ${where}
			order by ut.id`
	);
	const byId = new Map<string, Omit<DerivedEnrolment, 'progress'>>();
	for (const row of rows) {
		let entry = byId.get(row.enrolment_id);
		if (!entry) {
			entry = {
				id: row.enrolment_id,
				userId: row.user_id,
				childId: row.child_id,
				trackId: row.track_id,
				stored: {
					currentPhase: row.current_phase,
					completionPercentage: Number(row.completion_percentage)
				},
				items: []
			};
			byId.set(row.enrolment_id, entry);
		}
		if (row.scenario_id && row.phase) {
			entry.items.push({
				phase: row.phase,
				position: Number(row.position),
				scenarioId: row.scenario_id,
				done: sqlBoolean(row.done),
				playable: sqlBoolean(row.playable)
			});
		}
	}
	return [...byId.values()].map((e) => ({
		...e,
		progress: trackProgress(
			e.items,
			new Set(e.items.filter((i) => i.done).map((i) => i.scenarioId)),
			new Set(e.items.filter((i) => i.playable).map((i) => i.scenarioId))
		)
	}));
}

/**
 * Writes each enrolment's derived phase and percentage; `touch` also marks it active now (a
 * completion, an enrolment), while a repair leaves last_activity_at as it was.
 */
export async function storeDerived(
	db: Executor,
	enrolments: DerivedEnrolment[],
	{ touch }: { touch: boolean }
) {
	for (const e of enrolments) {
		await db.execute(
			sql`update user_tracks set
					current_phase = ${e.progress.currentPhase},
					completion_percentage = ${e.progress.completionPercentage}
					${touch ? sql`, last_activity_at = now()` : sql``}
				where id = ${e.id}`
		);
	}
}
