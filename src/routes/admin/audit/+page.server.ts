import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';
import { isUuid } from '$lib/domain/ids';

export const load: PageServerLoad = async (event) => {
	const params = event.url.searchParams;
	const page = Number(params.get('page'));
	const actor = params.get('actor');
	const filters = {
		entityType: params.get('entity')?.slice(0, 40) || undefined,
		entityId: params.get('id')?.slice(0, 200) || undefined,
		actorId: isUuid(actor) ? actor : undefined,
		page: Number.isInteger(page) && page > 1 ? page : 1
	};
	const caller = callerFor(event);
	const [log, options] = await Promise.all([
		loadOrError(caller.admin.audit.list({ ...filters, pageSize: 30 })),
		loadOrError(caller.admin.audit.filters())
	]);
	return { log, options, filters };
};
