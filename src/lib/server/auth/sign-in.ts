import { sql } from 'drizzle-orm';
import type { SignInInput } from '../../schemas/auth';
import { queryRows, type Executor } from '../db/client';
import { AppError } from '../errors';
import { keyedHash } from '../security/keyed-hash';
import { SIGN_IN_PAIR, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ADDRESS } from '../security/limits';
import {
	hitRateLimit,
	rateLimitsDisabled,
	refundRateLimit,
	type RateLimitResult,
	type RateLimitRule
} from '../security/rate-limit';
import { checkCredentials, findAccountByEmail } from './accounts';
import type { SessionUser } from './session';

// Sign-in throttling, in the database so it holds across app servers:
//
// - per (account, address) pair, growing delays (`sign_in_pairs`): after SIGN_IN_PAIR.freeFailures
//   failures each attempt waits longer, up to a ceiling; a success clears the pair. Every attempt
//   is counted as a failure up front by one conditional upsert (so concurrent attempts cannot all
//   slip through) and the success clears it.
// - per address and per account, failures only (fixed windows in `rate_limit_buckets`, counted
//   first and refunded on success): a NAT full of pupils signing in is never held up.
// - an address that signed in to the account before skips those two: a flood of failures from
//   elsewhere never keeps the owner out. Its own pair's delays still apply.
//
// An unknown e-mail has no row in `sign_in_pairs` (it references users), so its pair is kept in
// `rate_limit_buckets` with the same rules: an attacker cannot tell an account from a stranger
// by when the delays start. Addresses and e-mails are stored only as keyed hashes.

export interface SignInThrottle {
	/** seconds until the next attempt may be made */
	retryAfterSeconds: number;
}

/** Seconds an attempt must wait after the last failure, once a pair has `failures` of them. */
export function pairDelaySeconds(failures: number): number {
	if (failures < SIGN_IN_PAIR.freeFailures) return 0;
	const doublings = Math.min(failures - SIGN_IN_PAIR.freeFailures, 20);
	return Math.min(SIGN_IN_PAIR.firstDelaySeconds * 2 ** doublings, SIGN_IN_PAIR.maxDelaySeconds);
}

/** "30 seconds", "4 minutes", "1 hour 5 minutes". */
export function formatWait(seconds: number): string {
	const s = Math.max(1, Math.ceil(seconds));
	const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
	if (s < 60) return plural(s, 'second');
	const minutes = Math.ceil(s / 60);
	if (minutes < 60) return plural(minutes, 'minute');
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	return rest ? `${plural(hours, 'hour')} ${plural(rest, 'minute')}` : plural(hours, 'hour');
}

function tooMany(what: string, retryAfterSeconds: number) {
	const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
	return new AppError(
		'TOO_MANY_REQUESTS',
		`Too many failed sign-ins ${what}. Try again in ${formatWait(seconds)}.`,
		{ retryAfterSeconds: seconds }
	);
}

/** A pair's row as both tables give it back (drivers return timestamps as strings or Dates). */
interface PairState {
	failures: number;
	last: string | Date | null;
}

