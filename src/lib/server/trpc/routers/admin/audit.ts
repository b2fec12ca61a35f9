import { auditIdSchema, auditListSchema } from '../../../../schemas/admin';
import { auditFilterOptions, listAudit, undoAuditEntry } from '../../../services/admin/audit-log';
import { adminProcedure, router } from '../../init';

export const adminAuditRouter = router({
	list: adminProcedure.input(auditListSchema).query(({ ctx, input }) => listAudit(ctx.db, input)),
	filters: adminProcedure.query(({ ctx }) => auditFilterOptions(ctx.db)),
	/** Undo a metadata change; CONFLICT (nothing changed) if a row changed since. */
	undo: adminProcedure
		.input(auditIdSchema)
		.mutation(({ ctx, input }) => undoAuditEntry(ctx.db, ctx.user.id, input.id))
});
