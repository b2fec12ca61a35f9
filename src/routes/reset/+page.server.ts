import { fail, redirect, type Cookies } from '@sveltejs/kit';
import { accountTokenSchema, resetPasswordSchema } from '$lib/schemas/accounts';
import { useSecureCookies } from '$lib/server/auth/cookies';
import { invalidateSession } from '$lib/server/auth/session';
import { startSession } from '$lib/server/auth/web';
import { database } from '$lib/server/db';
import { AppError } from '$lib/server/errors';
import { resetPassword } from '$lib/server/services/accounts/recovery';
import {
	inspectAccountToken,
	TOKEN_LIFETIME_MINUTES,
	type TokenState
} from '$lib/server/services/accounts/tokens';
import type { Actions, PageServerLoad } from './$types';

// The link in the mail is /reset?token=…: the token moves into a cookie scoped to this page and
// the browser is sent to plain /reset, so the token stays out of the address bar, the history
// and any Referer. Nothing is used up by opening the link (mail scanners open links too); only
// submitting the form uses it.

const COOKIE = 'reset_token';

export type ResetState = TokenState | 'missing';

function cookieOptions(url: URL) {
	return {
		path: '/reset',
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: useSecureCookies(url),
		maxAge: TOKEN_LIFETIME_MINUTES.password_reset * 60
	};
}

function forget(cookies: Cookies, url: URL) {
	cookies.delete(COOKIE, { path: '/reset', secure: useSecureCookies(url) });
}

export const load: PageServerLoad = async ({ url, cookies }) => {
	const fromLink = url.searchParams.get('token');
	if (fromLink !== null) {
		if (!accountTokenSchema.safeParse(fromLink).success) {
			forget(cookies, url);
			return { state: 'invalid' as ResetState, email: null };
		}
		cookies.set(COOKIE, fromLink, cookieOptions(url));
		redirect(303, '/reset');
	}
	const token = cookies.get(COOKIE);
	if (!token) return { state: 'missing' as ResetState, email: null };
	const seen = await inspectAccountToken(database().db, token, 'password_reset');
	return {
		state: seen.state as ResetState,
		email: seen.state === 'valid' ? (seen.email ?? null) : null
	};
};

type FieldErrors = Partial<Record<'password' | 'confirm', string[]>>;

export const actions: Actions = {
	default: async (event) => {
		const { cookies, url } = event;
		const token = cookies.get(COOKIE);
		if (!token) return fail(400, { state: 'missing' as ResetState, errors: {} as FieldErrors });
		const form = await event.request.formData();
		const parsed = resetPasswordSchema.safeParse({
			password: String(form.get('password') ?? ''),
			confirm: String(form.get('confirm') ?? '')
		});
		if (!parsed.success) {
			return fail(400, {
				state: 'valid' as ResetState,
				errors: parsed.error.flatten().fieldErrors as FieldErrors
			});
		}
		const db = database().db;
		let user;
		try {
			user = await resetPassword(db, token, parsed.data.password);
		} catch (error) {
			const state = error instanceof AppError ? error.details?.state : undefined;
			if (typeof state !== 'string') throw error;
			forget(cookies, url);
			return fail(400, { state: state as ResetState, errors: {} as FieldErrors });
		}
		// Every session of the account ended with the reset; one of another account that was
		// signed in in this browser ends too. Then a fresh session for whoever set the password.
		if (event.locals.session) await invalidateSession(db, event.locals.session.id);
		forget(cookies, url);
		await startSession(event, user.id);
		redirect(303, '/account?password=changed');
	}
};
