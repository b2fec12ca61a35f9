import { externalGet, methodNotAllowed } from '$lib/server/external-api/http';
import { assignmentsOperation } from '$lib/server/external-api/operations';
import { pickExternalAssignments } from '$lib/server/external-api/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = externalGet(assignmentsOperation, ({ db, query }) =>
	pickExternalAssignments(db, query)
);

export const fallback = methodNotAllowed;
