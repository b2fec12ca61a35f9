import type { RateLimitRule } from './rate-limit';

// Brute-force limits on sign-in. They count failed attempts only (each attempt is counted
// first and refunded when it succeeds), so a school signing in 40 pupils from one address is
// never held up by its successes. Addresses an account has signed in from before skip the
// per-address and per-account limits: their own (account, address) pair is throttled with
// growing delays instead (SIGN_IN_PAIR), so nobody elsewhere can lock the owner out.

/** Failed sign-ins from one address, whatever the accounts: stops one client spraying many. */
export const SIGN_IN_PER_ADDRESS: RateLimitRule = { limit: 30, windowSeconds: 300 };
/**
 * Failed sign-ins for one account from addresses it never signed in from: the ceiling for
 * guessing spread over many addresses. Far above the pair's free failures.
 */
export const SIGN_IN_PER_ACCOUNT: RateLimitRule = { limit: 100, windowSeconds: 3600 };

/**
 * Growing delays per (account, address): the first `freeFailures` failures cost nothing, then
 * each further attempt waits `firstDelaySeconds`, doubling with every failure up to
 * `maxDelaySeconds`. A success clears the pair; failures older than `forgetAfterSeconds` are
 * forgotten.
 */
export const SIGN_IN_PAIR = {
	freeFailures: 5,
	firstDelaySeconds: 30,
	maxDelaySeconds: 900,
	forgetAfterSeconds: 86_400
} as const;

export const SIGN_UP_PER_ADDRESS: RateLimitRule = { limit: 10, windowSeconds: 3600 };
// Writes through tRPC per signed-in user: far above what a person clicking does, low enough to
// stop a runaway script. Benchmarks set DISABLE_RATE_LIMITS=true.
export const MUTATIONS_PER_USER: RateLimitRule = { limit: 300, windowSeconds: 60 };
/** MUTATIONS_PER_USER's bucket is this and the user's id. */
export const MUTATION_KEY_PREFIX = 'mutation:user:';
/**
 * Procedure calls over /api/trpc by signed-out visitors, per address (a batch counts each of
 * its calls). Pages load their data on the server and do not count; a person browsing makes a
 * handful of these a minute.
 */
export const ANONYMOUS_CALLS_PER_ADDRESS: RateLimitRule = { limit: 600, windowSeconds: 60 };
// Account recovery and verification mails. Per address stops one client asking for links to
// many addresses; per e-mail stops anyone flooding one inbox (counted whether or not an account
// exists, so the limit itself reveals nothing). Every mail to one recipient is also capped.
export const PASSWORD_RESET_PER_ADDRESS: RateLimitRule = { limit: 20, windowSeconds: 3600 };
export const PASSWORD_RESET_PER_EMAIL: RateLimitRule = { limit: 5, windowSeconds: 3600 };
export const VERIFICATION_RESEND_PER_USER: RateLimitRule = { limit: 5, windowSeconds: 3600 };
export const MAILS_PER_RECIPIENT: RateLimitRule = { limit: 10, windowSeconds: 3600 };

/** Invite codes tried (looked up or used) per account: slows guessing to a crawl. */
export const COHORT_INVITE_TRIES_PER_USER: RateLimitRule = { limit: 20, windowSeconds: 900 };
