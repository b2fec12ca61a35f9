import { fail, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { trackChildSchema, trackIdSchema, trackLeaveSchema } from '$lib/schemas/tracks';
import { requireUser } from '$lib/server/auth/guards';
import { callerFor, refused } from '$lib/server/trpc/caller';

// The enrol and leave buttons of /tracks and /tracks/[slug], as form actions: they work without
// JavaScript, and a refused one says why in plain words beside the track (`trackId`).

type Done = 'enrolled' | 'left';

async function run<S extends z.ZodType>(
	event: RequestEvent,
	schema: S,
	done: Done,
	call: (input: z.output<S>) => Promise<unknown>
) {
	requireUser(event);
	const form = await event.request.formData();
	const field = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' && value !== '' ? value.slice(0, 100) : undefined;
	};
	const raw = { trackId: field('trackId'), childId: field('childId') };
	const parsed = schema.safeParse(raw);
	if (!parsed.success) {
		return fail(400, {
			trackId: raw.trackId ?? null,
			done: null,
			message: 'That track could not be found. Reload the page and try again.'
		});
	}
	try {
		await call(parsed.data);
	} catch (e) {
		return refused(e, { trackId: raw.trackId ?? null, done: null });
	}
	return { trackId: raw.trackId ?? null, done, message: null };
}

export const trackActions = {
	enroll: (event: RequestEvent) =>
		run(event, trackIdSchema, 'enrolled', (input) => callerFor(event).track.enroll(input)),
	enrollChild: (event: RequestEvent) =>
		run(event, trackChildSchema, 'enrolled', (input) => callerFor(event).track.enrollChild(input)),
	leave: (event: RequestEvent) =>
		run(event, trackLeaveSchema, 'left', (input) => callerFor(event).track.leave(input))
};
