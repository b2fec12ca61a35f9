import type { RateLimitRule } from './rate-limit';

// Brute-force limits on the account endpoints. Per address stops one client hammering many
// accounts; per account stops many addresses hammering one.
export const SIGN_IN_PER_ADDRESS: RateLimitRule = { limit: 20, windowSeconds: 300 };
export const SIGN_IN_PER_ACCOUNT: RateLimitRule = { limit: 8, windowSeconds: 900 };
export const SIGN_UP_PER_ADDRESS: RateLimitRule = { limit: 10, windowSeconds: 3600 };
// Writes through tRPC per signed-in user: far above what a person clicking does, low enough to
// stop a runaway script. Benchmarks set DISABLE_RATE_LIMITS=true.
export const MUTATIONS_PER_USER: RateLimitRule = { limit: 300, windowSeconds: 60 };
