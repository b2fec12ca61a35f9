import { resolveReportInputSchema } from '../../../../schemas/moderation';
import { listOpenReports, resolveReport } from '../../../services/progress/review-reports';
import { adminProcedure, router } from '../../init';

// Moderation of learners' public reviews: the open reports, and hide / dismiss (audited).
export const adminReviewsRouter = router({
	/** Open reports, one item per reported review, oldest first. */
	reports: adminProcedure.query(({ ctx }) => listOpenReports(ctx.db)),
	/** Hides the reported review (its rating still counts) or dismisses its reports. */
	resolve: adminProcedure
		.input(resolveReportInputSchema)
		.mutation(({ ctx, input }) => resolveReport(ctx.db, ctx.user.id, input))
});
