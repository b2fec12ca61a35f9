import {
	adminScenarioListSchema,
	bulkUpdateSchema,
	updateMetadataSchema
} from '../../../../schemas/admin';
import {
	bulkUpdateMetadata,
	listScenarioMetadata,
	metadataCoverage,
	updateScenarioMetadata
} from '../../../services/admin/scenarios';
import { adminProcedure, router } from '../../init';

export const adminScenarioRouter = router({
	/** The metadata grid: every scenario, any status, paged and searchable. */
	list: adminProcedure
		.input(adminScenarioListSchema)
		.query(({ ctx, input }) => listScenarioMetadata(ctx.db, input)),
	/** Public contract (PRODUCT.md). CONFLICT, with both values, if `metadataVersion` is stale. */
	updateMetadata: adminProcedure
		.input(updateMetadataSchema)
		.mutation(({ ctx, input }) => updateScenarioMetadata(ctx.db, ctx.user.id, input)),
	/** All-or-nothing; undo it with `admin.audit.undo` and the returned auditId. */
	bulkUpdate: adminProcedure
		.input(bulkUpdateSchema)
		.mutation(({ ctx, input }) => bulkUpdateMetadata(ctx.db, ctx.user.id, input)),
	coverage: adminProcedure.query(({ ctx }) => metadataCoverage(ctx.db))
});
