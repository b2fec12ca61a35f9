import { fail, redirect } from '@sveltejs/kit';
import { signUpSchema } from '$lib/schemas/auth';
import { SIGN_UP_PER_ADDRESS } from '$lib/server/security/limits';
import { useSecureCookies } from '$lib/server/auth/cookies';
import { clientAddress } from '$lib/server/auth/web';
import { database } from '$lib/server/db';
import { publicOrigin } from '$lib/server/mail/links';
import { hitRateLimit } from '$lib/server/security/rate-limit';
import { registerAccount } from '$lib/server/services/accounts/registration';
import { withMinimumDuration } from '$lib/server/services/accounts/timing';
import type { Actions, PageServerLoad } from './$types';

type FieldErrors = Partial<Record<'email' | 'password' | 'displayName', string[]>>;

/** Both answers take at least this long (a password hash takes ~0.3 s of it). */
const SIGN_UP_ANSWER_AFTER_MS = 500;

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
		// A new address and one that already has an account get the same answer, in about the
		// same time: "check your inbox". The mail says which it was, to the owner of the address.
		await withMinimumDuration(SIGN_UP_ANSWER_AFTER_MS, () =>
			registerAccount(db, parsed.data, publicOrigin(event.url))
		);
		event.cookies.set('signup_email', parsed.data.email, {
			path: '/signup',
			httpOnly: true,
			sameSite: 'lax',
			secure: useSecureCookies(event.url),
			maxAge: 600
		});
		redirect(303, '/signup/check-inbox');
	}
};
