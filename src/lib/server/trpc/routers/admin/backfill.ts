import {
	backfillDecideAllSchema,
	backfillDecideSchema,
	backfillGenerateSchema
} from '../../../../schemas/admin';
import {
	applyAcceptedProposals,
	decideAllProposals,
	decideProposal,
	generateProposals,
	listProposals,
	proposalCounts
} from '../../../services/admin/backfill';
import { metadataCoverage } from '../../../services/admin/scenarios';
import { adminProcedure, router } from '../../init';

export const adminBackfillRouter = router({
	/** Proposals beside current values, the counts by status and the coverage meter. */
	state: adminProcedure.query(async ({ ctx }) => {
		const [proposals, counts, coverage] = await Promise.all([
			listProposals(ctx.db),
			proposalCounts(ctx.db),
			metadataCoverage(ctx.db)
		]);
		return { proposals, counts, coverage };
	}),
	generate: adminProcedure
		.input(backfillGenerateSchema)
		.mutation(({ ctx, input }) => generateProposals(ctx.db, ctx.user.id, input.scope, input.mode)),
	decide: adminProcedure
		.input(backfillDecideSchema)
		.mutation(({ ctx, input }) => decideProposal(ctx.db, ctx.user.id, input)),
	decideAll: adminProcedure
		.input(backfillDecideAllSchema)
		.mutation(({ ctx, input }) => decideAllProposals(ctx.db, ctx.user.id, input.decision)),
	/** One transaction; the console streams its progress from POST /admin/backfill/apply. */
	applyAccepted: adminProcedure.mutation(({ ctx }) => applyAcceptedProposals(ctx.db, ctx.user.id))
});
