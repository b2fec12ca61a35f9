import { z } from 'zod';
import { scenarioListInputSchema, scenarioSlugSchema } from '../../../schemas/scenario';
import { getScenarioBySlug } from '../../services/catalog/detail';
import { listScenarios } from '../../services/catalog/list';
import { publicProcedure, router } from '../init';

export const scenarioRouter = router({
	list: publicProcedure
		.input(scenarioListInputSchema)
		.query(({ ctx, input }) =>
			listScenarios(ctx.db, input, { scope: 'library', viewerId: ctx.user?.id })
		),
	bySlug: publicProcedure
		.input(z.object({ slug: scenarioSlugSchema }))
		.query(({ ctx, input }) => getScenarioBySlug(ctx.db, input.slug, ctx.user))
});
