import { showDate } from '$lib/dates.svelte';

/** "3 days", "5 hours", "12 minutes": how long something has waited. */
export function waitedFor(since: Date, now = new Date()): string {
	const minutes = Math.max(0, Math.round((now.getTime() - since.getTime()) / 60_000));
	if (minutes < 60) return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
	const hours = Math.round(minutes / 60);
	if (hours < 48) return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
	const days = Math.round(hours / 24);
	return `${days} days`;
}

/** A time of day in the reader's locale and zone (src/lib/format-date.ts). */
export function clockTime(date: Date): string {
	return showDate(date, 'time');
}

/**
 * A length of time the database measured ("5 hours"), in the same words as `waitedFor`;
 * under a minute reads "less than a minute".
 */
export function durationWords(seconds: number): string {
	if (seconds < 60) return 'less than a minute';
	return waitedFor(new Date(0), new Date(seconds * 1000));
}
