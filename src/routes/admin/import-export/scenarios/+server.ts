import { database } from '$lib/server/db';
import { AppError } from '$lib/server/errors';
import { importScenarios } from '$lib/server/services/admin/scenario-transfer';
import {
	adminFromRequest,
	errorResponse,
	progressStream,
	readUpload
} from '$lib/server/http/stream';
import type { RequestHandler } from './$types';

/** Imports a scenario export (validated whole, then one transaction), streaming progress. */
export const POST: RequestHandler = async (event) => {
	const admin = adminFromRequest(event);
	if (admin instanceof Response) return admin;
	let document: unknown;
	try {
		const text = await readUpload(event.request);
		try {
			document = JSON.parse(text);
		} catch {
			throw new AppError('BAD_REQUEST', 'The file is not valid JSON');
		}
	} catch (error) {
		return errorResponse(error);
	}
	return progressStream((report) =>
		importScenarios(database().db, admin.id, document, { onProgress: report })
	);
};
