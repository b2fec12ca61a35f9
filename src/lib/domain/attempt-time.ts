// How long an attempt counts for. The server measures it from started_at, never trusting a
// client timer, and caps it so a tab left open overnight does not turn into eight hours of
// "practice" in the learner's totals or in a scenario's average time.

/** An attempt counts for at most this many times the scenario's estimated minutes... */
export const ATTEMPT_TIME_CAP_FACTOR = 3;
/** ...and never less than half an hour of allowance, for short scenarios. */
export const ATTEMPT_TIME_CAP_FLOOR_SECONDS = 30 * 60;

export function attemptTimeCapSeconds(estimatedMinutes: number): number {
	return Math.max(estimatedMinutes * 60 * ATTEMPT_TIME_CAP_FACTOR, ATTEMPT_TIME_CAP_FLOOR_SECONDS);
}

/** Seconds the attempt counts for: elapsed wall time, at least 0, at most the cap. */
export function countedSeconds(
	startedAt: Date,
	finishedAt: Date,
	estimatedMinutes: number
): number {
	const elapsed = Math.floor((finishedAt.getTime() - startedAt.getTime()) / 1000);
	return Math.min(Math.max(elapsed, 0), attemptTimeCapSeconds(estimatedMinutes));
}
