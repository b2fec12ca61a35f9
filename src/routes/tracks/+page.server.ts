import { callerFor, loadOrError } from '$lib/server/trpc/caller';
import type { Actions, PageServerLoad } from './$types';
import { trackActions } from './track-actions.server';

// "Tracks": every track, its size, and (signed in) where the caller stands in it.

export const load: PageServerLoad = async (event) => {
	const tracks = await loadOrError(callerFor(event).track.list());
	return { tracks, signedIn: !!event.locals.user };
};

export const actions: Actions = {
	enroll: trackActions.enroll,
	leave: trackActions.leave
};
