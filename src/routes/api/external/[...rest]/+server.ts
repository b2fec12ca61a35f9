import { ApiError, errorResponse } from '$lib/server/external-api/errors';
import type { RequestHandler } from './$types';

// Unknown paths under the external API answer in its error envelope, not with an HTML page.
export const fallback: RequestHandler = async ({ url }) =>
	errorResponse(
		new ApiError('NOT_FOUND', `No endpoint at ${url.pathname}; see /api/external/openapi.json`)
	);
