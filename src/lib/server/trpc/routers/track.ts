import {
	trackBySlugSchema,
	trackChildSchema,
	trackIdSchema,
	trackLeaveSchema
} from '../../../schemas/tracks';
import { getTrack, listTracks, nextInTracks } from '../../services/tracks/catalog';
import { enrol, enrolChild, leave } from '../../services/tracks/enrol';
import { authedProcedure, publicProcedure, router } from '../init';

// Tracks (PRODUCT.md, "Quests for children and families"): public to read; enrolments are the
// caller's own, or their own child's (someone else's child is NOT_FOUND).

export const trackRouter = router({
	/** Every track with its number of items; a signed-in caller's enrolment beside each. */
	list: publicProcedure.query(({ ctx }) => listTracks(ctx.db, ctx.user?.id ?? null)),
	/** One track's phases and items; the caller's progress (and their children's) when enrolled. */
	get: publicProcedure
		.input(trackBySlugSchema)
		.query(({ ctx, input }) => getTrack(ctx.db, input.slug, ctx.user?.id ?? null)),
	enroll: authedProcedure
		.input(trackIdSchema)
		.mutation(({ ctx, input }) => enrol(ctx.db, ctx.user.id, input.trackId)),
	enrollChild: authedProcedure
		.input(trackChildSchema)
		.mutation(({ ctx, input }) => enrolChild(ctx.db, ctx.user.id, input)),
	leave: authedProcedure
		.input(trackLeaveSchema)
		.mutation(({ ctx, input }) => leave(ctx.db, ctx.user.id, input)),
	/** "Next in your track": per enrolment, the next scenario that can be played. */
	next: authedProcedure.query(({ ctx }) => nextInTracks(ctx.db, ctx.user.id))
});
