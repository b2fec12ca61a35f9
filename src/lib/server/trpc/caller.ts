import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { ZodError } from 'zod';
import { describeIssues } from '../../schemas/messages';
import { scenarioSlugSchema } from '../../schemas/scenario';
import { createContext } from './context';
import { createCaller } from './root';

/** Server loads call procedures directly (no HTTP hop), as the signed-in user of the request. */
export function callerFor(event: RequestEvent) {
	return createCaller(createContext(event));
}

/**
 * The words a page may show for a procedure's expected error. A refused input is described by
 * its issues: the TRPCError's own message is then zod's issue list as JSON, which no page shows.
 */
export function publicMessage(e: TRPCError): string {
	return e.cause instanceof ZodError ? describeIssues(e.cause.issues) : e.message;
}

/**
 * A form action's refused call: an expected error comes back as the form's message, with `extra`
 * (what was typed, the form's key); anything else is thrown.
 */
export function refused<T extends object>(e: unknown, extra: T) {
	if (e instanceof TRPCError && e.code !== 'INTERNAL_SERVER_ERROR') {
		return fail(getHTTPStatusCodeFromError(e), { ...extra, message: publicMessage(e) });
	}
	throw e;
}

/** Runs a procedure call in a load; its expected errors become the matching error page. */
export async function loadOrError<T>(call: Promise<T>): Promise<T> {
	try {
		return await call;
	} catch (e) {
		if (e instanceof TRPCError && e.code !== 'INTERNAL_SERVER_ERROR') {
			error(getHTTPStatusCodeFromError(e), { message: publicMessage(e), code: e.code });
		}
		throw e;
	}
}

/**
 * A list page's load: a refused or failed list (a stale or mangled page cursor, the database
 * briefly away) keeps the page and its filters, with a plain notice in place of the results.
 * The library and the marketplace behave the same way.
 */
export async function listOrNotice<T>(
	call: Promise<T>,
	what: string,
	log: (error: unknown) => void
): Promise<{ page: T; error: null } | { page: null; error: string }> {
	try {
		return { page: await call, error: null };
	} catch (e) {
		const expected = e instanceof TRPCError && e.code !== 'INTERNAL_SERVER_ERROR';
		if (!expected) log(e);
		return {
			page: null,
			error: expected ? publicMessage(e as TRPCError) : `${what} could not be loaded just now.`
		};
	}
}

/**
 * A scenario address from the URL, or the plain 404 page: a slug that cannot exist (an emoji,
 * 5,000 characters) is "no such page", exactly like an unknown one, never a 400 with zod's issues.
 */
export function scenarioSlugOr404(slug: string): string {
	const parsed = scenarioSlugSchema.safeParse(slug);
	if (!parsed.success) error(404, { message: 'No scenario with that address', code: 'NOT_FOUND' });
	return parsed.data;
}
