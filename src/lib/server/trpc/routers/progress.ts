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
import {
	debriefInputSchema,
	respondInputSchema,
	selfAssessInputSchema
} from '../../../schemas/evaluation';
import { getDebrief } from '../../services/evaluation/debrief';
import { evaluateFinishedAttempt } from '../../services/evaluation/finish';
import { myMastery, recentAttempts } from '../../services/evaluation/mastery';
import { selfAssess } from '../../services/evaluation/self-assess';
import { attemptTranscript, respond } from '../../services/progress/respond';
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
		.mutation(async ({ ctx, input }) => {
			const result = await finishAttempt(ctx.db, ctx.user.id, input);
			await evaluateFinishedAttempt(ctx.db, result.attemptId);
			return result;
		}),
	/** One turn of practice: Continue, a reply in the learner's words, or a choice. */
	respond: authedProcedure
		.input(respondInputSchema)
		.mutation(({ ctx, input }) => respond(ctx.db, ctx.user.id, input)),
	/** The transcript so far and the step waited on, to resume an open attempt anywhere. */
	transcript: authedProcedure
		.input(attemptRefSchema)
		.query(({ ctx, input }) => attemptTranscript(ctx.db, ctx.user.id, input.attemptId)),
	selfAssess: authedProcedure
		.input(selfAssessInputSchema)
		.mutation(({ ctx, input }) => selfAssess(ctx.db, ctx.user.id, input)),
	debrief: authedProcedure
		.input(debriefInputSchema)
		.query(({ ctx, input }) => getDebrief(ctx.db, ctx.user, input.attemptId)),
	/** Mastery per skill from every evaluation of the caller's own attempts. */
	mastery: authedProcedure.query(({ ctx }) => myMastery(ctx.db, ctx.user.id)),
	/** The caller's last finished attempts, for links to their debriefs. */
	recentAttempts: authedProcedure.query(({ ctx }) => recentAttempts(ctx.db, ctx.user.id)),
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
