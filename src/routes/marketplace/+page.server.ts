import { filtersFromUrl } from '$lib/scenario-filters';
import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import { MARKETPLACE_TABS, type MarketplaceTab } from '$lib/components/marketplace/tabs';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const filters = filtersFromUrl(event.url.searchParams);
	// The tab is the sort; anything else (relevance…) falls back to trending.
	const tab: MarketplaceTab = MARKETPLACE_TABS.some((t) => t.sort === filters.sort)
		? (filters.sort as MarketplaceTab)
		: 'trending';
	const caller = callerFor(event);
	const [page, skills] = await Promise.all([
		loadOrError(caller.marketplace.list({ ...filters, sort: tab, limit: 24 })),
		caller.skill.active()
	]);
	return { page, skills, filters: { ...filters, sort: tab }, tab };
};
