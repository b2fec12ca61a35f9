import { error, fail } from '@sveltejs/kit';
import { childIdSchema, revealSchema } from '$lib/schemas/family';
import { requireUser } from '$lib/server/auth/guards';
import { CHILD_NOT_FOUND } from '$lib/server/services/family/children';
import { callerFor, loadOrError, refused } from '$lib/server/trpc/caller';
import type { Actions, PageServerLoad } from './$types';

// One child's quests for the parent: played or finished, sessions, time, last played, and for a
// finished quest its message for grown-ups ("Read what … practised"), opened by a form action
// because each opening is counted. Anyone but the parent gets the same 404 as a child that
// does not exist.

function childIdOr404(id: string) {
	const parsed = childIdSchema.safeParse({ childId: id });
	if (!parsed.success) error(404, { message: CHILD_NOT_FOUND, code: 'NOT_FOUND' });
	return parsed.data.childId;
}

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const childId = childIdOr404(event.params.childId);
	return loadOrError(callerFor(event).family.childProgress({ childId }));
};

export const actions: Actions = {
	reveal: async (event) => {
		requireUser(event);
		const childId = childIdOr404(event.params.childId);
		const data = await event.request.formData();
		const scenarioId = String(data.get('scenarioId') ?? '').slice(0, 64);
		const parsed = revealSchema.safeParse({ childId, scenarioId });
		if (!parsed.success) {
			return fail(400, { scenarioId, message: 'That is not one of their quests.', reveal: null });
		}
		try {
			const reveal = await callerFor(event).family.reveal(parsed.data);
			return { scenarioId, message: null, reveal };
		} catch (e) {
			return refused(e, { scenarioId, reveal: null });
		}
	}
};
