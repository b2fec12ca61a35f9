import { z } from 'zod';
import { flagSetSchema } from '../../../../schemas/admin';
import { listFlags, setFlag } from '../../../services/admin/flags';
import {
	getApprovalThreshold,
	setApprovalThreshold
} from '../../../services/authoring/approval-threshold';
import { adminProcedure, router } from '../../init';

export const adminFlagRouter = router({
	list: adminProcedure.query(({ ctx }) => listFlags(ctx.db)),
	set: adminProcedure
		.input(flagSetSchema)
		.mutation(({ ctx, input }) => setFlag(ctx.db, ctx.user.id, input.key, input.enabled)),
	/** App settings shown beside the flags (the review engineer owns their rules). */
	settings: adminProcedure.query(async ({ ctx }) => ({
		approvalThreshold: await getApprovalThreshold(ctx.db)
	})),
	setApprovalThreshold: adminProcedure
		.input(z.object({ value: z.number() }))
		.mutation(({ ctx, input }) => setApprovalThreshold(ctx.db, input.value, ctx.user.id))
});
