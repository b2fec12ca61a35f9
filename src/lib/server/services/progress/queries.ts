import { sql } from 'drizzle-orm';
import { currentStreak, longestStreak, weeklyActivity } from '../../../domain/activity';
import { decodeCursor, encodeCursor } from '../../../domain/cursor';
import type { AttemptOutcome, Difficulty, Mode } from '../../../schemas/enums';
import type { MineFilter } from '../../../schemas/progress';
import { queryRows, type Executor, sqlBoolean } from '../../db/client';
import { AppError } from '../../errors';
import { requireViewable, type Viewer } from '../catalog/detail';
import { reviewKeys } from './review-keys';
import { playableSql } from './writes';

// ---------------------------------------------------------------------------------------------
// Reading: the caller's own rows, public reviews, /progress

export interface MineItem {
	scenarioId: string;
	slug: string;
	title: string;
	description: string;
	mode: Mode;
	skills: string[];
	difficulty: Difficulty;
	estimatedTime: number;
	/** false when the scenario was archived or withdrawn since: shown, but cannot be played */
	available: boolean;
	isSaved: boolean;
	savedAt: Date | null;
	timesAttempted: number;
	timesCompleted: number;
	lastAttemptAt: Date | null;
	lastCompletedAt: Date | null;
	totalTimeSpent: number;
	userRating: number | null;
	openAttempt: { id: string; currentStep: string | null; startedAt: Date } | null;
}

/**
 * What each list holds. "In progress" means an open attempt, nothing else: an attempt ended
 * early is finished, so a scenario only ever ended early is "tried" (never completed, nothing
 * open); `progressStats` counts the tabs with the same conditions.
 */
const MINE_CONDITIONS: Record<MineFilter, string> = {
	saved: 'p.is_saved',
	in_progress: 'o.id is not null',
	tried: 'o.id is null and p.times_attempted > 0 and p.times_completed = 0',
	completed: 'p.times_completed > 0'
};

const MINE_ORDER: Record<MineFilter, { key: string; where: string }> = {
	saved: { key: 'p.saved_at', where: MINE_CONDITIONS.saved },
	in_progress: { key: 'p.last_attempt_at', where: MINE_CONDITIONS.in_progress },
	tried: { key: 'p.last_attempt_at', where: MINE_CONDITIONS.tried },
	completed: { key: 'p.last_completed_at', where: MINE_CONDITIONS.completed }
};

/** The caller's saved, in-progress, tried or completed scenarios, newest first, keyset paged. */
export async function listMyProgress(
	db: Executor,
	userId: string,
	input: { filter: MineFilter; cursor?: string; limit?: number }
): Promise<{ items: MineItem[]; nextCursor: string | null }> {
	const limit = input.limit ?? 50;
	const order = MINE_ORDER[input.filter];
	const key = sql.raw(`coalesce(${order.key}, 'epoch'::timestamptz)`);
	let after = sql``;
	if (input.cursor) {
		const cursor = decodeCursor(input.cursor);
		if (!cursor || typeof cursor.value !== 'string' || Number.isNaN(Date.parse(cursor.value))) {
			throw new AppError('BAD_REQUEST', 'That page cursor is not valid', { field: 'cursor' });
		}
		after = sql`and (${key}, p.scenario_id) < (${cursor.value}::timestamptz, ${cursor.id}::uuid)`;
	}
	const rows = await queryRows<Record<string, unknown>>(
		db,
		sql`select p.scenario_id, s.slug, s.title, s.description, s.mode, s.skills, s.difficulty,
				s.estimated_time, (${playableSql}) as available, p.is_saved, p.saved_at,
				p.times_attempted, p.times_completed, p.last_attempt_at, p.last_completed_at,
				p.total_time_spent, p.user_rating, o.id as open_id, o.current_step as open_step,
				o.started_at as open_started_at, ${key} as sort_key
			from user_scenario_progress p
			join scenarios s on s.id = p.scenario_id
			left join scenario_attempts o
				on o.user_id = p.user_id and o.scenario_id = p.scenario_id and o.finished_at is null
			where p.user_id = ${userId} and ${sql.raw(order.where)} ${after}
			order by ${key} desc, p.scenario_id desc
			limit ${limit + 1}`
	);
	const page = rows.slice(0, limit);
	const last = page.at(-1);
	const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
	return {
		items: page.map((r) => ({
			scenarioId: String(r.scenario_id),
			slug: String(r.slug),
			title: String(r.title),
			description: String(r.description),
			mode: r.mode as Mode,
			skills: toArray(r.skills),
			difficulty: r.difficulty as Difficulty,
			estimatedTime: Number(r.estimated_time),
			available: sqlBoolean(r.available),
			isSaved: sqlBoolean(r.is_saved),
			savedAt: date(r.saved_at),
			timesAttempted: Number(r.times_attempted),
			timesCompleted: Number(r.times_completed),
			lastAttemptAt: date(r.last_attempt_at),
			lastCompletedAt: date(r.last_completed_at),
			totalTimeSpent: Number(r.total_time_spent),
			userRating: r.user_rating === null ? null : Number(r.user_rating),
			openAttempt: r.open_id
				? {
						id: String(r.open_id),
						currentStep: (r.open_step as string | null) ?? null,
						startedAt: new Date(r.open_started_at as string)
					}
				: null
		})),
		nextCursor:
			rows.length > limit && last
				? encodeCursor(new Date(last.sort_key as string).toISOString(), String(last.scenario_id))
				: null
	};
}

