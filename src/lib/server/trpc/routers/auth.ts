import { publicProcedure, router } from '../init';

export const authRouter = router({
	/** The signed-in user, or null. */
	me: publicProcedure.query(({ ctx }) => ctx.user)
});
