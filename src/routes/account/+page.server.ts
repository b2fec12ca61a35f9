import { error, fail } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { setModeSchema } from '$lib/schemas/tracks';
import { requireUser } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { AppError } from '$lib/server/errors';
import { publicOrigin } from '$lib/server/mail/links';
import { VERIFICATION_RESEND_PER_USER } from '$lib/server/security/limits';
import { hitRateLimit } from '$lib/server/security/rate-limit';
import { accountOverview } from '$lib/server/services/accounts/users';
import { resendVerificationMail } from '$lib/server/services/accounts/verification';
import { callerFor, publicMessage } from '$lib/server/trpc/caller';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const account = await accountOverview(database().db, user.id);
	if (!account) error(404, { message: 'No such account', code: 'NOT_FOUND' });
	return {
		account,
		passwordChanged: event.url.searchParams.get('password') === 'changed'
	};
};

export const actions: Actions = {
	/** What the account is used for (auth.setMode): the library's default view follows it. */
	mode: async (event) => {
		requireUser(event);
		const form = await event.request.formData();
		const parsed = setModeSchema.safeParse({ mode: form.get('mode') });
		if (!parsed.success) {
			return fail(400, { modeSaved: false, modeError: parsed.error.issues[0].message });
		}
		try {
			await callerFor(event).auth.setMode(parsed.data);
		} catch (e) {
			if (e instanceof TRPCError && e.code !== 'INTERNAL_SERVER_ERROR') {
				return fail(getHTTPStatusCodeFromError(e), {
					modeSaved: false,
					modeError: publicMessage(e)
				});
			}
			throw e;
		}
		return { modeSaved: true, modeError: null };
	},
	/** Sends the confirmation link again (a few times an hour at most). */
	resend: async (event) => {
		const user = requireUser(event);
		const db = database().db;
		const limit = await hitRateLimit(db, `verify:user:${user.id}`, VERIFICATION_RESEND_PER_USER);
		if (!limit.allowed) {
			event.setHeaders({ 'Retry-After': String(limit.retryAfterSeconds) });
			return fail(429, {
				resent: false,
				message: `We sent several links already. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} min, and look in your spam folder meanwhile.`
			});
		}
		try {
			await resendVerificationMail(db, user.id, publicOrigin(event.url));
		} catch (e) {
			if (e instanceof AppError && e.code === 'CONFLICT') {
				return { resent: false, message: null };
			}
			throw e;
		}
		return { resent: true, message: null };
	}
};
