import { externalGet, methodNotAllowed } from '$lib/server/external-api/http';
import { listSkillsOperation } from '$lib/server/external-api/operations';
import { listActiveSkills } from '$lib/server/external-api/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = externalGet(listSkillsOperation, ({ db }) =>
	listActiveSkills(db)
);

export const fallback = methodNotAllowed;
