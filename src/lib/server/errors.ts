// Errors the services raise on purpose. The tRPC layer, form actions and the external API each
// turn them into their own response; anything else is an unexpected 500 and is logged.

export type AppErrorCode =
	| 'BAD_REQUEST'
	| 'UNAUTHORIZED'
	| 'FORBIDDEN'
	| 'NOT_FOUND'
	| 'CONFLICT'
	| 'TOO_MANY_REQUESTS'
	| 'SERVICE_UNAVAILABLE';

export class AppError extends Error {
	override name = 'AppError';
	constructor(
		readonly code: AppErrorCode,
		message: string,
		readonly details?: Record<string, unknown>
	) {
		super(message);
	}
}

export const HTTP_STATUS: Record<AppErrorCode, number> = {
	BAD_REQUEST: 400,
	UNAUTHORIZED: 401,
	FORBIDDEN: 403,
	NOT_FOUND: 404,
	CONFLICT: 409,
	TOO_MANY_REQUESTS: 429,
	SERVICE_UNAVAILABLE: 503
};

export interface ImportProblem {
	/** 1-based item number, or line number for JSON lines */
	at: number;
	label: string;
	problems: string[];
}

/** One BAD_REQUEST naming the first problem of a refused import, with up to 200 of them. */
export function problemsError(kind: string, problems: ImportProblem[]) {
	const [first] = problems;
	const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
	return new AppError(
		'BAD_REQUEST',
		`Nothing was imported: ${kind} ${first.at} (${first.label}): ${first.problems.join('; ')}${more}`,
		{ problems: problems.slice(0, 200), problemCount: problems.length }
	);
}

interface PgErrorLike {
	code?: string;
	constraint?: string;
	constraint_name?: string;
	detail?: string;
}

const CONNECTION_ERROR_CODES = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'CONNECTION_CLOSED',
	'CONNECTION_ENDED',
	'CONNECTION_DESTROYED',
	'CONNECT_TIMEOUT',
	'EPIPE',
	'57P01',
	'57P02',
	'57P03'
]);

/**
 * Maps a database error to an AppError where the cause is the caller's input or a lost
 * connection; returns undefined for real bugs. Never copies SQL into the message.
 */
export function fromDatabaseError(error: unknown): AppError | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 4 && current; depth++) {
		const e = current as PgErrorLike & { cause?: unknown };
		const constraint = e.constraint ?? e.constraint_name;
		switch (e.code) {
			case '23505':
				return new AppError('CONFLICT', 'That already exists', { constraint });
			case '23514':
				return new AppError('BAD_REQUEST', `A value is out of range (${constraint ?? 'check'})`, {
					constraint
				});
			case '23503':
				return new AppError('BAD_REQUEST', 'A referenced record does not exist', { constraint });
			case '22P02':
			case '22P05':
			case '22021':
			case '22001':
			case '22003':
			case '22007':
			case '22008':
				return new AppError('BAD_REQUEST', 'A value has the wrong format');
			case '40001':
			case '40P01':
				return new AppError('CONFLICT', 'A concurrent change got in the way, try again');
			case '57014':
				return new AppError('SERVICE_UNAVAILABLE', 'The database took too long to answer');
		}
		if (e.code && CONNECTION_ERROR_CODES.has(e.code)) {
			return new AppError('SERVICE_UNAVAILABLE', 'The database is unavailable, try again shortly');
		}
		current = e.cause;
	}
	return undefined;
}

export function toAppError(error: unknown): AppError | undefined {
	if (error instanceof AppError) return error;
	return fromDatabaseError(error);
}
