import { database } from '$lib/server/db';
import { verifyEmail, type VerificationResult } from '$lib/server/services/accounts/verification';
import type { PageServerLoad } from './$types';

// The link in the confirmation mail. Opening it confirms the address (once); it does not sign
// anyone in: whoever made the account chose its password, and that may not be the owner of
// the mailbox.

export const load: PageServerLoad = async ({ url, locals }) => {
	const token = url.searchParams.get('token');
	const result: VerificationResult | 'missing' = token
		? await verifyEmail(database().db, token.slice(0, 100))
		: 'missing';
	return { result, signedIn: !!locals.user };
};
