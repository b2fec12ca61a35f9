// A learner's days and weeks, counted in their own time zone: the current streak and the
// activity of the last weeks on /progress. Pure: the caller passes the rows and "now".

const formatters = new Map<string, Intl.DateTimeFormat>();

/** YYYY-MM-DD of `date` as seen in `timeZone`. */
export function dayKey(date: Date, timeZone: string): string {
	let format = formatters.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-CA', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit'
		});
		formatters.set(timeZone, format);
	}
	return format.format(date);
}

/** The calendar day `days` after a YYYY-MM-DD key (negative goes back). */
export function addDays(key: string, days: number): string {
	const [y, m, d] = key.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 0 = Monday ... 6 = Sunday, of a YYYY-MM-DD key. */
function weekday(key: string): number {
	const [y, m, d] = key.split('-').map(Number);
	return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

export function weekStart(key: string): string {
	return addDays(key, -weekday(key));
}

/**
 * Days in a row, ending today or yesterday, with at least one completion. A streak is not
 * broken until a whole day passes without one, so it survives until the learner's evening.
 */
export function currentStreak(completions: Date[], now: Date, timeZone: string): number {
	const days = new Set(completions.map((d) => dayKey(d, timeZone)));
	let day = dayKey(now, timeZone);
	if (!days.has(day)) day = addDays(day, -1);
	let streak = 0;
	while (days.has(day)) {
		streak++;
		day = addDays(day, -1);
	}
	return streak;
}

export function longestStreak(completions: Date[], timeZone: string): number {
	const days = [...new Set(completions.map((d) => dayKey(d, timeZone)))].sort();
	let best = 0;
	let run = 0;
	let previous: string | null = null;
	for (const day of days) {
		run = previous !== null && addDays(previous, 1) === day ? run + 1 : 1;
		best = Math.max(best, run);
		previous = day;
	}
	return best;
}

export interface FinishedAttempt {
	finishedAt: Date;
	outcome: 'completed' | 'abandoned';
	timeSpent: number;
}

export interface WeekActivity {
	/** Monday of the week, YYYY-MM-DD in the learner's zone */
	week: string;
	completed: number;
	abandoned: number;
	minutes: number;
}

/** The last `weeks` weeks (Monday to Sunday, oldest first, the current one last), zero-filled. */
export function weeklyActivity(
	attempts: FinishedAttempt[],
	now: Date,
	timeZone: string,
	weeks = 12
): WeekActivity[] {
	const current = weekStart(dayKey(now, timeZone));
	const buckets = new Map<string, WeekActivity>();
	for (let i = weeks - 1; i >= 0; i--) {
		const week = addDays(current, -7 * i);
		buckets.set(week, { week, completed: 0, abandoned: 0, minutes: 0 });
	}
	const seconds = new Map<string, number>();
	for (const a of attempts) {
		const week = weekStart(dayKey(a.finishedAt, timeZone));
		const bucket = buckets.get(week);
		if (!bucket) continue;
		if (a.outcome === 'completed') bucket.completed++;
		else bucket.abandoned++;
		seconds.set(week, (seconds.get(week) ?? 0) + a.timeSpent);
	}
	for (const [week, total] of seconds) buckets.get(week)!.minutes = Math.round(total / 60);
	return [...buckets.values()];
}
