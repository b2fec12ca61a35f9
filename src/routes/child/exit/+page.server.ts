import { fail, redirect } from '@sveltejs/kit';
import { CHILD_MODE_MESSAGES, leaveChildModeSchema } from '$lib/schemas/family';
import { requireUser } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { leaveChildMode } from '$lib/server/services/family/child-mode';
import type { Actions } from './$types';

// Leaving child mode: the grown-up's PIN. A wrong PIN says so; after five wrong ones in a row,
// each try waits a minute. Child mode belongs to this browser's session, so the action calls the
// service with it (there is no procedure a child could call to leave). The child layout shows
// the page only in child mode.

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const sessionId = event.locals.session?.id;
		if (!user.childMode || !sessionId) redirect(303, '/family');
		const data = await event.request.formData();
		const parsed = leaveChildModeSchema.safeParse({ pin: String(data.get('pin') ?? '') });
		if (!parsed.success || parsed.data.pin === '') {
			return fail(400, { message: 'Enter your PIN' });
		}
		const result = await leaveChildMode(database().db, user.id, sessionId, parsed.data.pin);
		if (result.left) redirect(303, '/family');
		if (result.reason === 'wait') {
			event.setHeaders({ 'Retry-After': String(result.retryAfterSeconds) });
			return fail(429, {
				message: `Too many wrong PINs. Wait ${result.retryAfterSeconds} seconds, then try again.`
			});
		}
		return fail(400, {
			message:
				result.attemptsLeft > 0
					? CHILD_MODE_MESSAGES.wrongPin
					: `${CHILD_MODE_MESSAGES.wrongPin} From now on, each try waits a minute.`
		});
	}
};
