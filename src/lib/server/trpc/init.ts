import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { Role } from '../../schemas/enums';
import { hasRole } from '../../domain/roles';
import { CHILD_MODE_MESSAGES } from '../../schemas/family';
import { describeIssues } from '../../schemas/messages';
import { MUTATION_KEY_PREFIX, MUTATIONS_PER_USER } from '../security/limits';
import { toAppError } from '../errors';
import { logger } from '../logger';
import { enforceRateLimit, tooManyRequests } from '../security/rate-limit';
import type { Context } from './context';
import { transformer } from './transformer';

/** `childMode`: the procedure is one a session in child mode may call (the child's quests). */
export interface Meta {
	childMode?: boolean;
}

const builder = initTRPC.context<Context>().meta<Meta>();

const t = builder.create({
	// superjson, with the input read defensively (see transformer.ts)
	transformer,
	errorFormatter({ shape, error }) {
		const zod = error.cause instanceof ZodError ? error.cause : null;
		const details =
			error.cause && 'details' in error.cause
				? (error.cause as { details?: unknown }).details
				: undefined;
		return {
			...shape,
			// Unexpected errors keep their generic message: no SQL, no stack, no internals. An
			// invalid input is said in words (zod's own message is its issues as JSON).
			message:
				error.code === 'INTERNAL_SERVER_ERROR'
					? 'Something went wrong on our side'
					: zod
						? describeIssues(zod.issues)
						: shape.message,
			data: {
				code: shape.data.code,
				httpStatus: shape.data.httpStatus,
				path: shape.data.path,
				zodIssues: zod
					? zod.issues.map((i) => ({ path: i.path, message: i.message, code: i.code }))
					: undefined,
				details: details ?? undefined
			}
		};
	}
});

/** Turns the services' AppErrors and database errors into the matching tRPC codes. */
const errorMapping = t.middleware(async ({ next, path }) => {
	const result = await next();
	if (!result.ok) {
		const cause = result.error.cause;
		if (result.error.code === 'INTERNAL_SERVER_ERROR') {
			const mapped = toAppError(cause);
			if (mapped)
				throw new TRPCError({ code: mapped.code, message: mapped.message, cause: mapped });
			logger.error('procedure failed', { path, error: cause ?? result.error });
		}
	}
	return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/**
 * Child mode (PRODUCT.md, "Quests for children and families"): while the caller's session is in
 * it, every procedure but the child's own answers FORBIDDEN. The hooks keep pages on /child; this
 * covers the API, including the procedures open to signed-out visitors.
 */
const childModeGate = t.middleware(({ ctx, meta, next }) => {
	if (ctx.user?.childMode && !meta?.childMode) {
		throw new TRPCError({ code: 'FORBIDDEN', message: CHILD_MODE_MESSAGES.on });
	}
	return next();
});

export const publicProcedure = t.procedure.use(errorMapping).use(childModeGate);

/**
 * Signed in: narrows ctx.user to non-null. Each mutation counts against the caller's limit
 * (kept in the database, so it holds across app servers). Over HTTP the session lookup has
 * counted the request's calls already (ctx.mutationLimit; a batch's calls all at once).
 */
export const authedProcedure = publicProcedure.use(async ({ ctx, type, next }) => {
	if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
	if (type === 'mutation') {
		if (!ctx.mutationLimit) {
			await enforceRateLimit(ctx.db, MUTATION_KEY_PREFIX + ctx.user.id, MUTATIONS_PER_USER);
		} else if (!ctx.mutationLimit.allowed) {
			throw tooManyRequests(ctx.mutationLimit);
		}
	}
	return next({ ctx: { ...ctx, user: ctx.user } });
});

function requireRole(role: Role, reason: string) {
	return authedProcedure.use(({ ctx, next }) => {
		if (!hasRole(ctx.user, role)) throw new TRPCError({ code: 'FORBIDDEN', message: reason });
		return next();
	});
}

export const reviewerProcedure = requireRole('reviewer', 'Only psychologist reviewers can do this');
export const adminProcedure = requireRole('admin', 'Only admins can do this');

/** The child's own procedures: only a session in child mode, for the child it is in it for. */
export const childProcedure = authedProcedure.meta({ childMode: true }).use(({ ctx, next }) => {
	const child = ctx.user.childMode;
	if (!child) throw new TRPCError({ code: 'FORBIDDEN', message: CHILD_MODE_MESSAGES.off });
	return next({ ctx: { ...ctx, child } });
});
