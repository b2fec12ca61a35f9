import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const page = Number(event.url.searchParams.get('page'));
	const outbox = await loadOrError(
		callerFor(event).admin.outbox.list({
			page: Number.isInteger(page) && page > 1 && page <= 10_000 ? page : 1,
			pageSize: 20
		})
	);
	return { outbox };
};
