import { sql, type SQL } from 'drizzle-orm';
import {
	TRENDING_EPOCH_SECONDS,
	TRENDING_HALF_LIFE_SECONDS,
	TRENDING_WEIGHTS,
	type TrendingEvent
} from '../../../domain/trending';
import type { StateVariable } from '../../../schemas/practice';
import type { ScenarioStep } from '../../../schemas/steps';
import { queryRows, type Executor } from '../../db/client';
import { AppError } from '../../errors';

// Shared pieces of every progress write. services/progress/ is the one place where a learner's
// progress changes. Every write is one transaction that touches, in this order, the attempt row, the user's progress row and last the scenario's
// metadata row, so the contended metadata row lock is held only from its UPDATE to COMMIT.
// Counters change only as `column = column + delta` in SQL, where the delta is what the
// statement on the (locked) progress or attempt row reports it actually changed: saving twice,
// unsaving what is not saved and finishing twice change nothing (invariants 1-4).

export interface WriteOptions {
	/** The event time; tests pin it to build histories. Defaults to the database's now(). */
	now?: Date;
}

export const nowSql = (options?: WriteOptions): SQL =>
	options?.now ? sql`${options.now.toISOString()}::timestamptz` : sql`now()`;

/** Approved, active, and for community scenarios not private: may be saved, played and rated. */
export const playableSql = sql.raw(
	`s.status = 'approved' and s.is_active and (s.created_by_user_id is null or s.visibility <> 'private')`
);

export interface Playable {
	id: string;
	steps: ScenarioStep[];
	state_variables: StateVariable[];
	estimated_time: number;
}

export async function requirePlayable(db: Executor, scenarioId: string): Promise<Playable> {
	const [row] = await queryRows<Playable>(
		db,
		sql`select s.id, s.steps, s.state_variables, s.estimated_time from scenarios s
			where s.id = ${scenarioId} and ${playableSql}`
	);
	if (!row) throw new AppError('NOT_FOUND', 'No scenario with that id');
	return row;
}

/** ln(e^trending_log + w·2^((t − epoch)/half-life)) in SQL, guarded like logAdd: exp() raises on underflow. */
export function trendingAfter(event: TrendingEvent, at: SQL): SQL {
	const term = sql`(${sql.raw(String(Math.log(TRENDING_WEIGHTS[event])))} + ((extract(epoch from ${at})::float8 - ${sql.raw(String(TRENDING_EPOCH_SECONDS))}) / ${sql.raw(String(TRENDING_HALF_LIFE_SECONDS))}) * ${sql.raw(String(Math.LN2))})`;
	return sql`case
		when trending_log >= ${term} + 40 then trending_log
		when ${term} >= trending_log + 40 then ${term}
		else greatest(trending_log, ${term}) + ln(1 + exp(-abs(trending_log - ${term})))
	end`;
}

export interface MetadataDelta {
	saved?: number;
	attempts?: number;
	completions?: number;
	ratingsCount?: number;
	ratingSum?: number;
	finished?: number;
	timeSpent?: number;
}

const DELTA_COLUMNS: Record<keyof MetadataDelta, string> = {
	saved: 'amount_saved_count',
	attempts: 'total_attempts',
	completions: 'total_times_used',
	ratingsCount: 'ratings_count',
	ratingSum: 'rating_sum',
	finished: 'finished_attempts',
	timeSpent: 'time_spent_sum'
};

/**
 * The last statement of every write: adds the deltas to the scenario's counters (and an event
 * to its trending score) in one UPDATE. Returns the new saves count for the UI.
 */
export async function bumpMetadata(
	db: Executor,
	scenarioId: string,
	delta: MetadataDelta,
	at: SQL,
	event?: TrendingEvent
): Promise<{ saves: number }> {
	const sets: SQL[] = [];
	for (const [key, column] of Object.entries(DELTA_COLUMNS) as [keyof MetadataDelta, string][]) {
		const value = delta[key];
		if (value) sets.push(sql`${sql.raw(column)} = ${sql.raw(column)} + ${Math.trunc(value)}::int`);
	}
	if (event) {
		sets.push(sql`trending_log = ${trendingAfter(event, at)}`);
		sets.push(sql`last_activity_at = greatest(last_activity_at, ${at})`);
	}
	if (sets.length === 0) return readSaves(db, scenarioId);
	sets.push(sql`updated_at = ${at}`);
	const [row] = await queryRows<{ saves: number }>(
		db,
		sql`update scenario_metadata set ${sql.join(sets, sql`, `)}
			where scenario_id = ${scenarioId} returning amount_saved_count as saves`
	);
	if (!row) throw new AppError('NOT_FOUND', 'No scenario with that id');
	return { saves: Number(row.saves) };
}

async function readSaves(db: Executor, scenarioId: string) {
	const [row] = await queryRows<{ saves: number }>(
		db,
		sql`select amount_saved_count as saves from scenario_metadata where scenario_id = ${scenarioId}`
	);
	return { saves: Number(row?.saves ?? 0) };
}