/** text[] from either driver (postgres.js parses arrays; raw PGlite rows do too, but be safe). */
function toArray(value: unknown): string[] {
	if (Array.isArray(value)) return value.map(String);
	if (typeof value === 'string' && value.startsWith('{')) {
		const inner = value.slice(1, -1);
		return inner ? inner.split(',').map((s) => s.replace(/^"|"$/g, '')) : [];
	}
	return [];
}

export interface PublicReview {
	/** opaque per-review key (see review-keys.ts): names the review for a report, never its author */
	key: string;
	authorName: string;
	rating: number;
	review: string;
	ratedAt: Date;
	isMine: boolean;
	/** the author completed the scenario at least once */
	completed: boolean;
	/** a moderator hid it: only ever true on the viewer's own review (nobody else gets it) */
	hidden: boolean;
}

/**
 * The written reviews of a scenario, newest first: rating, text, the author's display name and
 * whether they completed it. Never notes, never anything else of the author's row. Accounts
 * that were disabled drop out, and so do reviews a moderator hid, except for their author (who
 * sees theirs marked hidden). The distribution counts what the average counts: every rating of
 * an account that is not disabled, hidden reviews' ratings included.
 */
export async function listReviews(
	db: Executor,
	viewer: Viewer | null,
	input: { scenarioId: string; cursor?: string; limit?: number }
): Promise<{
	items: PublicReview[];
	nextCursor: string | null;
	distribution: number[] | null;
}> {
	const limit = input.limit ?? 10;
	await requireViewable(db, viewer, input.scenarioId);
	const keys = await reviewKeys(db);
	let after = sql``;
	if (input.cursor) {
		// Sealed by us (authenticated), so its timestamp is the database's own text: microseconds
		// kept, no row skipped between two pages.
		const cursor = keys.open(input.cursor);
		if (!cursor || typeof cursor.value !== 'string') {
			throw new AppError('BAD_REQUEST', 'That page cursor is not valid', { field: 'cursor' });
		}
		after = sql`and (p.rated_at, p.user_id) < (${cursor.value}::timestamptz, ${cursor.id}::uuid)`;
	}
	const visible = viewer
		? sql`(p.review_hidden_at is null or p.user_id = ${viewer.id})`
		: sql`p.review_hidden_at is null`;
	const rows = await queryRows<{
		user_id: string;
		display_name: string;
		user_rating: number;
		review_text: string;
		rated_at: Date | string;
		rated_key: string;
		completed: boolean | string;
		hidden: boolean | string;
	}>(
		db,
		sql`select p.user_id, u.display_name, p.user_rating, p.review_text, p.rated_at,
				p.rated_at::text as rated_key, p.times_completed > 0 as completed, p.review_hidden_at is not null as hidden
			from user_scenario_progress p join users u on u.id = p.user_id
			where p.scenario_id = ${input.scenarioId} and p.user_rating is not null
				and p.review_text is not null and u.disabled_at is null and ${visible} ${after}
			order by p.rated_at desc, p.user_id desc
			limit ${limit + 1}`
	);
	let distribution: number[] | null = null;
	if (!input.cursor) {
		const counts = await queryRows<{ rating: number; n: number }>(
			db,
			sql`select p.user_rating as rating, count(*)::int as n
				from user_scenario_progress p join users u on u.id = p.user_id
				where p.scenario_id = ${input.scenarioId} and p.user_rating is not null
					and u.disabled_at is null
				group by p.user_rating`
		);
		distribution = [1, 2, 3, 4, 5].map((star) =>
			Number(counts.find((c) => Number(c.rating) === star)?.n ?? 0)
		);
	}
	const page = rows.slice(0, limit);
	const last = page.at(-1);
	return {
		items: page.map((r) => ({
			key: keys.keyOf(input.scenarioId, r.user_id),
			authorName: r.display_name,
			rating: Number(r.user_rating),
			review: r.review_text,
			ratedAt: new Date(r.rated_at),
			isMine: viewer?.id === r.user_id,
			completed: sqlBoolean(r.completed),
			hidden: viewer?.id === r.user_id && sqlBoolean(r.hidden)
		})),
		nextCursor: rows.length > limit && last ? keys.seal(last.rated_key, last.user_id) : null,
		distribution
	};
}

export interface ProgressStats {
	totals: {
		saved: number;
		attempts: number;
		completions: number;
		scenariosCompleted: number;
		/** scenarios with an open attempt */
		inProgress: number;
		/** scenarios attempted, never completed, nothing open: every attempt ended early */
		tried: number;
		timeSpentSeconds: number;
		ratingsGiven: number;
		currentStreak: number;
		longestStreak: number;
	};
	skills: { slug: string; name: string; available: number; completed: number }[];
	weeks: { week: string; completed: number; abandoned: number; minutes: number }[];
	ratings: {
		scenarioId: string;
		slug: string;
		title: string;
		rating: number;
		review: string | null;
		ratedAt: Date;
	}[];
	ratingDistribution: number[];
}

