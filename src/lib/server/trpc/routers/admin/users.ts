import {
	userListSchema,
	userSetDisabledSchema,
	userSetRoleSchema
} from '../../../../schemas/admin';
import { setCoordinatorSchema } from '../../../../schemas/cohorts';
import {
	listUsers,
	setUserCoordinator,
	setUserDisabled,
	setUserRole
} from '../../../services/admin/users';
import { adminProcedure, router } from '../../init';

export const adminUserRouter = router({
	list: adminProcedure.input(userListSchema).query(({ ctx, input }) => listUsers(ctx.db, input)),
	setRole: adminProcedure
		.input(userSetRoleSchema)
		.mutation(({ ctx, input }) => setUserRole(ctx.db, ctx.user.id, input.userId, input.role)),
	/** The coordinator capability (cohorts), audited. */
	setCoordinator: adminProcedure
		.input(setCoordinatorSchema)
		.mutation(({ ctx, input }) =>
			setUserCoordinator(ctx.db, ctx.user.id, input.userId, input.coordinator)
		),
	/** Disabling ends the account's sessions in the same transaction. */
	setDisabled: adminProcedure
		.input(userSetDisabledSchema)
		.mutation(({ ctx, input }) =>
			setUserDisabled(ctx.db, ctx.user.id, input.userId, input.disabled)
		)
});
