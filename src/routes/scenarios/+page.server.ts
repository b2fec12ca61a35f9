import { filtersFromUrl, isBareLibraryUrl, withModeDefault } from '$lib/scenario-filters';
import { logger } from '$lib/server/logger';
import { callerFor, listOrNotice } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const params = event.url.searchParams;
	const caller = callerFor(event);
	// The account's mode picks the default view (quests only for therapeutic use); it is read
	// only for the bare address, the one place a default applies.
	const mode =
		event.locals.user && isBareLibraryUrl(params) ? (await caller.auth.mode()).mode : null;
	const filters = withModeDefault(filtersFromUrl(params), params, mode);
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
