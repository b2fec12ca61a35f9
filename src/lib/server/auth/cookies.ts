import type { Cookies } from '@sveltejs/kit';
import { env } from '../env';
import { sessionCookieName, sessionCookieOptions, type SessionPolicy } from './session';

/** Secure cookies whenever the app is served over https (ORIGIN or the request itself). */
export function useSecureCookies(url: URL): boolean {
	const origin = env().ORIGIN;
	if (origin) return origin.startsWith('https://');
	return url.protocol === 'https:';
}

export function sessionPolicy(): SessionPolicy {
	const config = env();
	return { idleMinutes: config.SESSION_IDLE_MINUTES, absoluteDays: config.SESSION_ABSOLUTE_DAYS };
}

export function readSessionToken(cookies: Cookies, url: URL): string | undefined {
	return cookies.get(sessionCookieName(useSecureCookies(url)));
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date) {
	const secure = useSecureCookies(url);
	cookies.set(sessionCookieName(secure), token, sessionCookieOptions(secure, expiresAt));
}

export function clearSessionCookie(cookies: Cookies, url: URL) {
	const secure = useSecureCookies(url);
	cookies.delete(sessionCookieName(secure), { path: '/', secure });
}
