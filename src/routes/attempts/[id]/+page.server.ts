import { error, fail } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { requireUser } from '$lib/server/auth/guards';
import { callerFor, loadOrError, publicMessage } from '$lib/server/trpc/caller';
import type { Actions, PageServerLoad } from './$types';
import { isUuid } from '$lib/domain/ids';

// The debrief of one attempt: self-assessment first (unless done or skipped), then the
// transcript with the automatic hints, the scores with their evidence, a supervisor's feedback
// when there is any, and what to practise next. The owner reads it all and may ask a supervisor;
// a supervisor reads it only by a learner's request (and answers from the review desk); anyone
// else gets the same 404 as for a missing attempt.

const attemptIdOr404 = (id: string) => {
	if (!isUuid(id)) error(404, { message: 'No attempt with that id', code: 'NOT_FOUND' });
	return id;
};

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const attemptId = attemptIdOr404(event.params.id);
	const debrief = await loadOrError(callerFor(event).progress.debrief({ attemptId }));
	const assessed = debrief.runs.some((r) => r.kind === 'self' && r.status === 'succeeded');
	// Asking a supervisor happens on the debrief, so whoever asked has passed the self-assessment
	// already (or skipped it): the notification's link leads straight to the answer.
	const asked = (debrief.feedback?.requests.length ?? 0) > 0;
	return {
		debrief,
		assessing:
			debrief.reader === 'owner' &&
			!assessed &&
			!asked &&
			debrief.attempt.finishedAt !== null &&
			debrief.rubric !== null &&
			event.url.searchParams.get('skip') !== 'self'
	};
};

/** Runs a mutation for a form action: refusals come back as the form's message, 404 as a page. */
async function formCall(
	run: () => Promise<unknown>,
	where: 'assess' | 'ask' | 'withdraw',
	values: Record<string, string>
) {
	try {
		await run();
		return null;
	} catch (e) {
		if (e instanceof TRPCError && e.code !== 'INTERNAL_SERVER_ERROR') {
			if (e.code === 'NOT_FOUND') error(404, { message: e.message, code: e.code });
			return fail(getHTTPStatusCodeFromError(e), { message: publicMessage(e), where, values });
		}
		throw e;
	}
}

export const actions: Actions = {
	/** "Ask a supervisor": the learner's consent for supervisors to read this one attempt. */
	askSupervisor: async (event) => {
		requireUser(event);
		const attemptId = attemptIdOr404(event.params.id);
		const form = await event.request.formData();
		const note = String(form.get('note') ?? '');
		const refused = await formCall(
			() => callerFor(event).feedback.request({ attemptId, note }),
			'ask',
			{ note }
		);
		return refused ?? { asked: true };
	},
	withdrawRequest: async (event) => {
		requireUser(event);
		attemptIdOr404(event.params.id);
		const requestId = String((await event.request.formData()).get('requestId') ?? '');
		if (!isUuid(requestId)) {
			return fail(400, {
				message: 'That is not a feedback request of this attempt.',
				where: 'withdraw' as const,
				values: {}
			});
		}
		const refused = await formCall(
			() => callerFor(event).feedback.withdraw({ requestId }),
			'withdraw',
			{}
		);
		return refused ?? { withdrawn: true };
	},
	/** Self-assessment: one 1..4 radio group per criterion; at least one answered. */
	assess: async (event) => {
		requireUser(event);
		const attemptId = attemptIdOr404(event.params.id);
		const form = await event.request.formData();
		const scores: Record<string, number> = {};
		for (const [name, value] of form) {
			if (!name.startsWith('score:') || typeof value !== 'string') continue;
			const score = Number(value);
			scores[name.slice('score:'.length)] = Number.isInteger(score) ? score : NaN;
		}
		const values = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, String(v)]));
		if (Object.keys(scores).length === 0) {
			return fail(400, {
				message: 'Pick a level for at least one criterion.',
				where: 'assess' as const,
				values
			});
		}
		const refused = await formCall(
			() => callerFor(event).progress.selfAssess({ attemptId, scores }),
			'assess',
			values
		);
		return refused ?? { assessed: true };
	}
};
