import {
	assignableScenariosSchema,
	assignmentCreateSchema,
	assignmentIdSchema,
	cohortAddCoordinatorSchema,
	cohortArchiveSchema,
	cohortCodeSchema,
	cohortCreateSchema,
	cohortIdSchema,
	cohortInviteSchema,
	cohortJoinSchema,
	cohortMemberSchema,
	cohortUpdateSchema,
	demandSetSchema
} from '../../../schemas/cohorts';
import {
	assignableScenarios,
	createAssignment,
	deleteAssignment,
	myAssignments
} from '../../services/cohorts/assignments';
import {
	addCoordinator,
	createCohort,
	myCohorts,
	removeMember,
	setCohortArchived,
	updateCohort
} from '../../services/cohorts/cohorts';
import { cohortDashboard } from '../../services/cohorts/dashboard';
import {
	createInvite,
	joinCohort,
	leaveCohort,
	previewInvite,
	revokeInvite,
	setConsent
} from '../../services/cohorts/membership';
import { cohortPlan, setDemand } from '../../services/planning/plan';
import { authedProcedure, router } from '../init';

// Cohorts (PRODUCT.md, "Cohorts and training plans"). Every procedure is for signed-in users;
// the services decide per cohort: coordinating needs the capability and the membership,
// a trainee acts only on their own membership.

export const cohortRouter = router({
	mine: authedProcedure.query(({ ctx }) => myCohorts(ctx.db, ctx.user.id)),
	create: authedProcedure
		.input(cohortCreateSchema)
		.mutation(({ ctx, input }) => createCohort(ctx.db, ctx.user.id, input)),
	update: authedProcedure
		.input(cohortUpdateSchema)
		.mutation(({ ctx, input }) => updateCohort(ctx.db, ctx.user.id, input)),
	archive: authedProcedure
		.input(cohortArchiveSchema)
		.mutation(({ ctx, input }) =>
			setCohortArchived(ctx.db, ctx.user.id, input.cohortId, input.archived)
		),
	/** A new invite code (shown once; replaces the previous one). */
	invite: authedProcedure
		.input(cohortInviteSchema)
		.mutation(({ ctx, input }) => createInvite(ctx.db, ctx.user.id, input)),
	revokeInvite: authedProcedure
		.input(cohortIdSchema)
		.mutation(({ ctx, input }) => revokeInvite(ctx.db, ctx.user.id, input.cohortId)),
	addCoordinator: authedProcedure
		.input(cohortAddCoordinatorSchema)
		.mutation(({ ctx, input }) => addCoordinator(ctx.db, ctx.user.id, input)),
	removeMember: authedProcedure
		.input(cohortMemberSchema)
		.mutation(({ ctx, input }) => removeMember(ctx.db, ctx.user.id, input)),
	/** What joining with this code means, before the trainee decides (counts as a try). */
	preview: authedProcedure
		.input(cohortCodeSchema)
		.query(({ ctx, input }) => previewInvite(ctx.db, ctx.user.id, input.code)),
	join: authedProcedure
		.input(cohortJoinSchema)
		.mutation(({ ctx, input }) => joinCohort(ctx.db, ctx.user.id, input)),
	giveConsent: authedProcedure
		.input(cohortIdSchema)
		.mutation(({ ctx, input }) => setConsent(ctx.db, ctx.user.id, input.cohortId, true)),
	withdrawConsent: authedProcedure
		.input(cohortIdSchema)
		.mutation(({ ctx, input }) => setConsent(ctx.db, ctx.user.id, input.cohortId, false)),
	leave: authedProcedure
		.input(cohortIdSchema)
		.mutation(({ ctx, input }) => leaveCohort(ctx.db, ctx.user.id, input.cohortId)),
	assign: authedProcedure
		.input(assignmentCreateSchema)
		.mutation(({ ctx, input }) => createAssignment(ctx.db, ctx.user.id, input)),
	unassign: authedProcedure
		.input(assignmentIdSchema)
		.mutation(({ ctx, input }) => deleteAssignment(ctx.db, ctx.user.id, input.assignmentId)),
	assignable: authedProcedure
		.input(assignableScenariosSchema)
		.query(({ ctx, input }) => assignableScenarios(ctx.db, ctx.user.id, input)),
	/** The trainee's own assignments, across cohorts. */
	myAssignments: authedProcedure.query(({ ctx }) => myAssignments(ctx.db, ctx.user.id)),
	dashboard: authedProcedure
		.input(cohortIdSchema)
		.query(({ ctx, input }) => cohortDashboard(ctx.db, ctx.user.id, input.cohortId)),
	/** The training plan (flag token_planning_v1): demand against supply per skill pool. */
	plan: authedProcedure
		.input(cohortIdSchema)
		.query(({ ctx, input }) => cohortPlan(ctx.db, ctx.user.id, input.cohortId)),
	setDemand: authedProcedure
		.input(demandSetSchema)
		.mutation(({ ctx, input }) => setDemand(ctx.db, ctx.user.id, input))
});
