import type { Sort } from '$lib/schemas/enums';

export const MARKETPLACE_TABS = [
	{ sort: 'trending', label: 'Trending' },
	{ sort: 'most_saved', label: 'Most saved' },
	{ sort: 'top_rated', label: 'Top rated' },
	{ sort: 'most_played', label: 'Most played' },
	{ sort: 'newest', label: 'Newest' }
] as const satisfies readonly { sort: Sort; label: string }[];

export type MarketplaceTab = (typeof MARKETPLACE_TABS)[number]['sort'];
