import { toAppError } from '../errors';
import { logger } from '../logger';
import type { ErrorBody, ErrorCode } from './schemas';

export const ERROR_STATUS: Record<ErrorCode, number> = {
	BAD_REQUEST: 400,
	UNAUTHORIZED: 401,
	NOT_FOUND: 404,
	METHOD_NOT_ALLOWED: 405,
	TOO_MANY_REQUESTS: 429,
	INTERNAL_SERVER_ERROR: 500,
	SERVICE_UNAVAILABLE: 503
};

export class ApiError extends Error {
	override name = 'ApiError';
	constructor(
		readonly code: ErrorCode,
		message: string,
		readonly extra: { parameter?: string; headers?: Record<string, string> } = {}
	) {
		super(message);
	}
}

export function badParameter(parameter: string, problem: string) {
	return new ApiError('BAD_REQUEST', `Query parameter "${parameter}" ${problem}`, { parameter });
}

export function errorResponse(error: ApiError, headers: Record<string, string> = {}): Response {
	const body: ErrorBody = {
		ok: false,
		error: {
			code: error.code,
			message: error.message,
			...(error.extra.parameter ? { parameter: error.extra.parameter } : {})
		}
	};
	return new Response(JSON.stringify(body), {
		status: ERROR_STATUS[error.code],
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Cache-Control': 'no-store',
			...headers,
			...error.extra.headers
		}
	});
}

/** Any thrown value as an API error; real bugs are logged and answered without detail. */
export function asApiError(error: unknown, path: string): ApiError {
	if (error instanceof ApiError) return error;
	const known = toAppError(error);
	if (known?.code === 'SERVICE_UNAVAILABLE') {
		return new ApiError('SERVICE_UNAVAILABLE', 'The service is briefly unavailable, try again', {
			headers: { 'Retry-After': '5' }
		});
	}
	if (known?.code === 'BAD_REQUEST' || known?.code === 'NOT_FOUND') {
		return new ApiError(known.code, known.message);
	}
	logger.error('external api request failed', { path, error });
	return new ApiError('INTERNAL_SERVER_ERROR', 'Something went wrong on our side');
}
