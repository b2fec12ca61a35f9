import type { RequestEvent } from '@sveltejs/kit';
import { database } from '../db';
import { setSessionCookie, clearSessionCookie, sessionPolicy } from './cookies';
import { createSession, generateSessionToken, invalidateSession } from './session';

/** A fresh session (new id at every sign-in) and its cookie. */
export async function startSession(event: RequestEvent, userId: string) {
	const token = generateSessionToken();
	const session = await createSession(
		database().db,
		token,
		userId,
		sessionPolicy(),
		event.request.headers.get('user-agent')
	);
	setSessionCookie(event.cookies, event.url, token, session.expiresAt);
}

export async function endSession(event: RequestEvent) {
	if (event.locals.session) await invalidateSession(database().db, event.locals.session.id);
	clearSessionCookie(event.cookies, event.url);
	event.locals.user = null;
	event.locals.session = null;
}

/** Only same-site paths: `?redirectTo=https://evil.example` must not send anyone away. */
export function safeRedirect(target: string | null | undefined, fallback = '/scenarios'): string {
	if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
		return fallback;
	}
	return target;
}

export function clientAddress(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}
