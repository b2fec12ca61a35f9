import { sql, type SQL } from 'drizzle-orm';
import {
	trackProgress,
	type TrackItemRef,
	type TrackProgress
} from '../../../domain/track-progress';
import type { TrackPhase } from '../../../schemas/enums';
import { queryRows, sqlBoolean, type Executor } from '../../db/client';
import { listedCondition } from '../catalog/list';

// An enrolment's phase and percentage are derived, never added to: from the track's items and
// what its owner completed. A learner's completion is user_scenario_progress.times_completed > 0
// (finishAttempt counts it before the completion hook runs); a child's is quest_progress.completed.
// The same rows feed the completion hook, enrolling, the pages and db:verify, through the one pure
// function.

export interface EnrolmentItem extends TrackItemRef {
	slug: string;
	title: string;
	estimatedTime: number;
	done: boolean;
	/** may be offered as "next": listed in the library (catalog/list.ts listedCondition) */
	playable: boolean;
}

export interface DerivedEnrolment {
	id: string;
	userId: string | null;
	childId: string | null;
	trackId: string;
	enrolledAt: Date;
	lastActivityAt: Date | null;
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
	enrolled_at: Date | string;
	last_activity_at: Date | string | null;
	phase: TrackPhase | null;
	position: number | null;
	scenario_id: string | null;
	slug: string | null;
	title: string | null;
	estimated_time: number | null;
	done: boolean | string | null;
	playable: boolean | string | null;
}

/** Whether the enrolment `ut`'s owner completed the item `ti`'s scenario. */
const itemDoneSql = sql.raw(`case
	when ut.user_id is not null then exists (
		select 1 from user_scenario_progress p
		where p.user_id = ut.user_id and p.scenario_id = ti.scenario_id and p.times_completed > 0)
	else exists (
		select 1 from quest_progress q
		where q.child_id = ut.child_id and q.scenario_id = ti.scenario_id and q.completed)
	end`);

/**
 * Every enrolment matching `where` (over `ut`, user_tracks), with its items and progress. An
 * item that is no longer listed (archived, hidden) is never `playable`, so never "next".
 */
export async function deriveEnrolments(db: Executor, where: SQL): Promise<DerivedEnrolment[]> {
	// `scenarios` is not aliased: listedCondition() names its columns "scenarios"."…".
	const rows = await queryRows<Row>(
		db,
		sql`select ut.id as enrolment_id, ut.user_id, ut.child_id, ut.track_id, ut.current_phase,
				ut.completion_percentage, ut.enrolled_at, ut.last_activity_at,
				ti.phase, ti.position, ti.scenario_id,
				scenarios.slug, scenarios.title, scenarios.estimated_time,
				${itemDoneSql} as done,
				${listedCondition()} as playable
			from user_tracks ut
			left join track_items ti on ti.track_id = ut.track_id
			left join scenarios on scenarios.id = ti.scenario_id
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
				enrolledAt: new Date(row.enrolled_at),
				lastActivityAt: row.last_activity_at === null ? null : new Date(row.last_activity_at),
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
				slug: row.slug!,
				title: row.title!,
				estimatedTime: Number(row.estimated_time),
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
