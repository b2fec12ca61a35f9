import {
	calibrationIdSchema,
	calibrationSaveSchema,
	poolSaveSchema,
	scenarioSupplyGetSchema,
	scenarioSupplySetSchema,
	skillPoolSetSchema
} from '../../../../schemas/cohorts';
import {
	deleteCalibration,
	planningOverview,
	saveCalibration,
	savePool,
	scenarioSupply,
	setScenarioSupply,
	setSkillPool
} from '../../../services/planning/admin';
import { adminProcedure, router } from '../../init';

// Skill pools, calibrations and token supplies (seed 001), behind token_planning_v1.
export const adminPlanningRouter = router({
	overview: adminProcedure.query(({ ctx }) => planningOverview(ctx.db)),
	savePool: adminProcedure
		.input(poolSaveSchema)
		.mutation(({ ctx, input }) => savePool(ctx.db, ctx.user.id, input)),
	setSkillPool: adminProcedure
		.input(skillPoolSetSchema)
		.mutation(({ ctx, input }) => setSkillPool(ctx.db, ctx.user.id, input)),
	saveCalibration: adminProcedure
		.input(calibrationSaveSchema)
		.mutation(({ ctx, input }) => saveCalibration(ctx.db, ctx.user.id, input)),
	deleteCalibration: adminProcedure
		.input(calibrationIdSchema)
		.mutation(({ ctx, input }) => deleteCalibration(ctx.db, ctx.user.id, input.calibrationId)),
	scenarioSupply: adminProcedure
		.input(scenarioSupplyGetSchema)
		.query(({ ctx, input }) => scenarioSupply(ctx.db, input.scenarioId)),
	setScenarioSupply: adminProcedure
		.input(scenarioSupplySetSchema)
		.mutation(({ ctx, input }) => setScenarioSupply(ctx.db, ctx.user.id, input))
});
