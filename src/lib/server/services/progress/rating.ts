import { sql } from 'drizzle-orm';
import { queryRows, type Executor, sqlBoolean } from '../../db/client';
import { AppError } from '../../errors';
import { type WriteOptions, nowSql, requirePlayable, bumpMetadata } from './writes';

// Ratings 1-5 with an optional public review; the counters move by exactly what changed.
//
// Two trust rules (issue 12):
// - Only someone who started the scenario may rate it (times_attempted > 0 or any attempt).
// - A disabled account's ratings do not count: `ratings_count` and `rating_sum` leave them out
//   while the account is disabled (verify.ts agrees). Every rating write therefore first takes
//   the rater's `users` row FOR SHARE, and disabling / enabling takes it FOR UPDATE before moving
//   the counters (`setRatingsCounted`): the two serialise per account, and the locks are always
//   taken user -> progress row -> metadata row(s), so they cannot deadlock.

export interface RateResult {
	rating: number;
	review: string | null;
	averageRating: number | null;
	ratingsCount: number;
}

async function ratingSummary(db: Executor, scenarioId: string) {
	const [row] = await queryRows<{ average_rating: number | null; ratings_count: number }>(
		db,
		sql`select average_rating, ratings_count from scenario_metadata where scenario_id = ${scenarioId}`
	);
	return {
		averageRating: row?.average_rating === null || !row ? null : Number(row.average_rating),
		ratingsCount: Number(row?.ratings_count ?? 0)
	};
}

/**
 * Locks the rater's account row FOR SHARE (the first lock of every rating write) and tells
 * whether their ratings count, i.e. the account is not disabled. Disabling waits for a rating
 * in flight to commit, and a rating waits for a disabling in flight (then reads it).
 */
async function lockRater(tx: Executor, userId: string): Promise<boolean> {
	const [row] = await queryRows<{ counted: boolean | string }>(
		tx,
		sql`select disabled_at is null as counted from users where id = ${userId} for share`
	);
	if (!row) throw new AppError('UNAUTHORIZED', 'Sign in first');
	return sqlBoolean(row.counted);
}

/**
 * Ratings come from people who practised the scenario: the caller must have started it (an
 * attempt counted on their row, or any attempt row). Locks the progress row for the update.
 */
async function requireStarted(tx: Executor, userId: string, scenarioId: string) {
	const [row] = await queryRows<{ started: boolean | string }>(
		tx,
		sql`select (p.times_attempted > 0 or exists (
					select 1 from scenario_attempts a
					where a.user_id = p.user_id and a.scenario_id = p.scenario_id
				)) as started
			from user_scenario_progress p
			where p.user_id = ${userId} and p.scenario_id = ${scenarioId}
			for update of p`
	);
	if (!row || !sqlBoolean(row.started)) {
		throw new AppError('FORBIDDEN', 'Start this scenario to rate it', { reason: 'not_started' });
	}
}

/**
 * Takes a user's ratings out of the counters (`counted` false: their account was disabled) or
 * puts them back (re-enabled). Call it inside the transaction that changes `users.disabled_at`,
 * after locking that row FOR UPDATE: every rating write holds the row FOR SHARE first, so the
 * set of ratings read here is final until commit. The metadata rows are locked in scenario id
 * order (two accounts disabled at once cannot deadlock), then moved by exactly the ratings
 * found. Returns how many ratings moved.
 */
export async function setRatingsCounted(
	tx: Executor,
	userId: string,
	counted: boolean
): Promise<{ ratings: number }> {
	const rated = sql`select scenario_id, user_rating from user_scenario_progress
		where user_id = ${userId} and user_rating is not null`;
	const locked = await queryRows<{ scenario_id: string }>(
		tx,
		sql`select m.scenario_id from scenario_metadata m
			where m.scenario_id in (select r.scenario_id from (${rated}) r)
			order by m.scenario_id
			for update of m`
	);
	if (locked.length === 0) return { ratings: 0 };
	const sign = counted ? 1 : -1;
	const moved = await queryRows<{ scenario_id: string }>(
		tx,
		sql`update scenario_metadata m set
				ratings_count = m.ratings_count + ${sign}::int,
				rating_sum = m.rating_sum + ${sign}::int * r.user_rating,
				updated_at = now()
			from (${rated}) r
			where m.scenario_id = r.scenario_id
			returning m.scenario_id`
	);
	return { ratings: moved.length };
}

