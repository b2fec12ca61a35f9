import {
	reviewClaimInputSchema,
	reviewHistoryInputSchema,
	reviewQueueInputSchema,
	reviewSubmitInputSchema
} from '../../../schemas/review';
import { claimForReview, releaseClaim, submitReview } from '../../services/authoring/review';
import {
	myReviews,
	pendingCounts,
	queueAuthors,
	reviewItem,
	reviewQueue
} from '../../services/authoring/review-queue';
import { reviewerProcedure, router } from '../init';

export const reviewRouter = router({
	queue: reviewerProcedure
		.input(reviewQueueInputSchema)
		.query(({ ctx, input }) => reviewQueue(ctx.db, ctx.user, input)),
	pending: reviewerProcedure.query(({ ctx }) => pendingCounts(ctx.db, ctx.user.id)),
	authors: reviewerProcedure.query(({ ctx }) => queueAuthors(ctx.db)),
	item: reviewerProcedure
		.input(reviewClaimInputSchema)
		.query(({ ctx, input }) => reviewItem(ctx.db, ctx.user, input.scenarioId)),
	claim: reviewerProcedure
		.input(reviewClaimInputSchema)
		.mutation(({ ctx, input }) => claimForReview(ctx.db, ctx.user, input.scenarioId)),
	release: reviewerProcedure
		.input(reviewClaimInputSchema)
		.mutation(({ ctx, input }) => releaseClaim(ctx.db, ctx.user, input.scenarioId)),
	submit: reviewerProcedure
		.input(reviewSubmitInputSchema)
		.mutation(({ ctx, input }) => submitReview(ctx.db, ctx.user, input)),
	mine: reviewerProcedure
		.input(reviewHistoryInputSchema)
		.query(({ ctx, input }) => myReviews(ctx.db, ctx.user.id, input.limit))
});
