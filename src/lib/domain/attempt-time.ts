// How long an attempt counts for. The server measures it, never trusting a client timer: it adds
// up the gaps between the learner's actions on the attempt (starting, moving on, finishing, and
// the play page's heartbeat while it is visible and in use), each gap capped, so a tab left open
// overnight or an attempt resumed a week later adds minutes, not hours or days. The sum is
// `scenario_attempts.active_seconds`; finishing records it as `time_spent`, capped once more so
// nothing turns into eight hours of "practice" in the learner's totals or in a scenario's
// average time.

/** One gap between two actions counts for at most this long (reading a long step, thinking). */
export const ACTIVE_GAP_CAP_SECONDS = 5 * 60;
/** How often the play page tells the server the learner is still at it. */
export const HEARTBEAT_INTERVAL_SECONDS = 30;
/**
 * The page stops its heartbeat when nobody touched, typed or scrolled for this long: a visible
 * tab nobody uses is not practice. The next action still adds its (capped) gap.
 */
export const HEARTBEAT_IDLE_SECONDS = ACTIVE_GAP_CAP_SECONDS;

/** An attempt counts for at most this many times the scenario's estimated minutes... */
export const ATTEMPT_TIME_CAP_FACTOR = 3;
/** ...and never less than half an hour of allowance, for short scenarios. */
export const ATTEMPT_TIME_CAP_FLOOR_SECONDS = 30 * 60;

export function attemptTimeCapSeconds(estimatedMinutes: number): number {
	return Math.max(estimatedMinutes * 60 * ATTEMPT_TIME_CAP_FACTOR, ATTEMPT_TIME_CAP_FLOOR_SECONDS);
}

/** What one gap between two actions adds: its length in whole seconds, 0 to the cap. */
export function gapSeconds(seconds: number): number {
	if (!Number.isFinite(seconds)) return 0;
	return Math.min(Math.max(Math.floor(seconds), 0), ACTIVE_GAP_CAP_SECONDS);
}

/** Seconds a finished attempt counts for: its active time, at most the attempt cap. */
export function countedSeconds(activeSeconds: number, estimatedMinutes: number): number {
	return Math.min(Math.max(Math.floor(activeSeconds), 0), attemptTimeCapSeconds(estimatedMinutes));
}

/**
 * What the play page's timer shows: the active time the server stored at the learner's last
 * action plus the time since then, which counts (like on the server) for at most one gap.
 */
export function shownActiveSeconds(storedActiveSeconds: number, secondsSinceLastAction: number) {
	return Math.max(storedActiveSeconds, 0) + gapSeconds(secondsSinceLastAction);
}

/** 75 → "01:15", 3725 → "1:02:05". */
export function formatClock(totalSeconds: number): string {
	const seconds = Math.max(0, Math.floor(totalSeconds));
	const hours = Math.floor(seconds / 3600);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${hours ? `${hours}:` : ''}${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}
