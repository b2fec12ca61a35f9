import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';
import { isUuid } from '$lib/domain/ids';

// Answering one feedback request: the transcript to comment on, the rubric to score. A missing
// or withdrawn request is a 404; the supervisor's own attempt, or a blind second scoring of an
// answer they gave, is a 403 (the procedure's NOT_FOUND and FORBIDDEN, through loadOrError).

export const load: PageServerLoad = async (event) => {
	// The layout's guard does not run when only this load is re-run: check here too.
	requireRole(event, 'reviewer');
	if (!isUuid(event.params.id)) {
		error(404, { message: 'No feedback request at this address', code: 'NOT_FOUND' });
	}
	const item = await loadOrError(callerFor(event).feedback.item({ requestId: event.params.id }));
	return { item };
};
