import type { PageServerLoad } from './$types';

// Where every sign-up lands, whether the address was new or already had an account: the page
// cannot tell them apart, and does not try. The address typed comes from a short-lived cookie
// the sign-up set (so it is not in the URL), to let a typo be spotted.

export const load: PageServerLoad = ({ cookies }) => {
	const email = cookies.get('signup_email');
	return { email: email && email.length <= 254 ? email : null };
};
