import type { TRPCClient } from '@trpc/client';
import type { AppRouter } from '$lib/server/trpc/root';

type Client = TRPCClient<AppRouter>;

let loading: Promise<Client> | undefined;

/** The real client, built the first time a procedure is called. */
function load(): Promise<Client> {
	loading ??= Promise.all([import('@trpc/client'), import('superjson')]).then(
		([{ createTRPCClient, httpBatchLink }, { default: superjson }]) =>
			createTRPCClient<AppRouter>({
				links: [httpBatchLink({ url: '/api/trpc', transformer: superjson })]
			})
	);
	return loading;
}

/**
 * Stands in for the client until the first call: `trpc.a.b.mutate(input)` walks the same path
 * on the real one. Pages that only read server-rendered data (the library, for a visitor) so
 * never download tRPC or superjson; the first click pays for one small cached chunk instead.
 */
function lazyPath(path: string[]): unknown {
	return new Proxy(() => undefined, {
		get: (_target, key) => (typeof key === 'string' ? lazyPath([...path, key]) : undefined),
		apply: async (_target, _this, args: unknown[]) => {
			let target: unknown = await load();
			for (const key of path) target = (target as Record<string, unknown>)[key];
			return (target as (...a: unknown[]) => unknown)(...args);
		}
	});
}

/** The browser's tRPC client. Only the router's type crosses into the browser bundle. */
export const trpc = lazyPath([]) as Client;

// Errors are recognised by name: `instanceof` would need the client's code in every page.
function isClientError(error: unknown): error is Error & { data?: unknown } {
	return error instanceof Error && error.name === 'TRPCClientError';
}

/** A sentence a person can act on, from whatever a procedure threw. */
export function errorMessage(error: unknown): string {
	if (isClientError(error)) {
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
	return isClientError(error) && (error.data as { code?: string } | undefined)?.code === code;
}
