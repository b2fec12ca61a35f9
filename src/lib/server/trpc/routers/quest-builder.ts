import { builderReplySchema, builderSessionIdSchema } from '../../../schemas/quest-builder';
import {
	getBuilderSession,
	listBuilderSessions,
	replyToBuilder,
	startBuilderSession
} from '../../services/quests/builder';
import { authedProcedure, router } from '../init';

// The guided quest builder (PRODUCT.md, "Quests for children and families"): a conversation
// that ends in a studio draft. Every conversation is its starter's alone; others get NOT_FOUND.
export const questBuilderRouter = router({
	/** A new conversation: `{ sessionId, stage }`; the builder's greeting is its first message. */
	start: authedProcedure.mutation(({ ctx }) => startBuilderSession(ctx.db, ctx.user.id)),
	/** The parent's answer: `{ stage, message, scenarioId }`; CONFLICT once the quest is ready. */
	reply: authedProcedure
		.input(builderReplySchema)
		.mutation(({ ctx, input }) => replyToBuilder(ctx.db, ctx.user, input)),
	/** The conversation: stage, messages, what is known, the draft's preview, the scenario. */
	get: authedProcedure
		.input(builderSessionIdSchema)
		.query(({ ctx, input }) => getBuilderSession(ctx.db, ctx.user.id, input.sessionId)),
	/** The caller's conversations, newest first. */
	mine: authedProcedure.query(({ ctx }) => listBuilderSessions(ctx.db, ctx.user.id))
});
