import { apiKeyCreateSchema, apiKeyIdSchema } from '../../../../schemas/admin';
import { createApiKeyAudited, revokeApiKeyAudited } from '../../../services/admin/api-keys';
import { listApiKeys } from '../../../services/api-keys/keys';
import { adminProcedure, router } from '../../init';

export const adminApiKeyRouter = router({
	list: adminProcedure.query(({ ctx }) => listApiKeys(ctx.db)),
	/** Returns the key itself: this is the only time anyone sees it. */
	create: adminProcedure
		.input(apiKeyCreateSchema)
		.mutation(({ ctx, input }) => createApiKeyAudited(ctx.db, ctx.user.id, input.name)),
	revoke: adminProcedure
		.input(apiKeyIdSchema)
		.mutation(({ ctx, input }) => revokeApiKeyAudited(ctx.db, ctx.user.id, input.id))
});
