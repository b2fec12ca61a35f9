import { gunzipSync } from 'node:zlib';
import type { RequestEvent } from '@sveltejs/kit';
import { AppError, HTTP_STATUS, toAppError } from '../errors';
import { logger } from '../logger';
import { hasRole } from '../../domain/roles';
import type { SessionUser } from '../auth/session';

// The console's long operations (applying the backfill, the two imports) answer as a stream of
// JSON lines: `progress` lines while the single transaction works through its rows, then one
// `done` (with the result) or `error` line. One request holds the transaction, so it stays
// atomic, and the progress comes from the same server that runs it.

export type StreamLine =
	| { type: 'progress'; done: number; total: number }
	| { type: 'done'; result: unknown }
	| { type: 'error'; code: string; message: string; details?: unknown };

const UPLOAD_LIMIT = 64 * 1024 * 1024;

function jsonError(status: number, code: string, message: string) {
	return new Response(JSON.stringify({ type: 'error', code, message }), {
		status,
		headers: { 'content-type': 'application/json' }
	});
}

/**
 * The signed-in admin, or the refusal to return. These endpoints sit outside tRPC and the
 * admin layout's load, so they check for themselves; a foreign Origin is refused too.
 */
export function adminFromRequest(event: RequestEvent): SessionUser | Response {
	const origin = event.request.headers.get('origin');
	if (origin !== null && origin !== event.url.origin) {
		return jsonError(403, 'FORBIDDEN', 'Cross-site requests are not allowed');
	}
	const user = event.locals.user;
	if (!user) return jsonError(401, 'UNAUTHORIZED', 'Sign in first');
	if (!hasRole(user, 'admin')) return jsonError(403, 'FORBIDDEN', 'Only admins can do this');
	return user;
}

/**
 * The uploaded text. The browser gzips files (content-type application/gzip) so exports and
 * legacy dumps several times BODY_SIZE_LIMIT still fit; plain text or JSON is accepted too.
 */
export async function readUpload(request: Request): Promise<string> {
	const type = (request.headers.get('content-type') ?? '').split(';')[0].trim();
	const bytes = Buffer.from(await request.arrayBuffer());
	if (type === 'application/gzip') {
		try {
			return gunzipSync(bytes, { maxOutputLength: UPLOAD_LIMIT }).toString('utf8');
		} catch {
			throw new AppError('BAD_REQUEST', 'The upload is not valid gzip or is too large');
		}
	}
	if (type === 'application/json' || type === 'application/x-ndjson') return bytes.toString('utf8');
	throw new AppError('BAD_REQUEST', 'Send the file as application/gzip, JSON or JSON lines');
}

export function progressStream(
	run: (report: (done: number, total: number) => void) => Promise<unknown>
): Response {
	const encoder = new TextEncoder();
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const send = (line: StreamLine) =>
				controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
			let last = -1;
			try {
				const result = await run((done, total) => {
					// One line per percent at most: a big import should not flood the connection.
					const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
					if (percent === last) return;
					last = percent;
					send({ type: 'progress', done, total });
				});
				send({ type: 'done', result });
			} catch (error) {
				const known = toAppError(error);
				if (!known) logger.error('admin stream failed', { error });
				send({
					type: 'error',
					code: known?.code ?? 'INTERNAL_SERVER_ERROR',
					message: known?.message ?? 'Something went wrong on our side',
					details: known?.details
				});
			} finally {
				controller.close();
			}
		}
	});
	return new Response(stream, {
		headers: {
			'content-type': 'application/x-ndjson; charset=utf-8',
			'cache-control': 'no-store',
			'x-accel-buffering': 'no'
		}
	});
}

/** An error before streaming starts (bad upload) as the same JSON line, with its HTTP status. */
export function errorResponse(error: unknown): Response {
	const known = toAppError(error);
	if (!known) throw error;
	return jsonError(HTTP_STATUS[known.code], known.code, known.message);
}
