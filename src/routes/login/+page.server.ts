import { fail, redirect } from '@sveltejs/kit';
import { signInSchema } from '$lib/schemas/auth';
import { signIn } from '$lib/server/auth/sign-in';
import { clientAddress, safeRedirect, startSession } from '$lib/server/auth/web';
import { database } from '$lib/server/db';
import { HTTP_STATUS, toAppError } from '$lib/server/errors';
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
		// Decided before anything is written, so a bad target cannot fail a signed-in request.
		const target = safeRedirect(String(form.get('redirectTo') ?? ''));
		let user;
		try {
			user = await signIn(database().db, parsed.data, clientAddress(event));
		} catch (e) {
			const error = toAppError(e);
			if (!error || error.code === 'SERVICE_UNAVAILABLE') throw e;
			const retryAfter = error.details?.retryAfterSeconds;
			if (typeof retryAfter === 'number') event.setHeaders({ 'Retry-After': String(retryAfter) });
			return fail(HTTP_STATUS[error.code] === 401 ? 400 : HTTP_STATUS[error.code], {
				email,
				errors: {} as FieldErrors,
				message: error.message
			});
		}
		await startSession(event, user.id);
		redirect(303, target);
	}
};
