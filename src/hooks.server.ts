import { redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import {
	clearSessionCookie,
	readSessionToken,
	sessionPolicy,
	useSecureCookies
} from '$lib/server/auth/cookies';
import { validateSessionToken } from '$lib/server/auth/session';
import { closeDatabase, database } from '$lib/server/db';
import { ensureAppDatabaseReady } from '$lib/server/bootstrap/prepare';
import { env } from '$lib/server/env';
import { compressPage } from '$lib/server/http/compress';
import { trpcCallCount } from '$lib/trpc/batch';
import { logger } from '$lib/server/logger';
import { applySecurityHeaders, withMutableHeaders } from '$lib/server/security/headers';
import { keyedHashKey } from '$lib/server/security/keyed-hash';
import {
	guardFormBody,
	guardRequest,
	isUnder,
	refusalResponse,
	routePath
} from '$lib/server/security/request-guard';
import {
	asUnavailable,
	isServiceUnavailable,
	RETRY_AFTER_UNAVAILABLE,
	retryAfterFromTrpcBody,
	unavailableResponse
} from '$lib/server/security/unavailable';

// After SIGTERM adapter-node stops accepting connections, lets in-flight requests finish, then
// emits this. Anything still holding the event loop open (a timer, a socket) must not keep a
// stopped server alive: exit shortly after the database is closed.
const EXIT_GRACE_MS = 500;

export const init: ServerInit = async () => {
	env();
	await ensureAppDatabaseReady(database());
	// Made now rather than by the first sign-in, so that no request's answer depends on it.
	await keyedHashKey(database().db);
	process.once('sveltekit:shutdown', () => {
		void closeDatabase()
			.catch((error) => logger.warn('closing the database failed', { error }))
			.finally(() => setTimeout(() => process.exit(0), EXIT_GRACE_MS).unref());
	});
	logger.info('ready', { db: database().kind });
};

/** Requests whose failure was the database being unreachable (set by handleError). */
const unavailable = new WeakSet<Request>();

const securityHeaders: Handle = async ({ event, resolve }) => {
	let response = withMutableHeaders(await resolve(event));
	// The path the router saw (`/api/%74rpc` is `/api/trpc`), not the raw one.
	const path = routePath(event.url);
	if (response.status === 500 && unavailable.has(event.request)) {
		response = asUnavailable(response);
	}
	if (response.status === 503 && !response.headers.has('retry-after')) {
		response.headers.set('Retry-After', String(RETRY_AFTER_UNAVAILABLE));
	}
	if (
		response.status === 429 &&
		isUnder(path, '/api/trpc') &&
		!response.headers.has('retry-after')
	) {
		const seconds = await retryAfterFromTrpcBody(response);
		if (seconds) response.headers.set('Retry-After', String(seconds));
	}
	applySecurityHeaders(response.headers, {
		https: useSecureCookies(event.url),
		api: isUnder(path, '/api'),
		// A signed-in person's pages and their data carry what only they may see: no cache
		// (browser back/forward, a shared proxy) may keep them. Signed-out pages are untouched.
		personal:
			!!event.locals.user &&
			(event.isDataRequest || (response.headers.get('content-type') ?? '').startsWith('text/html'))
	});
	return response;
};

/** CSRF, content types, declared body sizes and unreadable forms (see request-guard.ts). */
const guard: Handle = async ({ event, resolve }) => {
	const refusal =
		guardRequest(event.request, event.url) ?? (await guardFormBody(event.request, event.url));
	if (refusal) return refusalResponse(refusal, event.url, event.request);
	return resolve(event);
};

/** tRPC sends mutations, and only mutations, as POSTs to /api/trpc. */
function mutationCalls(request: Request, url: URL): number {
	if (request.method !== 'POST') return 0;
	const path = routePath(url);
	return isUnder(path, '/api/trpc') ? trpcCallCount(url, path.slice('/api/trpc/'.length)) : 0;
}

const session: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	event.locals.mutationLimit = null;
	const token = readSessionToken(event.cookies, event.url);
	if (token) {
		let valid;
		try {
			valid = await validateSessionToken(
				database().db,
				token,
				sessionPolicy(),
				mutationCalls(event.request, event.url)
			);
		} catch (error) {
			// Treating the visitor as signed out would answer 401 and clear a valid cookie.
			if (isServiceUnavailable(error)) return unavailableResponse(event.url);
			throw error;
		}
		if (valid) {
			event.locals.user = valid.user;
			event.locals.session = { id: valid.id, expiresAt: valid.expiresAt };
			event.locals.mutationLimit = valid.mutationLimit;
		} else {
			clearSessionCookie(event.cookies, event.url);
		}
	}
	return resolve(event);
};

/**
 * Child mode: a session in it reaches only the child's pages (/child/**), the API (whose
 * procedures refuse everything but the child's own, trpc/init.ts) and the health check; every
 * other page, /logout and /family included, answers 303 to /child. SvelteKit turns a redirect
 * thrown here into the right answer for a data request or an enhanced form too.
 */
function childModeAllows(path: string): boolean {
	return (
		isUnder(path, '/child') ||
		isUnder(path, '/api/trpc') ||
		isUnder(path, '/api/health') ||
		isUnder(path, '/_app')
	);
}

const childMode: Handle = ({ event, resolve }) => {
	if (event.locals.user?.childMode && !childModeAllows(routePath(event.url))) {
		redirect(303, '/child');
	}
	return resolve(event);
};

/** Outermost, so the page it compresses is the finished one (headers included). */
const compression: Handle = async ({ event, resolve }) =>
	compressPage(event.request, event.isDataRequest, await resolve(event));

export const handle: Handle = sequence(compression, securityHeaders, guard, session, childMode);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (isServiceUnavailable(error)) {
		unavailable.add(event.request);
		return {
			message: 'The service is briefly unavailable, try again in a moment',
			code: 'SERVICE_UNAVAILABLE'
		};
	}
	if (status === 413) return { message: 'The request body is too large' };
	if (status !== 404) logger.error('request failed', { path: event.url.pathname, status, error });
	return { message: status === 404 ? 'Not found' : 'Something went wrong on our side' };
};
