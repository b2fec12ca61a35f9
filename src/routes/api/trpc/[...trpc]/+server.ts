import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { RequestEvent } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { MAX_BATCH_SIZE, trpcCallCount } from '$lib/trpc/batch';
import { clientAddress } from '$lib/server/auth/web';
import { database } from '$lib/server/db';
import { ANONYMOUS_CALLS_PER_ADDRESS } from '$lib/server/security/limits';
import { keyedHash } from '$lib/server/security/keyed-hash';
import { hitRateLimit, rateLimitsDisabled } from '$lib/server/security/rate-limit';
import { isServiceUnavailable, unavailableResponse } from '$lib/server/security/unavailable';
import { createContext } from '$lib/server/trpc/context';
import { appRouter } from '$lib/server/trpc/root';

const handler: RequestHandler = async (event) => {
	let throttled: Response | null;
	try {
		throttled = await throttleAnonymous(event, trpcCallCount(event.url, event.params.trpc));
	} catch (error) {
		// The budget lives in the database: while it is down, answer as tRPC would (a 503 in its
		// envelope, with Retry-After), not with SvelteKit's generic error body.
		if (isServiceUnavailable(error)) return unavailableResponse(event.url);
		throw error;
	}
	if (throttled) return throttled;
	return fetchRequestHandler({
		endpoint: '/api/trpc',
		// The body is read only if a procedure asks for its input; one left unread (a call
		// refused first: 401, 403, 429) is drained by scripts/server-entry.js after the answer.
		req: event.request,
		router: appRouter,
		// One request, one bounded amount of work: a larger batch is refused (400) up front.
		maxBatchSize: MAX_BATCH_SIZE,
		createContext: () => createContext(event)
	});
};

/**
 * Signed-out callers share a budget of calls per address (ANONYMOUS_CALLS_PER_ADDRESS, in the
 * database so it holds across servers). A batch larger than MAX_BATCH_SIZE is refused by tRPC
 * without running anything, so it costs no more than the largest allowed one.
 */
async function throttleAnonymous(event: RequestEvent, calls: number): Promise<Response | null> {
	if (event.locals.user || rateLimitsDisabled()) return null;
	const cost = calls;
	const db = database().db;
	const address = await keyedHash(db, 'address', clientAddress(event));
	const limit = await hitRateLimit(
		db,
		`anon:ip:${address}`,
		ANONYMOUS_CALLS_PER_ADDRESS,
		new Date(),
		cost
	);
	if (limit.allowed) return null;
	const message = `Too many requests from your network. Sign in, or try again in ${limit.retryAfterSeconds} s.`;
	const error = {
		message,
		code: TRPC_ERROR_CODES_BY_KEY.TOO_MANY_REQUESTS,
		data: {
			code: 'TOO_MANY_REQUESTS',
			httpStatus: 429,
			details: { retryAfterSeconds: limit.retryAfterSeconds }
		}
	};
	return new Response(JSON.stringify({ error: { json: error } }), {
		status: 429,
		headers: {
			'content-type': 'application/json',
			'retry-after': String(limit.retryAfterSeconds)
		}
	});
}

export const GET = handler;
export const POST = handler;
