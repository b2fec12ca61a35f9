import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import superjson from 'superjson';
import type { AppRouter } from '$lib/server/trpc/root';

/** The browser's tRPC client. Only the router's type crosses into the browser bundle. */
export const trpc = createTRPCClient<AppRouter>({
	links: [httpBatchLink({ url: '/api/trpc', transformer: superjson })]
});

/** A sentence a person can act on, from whatever a procedure threw. */
export function errorMessage(error: unknown): string {
	if (error instanceof TRPCClientError) {
		const data = error.data as { code?: string; zodIssues?: { message: string }[] } | undefined;
		if (data?.zodIssues?.length) return data.zodIssues.map((i) => i.message).join('; ');
		if (data?.code === 'UNAUTHORIZED') return 'Please sign in first.';
		if (error.message === 'Failed to fetch')
			return 'No connection. Check your network and try again.';
		return error.message;
	}
	if (error instanceof Error) return error.message;
	return 'Something went wrong.';
}

export function isTRPCError(error: unknown, code: string): boolean {
	return (
		error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === code
	);
}
