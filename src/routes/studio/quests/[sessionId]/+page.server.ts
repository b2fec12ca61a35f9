import { error, fail, redirect } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { isUuid } from '$lib/domain/ids';
import { requireUser } from '$lib/server/auth/guards';
import { BUILDER_LIMITS, builderReplySchema } from '$lib/schemas/quest-builder';
import { callerFor, loadOrError, publicMessage } from '$lib/server/trpc/caller';
import type { Actions, PageServerLoad } from './$types';

// One quest builder conversation, resumable by its address. Answers are a plain form post (the
// reply box and the quick-reply buttons send the same field), so it works without JavaScript;
// each answer redirects back here, so reloading never sends it twice.

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const { sessionId } = event.params;
	if (!isUuid(sessionId)) error(404, { message: 'No quest builder conversation at this address' });
	return { session: await loadOrError(callerFor(event).questBuilder.get({ sessionId })) };
};

export const actions: Actions = {
	reply: async (event) => {
		requireUser(event);
		const { sessionId } = event.params;
		if (!isUuid(sessionId))
			error(404, { message: 'No quest builder conversation at this address' });
		const form = await event.request.formData();
		const raw = form.get('text');
		// Kept as typed (bounded) so a refusal can show it back in the box.
		const text = typeof raw === 'string' ? raw.slice(0, BUILDER_LIMITS.reply + 1) : '';
		const seen = Number(form.get('seenMessages'));
		const parsed = builderReplySchema.safeParse({
			sessionId,
			text,
			seenMessages: Number.isInteger(seen) && seen >= 0 ? seen : undefined
		});
		if (!parsed.success) {
			return fail(400, { text, message: parsed.error.issues[0].message });
		}
		try {
			await callerFor(event).questBuilder.reply(parsed.data);
		} catch (e) {
			if (e instanceof TRPCError && e.code !== 'INTERNAL_SERVER_ERROR') {
				return fail(getHTTPStatusCodeFromError(e), { text, message: publicMessage(e) });
			}
			throw e;
		}
		redirect(303, `/studio/quests/${sessionId}#latest`);
	}
};
