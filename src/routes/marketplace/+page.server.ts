import { filtersFromUrl } from '$lib/scenario-filters';
import { logger } from '$lib/server/logger';
import { callerFor, listOrNotice } from '$lib/server/trpc/caller';
import { MARKETPLACE_TABS, type MarketplaceTab } from '$lib/components/marketplace/tabs';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const filters = filtersFromUrl(event.url.searchParams);
	// The tab is the sort; anything else (relevance…) falls back to trending.
	const tab: MarketplaceTab = MARKETPLACE_TABS.some((t) => t.sort === filters.sort)
		? (filters.sort as MarketplaceTab)
		: 'trending';
	const caller = callerFor(event);
	// A failed list keeps the page, its tab and filters, with a notice and "Try again" (as on
	// /scenarios), instead of a full-page error.
	const [list, skills] = await Promise.all([
		listOrNotice(
			caller.marketplace.list({ ...filters, sort: tab, limit: 24 }),
			'The marketplace',
			(error) => logger.error('marketplace list failed', { error })
		),
		caller.skill.active()
	]);
	return {
		page: list.page ?? { items: [], nextCursor: null },
		error: list.error,
		skills,
		filters: { ...filters, sort: tab },
		tab
	};
};
