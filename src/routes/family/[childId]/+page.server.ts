import { error, fail } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { childIdSchema, revealSchema } from '$lib/schemas/family';
import { requireUser } from '$lib/server/auth/guards';
import { callerFor, loadOrError, publicMessage } from '$lib/server/trpc/caller';
import type { Actions, PageServerLoad } from './$types';

// One child's quests for the parent: played or finished, sessions, time, last played, and for a
// finished quest its message for grown-ups ("Read what … practised"), opened by a form action
// because each opening is counted. Anyone but the parent gets the same 404 as a child that
// does not exist.

const NOT_FOUND = 'No child with that id in your family';

function childIdOr404(id: string) {
	const parsed = childIdSchema.safeParse({ childId: id });
	if (!parsed.success) error(404, { message: NOT_FOUND, code: 'NOT_FOUND' });
	return parsed.data.childId;
}

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const childId = childIdOr404(event.params.childId);
	return loadOrError(callerFor(event).family.childProgress({ childId }));
};

export const actions: Actions = {
	reveal: async (event) => {
		// The body first: refusing while it still arrives resets the connection (see child quests).
		const data = await event.request.formData();
		requireUser(event);
		const childId = childIdOr404(event.params.childId);
		const scenarioId = String(data.get('scenarioId') ?? '').slice(0, 64);
		const parsed = revealSchema.safeParse({ childId, scenarioId });
		if (!parsed.success) {
			return fail(400, { scenarioId, message: 'That is not one of their quests.', reveal: null });
		}
		try {
			const reveal = await callerFor(event).family.reveal(parsed.data);
			return { scenarioId, message: null, reveal };
		} catch (e) {
			if (e instanceof TRPCError && e.code !== 'INTERNAL_SERVER_ERROR') {
				return fail(getHTTPStatusCodeFromError(e), {
					scenarioId,
					message: publicMessage(e),
					reveal: null
				});
			}
			throw e;
		}
	}
};
