import { fail } from '@sveltejs/kit';
import { forgotPasswordSchema } from '$lib/schemas/accounts';
import { clientAddress } from '$lib/server/auth/web';
import { database } from '$lib/server/db';
import { publicOrigin } from '$lib/server/mail/links';
import { PASSWORD_RESET_PER_ADDRESS, PASSWORD_RESET_PER_EMAIL } from '$lib/server/security/limits';
import { hitRateLimit } from '$lib/server/security/rate-limit';
import { requestPasswordReset } from '$lib/server/services/accounts/recovery';
import { withMinimumDuration } from '$lib/server/services/accounts/timing';
import type { Actions, PageServerLoad } from './$types';

/** Every answer takes at least this long, whether a mail was written or not. */
const ANSWER_AFTER_MS = 300;

export const load: PageServerLoad = ({ url }) => ({
	email: (url.searchParams.get('email') ?? '').slice(0, 254)
});

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const email = String(form.get('email') ?? '').slice(0, 300);
		const parsed = forgotPasswordSchema.safeParse({ email });
		if (!parsed.success) {
			return fail(400, {
				email,
				errors: parsed.error.flatten().fieldErrors as { email?: string[] },
				message: null,
				sent: false
			});
		}
		const db = database().db;
		// Counted for every address typed, account or not, so a refusal says nothing about one.
		for (const [key, rule] of [
			[`forgot:ip:${clientAddress(event)}`, PASSWORD_RESET_PER_ADDRESS],
			[`forgot:email:${parsed.data.email}`, PASSWORD_RESET_PER_EMAIL]
		] as const) {
			const limit = await hitRateLimit(db, key, rule);
			if (!limit.allowed) {
				event.setHeaders({ 'Retry-After': String(limit.retryAfterSeconds) });
				return fail(429, {
					email,
					errors: {},
					message: `Too many requests for a link. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} min.`,
					sent: false
				});
			}
		}
		await withMinimumDuration(ANSWER_AFTER_MS, () =>
			requestPasswordReset(db, parsed.data.email, publicOrigin(event.url))
		);
		return { email: parsed.data.email, errors: {}, message: null, sent: true };
	}
};
