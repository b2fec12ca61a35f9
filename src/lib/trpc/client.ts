import type { TRPCClient } from '@trpc/client';
import { toast } from '$lib/toast.svelte';
import type { AppRouter } from '$lib/server/trpc/root';
import { describeIssues } from '$lib/schemas/messages';
import { MAX_BATCH_SIZE } from './batch';

type Client = TRPCClient<AppRouter>;

let loading: Promise<Client> | undefined;

/** The real client, built the first time a procedure is called. */
function load(): Promise<Client> {
	loading ??= Promise.all([import('@trpc/client'), import('superjson')]).then(
		([{ createTRPCClient, httpBatchLink }, { default: superjson }]) =>
			createTRPCClient<AppRouter>({
				links: [
					httpBatchLink({ url: '/api/trpc', transformer: superjson, maxItems: MAX_BATCH_SIZE })
				]
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

/** What the server's error formatter adds to a procedure's error (see server/trpc/init.ts). */
interface ErrorData {
	code?: string;
	zodIssues?: { message: string; path?: PropertyKey[] }[];
	/** the `details` an AppError carried */
	details?: unknown;
}

function errorData(error: unknown): ErrorData | undefined {
	return isClientError(error) ? (error.data as ErrorData | undefined) : undefined;
}

/** A sentence a person can act on, from whatever a procedure threw. */
export function errorMessage(error: unknown): string {
	if (isClientError(error)) {
		const data = errorData(error);
		// Each in plain words (schemas/messages.ts), led by the field it is about.
		if (data?.zodIssues?.length) return describeIssues(data.zodIssues);
		if (data?.code === 'UNAUTHORIZED') return 'Please sign in first.';
		if (error.message === 'Failed to fetch')
			return 'No connection. Check your network and try again.';
		return error.message;
	}
	if (error instanceof Error) return error.message;
	return 'Something went wrong.';
}

/**
 * The one way a failed call is shown when there is no form to put the message in: a toast,
 * led by what was being done ("Couldn’t start"). Returns the message for a live region or an
 * inline alert that also wants it.
 */
export function handleError(error: unknown, prefix?: string): string {
	const message = errorMessage(error);
	toast.error(prefix ? `${prefix}: ${message}` : message);
	return message;
}

export function isTRPCError(error: unknown, code: string): boolean {
	return errorData(error)?.code === code;
}

/** The `details` an AppError carried (a conflict's current values, a bulk edit's bad rows). */
export function errorDetails<T>(error: unknown): T | undefined {
	return errorData(error)?.details as T | undefined;
}
