import { createHash } from 'node:crypto';
import type { RequestEvent, RequestHandler } from '@sveltejs/kit';
import { z } from 'zod';
import { database } from '../db';
import type { Db } from '../db/client';
import { authenticate } from './auth';
import { ApiError, asApiError, badParameter, errorResponse } from './errors';
import type { Operation } from './operations';

type AnyObject = z.ZodObject<z.ZodRawShape>;
type Output<S> = S extends z.ZodType ? z.output<S> : Record<string, never>;

/** True for parameters whose schema (optional or defaulted or not) is an array. */
export function isListParameter(schema: z.ZodType): boolean {
	let current: z.ZodType = schema;
	for (let depth = 0; depth < 5; depth++) {
		const def = current._zod.def as { type: string; innerType?: z.ZodType };
		if (def.type === 'array') return true;
		if (!def.innerType) return false;
		current = def.innerType;
	}
	return false;
}

/**
 * Query string -> validated parameters. List parameters are comma-separated (repeating the
 * parameter appends); empty values count as absent; other parameters may appear once. Unknown
 * parameters are ignored so that clients can add optional ones before the server knows them.
 */
export function readQuery<S extends AnyObject>(url: URL, schema: S): z.output<S> {
	const raw: Record<string, unknown> = {};
	for (const [name, field] of Object.entries(schema.shape)) {
		const values = url.searchParams
			.getAll(name)
			.map((v) => v.trim())
			.filter((v) => v !== '');
		if (isListParameter(field as z.ZodType)) {
			const items = values.flatMap((v) => v.split(',').map((item) => item.trim()));
			if (items.some((item) => item === '')) throw badParameter(name, 'has an empty list item');
			if (items.length > 0) raw[name] = items;
		} else if (values.length > 1) {
			throw badParameter(name, 'may be given only once');
		} else if (values.length === 1) {
			raw[name] = values[0];
		}
	}
	return parseOrThrow(schema, raw, 'Query parameter');
}

export function readParams<S extends AnyObject>(params: Record<string, string>, schema: S) {
	return parseOrThrow(schema, params, 'Path parameter');
}

function parseOrThrow<S extends AnyObject>(
	schema: S,
	raw: Record<string, unknown>,
	kind: string
): z.output<S> {
	const result = schema.safeParse(raw);
	if (result.success) return result.data;
	const issue = result.error.issues[0];
	const name = String(issue.path[0] ?? '');
	const problem = raw[name] === undefined ? 'is required' : issue.message;
	throw new ApiError('BAD_REQUEST', `${kind} "${name}" ${problem}`, { parameter: name });
}

/** A strong validator over the exact bytes sent, so it changes whenever the answer does. */
export function etagOf(body: string): string {
	return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

function matchesEtag(header: string | null, etag: string): boolean {
	if (!header) return false;
	return header
		.split(',')
		.map((tag) => tag.trim().replace(/^W\//, ''))
		.some((tag) => tag === '*' || tag === etag);
}

/** 200 with an ETag, or 304 without a body when the client already holds this exact answer. */
export function jsonWithEtag(
	request: Request,
	body: unknown,
	headers: Record<string, string> = {}
): Response {
	const text = JSON.stringify(body);
	const etag = etagOf(text);
	const common = { ETag: etag, 'Cache-Control': 'private, no-cache', ...headers };
	if (matchesEtag(request.headers.get('if-none-match'), etag)) {
		return new Response(null, { status: 304, headers: common });
	}
	return new Response(text, {
		status: 200,
		headers: { 'Content-Type': 'application/json; charset=utf-8', ...common }
	});
}

export interface ExternalContext<Q, P> {
	db: Db;
	query: Q;
	params: P;
	event: RequestEvent;
}

/**
 * A GET handler for one operation: key check and rate limit, then parameters, then the body,
 * which is parsed by the operation's response schema before it is sent, so nothing outside the
 * documented shape can leave. Returning null answers 404.
 */
export function externalGet<
	Q extends AnyObject | undefined,
	P extends AnyObject | undefined,
	R extends z.ZodType
>(
	op: Operation<Q, P, R>,
	run: (context: ExternalContext<Output<Q>, Output<P>>) => Promise<unknown | null>
): RequestHandler {
	return async (event) => {
		let rateHeaders: Record<string, string> = {};
		try {
			const db = database().db;
			const key = await authenticate(db, event.request);
			rateHeaders = {
				'X-RateLimit-Limit': String(key.rateLimit.limit),
				'X-RateLimit-Remaining': String(key.rateLimit.remaining)
			};
			const query = (op.query ? readQuery(event.url, op.query) : {}) as Output<Q>;
			const params = (op.params ? readParams(event.params, op.params) : {}) as Output<P>;
			const data = await run({ db, query, params, event });
			if (data === null) throw new ApiError('NOT_FOUND', 'No scenario with that id is listed');
			return jsonWithEtag(event.request, op.response.parse({ ok: true, data }), rateHeaders);
		} catch (error) {
			return errorResponse(asApiError(error, event.url.pathname), rateHeaders);
		}
	};
}

/** For methods other than GET/HEAD on a known path. */
export const methodNotAllowed: RequestHandler = async ({ request }) =>
	errorResponse(new ApiError('METHOD_NOT_ALLOWED', `${request.method} is not supported here`), {
		Allow: 'GET, HEAD'
	});
