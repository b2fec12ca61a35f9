import { requireUser } from '$lib/server/auth/guards';
import { MINE_FILTERS, timeZoneSchema, type MineFilter } from '$lib/schemas/progress';
import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const caller = callerFor(event);
	// Days (streak, weeks) are the learner's: the page stores the browser's zone in a cookie.
	const zone = timeZoneSchema.safeParse(event.cookies.get('tz'));
	const timeZone = zone.success ? zone.data : 'UTC';
	const requested = event.url.searchParams.get('tab');
	const tab: MineFilter = (MINE_FILTERS as readonly string[]).includes(requested ?? '')
		? (requested as MineFilter)
		: 'in_progress';
	const cursor = event.url.searchParams.get('cursor') ?? undefined;
	const [stats, list, mastery, recent, assignments, tracks] = await Promise.all([
		loadOrError(caller.progress.stats({ timeZone })),
		loadOrError(caller.progress.mine({ filter: tab, cursor, limit: 20 })),
		loadOrError(caller.progress.mastery()),
		loadOrError(caller.progress.recentAttempts()),
		// A trainee's cohort assignments (the section shows only when there are any).
		loadOrError(caller.cohort.myAssignments()),
		// "Next in your track" (an empty state pointing to /tracks when not enrolled).
		loadOrError(caller.track.next())
	]);
	return {
		stats,
		list,
		mastery,
		recent,
		assignments,
		tracks,
		tab,
		cursor: cursor ?? null,
		timeZone
	};
};
