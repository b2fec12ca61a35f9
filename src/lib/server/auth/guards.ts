import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Role } from '../../schemas/enums';
import { hasRole } from '../../domain/roles';

/** Signed-out visitors go to sign-in (and come back); signed-in ones without the role get a 403. */
export function requireRole(event: Pick<RequestEvent, 'locals' | 'url'>, role: Role) {
	const user = event.locals.user;
	if (!user)
		redirect(303, `/login?redirectTo=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	if (!hasRole(user, role)) {
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
