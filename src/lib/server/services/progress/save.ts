import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor, sqlBoolean } from '../../db/client';
import { AppError } from '../../errors';
import { type WriteOptions, nowSql, playableSql, trendingAfter } from './writes';

// Save and unsave: one statement each.

export interface SavedState {
	saved: boolean;
	/** false when the row already was in the requested state */
	changed: boolean;
	saves: number;
}

/**
 * Sets (never toggles) whether the scenario is in the user's library.
 *
 * One statement does it all (data-modifying CTEs): the playable check, the progress row, and the
 * counter with its trending event, so a save costs one round trip instead of five (BEGIN, check,
 * upsert, counter, COMMIT) and is still atomic. The counter moves only when the row changed:
 * under READ COMMITTED a concurrent save of the same pair waits on the row, re-reads it, finds
 * it saved and changes nothing.
 */
export async function setSaved(
	db: Executor,
	userId: string,
	input: { scenarioId: string; saved: boolean },
	options?: WriteOptions
): Promise<SavedState> {
	const at = nowSql(options);
	const [row] = await queryRows<{ playable: boolean | string; changed: number; saves: number }>(
		db,
		input.saved ? saveSql(userId, input.scenarioId, at) : unsaveSql(userId, input.scenarioId, at)
	);
	const playable = sqlBoolean(row.playable);
	const changed = Number(row.changed) > 0;
	// Unsaving a scenario that was archived since is allowed; anything else needs a playable one.
	if (!changed && !playable) throw new AppError('NOT_FOUND', 'No scenario with that id');
	return { saved: input.saved, changed, saves: Number(row.saves) };
}

function saveSql(userId: string, scenarioId: string, at: SQL): SQL {
	// Re-saving within a day keeps the first saved_at and adds no trending event, so flipping
	// the button cannot pump a scenario up the trending list.
	return sql`with target as (
			select s.id from scenarios s where s.id = ${scenarioId} and ${playableSql}
		), changed as (
			insert into user_scenario_progress as p
				(user_id, scenario_id, is_saved, saved_at, created_at, updated_at)
			select ${userId}, target.id, true, ${at}, ${at}, ${at} from target
			on conflict (user_id, scenario_id) do update set
				is_saved = true,
				saved_at = case when p.saved_at > ${at} - interval '1 day' then p.saved_at else ${at} end,
				updated_at = ${at}
			where not p.is_saved
			returning p.saved_at = ${at} as fresh
		), bumped as (
			update scenario_metadata set
				amount_saved_count = amount_saved_count + 1,
				trending_log = case when (select fresh from changed) then ${trendingAfter('save', at)} else trending_log end,
				last_activity_at = case when (select fresh from changed) then greatest(last_activity_at, ${at}) else last_activity_at end,
				updated_at = ${at}
			where scenario_id = ${scenarioId} and exists (select 1 from changed)
			returning amount_saved_count
		)
		select exists (select 1 from target) as playable,
			(select count(*) from changed)::int as changed,
			coalesce((select amount_saved_count from bumped),
				(select amount_saved_count from scenario_metadata where scenario_id = ${scenarioId}), 0) as saves`;
}

function unsaveSql(userId: string, scenarioId: string, at: SQL): SQL {
	return sql`with changed as (
			update user_scenario_progress set is_saved = false, updated_at = ${at}
			where user_id = ${userId} and scenario_id = ${scenarioId} and is_saved
			returning 1
		), bumped as (
			update scenario_metadata set amount_saved_count = amount_saved_count - 1, updated_at = ${at}
			where scenario_id = ${scenarioId} and exists (select 1 from changed)
			returning amount_saved_count
		)
		select exists (select 1 from scenarios s where s.id = ${scenarioId} and ${playableSql}) as playable,
			(select count(*) from changed)::int as changed,
			coalesce((select amount_saved_count from bumped),
				(select amount_saved_count from scenario_metadata where scenario_id = ${scenarioId}), 0) as saves`;
}

// ---------------------------------------------------------------------------------------------
