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

// Any character below U+0020, DEL and the C1 controls. Browsers drop tab and newline from
// URLs (so `/\t/evil.example` is `//evil.example`) and a Location header cannot carry CR/LF.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const BASE = 'http://scenario-hub.invalid';

/**
 * Where to send someone after sign-in: only a path on this site. `target` is resolved as a
 * browser would resolve it against the app's origin and accepted only when it stays on that
 * origin; what comes back is the parsed path, query and fragment (ASCII, percent-encoded), so
 * the Location header says exactly what was checked. Anything else gives `fallback`.
 */
export function safeRedirect(target: string | null | undefined, fallback = '/scenarios'): string {
	if (!target || !target.startsWith('/') || CONTROL.test(target)) return fallback;
	let url: URL;
	try {
		url = new URL(target, BASE);
	} catch {
		return fallback;
	}
	if (url.origin !== BASE) return fallback;
	const path = `${url.pathname}${url.search}${url.hash}`;
	// `/.//evil.example` normalises to `//evil.example`, which a browser reads as another host.
	if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return fallback;
	return path;
}

export function clientAddress(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}
