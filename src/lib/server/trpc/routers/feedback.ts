import {
	feedbackQueueInputSchema,
	feedbackRequestIdSchema,
	feedbackRequestInputSchema,
	feedbackSubmitInputSchema
} from '../../../schemas/feedback';
import {
	claimFeedback,
	feedbackItem,
	releaseFeedback,
	submitFeedback
} from '../../services/feedback/answer';
import { calibrationReport, markForDoubleScoring } from '../../services/feedback/calibration';
import { feedbackQueue, feedbackStats } from '../../services/feedback/queue';
import { requestFeedback, withdrawFeedback } from '../../services/feedback/requests';
import { adminProcedure, authedProcedure, reviewerProcedure, router } from '../init';

// Supervisor feedback on practice (PRODUCT.md, `feedback.*`). Learners ask and withdraw on
// their own attempts; supervisors (reviewer role) read the queue, claim, and answer; admins
// mark answered requests for a blind second scoring and read the agreement between raters.

export const feedbackRouter = router({
	request: authedProcedure
		.input(feedbackRequestInputSchema)
		.mutation(({ ctx, input }) => requestFeedback(ctx.db, ctx.user, input)),
	withdraw: authedProcedure
		.input(feedbackRequestIdSchema)
		.mutation(({ ctx, input }) => withdrawFeedback(ctx.db, ctx.user, input.requestId)),
	queue: reviewerProcedure
		.input(feedbackQueueInputSchema)
		.query(({ ctx, input }) => feedbackQueue(ctx.db, ctx.user, input)),
	/** The queue's figures alone (what waits, how long, how many past 48 hours), for /review. */
	stats: reviewerProcedure.query(({ ctx }) => feedbackStats(ctx.db)),
	item: reviewerProcedure
		.input(feedbackRequestIdSchema)
		.query(({ ctx, input }) => feedbackItem(ctx.db, ctx.user, input.requestId)),
	claim: reviewerProcedure
		.input(feedbackRequestIdSchema)
		.mutation(({ ctx, input }) => claimFeedback(ctx.db, ctx.user, input.requestId)),
	release: reviewerProcedure
		.input(feedbackRequestIdSchema)
		.mutation(({ ctx, input }) => releaseFeedback(ctx.db, ctx.user, input.requestId)),
	submit: reviewerProcedure
		.input(feedbackSubmitInputSchema)
		.mutation(({ ctx, input }) => submitFeedback(ctx.db, ctx.user, input, { origin: ctx.origin })),
	doubleScore: adminProcedure
		.input(feedbackRequestIdSchema)
		.mutation(({ ctx, input }) => markForDoubleScoring(ctx.db, ctx.user, input.requestId)),
	calibration: adminProcedure.query(({ ctx }) => calibrationReport(ctx.db))
});
