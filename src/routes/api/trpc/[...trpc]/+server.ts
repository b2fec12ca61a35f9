import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { RequestHandler } from './$types';
import { createContext } from '$lib/server/trpc/context';
import { appRouter } from '$lib/server/trpc/root';

const handler: RequestHandler = async (event) =>
	fetchRequestHandler({
		endpoint: '/api/trpc',
		req: await withBodyRead(event.request),
		router: appRouter,
		createContext: () => createContext(event)
	});

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
