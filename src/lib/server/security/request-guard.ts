// Checks on requests before SvelteKit routes them: cross-site requests that change things,
// content types the tRPC API does not speak, and declared bodies above the size limit.
//
// SvelteKit itself refuses cross-origin form posts (form content types, Origin != ORIGIN) on
// every route. JSON is not a form content type, so a page on another site could still send a
// `fetch` with a JSON body using the visitor's cookie if the cookie travelled (SameSite=Lax
// stops that in current browsers, this check stops it everywhere). The check covers every
// non-GET request, whatever its path: SvelteKit routes the percent-decoded path, so a prefix
// test on the raw one (`/api/%74rpc`) would not see what the router sees.

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

function bodySizeLimit(): number {
	return parseByteSize(process.env.BODY_SIZE_LIMIT);
}

export interface GuardRefusal {
	status: 400 | 403 | 413 | 415 | 503;
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

/**
 * The path SvelteKit routes: percent-decoded as its router decodes it (`%25` stays), so prefix
 * checks see `/api/%74rpc` as `/api/trpc`. A path that does not decode is returned as it is
 * (SvelteKit answers it with a 404).
 */
export function routePath(url: URL): string {
	try {
		return url.pathname.split('%25').map(decodeURI).join('%25');
	} catch {
		return url.pathname;
	}
}

/** Whether a routed path is under `prefix` (`/api/trpc` covers `/api/trpc` and `/api/trpc/x`). */
export function isUnder(path: string, prefix: string): boolean {
	return path === prefix || path.startsWith(`${prefix}/`);
}

export function guardRequest(request: Request, url: URL): GuardRefusal | null {
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > bodySizeLimit()) {
		return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' };
	}
	if (SAFE_METHODS.has(request.method)) return null;
	if (isCrossSite(request, url.origin)) {
		return {
			status: 403,
			code: 'FORBIDDEN',
			message: isUnder(routePath(url), '/api')
				? 'Cross-site requests to the API are not allowed'
				: 'Cross-site requests are not allowed'
		};
	}
	if (!isUnder(routePath(url), '/api/trpc')) return null;
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
export function refusalResponse(refusal: GuardRefusal, url: URL, request?: Request): Response {
	const path = routePath(url);
	if (!isUnder(path, '/api')) {
		// An enhanced form (SvelteKit's `use:enhance`) asks for JSON and reads an action result.
		if (request?.headers.get('accept') === 'application/json') {
			return new Response(JSON.stringify({ type: 'error', error: { message: refusal.message } }), {
				status: refusal.status,
				headers: { 'content-type': 'application/json' }
			});
		}
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
	const body = isUnder(path, '/api/trpc')
		? { error: { json: error } }
		: { ok: false, error: { code: refusal.code, message: refusal.message } };
	return new Response(JSON.stringify(body), {
		status: refusal.status,
		headers: { 'content-type': 'application/json' }
	});
}

const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

/**
 * Form posts to pages (actions) whose body cannot be read as a form: a malformed multipart
 * body, or `text/plain` (a content type browsers send, that no action reads). The action's
 * `request.formData()` would throw and answer 500; this answers 400 / 415 first. Reading a
 * clone costs little: bodies are capped by BODY_SIZE_LIMIT and only non-API posts are read.
 */
export async function guardFormBody(request: Request, url: URL): Promise<GuardRefusal | null> {
	if (request.method !== 'POST' || isUnder(routePath(url), '/api')) return null;
	const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
	if (type === 'text/plain') {
		return {
			status: 415,
			code: 'UNSUPPORTED_MEDIA_TYPE',
			message: 'Send forms as application/x-www-form-urlencoded or multipart/form-data'
		};
	}
	if (!FORM_TYPES.has(type)) return null;
	let body: ArrayBuffer;
	try {
		body = await request.clone().arrayBuffer();
	} catch (error) {
		// adapter-node stops a streamed body at BODY_SIZE_LIMIT with a 413 error.
		if ((error as { status?: number })?.status === 413) {
			return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' };
		}
		return { status: 400, code: 'BAD_REQUEST', message: 'The form could not be read' };
	}
	try {
		await new Response(body, {
			headers: { 'content-type': request.headers.get('content-type')! }
		}).formData();
		return null;
	} catch {
		return { status: 400, code: 'BAD_REQUEST', message: 'The form could not be read' };
	}
}