/**
 * Rates 1-5, replacing an earlier rating (rating_sum moves by new − old, the count stays).
 * `review` undefined keeps the written review; empty or null removes it. FORBIDDEN (reason
 * `not_started`) until the caller has started the scenario. A review a moderator hid stays
 * hidden when its author edits it (`review_hidden_at` is left as it is).
 */
export async function rate(
	db: Executor,
	userId: string,
	input: { scenarioId: string; rating: number; review?: string | null },
	options?: WriteOptions
): Promise<RateResult> {
	const at = nowSql(options);
	const review =
		input.review === undefined ? undefined : input.review?.trim() ? input.review.trim() : null;
	const reviewSet = review === undefined ? sql`p.review_text` : sql`${review}`;
	return db.transaction(async (tx) => {
		const counted = await lockRater(tx, userId);
		await requirePlayable(tx, input.scenarioId);
		await requireStarted(tx, userId, input.scenarioId);
		// The CTE locks the row and reads its latest rating; the deltas are computed from it here.
		const [delta] = await queryRows<{
			count_delta: number;
			sum_delta: number;
			review: string | null;
		}>(
			tx,
			sql`with old as (
					select user_rating from user_scenario_progress
					where user_id = ${userId} and scenario_id = ${input.scenarioId}
					for update
				)
				update user_scenario_progress p set
					user_rating = ${input.rating}::int,
					review_text = ${reviewSet},
					rated_at = ${at},
					updated_at = ${at}
				from old
				where p.user_id = ${userId} and p.scenario_id = ${input.scenarioId}
				returning (old.user_rating is null)::int as count_delta,
					(${input.rating}::int - coalesce(old.user_rating, 0))::int as sum_delta,
					p.review_text as review`
		);
		if (!delta) throw new AppError('CONFLICT', 'A concurrent change got in the way, try again');
		// A disabled account's rating is kept on its row but not counted (see setRatingsCounted).
		if (counted) {
			await bumpMetadata(
				tx,
				input.scenarioId,
				{ ratingsCount: Number(delta.count_delta), ratingSum: Number(delta.sum_delta) },
				at
			);
		}
		return {
			rating: input.rating,
			review: delta.review,
			...(await ratingSummary(tx, input.scenarioId))
		};
	});
}

/** Removes the caller's rating and review; nothing to remove changes nothing. */
export async function removeRating(
	db: Executor,
	userId: string,
	input: { scenarioId: string },
	options?: WriteOptions
): Promise<{ removed: boolean; averageRating: number | null; ratingsCount: number }> {
	const at = nowSql(options);
	return db.transaction(async (tx) => {
		const counted = await lockRater(tx, userId);
		const [old] = await queryRows<{ old_rating: number }>(
			tx,
			sql`with old as (
					select user_rating from user_scenario_progress
					where user_id = ${userId} and scenario_id = ${input.scenarioId} and user_rating is not null
					for update
				)
				update user_scenario_progress p set
					user_rating = null, review_text = null, rated_at = null, updated_at = ${at}
				from old
				where p.user_id = ${userId} and p.scenario_id = ${input.scenarioId}
				returning old.user_rating as old_rating`
		);
		if (old && counted) {
			await bumpMetadata(
				tx,
				input.scenarioId,
				{ ratingsCount: -1, ratingSum: -Number(old.old_rating) },
				at
			);
		}
		return { removed: Boolean(old), ...(await ratingSummary(tx, input.scenarioId)) };
	});
}
