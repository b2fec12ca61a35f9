import { database } from '$lib/server/db';
import { importLegacyProgress } from '$lib/server/services/progress/legacy-import';
import {
	adminFromRequest,
	errorResponse,
	progressStream,
	readUpload
} from '$lib/server/http/stream';
import type { RequestHandler } from './$types';

/** Imports legacy attempt / outcome JSON lines; `?dryRun=1` only validates and counts. */
export const POST: RequestHandler = async (event) => {
	const admin = adminFromRequest(event);
	if (admin instanceof Response) return admin;
	let text: string;
	try {
		text = await readUpload(event.request);
	} catch (error) {
		return errorResponse(error);
	}
	const dryRun = event.url.searchParams.get('dryRun') === '1';
	return progressStream((report) =>
		importLegacyProgress(database().db, admin.id, text, { dryRun, onProgress: report })
	);
};
