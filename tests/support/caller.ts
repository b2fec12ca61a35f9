import type { SessionUser } from '../../src/lib/server/auth/session';
import type { Db } from '../../src/lib/server/db/client';
import { createCaller } from '../../src/lib/server/trpc/root';

/** Calls procedures exactly as a request from `user` would (null = signed out). */
export function callerAs(db: Db, user: SessionUser | null) {
	return createCaller({ db, user, sessionId: null, clientAddress: '127.0.0.1' });
}
