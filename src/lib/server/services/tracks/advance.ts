import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor, type Tx } from '../../db/client';
import { deriveEnrolments, storeDerived } from './derive';

export type Who = { userId: string } | { childId: string };

/** The enrolments (`ut`, user_tracks) of a learner or a child. */
export const ownerSql = (who: Who) =>
	'userId' in who ? sql`ut.user_id = ${who.userId}` : sql`ut.child_id = ${who.childId}`;

/**
 * Brings the tracks of a learner (userId) or a child (childId) in line with their completions,
 * inside the transaction that recorded the completion. Idempotent: it recomputes each enrolment's
 * phase and percentage from the completions, it does not add to them.
 *
 * The enrolment rows are locked first, in one statement, and read in the next: under READ
 * COMMITTED that second statement sees every completion committed while it waited, so two
 * completions racing in one track leave the percentage of both, never of whichever wrote last.
 */
export async function refreshTracksAfterCompletion(
	tx: Tx,
	who: Who,
	scenarioId: string
): Promise<void> {
	const locked = await queryRows<{ id: string }>(
		tx,
		sql`select ut.id from user_tracks ut
			where ${ownerSql(who)}
				and exists (select 1 from track_items ti
					where ti.track_id = ut.track_id and ti.scenario_id = ${scenarioId})
			order by ut.id
			for update`
	);
	if (locked.length === 0) return;
	await recomputeEnrolments(
		tx,
		sql`ut.id in (${sql.join(
			locked.map((r) => sql`${r.id}::uuid`),
			sql`, `
		)})`,
		{ touch: true }
	);
}

/** Recomputes the enrolments matching `where` from the completions, and stores them. */
export async function recomputeEnrolments(db: Executor, where: SQL, options: { touch: boolean }) {
	const derived = await deriveEnrolments(db, where);
	await storeDerived(db, derived, options);
	return derived;
}
