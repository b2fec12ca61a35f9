import { TRPCError } from '@trpc/server';
import { filtersFromUrl } from '$lib/scenario-filters';
import { logger } from '$lib/server/logger';
import { callerFor } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const filters = filtersFromUrl(event.url.searchParams);
	const caller = callerFor(event);
	const skills = await caller.skill.active();
	// A failed list (a stale cursor, the database briefly away) keeps the page and its filters,
	// with the error in place of the results and a way to try again.
	try {
		const page = await caller.scenario.list({ ...filters, limit: 24 });
		return { page, skills, filters, error: null };
	} catch (e) {
		const expected = e instanceof TRPCError && e.code !== 'INTERNAL_SERVER_ERROR';
		if (!expected) logger.error('library list failed', { error: e });
		return {
			page: { items: [], nextCursor: null },
			skills,
			filters,
			error: expected ? (e as TRPCError).message : 'The library could not be loaded just now.'
		};
	}
};
