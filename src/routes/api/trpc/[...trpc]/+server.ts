import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { RequestEvent } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { MAX_BATCH_SIZE } from '$lib/trpc/batch';
import { clientAddress } from '$lib/server/auth/web';
import { database } from '$lib/server/db';
import { ANONYMOUS_CALLS_PER_ADDRESS } from '$lib/server/security/limits';
import { keyedHash } from '$lib/server/security/keyed-hash';
import { hitRateLimit, rateLimitsDisabled } from '$lib/server/security/rate-limit';
import { isServiceUnavailable, unavailableResponse } from '$lib/server/security/unavailable';
import { createContext } from '$lib/server/trpc/context';
import { appRouter } from '$lib/server/trpc/root';

const handler: RequestHandler = async (event) => {
	const req = await withBodyRead(event.request);
	let throttled: Response | null;
	try {
		throttled = await throttleAnonymous(event, callCount(event.url, event.params.trpc));
	} catch (error) {
		// The budget lives in the database: while it is down, answer as tRPC would (a 503 in its
		// envelope, with Retry-After), not with SvelteKit's generic error body.
		if (isServiceUnavailable(error)) return unavailableResponse(event.url);
		throw error;
	}
	if (throttled) return throttled;
	return fetchRequestHandler({
		endpoint: '/api/trpc',
		req,
		router: appRouter,
		// One request, one bounded amount of work: a larger batch is refused (400) up front.
		maxBatchSize: MAX_BATCH_SIZE,
		createContext: () => createContext(event)
	});
};

/** How many procedure calls the request carries (a batch lists them comma-separated). */
function callCount(url: URL, path: string): number {
	return url.searchParams.get('batch') === '1' ? path.split(',').length : 1;
}

/**
 * Signed-out callers share a budget of calls per address (ANONYMOUS_CALLS_PER_ADDRESS, in the
 * database so it holds across servers). A batch larger than MAX_BATCH_SIZE is refused by tRPC
 * without running anything, so it costs no more than the largest allowed one.
 */
async function throttleAnonymous(event: RequestEvent, calls: number): Promise<Response | null> {
	if (event.locals.user || rateLimitsDisabled()) return null;
	const cost = Math.min(calls, MAX_BATCH_SIZE);
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

/**
 * tRPC reads a mutation's input only when a procedure asks for it, so a call refused first
 * (401, 403, 429) would answer with the body still unread on a keep-alive connection; Node then
 * parses the leftover bytes as the next request and resets it. The body is capped by
 * BODY_SIZE_LIMIT, so reading it up front costs little.
 */
async function withBodyRead(request: Request): Promise<Request> {
	if (!request.body) return request;
	const body = await request.arrayBuffer();
	return new Request(request.url, { method: request.method, headers: request.headers, body });
}

export const GET = handler;
export const POST = handler;
