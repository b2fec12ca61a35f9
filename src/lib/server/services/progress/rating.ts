import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';
import { AppError } from '../../errors';
import { type WriteOptions, nowSql, requirePlayable, bumpMetadata } from './writes';

// Ratings 1-5 with an optional public review; the counters move by exactly what changed.

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
 * Rates 1-5, replacing an earlier rating (rating_sum moves by new − old, the count stays).
 * `review` undefined keeps the written review; empty or null removes it.
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
		await requirePlayable(tx, input.scenarioId);
		await tx.execute(
			sql`insert into user_scenario_progress (user_id, scenario_id, created_at, updated_at)
				values (${userId}, ${input.scenarioId}, ${at}, ${at})
				on conflict (user_id, scenario_id) do nothing`
		);
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
		await bumpMetadata(
			tx,
			input.scenarioId,
			{ ratingsCount: Number(delta.count_delta), ratingSum: Number(delta.sum_delta) },
			at
		);
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
		if (old) {
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
