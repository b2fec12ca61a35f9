import { TRPCClientError } from '@trpc/client';

/** The `details` an AppError carried, as the procedure's error formatter passes them on. */
export function errorDetails<T>(error: unknown): T | undefined {
	if (!(error instanceof TRPCClientError)) return undefined;
	return (error.data as { details?: T } | undefined)?.details;
}

export function errorCode(error: unknown): string | undefined {
	if (!(error instanceof TRPCClientError)) return undefined;
	return (error.data as { code?: string } | undefined)?.code;
}
