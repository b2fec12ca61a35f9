import { fail, redirect } from '@sveltejs/kit';
import { signInSchema } from '$lib/schemas/auth';
import { authenticate } from '$lib/server/auth/accounts';
import { SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ADDRESS } from '$lib/server/security/limits';
import { clientAddress, safeRedirect, startSession } from '$lib/server/auth/web';
import { database } from '$lib/server/db';
import { AppError } from '$lib/server/errors';
import { hitRateLimit } from '$lib/server/security/rate-limit';
import type { Actions, PageServerLoad } from './$types';

type FieldErrors = Partial<Record<'email' | 'password' | 'displayName', string[]>>;

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
	return { redirectTo: safeRedirect(url.searchParams.get('redirectTo')) };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const email = String(form.get('email') ?? '');
		const parsed = signInSchema.safeParse({ email, password: String(form.get('password') ?? '') });
		if (!parsed.success) {
			return fail(400, {
				email,
				errors: parsed.error.flatten().fieldErrors as FieldErrors,
				message: null
			});
		}
		const db = database().db;
		for (const [key, rule] of [
			[`signin:ip:${clientAddress(event)}`, SIGN_IN_PER_ADDRESS],
			[`signin:account:${parsed.data.email}`, SIGN_IN_PER_ACCOUNT]
		] as const) {
			const limit = await hitRateLimit(db, key, rule);
			if (!limit.allowed) {
				event.setHeaders({ 'Retry-After': String(limit.retryAfterSeconds) });
				return fail(429, {
					email,
					errors: {} as FieldErrors,
					message: `Too many sign-in attempts. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} min.`
				});
			}
		}
		let user;
		try {
			user = await authenticate(db, parsed.data);
		} catch (e) {
			if (e instanceof AppError)
				return fail(400, { email, errors: {} as FieldErrors, message: e.message });
			throw e;
		}
		await startSession(event, user.id);
		redirect(303, safeRedirect(String(form.get('redirectTo') ?? '')));
	}
};
