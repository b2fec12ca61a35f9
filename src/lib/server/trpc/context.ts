import type { RequestEvent } from '@sveltejs/kit';
import type { SessionUser } from '../auth/session';
import { database } from '../db';
import { publicOrigin } from '../mail/links';
import type { Db } from '../db/client';

export interface Context {
	db: Db;
	user: SessionUser | null;
	sessionId: string | null;
	/** client address, for rate limits; null when called from a script */
	clientAddress: string | null;
	/** where links in mails point (ORIGIN, else the request's origin in development) */
	origin?: string;
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
		clientAddress,
		origin: publicOrigin(event.url)
	};
}
