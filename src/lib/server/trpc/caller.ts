import { error, type RequestEvent } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { createContext } from './context';
import { createCaller } from './root';

/** Server loads call procedures directly (no HTTP hop), as the signed-in user of the request. */
export function callerFor(event: RequestEvent) {
	return createCaller(createContext(event));
}

/** Runs a procedure call in a load; its expected errors become the matching error page. */
export async function loadOrError<T>(call: Promise<T>): Promise<T> {
	try {
		return await call;
	} catch (e) {
		if (e instanceof TRPCError && e.code !== 'INTERNAL_SERVER_ERROR') {
			error(getHTTPStatusCodeFromError(e), { message: e.message, code: e.code });
		}
		throw e;
	}
}
