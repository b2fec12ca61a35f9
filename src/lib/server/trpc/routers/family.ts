import {
	childAddSchema,
	childAnswerSchema,
	childIdSchema,
	childQuestSchema,
	childUpdateSchema,
	parentNameSchema,
	pinSetSchema,
	privacySetSchema,
	revealSchema
} from '../../../schemas/family';
import { setPin } from '../../services/family/child-mode';
import {
	addChild,
	deleteChild,
	familySettings,
	listChildren,
	setParentName,
	setPrivacy,
	updateChild
} from '../../services/family/children';
import { answerStep, childQuest, childQuests, startQuest } from '../../services/family/quest-play';
import { childProgress, openReveal } from '../../services/family/reveals';
import { authedProcedure, childProcedure, router } from '../init';

// Children and child mode (PRODUCT.md, "Quests for children and families"). A parent is any
// signed-in user; the services answer NOT_FOUND for a child that is not the caller's, whoever
// asks (admins too). The `child*` procedures are the only ones a session in child mode may call,
// and only for the child it is in child mode for. Starting and leaving child mode are form
// actions of /family and /child/exit (they act on the browser's session), not procedures.

export const familyRouter = router({
	children: authedProcedure.query(({ ctx }) => listChildren(ctx.db, ctx.user.id)),
	/** Whether a PIN is set and the parent's name. */
	settings: authedProcedure.query(({ ctx }) => familySettings(ctx.db, ctx.user.id)),
	addChild: authedProcedure
		.input(childAddSchema)
		.mutation(({ ctx, input }) => addChild(ctx.db, ctx.user.id, input)),
	updateChild: authedProcedure
		.input(childUpdateSchema)
		.mutation(({ ctx, input }) => updateChild(ctx.db, ctx.user.id, input)),
	deleteChild: authedProcedure
		.input(childIdSchema)
		.mutation(({ ctx, input }) => deleteChild(ctx.db, ctx.user.id, input.childId)),
	childProgress: authedProcedure
		.input(childIdSchema)
		.query(({ ctx, input }) => childProgress(ctx.db, ctx.user.id, input.childId)),
	setPrivacy: authedProcedure
		.input(privacySetSchema)
		.mutation(({ ctx, input }) => setPrivacy(ctx.db, ctx.user.id, input)),
	setPin: authedProcedure
		.input(pinSetSchema)
		.mutation(({ ctx, input }) => setPin(ctx.db, ctx.user.id, input)),
	setParentName: authedProcedure
		.input(parentNameSchema)
		.mutation(({ ctx, input }) => setParentName(ctx.db, ctx.user.id, input.parentName)),
	/** Opens a finished quest's message for the parent (one view each time). */
	reveal: authedProcedure
		.input(revealSchema)
		.mutation(({ ctx, input }) => openReveal(ctx.db, ctx.user.id, input)),

	// ——— child mode ———
	childQuests: childProcedure.query(({ ctx }) => childQuests(ctx.db, ctx.child)),
	childQuest: childProcedure
		.input(childQuestSchema)
		.query(({ ctx, input }) => childQuest(ctx.db, ctx.child, input.scenarioId)),
	childStart: childProcedure
		.input(childQuestSchema)
		.mutation(({ ctx, input }) => startQuest(ctx.db, ctx.child, input.scenarioId)),
	childAnswer: childProcedure
		.input(childAnswerSchema)
		.mutation(({ ctx, input }) => answerStep(ctx.db, ctx.child, input))
});
