import { fail } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { ROLES, type Role } from '$lib/schemas/enums';
import { setCoordinatorSchema } from '$lib/schemas/cohorts';
import { requireRole } from '$lib/server/auth/guards';
import { callerFor, loadOrError, publicMessage } from '$lib/server/trpc/caller';
import type { Actions, PageServerLoad } from './$types';

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

export const actions: Actions = {
	/** Grants or takes back the coordinator capability (cohorts); audited by the service. */
	setCoordinator: async (event) => {
		// The layout's guard does not run for actions: check here too.
		requireRole(event, 'admin');
		const form = await event.request.formData();
		const raw = form.get('userId');
		const userId = typeof raw === 'string' ? raw.slice(0, 64) : '';
		const coordinator = form.get('coordinator') === 'true';
		const parsed = setCoordinatorSchema.safeParse({ userId, coordinator });
		if (!parsed.success) {
			return fail(400, {
				userId,
				coordinator,
				ok: false,
				message: 'That account could not be found. Reload the list and try again.'
			});
		}
		try {
			await callerFor(event).admin.user.setCoordinator(parsed.data);
		} catch (e) {
			if (e instanceof TRPCError && e.code !== 'INTERNAL_SERVER_ERROR') {
				return fail(getHTTPStatusCodeFromError(e), {
					userId,
					coordinator,
					ok: false,
					message: publicMessage(e)
				});
			}
			throw e;
		}
		return { userId, coordinator, ok: true, message: null };
	}
};
