import { fail, redirect } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { requireUser } from '$lib/server/auth/guards';
import { callerFor, loadOrError, publicMessage } from '$lib/server/trpc/caller';
import type { Actions, PageServerLoad } from './$types';

// "Build a quest": what the guided builder does, a button that starts a conversation, and the
// caller's conversations to pick up again.

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const sessions = await loadOrError(callerFor(event).questBuilder.mine());
	return {
		unfinished: sessions.filter((s) => s.stage !== 'quest_ready'),
		finished: sessions.filter((s) => s.stage === 'quest_ready')
	};
};

export const actions: Actions = {
	start: async (event) => {
		requireUser(event);
		let sessionId: string;
		try {
			({ sessionId } = await callerFor(event).questBuilder.start());
		} catch (e) {
			if (e instanceof TRPCError && e.code !== 'INTERNAL_SERVER_ERROR') {
				return fail(getHTTPStatusCodeFromError(e), { message: publicMessage(e) });
			}
			throw e;
		}
		redirect(303, `/studio/quests/${sessionId}`);
	}
};
