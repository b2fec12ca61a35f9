import { database } from '$lib/server/db';
import { exportScenarios } from '$lib/server/services/admin/scenario-transfer';
import { adminFromRequest } from '$lib/server/http/stream';
import type { RequestHandler } from './$types';

/** Every scenario as JSON, as a download; import-export/scenarios takes it back. */
export const GET: RequestHandler = async (event) => {
	const admin = adminFromRequest(event);
	if (admin instanceof Response) return admin;
	const document = await exportScenarios(database().db);
	const date = document.exportedAt.slice(0, 10);
	return new Response(JSON.stringify(document, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="scenario-hub-scenarios-${date}.json"`,
			'cache-control': 'no-store'
		}
	});
};
