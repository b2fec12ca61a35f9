import { database } from '$lib/server/db';
import { applyAcceptedProposals } from '$lib/server/services/admin/backfill';
import { adminFromRequest, progressStream } from '$lib/server/http/stream';
import type { RequestHandler } from './$types';

/** Applies the accepted proposals in one transaction, streaming its progress as JSON lines. */
export const POST: RequestHandler = async (event) => {
	const admin = adminFromRequest(event);
	if (admin instanceof Response) return admin;
	return progressStream((report) =>
		applyAcceptedProposals(database().db, admin.id, { onProgress: report })
	);
};
