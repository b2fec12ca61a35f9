import { z } from 'zod';
import { hasRole } from '../../../domain/roles';
import {
	listNotifications,
	markRead,
	unreadCount
} from '../../services/notifications/notifications';
import { pendingCounts } from '../../services/authoring/review-queue';
import { feedbackWaitingFor } from '../../services/feedback/queue';
import { authedProcedure, router } from '../init';

export const notificationRouter = router({
	list: authedProcedure
		.input(z.object({ limit: z.number().int().min(1).max(50).default(20) }).default({ limit: 20 }))
		.query(({ ctx, input }) => listNotifications(ctx.db, ctx.user.id, input.limit)),
	/**
	 * The header badges: unread notifications, and for reviewers the scenarios they may review
	 * and the learners' feedback requests they may answer.
	 */
	summary: authedProcedure.query(async ({ ctx }) => {
		const isReviewer = hasRole(ctx.user, 'reviewer');
		const [unread, pending, feedback] = await Promise.all([
			unreadCount(ctx.db, ctx.user.id),
			isReviewer ? pendingCounts(ctx.db, ctx.user.id) : Promise.resolve(null),
			isReviewer ? feedbackWaitingFor(ctx.db, ctx.user) : Promise.resolve(null)
		]);
		return { unread, pendingReviews: pending?.pendingForMe ?? null, pendingFeedback: feedback };
	}),
	markRead: authedProcedure
		.input(z.object({ ids: z.array(z.uuid()).max(100).optional() }))
		.mutation(({ ctx, input }) => markRead(ctx.db, ctx.user.id, input.ids))
});
