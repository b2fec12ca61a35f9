import type { SessionUser } from '$lib/server/auth/session';
import type { RateLimitResult } from '$lib/server/security/rate-limit';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			session: { id: string; expiresAt: Date } | null;
			/**
			 * A signed-in POST to /api/trpc: its mutation calls, counted against the user's limit
			 * by the session lookup itself (auth/session.ts). Null otherwise.
			 */
			mutationLimit: RateLimitResult | null;
		}
		interface Error {
			message: string;
			code?: string;
		}
	}
}

export {};
