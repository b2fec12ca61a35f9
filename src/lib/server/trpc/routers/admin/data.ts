import { legacyImportSchema, scenarioImportSchema } from '../../../../schemas/admin';
import { exportScenarios, importScenarios } from '../../../services/admin/scenario-transfer';
import { importLegacyProgress } from '../../../services/progress/legacy-import';
import { adminProcedure, router } from '../../init';

// The console streams the progress of the two imports from POST /admin/import-export/...;
// these procedures run the same services for scripts and tests.

export const adminDataRouter = router({
	exportScenarios: adminProcedure.query(({ ctx }) => exportScenarios(ctx.db)),
	importScenarios: adminProcedure
		.input(scenarioImportSchema)
		.mutation(({ ctx, input }) => importScenarios(ctx.db, ctx.user.id, input.document)),
	importLegacy: adminProcedure
		.input(legacyImportSchema)
		.mutation(({ ctx, input }) =>
			importLegacyProgress(ctx.db, ctx.user.id, input.text, { dryRun: input.dryRun })
		)
});
