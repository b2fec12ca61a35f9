import { fail, redirect } from '@sveltejs/kit';
import { signUpSchema } from '$lib/schemas/auth';
import { createUser } from '$lib/server/auth/accounts';
import { SIGN_UP_PER_ADDRESS } from '$lib/server/security/limits';
import { clientAddress, startSession } from '$lib/server/auth/web';
import { database } from '$lib/server/db';
import { AppError } from '$lib/server/errors';
import { hitRateLimit } from '$lib/server/security/rate-limit';
import type { Actions, PageServerLoad } from './$types';

type FieldErrors = Partial<Record<'email' | 'password' | 'displayName', string[]>>;

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, '/scenarios');
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const values = {
			email: String(form.get('email') ?? ''),
			displayName: String(form.get('displayName') ?? '')
		};
		const parsed = signUpSchema.safeParse({
			...values,
			password: String(form.get('password') ?? '')
		});
		if (!parsed.success) {
			return fail(400, {
				...values,
				errors: parsed.error.flatten().fieldErrors as FieldErrors,
				message: null
			});
		}
		const db = database().db;
		const limit = await hitRateLimit(db, `signup:ip:${clientAddress(event)}`, SIGN_UP_PER_ADDRESS);
		if (!limit.allowed) {
			event.setHeaders({ 'Retry-After': String(limit.retryAfterSeconds) });
			return fail(429, {
				...values,
				errors: {} as FieldErrors,
				message: 'Too many sign-ups from here. Try again later.'
			});
		}
		let user;
		try {
			user = await createUser(db, parsed.data);
		} catch (e) {
			if (e instanceof AppError && e.code === 'CONFLICT') {
				return fail(400, {
					...values,
					errors: {
						email: ['An account with that e-mail already exists. Sign in instead?']
					} as FieldErrors,
					message: null
				});
			}
			throw e;
		}
		await startSession(event, user.id);
		redirect(303, '/scenarios');
	}
};
