import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import { AppError } from '../errors';

export interface RateLimitRule {
	/** requests allowed per window */
	limit: number;
	windowSeconds: number;
}

export interface RateLimitResult {
	allowed: boolean;
	remaining: number;
	retryAfterSeconds: number;
	/** the window this hit was counted in (what `refundRateLimit` needs) */
	windowStart: Date;
}

export function rateLimitsDisabled() {
	return process.env.DISABLE_RATE_LIMITS === 'true';
}

export function windowOf(rule: RateLimitRule, now: Date) {
	const windowMs = rule.windowSeconds * 1000;
	return { windowMs, windowStart: new Date(Math.floor(now.getTime() / windowMs) * windowMs) };
}

/**
 * The upsert that counts hits, one statement with no read-modify-write. `rows` gives (key,
 * window_start, count): a VALUES list, or a SELECT when the key comes from another table (the
 * session lookup that counts a request's mutations, auth/session.ts). Returns the new count.
 */
export function countHitsSql(rows: SQL): SQL {
	return sql`insert into rate_limit_buckets (key, window_start, count)
			${rows}
			on conflict (key) do update set
				count = case when rate_limit_buckets.window_start = excluded.window_start
					then rate_limit_buckets.count + excluded.count else excluded.count end,
				window_start = excluded.window_start
			returning count`;
}

/** What a count in the window starting at `windowStart` means under `rule`. */
export function limitResult(
	count: number,
	rule: RateLimitRule,
	windowStart: Date,
	now = new Date()
): RateLimitResult {
	const windowMs = rule.windowSeconds * 1000;
	const retryAfterSeconds = Math.max(
		1,
		Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000)
	);
	return {
		allowed: count <= rule.limit,
		remaining: Math.max(0, rule.limit - count),
		retryAfterSeconds,
		windowStart
	};
}

/**
 * Counts `cost` hits (one by default) against `key` in a fixed window kept in the database, so
 * the limit holds across several app servers. One upsert per call, no read-modify-write.
 */
export async function hitRateLimit(
	db: Executor,
	key: string,
	rule: RateLimitRule,
	now = new Date(),
	cost = 1
): Promise<RateLimitResult> {
	const { windowStart } = windowOf(rule, now);
	if (rateLimitsDisabled()) {
		return { allowed: true, remaining: rule.limit, retryAfterSeconds: 0, windowStart };
	}
	const [row] = await queryRows<{ count: number }>(
		db,
		countHitsSql(sql`values (${key}, ${windowStart.toISOString()}, ${cost})`)
	);
	return limitResult(Number(row.count), rule, windowStart, now);
}

/**
 * Takes back one hit counted by `hitRateLimit` (a limit that counts failures only counts every
 * attempt first, so concurrent attempts cannot slip past it, and refunds the ones that succeed).
 * Nothing happens once the window has moved on.
 */
export async function refundRateLimit(db: Executor, key: string, hit: RateLimitResult) {
	if (rateLimitsDisabled()) return;
	await db.execute(
		sql`update rate_limit_buckets set count = greatest(count - 1, 0)
			where key = ${key} and window_start = ${hit.windowStart.toISOString()}`
	);
}

/** TOO_MANY_REQUESTS with the seconds to wait. */
export function tooManyRequests(result: RateLimitResult): AppError {
	return new AppError(
		'TOO_MANY_REQUESTS',
		`Too many requests, try again in ${result.retryAfterSeconds} s`,
		{ retryAfterSeconds: result.retryAfterSeconds }
	);
}

/** Throws TOO_MANY_REQUESTS (with the seconds to wait) when the limit is passed. */
export async function enforceRateLimit(db: Executor, key: string, rule: RateLimitRule) {
	const result = await hitRateLimit(db, key, rule);
	if (!result.allowed) throw tooManyRequests(result);
	return result;
}

export async function resetRateLimit(db: Executor, key: string) {
	await db.execute(sql`delete from rate_limit_buckets where key = ${key}`);
}
