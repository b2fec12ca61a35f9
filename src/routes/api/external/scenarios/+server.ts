import { externalGet, methodNotAllowed } from '$lib/server/external-api/http';
import { listScenariosOperation } from '$lib/server/external-api/operations';
import { listExternalScenarios } from '$lib/server/external-api/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = externalGet(listScenariosOperation, ({ db, query }) =>
	listExternalScenarios(db, query)
);

export const fallback = methodNotAllowed;
