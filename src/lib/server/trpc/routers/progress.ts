import {
	advanceStepInputSchema,
	attemptRefSchema,
	finishAttemptInputSchema,
	mineInputSchema,
	notesInputSchema,
	rateInputSchema,
	reviewsInputSchema,
	saveInputSchema,
	scenarioRefSchema,
	statsInputSchema
} from '../../../schemas/progress';
import { reportReviewInputSchema } from '../../../schemas/moderation';
import {
	advanceStep,
	finishAttempt,
	getAttempt,
	heartbeat,
	openAttempt,
	startAttempt
} from '../../services/progress/attempts';
import { listMyProgress, listReviews, progressStats } from '../../services/progress/queries';
import { rate, removeRating } from '../../services/progress/rating';
import { reportReview } from '../../services/progress/review-reports';
import { saveNotes } from '../../services/progress/notes';
import { setSaved } from '../../services/progress/save';
import { authedProcedure, publicProcedure, router } from '../init';

// Every procedure acts on the caller's own rows (ctx.user.id), never on a user id from input.
export const progressRouter = router({
	save: authedProcedure
		.input(saveInputSchema)
		.mutation(({ ctx, input }) => setSaved(ctx.db, ctx.user.id, input)),
	startAttempt: authedProcedure
		.input(scenarioRefSchema)
		.mutation(({ ctx, input }) => startAttempt(ctx.db, ctx.user.id, input)),
	advanceStep: authedProcedure
		.input(advanceStepInputSchema)
		.mutation(({ ctx, input }) => advanceStep(ctx.db, ctx.user.id, input)),
	/** The play page's "still at it" (see domain/attempt-time.ts): the caller's open attempt only. */
	heartbeat: authedProcedure
		.input(attemptRefSchema)
		.mutation(({ ctx, input }) => heartbeat(ctx.db, ctx.user.id, input)),
	finishAttempt: authedProcedure
		.input(finishAttemptInputSchema)
		.mutation(({ ctx, input }) => finishAttempt(ctx.db, ctx.user.id, input)),
	openAttempt: authedProcedure
		.input(scenarioRefSchema)
		.query(({ ctx, input }) => openAttempt(ctx.db, ctx.user.id, input.scenarioId)),
	attempt: authedProcedure
		.input(attemptRefSchema)
		.query(({ ctx, input }) => getAttempt(ctx.db, ctx.user.id, input.attemptId)),
	rate: authedProcedure
		.input(rateInputSchema)
		.mutation(({ ctx, input }) => rate(ctx.db, ctx.user.id, input)),
	removeRating: authedProcedure
		.input(scenarioRefSchema)
		.mutation(({ ctx, input }) => removeRating(ctx.db, ctx.user.id, input)),
	saveNotes: authedProcedure
		.input(notesInputSchema)
		.mutation(({ ctx, input }) => saveNotes(ctx.db, ctx.user.id, input)),
	mine: authedProcedure
		.input(mineInputSchema)
		.query(({ ctx, input }) => listMyProgress(ctx.db, ctx.user.id, input)),
	stats: authedProcedure
		.input(statsInputSchema)
		.query(({ ctx, input }) => progressStats(ctx.db, ctx.user.id, input)),
	reviews: publicProcedure
		.input(reviewsInputSchema)
		.query(({ ctx, input }) => listReviews(ctx.db, ctx.user, input)),
	/** Someone else's public review, named by its opaque key; one report per reporter and review. */
	reportReview: authedProcedure
		.input(reportReviewInputSchema)
		.mutation(({ ctx, input }) => reportReview(ctx.db, ctx.user, input))
});
