// Checks on requests before SvelteKit routes them: cross-site calls to the tRPC API, content
// types it does not speak, and declared bodies above the size limit.
//
// SvelteKit itself refuses cross-origin form posts (form content types, Origin != ORIGIN) on
// every route. JSON is not a form content type, so a page on another site could still send a
// `fetch` with a JSON body to /api/trpc using the visitor's cookie if the cookie travelled
// (SameSite=Lax stops that in current browsers, this check stops it everywhere).

import { TRPC_ERROR_CODES_BY_KEY, type TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const DEFAULT_BODY_LIMIT = 512 * 1024;

/** adapter-node's BODY_SIZE_LIMIT syntax (its own parser, mirrored): bytes, or a number with K, M or G. */
export function parseByteSize(value: string | undefined, fallback = DEFAULT_BODY_LIMIT): number {
	if (!value) return fallback;
	const units: Record<string, number> = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 };
	const multiplier = units[value[value.length - 1]?.toUpperCase()] ?? 1;
	const bytes = Number(multiplier !== 1 ? value.slice(0, -1) : value) * multiplier;
	return Number.isNaN(bytes) ? fallback : bytes;
}

export function bodySizeLimit(): number {
	return parseByteSize(process.env.BODY_SIZE_LIMIT);
}

export interface GuardRefusal {
	status: 403 | 413 | 415 | 503;
	code: TRPC_ERROR_CODE_KEY;
	message: string;
}

/**
 * A browser's cross-site request: a foreign Origin, or Sec-Fetch-Site saying another site sent
 * it. A request with neither header comes from a non-browser client (curl, scripts, the tests'
 * HTTP session) and carries no ambient credentials a third site could abuse, so it passes.
 */
export function isCrossSite(request: Request, appOrigin: string): boolean {
	const site = request.headers.get('sec-fetch-site');
	if (site && site !== 'same-origin' && site !== 'none') return true;
	const origin = request.headers.get('origin');
	return origin !== null && origin !== appOrigin;
}

export function guardRequest(request: Request, url: URL): GuardRefusal | null {
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > bodySizeLimit()) {
		return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' };
	}
	if (SAFE_METHODS.has(request.method) || !url.pathname.startsWith('/api/trpc')) return null;
	if (isCrossSite(request, url.origin)) {
		return {
			status: 403,
			code: 'FORBIDDEN',
			message: 'Cross-site requests to the API are not allowed'
		};
	}
	const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
	if (type !== 'application/json') {
		return {
			status: 415,
			code: 'UNSUPPORTED_MEDIA_TYPE',
			message: 'Send the API a JSON body (Content-Type: application/json)'
		};
	}
	return null;
}

/** A refusal shaped like a tRPC error (superjson envelope) on the API, so its client can read it. */
export function refusalResponse(refusal: GuardRefusal, url: URL): Response {
	if (!url.pathname.startsWith('/api/')) {
		return new Response(refusal.message, {
			status: refusal.status,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	const error = {
		message: refusal.message,
		code: TRPC_ERROR_CODES_BY_KEY[refusal.code],
		data: { code: refusal.code, httpStatus: refusal.status }
	};
	const body = url.pathname.startsWith('/api/trpc')
		? { error: { json: error } }
		: { ok: false, error: { code: refusal.code, message: refusal.message } };
	return new Response(JSON.stringify(body), {
		status: refusal.status,
		headers: { 'content-type': 'application/json' }
	});
}
