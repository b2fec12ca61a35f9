// Trending: saves, attempts and completions, each decayed with a half-life of three days.
//
// Rather than a score that must be re-decayed whenever it is read, each scenario stores
//   trending_log = ln( Σ w_i · 2^((t_i − EPOCH) / HALF_LIFE) )
// For any read time T every scenario's decayed score is exp(trending_log) · 2^(−(T − EPOCH)/HALF_LIFE),
// the same factor for all, so sorting by trending_log sorts by the decayed score. An event adds
// its term with log-sum-exp in O(1), and the log form never overflows.

export const TRENDING_HALF_LIFE_SECONDS = 3 * 24 * 3600;
/** 2026-01-01T00:00:00Z */
export const TRENDING_EPOCH_SECONDS = 1_767_225_600;
export const TRENDING_EMPTY = -1e9;

export const TRENDING_WEIGHTS = {
	save: 3,
	attempt: 1,
	completion: 2
} as const;
export type TrendingEvent = keyof typeof TRENDING_WEIGHTS;

/** The log-space term of one event of `weight` at `at`. */
export function eventLog(weight: number, at: Date): number {
	const elapsed = at.getTime() / 1000 - TRENDING_EPOCH_SECONDS;
	return Math.log(weight) + (elapsed / TRENDING_HALF_LIFE_SECONDS) * Math.LN2;
}

/** ln(e^a + e^b), stable for any magnitudes. */
export function logAdd(a: number, b: number): number {
	if (a <= b - 40) return b;
	if (b <= a - 40) return a;
	const m = Math.max(a, b);
	return m + Math.log1p(Math.exp(-Math.abs(a - b)));
}

/** The decayed score at `now`: what the events are worth today, in "fresh save-equivalents". */
export function decayedScore(trendingLog: number, now: Date): number {
	if (trendingLog <= TRENDING_EMPTY / 2) return 0;
	const elapsed = now.getTime() / 1000 - TRENDING_EPOCH_SECONDS;
	return Math.exp(trendingLog - (elapsed / TRENDING_HALF_LIFE_SECONDS) * Math.LN2);
}
