import { jsonWithEtag, methodNotAllowed } from '$lib/server/external-api/http';
import { openApiDocument } from '$lib/server/external-api/openapi';
import type { RequestHandler } from './$types';

// Public: the description of the API is no secret, and tools fetch it without a key.
export const GET: RequestHandler = async ({ request }) => jsonWithEtag(request, openApiDocument());

export const fallback = methodNotAllowed;
