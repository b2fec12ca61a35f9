import { sql } from 'drizzle-orm';
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
}

/**
 * Counts one hit against `key` in a fixed window kept in the database, so the limit holds across
 * several app servers. One upsert per hit, no read-modify-write.
 */
export async function hitRateLimit(
	db: Executor,
	key: string,
	rule: RateLimitRule,
	now = new Date()
): Promise<RateLimitResult> {
	if (process.env.DISABLE_RATE_LIMITS === 'true') {
		return { allowed: true, remaining: rule.limit, retryAfterSeconds: 0 };
	}
	const windowMs = rule.windowSeconds * 1000;
	const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
	const [row] = await queryRows<{ count: number }>(
		db,
		sql`insert into rate_limit_buckets (key, window_start, count)
			values (${key}, ${windowStart.toISOString()}, 1)
			on conflict (key) do update set
				count = case when rate_limit_buckets.window_start = excluded.window_start
					then rate_limit_buckets.count + 1 else 1 end,
				window_start = excluded.window_start
			returning count`
	);
	const count = Number(row.count);
	const retryAfterSeconds = Math.max(
		1,
		Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000)
	);
	return {
		allowed: count <= rule.limit,
		remaining: Math.max(0, rule.limit - count),
		retryAfterSeconds
	};
}

/** Throws TOO_MANY_REQUESTS (with the seconds to wait) when the limit is passed. */
export async function enforceRateLimit(db: Executor, key: string, rule: RateLimitRule) {
	const result = await hitRateLimit(db, key, rule);
	if (!result.allowed) {
		throw new AppError(
			'TOO_MANY_REQUESTS',
			`Too many requests, try again in ${result.retryAfterSeconds} s`,
			{
				retryAfterSeconds: result.retryAfterSeconds
			}
		);
	}
	return result;
}

export async function resetRateLimit(db: Executor, key: string) {
	await db.execute(sql`delete from rate_limit_buckets where key = ${key}`);
}
