import { scenarioListInputSchema } from '../../../schemas/scenario';
import { listScenarios } from '../../services/catalog/list';
import { publicProcedure, router } from '../init';

export const marketplaceRouter = router({
	list: publicProcedure
		.input(scenarioListInputSchema)
		.query(({ ctx, input }) =>
			listScenarios(
				ctx.db,
				{ sort: 'trending', ...input },
				{ scope: 'marketplace', viewerId: ctx.user?.id }
			)
		)
});
