import {
	userListSchema,
	userSetDisabledSchema,
	userSetRoleSchema
} from '../../../../schemas/admin';
import { listUsers, setUserDisabled, setUserRole } from '../../../services/admin/users';
import { adminProcedure, router } from '../../init';

export const adminUserRouter = router({
	list: adminProcedure.input(userListSchema).query(({ ctx, input }) => listUsers(ctx.db, input)),
	setRole: adminProcedure
		.input(userSetRoleSchema)
		.mutation(({ ctx, input }) => setUserRole(ctx.db, ctx.user.id, input.userId, input.role)),
	/** Disabling ends the account's sessions in the same transaction. */
	setDisabled: adminProcedure
		.input(userSetDisabledSchema)
		.mutation(({ ctx, input }) =>
			setUserDisabled(ctx.db, ctx.user.id, input.userId, input.disabled)
		)
});
