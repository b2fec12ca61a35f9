import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import type { LayoutServerLoad } from './$types';

// The child's pages exist only in child mode; anyone else goes to where it starts (/family).
export const load: LayoutServerLoad = (event) => {
	const user = requireUser(event);
	if (!user.childMode) redirect(303, '/family');
	return { child: user.childMode };
};
