import { legacyImportSchema, scenarioImportSchema } from '../../../../schemas/admin';
import {
	exportScenarios,
	importLegacyProgress,
	importScenarios
} from '../../../services/admin-import-export';
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
