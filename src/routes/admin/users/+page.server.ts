import { ROLES, type Role } from '$lib/schemas/enums';
import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const params = event.url.searchParams;
	const role = params.get('role');
	const page = Number(params.get('page'));
	const filters = {
		search: params.get('q')?.slice(0, 200) || undefined,
		role: (ROLES as readonly string[]).includes(role ?? '') ? (role as Role) : undefined,
		page: Number.isInteger(page) && page > 1 ? page : 1
	};
	const users = await loadOrError(callerFor(event).admin.user.list({ ...filters, pageSize: 25 }));
	return { users, filters, me: event.locals.user!.id };
};