const STREAK_LOOKBACK_DAYS = 400;

/** Everything /progress shows, for the caller only; days counted in the caller's time zone. */
export async function progressStats(
	db: Executor,
	userId: string,
	input: { timeZone: string },
	now = new Date()
): Promise<ProgressStats> {
	const [totals] = await queryRows<Record<string, unknown>>(
		db,
		sql`select count(*) filter (where p.is_saved)::int as saved,
				coalesce(sum(p.times_attempted), 0)::int as attempts,
				coalesce(sum(p.times_completed), 0)::int as completions,
				count(*) filter (where p.times_completed > 0)::int as scenarios_completed,
				count(*) filter (where ${sql.raw(MINE_CONDITIONS.in_progress)})::int as in_progress,
				count(*) filter (where ${sql.raw(MINE_CONDITIONS.tried)})::int as tried,
				coalesce(sum(p.total_time_spent), 0)::bigint as time_spent,
				count(p.user_rating)::int as ratings,
				count(*) filter (where p.user_rating = 1)::int as r1,
				count(*) filter (where p.user_rating = 2)::int as r2,
				count(*) filter (where p.user_rating = 3)::int as r3,
				count(*) filter (where p.user_rating = 4)::int as r4,
				count(*) filter (where p.user_rating = 5)::int as r5
			from user_scenario_progress p
			left join scenario_attempts o
				on o.user_id = p.user_id and o.scenario_id = p.scenario_id and o.finished_at is null
			where p.user_id = ${userId}`
	);
	const skillRows = await queryRows<{
		slug: string;
		name: string;
		available: number;
		completed: number;
	}>(
		db,
		sql`select k.slug, k.name,
				count(s.id)::int as available,
				count(s.id) filter (where p.times_completed > 0)::int as completed
			from skills k
			left join scenarios s on k.slug = any(s.skills)
				and s.status = 'approved' and s.is_active
				and (s.created_by_user_id is null or s.visibility = 'public')
			left join user_scenario_progress p on p.scenario_id = s.id and p.user_id = ${userId}
			where k.is_active
			group by k.slug, k.name, k.sort_order
			order by k.sort_order, k.name`
	);
	const attempts = await queryRows<{
		finished_at: Date | string;
		outcome: AttemptOutcome;
		time_spent: number;
	}>(
		db,
		sql`select finished_at, outcome, coalesce(time_spent, 0) as time_spent from scenario_attempts
			where user_id = ${userId} and finished_at is not null
				and finished_at > ${now.toISOString()}::timestamptz - ${sql.raw(`interval '${STREAK_LOOKBACK_DAYS} days'`)}
			order by finished_at desc limit 20000`
	);
	const finished = attempts.map((a) => ({
		finishedAt: new Date(a.finished_at),
		outcome: a.outcome,
		timeSpent: Number(a.time_spent)
	}));
	const completions = finished.filter((a) => a.outcome === 'completed').map((a) => a.finishedAt);
	const ratings = await queryRows<{
		scenario_id: string;
		slug: string;
		title: string;
		user_rating: number;
		review_text: string | null;
		rated_at: Date | string;
	}>(
		db,
		sql`select p.scenario_id, s.slug, s.title, p.user_rating, p.review_text, p.rated_at
			from user_scenario_progress p join scenarios s on s.id = p.scenario_id
			where p.user_id = ${userId} and p.user_rating is not null
			order by p.rated_at desc nulls last limit 100`
	);
	const distribution = [1, 2, 3, 4, 5].map((star) => Number(totals?.[`r${star}`] ?? 0));
	return {
		totals: {
			saved: Number(totals?.saved ?? 0),
			attempts: Number(totals?.attempts ?? 0),
			completions: Number(totals?.completions ?? 0),
			scenariosCompleted: Number(totals?.scenarios_completed ?? 0),
			inProgress: Number(totals?.in_progress ?? 0),
			tried: Number(totals?.tried ?? 0),
			timeSpentSeconds: Number(totals?.time_spent ?? 0),
			ratingsGiven: Number(totals?.ratings ?? 0),
			currentStreak: currentStreak(completions, now, input.timeZone),
			longestStreak: longestStreak(completions, input.timeZone)
		},
		skills: skillRows.map((s) => ({
			slug: s.slug,
			name: s.name,
			available: Number(s.available),
			completed: Number(s.completed)
		})),
		weeks: weeklyActivity(finished, now, input.timeZone, 12),
		ratings: ratings.map((r) => ({
			scenarioId: r.scenario_id,
			slug: r.slug,
			title: r.title,
			rating: Number(r.user_rating),
			review: r.review_text,
			ratedAt: new Date(r.rated_at)
		})),
		ratingDistribution: distribution
	};
}
