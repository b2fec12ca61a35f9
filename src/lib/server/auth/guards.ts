import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Role } from '../../schemas/enums';

const RANK: Record<Role, number> = { learner: 0, reviewer: 1, admin: 2 };

/** Signed-out visitors go to sign-in (and come back); signed-in ones without the role get a 403. */
export function requireRole(event: Pick<RequestEvent, 'locals' | 'url'>, role: Role) {
	const user = event.locals.user;
	if (!user)
		redirect(303, `/login?redirectTo=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	if (RANK[user.role] < RANK[role]) {
		error(403, {
			message:
				role === 'admin' ? 'This area is for admins.' : 'This area is for psychologist reviewers.',
			code: 'FORBIDDEN'
		});
	}
	return user;
}

export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>) {
	return requireRole(event, 'learner');
}
