import { filtersFromUrl } from '$lib/scenario-filters';
import { logger } from '$lib/server/logger';
import { callerFor, listOrNotice } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const filters = filtersFromUrl(event.url.searchParams);
	const caller = callerFor(event);
	const skills = await caller.skill.active();
	// A failed list (a stale cursor, the database briefly away) keeps the page and its filters,
	// with the error in place of the results and a way to try again (as on /marketplace).
	const list = await listOrNotice(
		caller.scenario.list({ ...filters, limit: 24 }),
		'The library',
		(error) => logger.error('library list failed', { error })
	);
	return {
		page: list.page ?? { items: [], nextCursor: null },
		skills,
		filters,
		error: list.error
	};
};
