import { setModeSchema } from '../../../schemas/tracks';
import { setUserMode, userMode } from '../../services/accounts/users';
import { authedProcedure, publicProcedure, router } from '../init';

export const authRouter = router({
	/** The signed-in user, or null. */
	me: publicProcedure.query(({ ctx }) => ctx.user),
	/** What the caller uses Scenario Hub for: it sets the library's default view. */
	mode: authedProcedure.query(({ ctx }) => userMode(ctx.db, ctx.user.id)),
	setMode: authedProcedure
		.input(setModeSchema)
		.mutation(({ ctx, input }) => setUserMode(ctx.db, ctx.user.id, input.mode))
});