function retryAfter(state: PairState | undefined, now: Date): SignInThrottle {
	if (!state?.last) return { retryAfterSeconds: 1 };
	const until = new Date(state.last).getTime() + pairDelaySeconds(Number(state.failures)) * 1000;
	return { retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
}

/** The SQL condition "this pair may try now" over its failure count and last failure. */
function mayTry(failures: ReturnType<typeof sql>, last: ReturnType<typeof sql>, now: Date) {
	const { freeFailures, firstDelaySeconds, maxDelaySeconds, forgetAfterSeconds } = SIGN_IN_PAIR;
	const at = sql`${now.toISOString()}::timestamptz`;
	return sql`(${failures} < ${freeFailures}::int
		or ${last} is null
		or ${last} <= ${at} - ${forgetAfterSeconds}::int * interval '1 second'
		or ${last} + least(${firstDelaySeconds}::float8 * power(2::float8, least(${failures} - ${freeFailures}::int, 20)), ${maxDelaySeconds}::float8) * interval '1 second' <= ${at})`;
}

/** The newly counted failures, or forgotten ones restarted at one. */
function nextFailures(failures: ReturnType<typeof sql>, last: ReturnType<typeof sql>, now: Date) {
	const at = sql`${now.toISOString()}::timestamptz`;
	return sql`case when ${last} is null or ${last} <= ${at} - ${SIGN_IN_PAIR.forgetAfterSeconds}::int * interval '1 second'
		then 1 else ${failures} + 1 end`;
}

interface Pair {
	/** whether this address signed in to the account before */
	known(): Promise<boolean>;
	/** counts an attempt as a failure, unless the pair must wait: then how long */
	attempt(now: Date): Promise<SignInThrottle | null>;
	/** the attempt succeeded: the pair starts again from no failures */
	succeeded(now: Date): Promise<void>;
}

function accountPair(db: Executor, userId: string, addressHash: string): Pair {
	return {
		async known() {
			const [row] = await queryRows<{ known: boolean }>(
				db,
				sql`select last_success_at is not null as known from sign_in_pairs
					where user_id = ${userId} and address_hash = ${addressHash}`
			);
			return row?.known === true;
		},
		async attempt(now) {
			const failures = sql.raw('sign_in_pairs.failures');
			const last = sql.raw('sign_in_pairs.last_failure_at');
			const counted = await queryRows<{ failures: number }>(
				db,
				sql`insert into sign_in_pairs (user_id, address_hash, failures, last_failure_at)
					values (${userId}, ${addressHash}, 1, ${now.toISOString()}::timestamptz)
					on conflict (user_id, address_hash) do update set
						failures = ${nextFailures(failures, last, now)},
						last_failure_at = excluded.last_failure_at
					where ${mayTry(failures, last, now)}
					returning failures`
			);
			if (counted.length) return null;
			const [state] = await queryRows<PairState>(
				db,
				sql`select failures, last_failure_at as last from sign_in_pairs
					where user_id = ${userId} and address_hash = ${addressHash}`
			);
			return retryAfter(state, now);
		},
		async succeeded(now) {
			await db.execute(
				sql`update sign_in_pairs set failures = 0, last_success_at = ${now.toISOString()}::timestamptz
					where user_id = ${userId} and address_hash = ${addressHash}`
			);
		}
	};
}

/** The same rules for an e-mail without an account, kept in `rate_limit_buckets`. */
function strangerPair(db: Executor, key: string): Pair {
	return {
		async known() {
			return false;
		},
		async attempt(now) {
			const failures = sql.raw('rate_limit_buckets.count');
			const last = sql.raw('rate_limit_buckets.window_start');
			const counted = await queryRows<{ count: number }>(
				db,
				sql`insert into rate_limit_buckets (key, window_start, count)
					values (${key}, ${now.toISOString()}::timestamptz, 1)
					on conflict (key) do update set
						count = ${nextFailures(failures, last, now)},
						window_start = excluded.window_start
					where ${mayTry(failures, last, now)}
					returning count`
			);
			if (counted.length) return null;
			const [state] = await queryRows<PairState>(
				db,
				sql`select count as failures, window_start as last from rate_limit_buckets where key = ${key}`
			);
			return retryAfter(state, now);
		},
		async succeeded() {}
	};
}

/**
 * Signs in with e-mail and password from `address`, throttled as described above. Throws
 * AppError: TOO_MANY_REQUESTS (details.retryAfterSeconds, the message says when to try again),
 * UNAUTHORIZED for an unknown e-mail or a wrong password (one message), FORBIDDEN for a
 * disabled account whose correct password was given.
 */
export async function signIn(
	db: Executor,
	input: SignInInput,
	address: string,
	now = new Date()
): Promise<SessionUser> {
	const account = await findAccountByEmail(db, input.email);
	if (rateLimitsDisabled()) return checkCredentials(account, input.password);

	const addressHash = await keyedHash(db, 'address', address);
	const pair = account
		? accountPair(db, account.id, addressHash)
		: strangerPair(db, `signin:pair:${await keyedHash(db, 'pair', `${input.email}\n${address}`)}`);

	const counted: { key: string; hit: RateLimitResult }[] = [];
	const refund = () => Promise.all(counted.map((c) => refundRateLimit(db, c.key, c.hit)));

	if (!(await pair.known())) {
		const limits: [string, RateLimitRule, string][] = [
			[`signin:ip:${addressHash}`, SIGN_IN_PER_ADDRESS, 'from your network'],
			[
				`signin:account:${await keyedHash(db, 'account', input.email)}`,
				SIGN_IN_PER_ACCOUNT,
				'for this account'
			]
		];
		for (const [key, rule, what] of limits) {
			const hit = await hitRateLimit(db, key, rule, now);
			if (!hit.allowed) {
				await refund();
				throw tooMany(what, hit.retryAfterSeconds);
			}
			counted.push({ key, hit });
		}
	}

	const wait = await pair.attempt(now);
	if (wait) {
		await refund();
		throw tooMany('for this account from your network', wait.retryAfterSeconds);
	}

	try {
		const user = await checkCredentials(account, input.password);
		await pair.succeeded(now);
		await refund();
		return user;
	} catch (error) {
		// A disabled account's correct password is not a guess: it clears the pair too.
		if (error instanceof AppError && error.code === 'FORBIDDEN') {
			await pair.succeeded(now);
			await refund();
		}
		throw error;
	}
}
