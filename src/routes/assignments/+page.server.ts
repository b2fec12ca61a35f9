import { fail } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { cohortIdSchema } from '$lib/schemas/cohorts';
import { requireUser } from '$lib/server/auth/guards';
import { callerFor, loadOrError, publicMessage } from '$lib/server/trpc/caller';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// "My assignments": what the trainee's coordinators assigned, across their cohorts (soonest due
// first, with where they stand), then their cohorts with the consent each one holds. Sharing is
// given and withdrawn here, and takes effect at once; leaving ends the membership (and sharing).

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const caller = callerFor(event);
	const [assignments, cohorts] = await Promise.all([
		loadOrError(caller.cohort.myAssignments()),
		loadOrError(caller.cohort.mine())
	]);
	// The join page comes back here with ?joined=<cohort id> (and &already=1 for a member).
	const joinedId = event.url.searchParams.get('joined');
	const joinedCohort = joinedId ? cohorts.training.find((c) => c.id === joinedId) : undefined;
	return {
		assignments,
		training: cohorts.training,
		joined: joinedCohort
			? {
					name: joinedCohort.name,
					sharing: joinedCohort.sharing,
					already: event.url.searchParams.get('already') === '1'
				}
			: null
	};
};

type Where = 'giveConsent' | 'withdrawConsent' | 'leave';

/** The cohort a membership button is for, as the form sent it (cut to a sane length). */
function cohortIdOf(form: FormData) {
	const raw = form.get('cohortId');
	return typeof raw === 'string' ? raw.slice(0, 64) : '';
}

/**
 * One of the membership buttons: the words of the answer name the cohort. Refusals (not a
 * trainee there any more, a mangled id) come back as that cohort's message.
 */
async function membershipAction(
	event: RequestEvent,
	form: FormData,
	where: Where,
	run: (caller: ReturnType<typeof callerFor>, cohortId: string) => Promise<unknown>,
	done: (name: string) => string
) {
	const cohortId = cohortIdOf(form);
	const parsed = cohortIdSchema.safeParse({ cohortId });
	if (!parsed.success) {
		return fail(400, { where, cohortId, message: 'That is not one of your cohorts.', ok: false });
	}
	const caller = callerFor(event);
	try {
		const mine = await caller.cohort.mine();
		const name = mine.training.find((c) => c.id === cohortId)?.name ?? 'the cohort';
		await run(caller, parsed.data.cohortId);
		return { where, cohortId, message: done(name), ok: true };
	} catch (e) {
		if (e instanceof TRPCError && e.code !== 'INTERNAL_SERVER_ERROR') {
			return fail(getHTTPStatusCodeFromError(e), {
				where,
				cohortId,
				message: publicMessage(e),
				ok: false
			});
		}
		throw e;
	}
}

export const actions: Actions = {
	giveConsent: async (event) => {
		requireUser(event);
		return membershipAction(
			event,
			await event.request.formData(),
			'giveConsent',
			(caller, cohortId) => caller.cohort.giveConsent({ cohortId }),
			(name) => `You now share your progress with the coordinators of ${name}.`
		);
	},
	withdrawConsent: async (event) => {
		requireUser(event);
		return membershipAction(
			event,
			await event.request.formData(),
			'withdrawConsent',
			(caller, cohortId) => caller.cohort.withdrawConsent({ cohortId }),
			(name) =>
				`You stopped sharing your progress with ${name}. From now on its coordinators see only that you are a member.`
		);
	},
	/** Leaving asks once more: without script, the first press comes back with the question. */
	leave: async (event) => {
		requireUser(event);
		const form = await event.request.formData();
		if (form.get('confirm') !== 'yes') {
			return {
				where: 'leave' as const,
				cohortId: cohortIdOf(form),
				message: null,
				ok: false,
				confirm: true
			};
		}
		return membershipAction(
			event,
			form,
			'leave',
			(caller, cohortId) => caller.cohort.leave({ cohortId }),
			(name) =>
				`You left ${name}. Its coordinators no longer see you or your progress, and its assignments are gone from your list.`
		);
	}
};
