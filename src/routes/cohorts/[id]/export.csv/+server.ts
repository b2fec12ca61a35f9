import { error } from '@sveltejs/kit';
import { cohortCsv, cohortCsvFilename } from '$lib/cohort-csv';
import { cohortIdSchema } from '$lib/schemas/cohorts';
import { requireUser } from '$lib/server/auth/guards';
import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { RequestHandler } from './$types';

// The coordinator's dashboard as a spreadsheet: the same procedure as the page (so the same
// consent: a trainee who does not share is a row with empty cells), the same 404 for an id that
// is not a cohort the reader coordinates. src/lib/cohort-csv.ts builds and escapes the CSV.

export const GET: RequestHandler = async (event) => {
	requireUser(event);
	const parsed = cohortIdSchema.safeParse({ cohortId: event.params.id });
	if (!parsed.success) {
		error(404, {
			message: 'No cohort with that id, or you do not coordinate it',
			code: 'NOT_FOUND'
		});
	}
	const dashboard = await loadOrError(callerFor(event).cohort.dashboard(parsed.data));
	// The byte-order mark makes spreadsheet programs read the file as UTF-8 (names with accents).
	return new Response(`\uFEFF${cohortCsv(dashboard)}`, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${cohortCsvFilename(dashboard.cohort.name)}"`,
			'cache-control': 'no-store'
		}
	});
};
