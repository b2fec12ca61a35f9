import { TRPCError } from '@trpc/server';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { toAppError } from '../errors';
import { isUnder, routePath } from './request-guard';

/** Seconds a client should wait before retrying while the database is unreachable. */
export const RETRY_AFTER_UNAVAILABLE = 5;

const MESSAGE = 'The service is briefly unavailable, try again in a moment';

/** Whether an error (or one of its causes) means the database cannot be reached right now. */
export function isServiceUnavailable(error: unknown): boolean {
	let current: unknown = error;
	for (let depth = 0; depth < 6 && current; depth++) {
		if (current instanceof TRPCError && current.code === 'SERVICE_UNAVAILABLE') return true;
		if (toAppError(current)?.code === 'SERVICE_UNAVAILABLE') return true;
		current = (current as { cause?: unknown }).cause;
	}
	return false;
}

/** A 503 in the shape each kind of client reads: tRPC envelope, API JSON, or a plain page. */
export function unavailableResponse(url: URL): Response {
	const headers = new Headers({ 'retry-after': String(RETRY_AFTER_UNAVAILABLE) });
	const path = routePath(url);
	if (isUnder(path, '/api')) {
		headers.set('content-type', 'application/json');
		const error = {
			message: MESSAGE,
			code: TRPC_ERROR_CODES_BY_KEY.SERVICE_UNAVAILABLE,
			data: { code: 'SERVICE_UNAVAILABLE', httpStatus: 503 }
		};
		const body = isUnder(path, '/api/trpc')
			? { error: { json: error } }
			: { ok: false, error: { code: 'SERVICE_UNAVAILABLE', message: MESSAGE } };
		return new Response(JSON.stringify(body), { status: 503, headers });
	}
	if (path.endsWith('/__data.json')) {
		// A client-side navigation's data: SvelteKit reads a JSON body as the error, so the error
		// page gets the same message and code as after a full page load (src/lib/error-page.ts).
		headers.set('content-type', 'application/json');
		return new Response(JSON.stringify({ message: MESSAGE, code: 'SERVICE_UNAVAILABLE' }), {
			status: 503,
			headers
		});
	}
	headers.set('content-type', 'text/html; charset=utf-8');
	return new Response(
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Briefly unavailable · Scenario Hub</title></head>` +
			`<body><h1>Briefly unavailable</h1><p>${MESSAGE}.</p><p><a href="${escapeHtml(url.pathname)}">Try again</a></p></body></html>`,
		{ status: 503, headers }
	);
}

function escapeHtml(text: string) {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Responses whose error was the database being down: 500 becomes 503 with Retry-After. */
export function asUnavailable(response: Response): Response {
	const headers = new Headers(response.headers);
	headers.set('retry-after', String(RETRY_AFTER_UNAVAILABLE));
	return new Response(response.body, { status: 503, headers });
}

/** tRPC puts TOO_MANY_REQUESTS in the body; the Retry-After header comes from its details. */
export async function retryAfterFromTrpcBody(response: Response): Promise<number | null> {
	try {
		const body = (await response.clone().json()) as unknown;
		const items = Array.isArray(body) ? body : [body];
		let seconds: number | null = null;
		for (const item of items) {
			const value = (
				item as { error?: { json?: { data?: { details?: { retryAfterSeconds?: unknown } } } } }
			)?.error?.json?.data?.details?.retryAfterSeconds;
			if (typeof value === 'number' && value > 0) seconds = Math.max(seconds ?? 0, value);
		}
		return seconds;
	} catch {
		return null;
	}
}
