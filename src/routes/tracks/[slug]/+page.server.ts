import { error } from '@sveltejs/kit';
import { trackSlugSchema } from '$lib/schemas/tracks';
import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { Actions, PageServerLoad } from './$types';
import { trackActions } from '../track-actions.server';

// One track: its phases in order, the caller's progress, and for a children's track the
// caller's children with theirs.

export const load: PageServerLoad = async (event) => {
	// An address that cannot be a track is "no such page", like an unknown one.
	const slug = trackSlugSchema.safeParse(event.params.slug);
	if (!slug.success) error(404, { message: 'No track with that address', code: 'NOT_FOUND' });
	const detail = await loadOrError(callerFor(event).track.get({ slug: slug.data }));
	return { ...detail, signedIn: !!event.locals.user, path: event.url.pathname };
};

export const actions: Actions = {
	enroll: trackActions.enroll,
	enrollChild: trackActions.enrollChild,
	leave: trackActions.leave
};
