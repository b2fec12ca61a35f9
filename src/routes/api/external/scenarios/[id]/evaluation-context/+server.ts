import { externalGet, methodNotAllowed } from '$lib/server/external-api/http';
import { evaluationContextOperation } from '$lib/server/external-api/operations';
import { evaluationContext } from '$lib/server/external-api/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = externalGet(evaluationContextOperation, ({ db, params }) =>
	evaluationContext(db, params.id)
);

export const fallback = methodNotAllowed;
