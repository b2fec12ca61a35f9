import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { inviteCodeSchema } from '$lib/schemas/cohorts';
import { requireUser } from '$lib/server/auth/guards';
import { callerFor, publicMessage } from '$lib/server/trpc/caller';
import type { Actions, PageServerLoad } from './$types';

// Joining a cohort from an invite link (/join?code=ABCD-EFGH-JKMN-PQRS) or a typed code. The
// page first shows what joining means (the cohort, its coordinators, what sharing shows them and
// what it never does); only the trainee's click on one of the two choices joins. A refused code
// keeps what was typed, with the service's words (an unknown, expired or revoked code all read
// the same; too many tries says when to try again).

/** What the visitor typed, cut to a sane length, for the form to show again. */
const typed = (value: unknown) => (typeof value === 'string' ? value.trim().slice(0, 64) : '');

/** A TRPCError's refusal as words (with Retry-After when it is a rate limit); anything else throws. */
function refusal(event: Pick<RequestEvent, 'setHeaders'>, e: unknown) {
	if (!(e instanceof TRPCError) || e.code === 'INTERNAL_SERVER_ERROR') throw e;
	const retryAfter = (e.cause as { details?: { retryAfterSeconds?: unknown } } | undefined)?.details
		?.retryAfterSeconds;
	if (e.code === 'TOO_MANY_REQUESTS' && typeof retryAfter === 'number') {
		event.setHeaders({ 'Retry-After': String(retryAfter) });
	}
	return { status: getHTTPStatusCodeFromError(e), message: publicMessage(e) };
}

export const load: PageServerLoad = async (event) => {
	// Signed out: sign in first, then back here with the code.
	requireUser(event);
	const code = typed(event.url.searchParams.get('code'));
	if (!code) return { code, preview: null, message: null };
	const parsed = inviteCodeSchema.safeParse(code);
	if (!parsed.success) {
		return { code, preview: null, message: parsed.error.issues[0]?.message ?? null };
	}
	try {
		const preview = await callerFor(event).cohort.preview({ code: parsed.data });
		return { code, preview, message: null };
	} catch (e) {
		return { code, preview: null, message: refusal(event, e).message };
	}
};

export const actions: Actions = {
	/** One of the two choices: join and share (consent=true), or join without sharing. */
	join: async (event) => {
		requireUser(event);
		const form = await event.request.formData();
		const code = typed(form.get('code'));
		const consent = form.get('consent');
		const values = { code };
		const parsed = inviteCodeSchema.safeParse(code);
		if (!parsed.success) {
			return fail(400, {
				message: parsed.error.issues[0]?.message ?? 'Enter the invite code',
				values
			});
		}
		if (consent !== 'true' && consent !== 'false') {
			return fail(400, {
				message: 'Choose whether to share your progress: press one of the two buttons.',
				values
			});
		}
		let joined;
		try {
			joined = await callerFor(event).cohort.join({
				code: parsed.data,
				consent: consent === 'true'
			});
		} catch (e) {
			const { status, message } = refusal(event, e);
			return fail(status, { message, values });
		}
		const flags = new URLSearchParams({ joined: joined.cohortId });
		if (joined.alreadyMember) flags.set('already', '1');
		redirect(303, `/assignments?${flags}`);
	}
};
