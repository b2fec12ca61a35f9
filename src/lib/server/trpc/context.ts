import type { RequestEvent } from '@sveltejs/kit';
import type { SessionUser } from '../auth/session';
import { database } from '../db';
import { publicOrigin } from '../mail/links';
import type { Db } from '../db/client';
import type { RateLimitResult } from '../security/rate-limit';

export interface Context {
	db: Db;
	user: SessionUser | null;
	sessionId: string | null;
	/** client address, for rate limits; null when called from a script */
	clientAddress: string | null;
	/** where links in mails point (ORIGIN, else the request's origin in development) */
	origin?: string;
	/**
	 * This request's mutation calls, already counted against the caller's limit by the session
	 * lookup (hooks.server.ts). Absent for calls from the server's own code (form actions,
	 * scripts): the middleware counts those itself.
	 */
	mutationLimit?: RateLimitResult | null;
}

export function createContext(event: RequestEvent): Context {
	let clientAddress: string | null = null;
	try {
		clientAddress = event.getClientAddress();
	} catch {
		clientAddress = null;
	}
	return {
		db: database().db,
		user: event.locals.user,
		sessionId: event.locals.session?.id ?? null,
		mutationLimit: event.locals.mutationLimit,
		clientAddress,
		origin: publicOrigin(event.url)
	};
}
