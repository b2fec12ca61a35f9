import { outboxListSchema } from '../../../../schemas/accounts';
import { listOutbox } from '../../../services/admin/outbox';
import { adminProcedure, router } from '../../init';

export const adminOutboxRouter = router({
	/** Mails the app sent or kept (newest first), with their text: reset links included. */
	list: adminProcedure.input(outboxListSchema).query(({ ctx, input }) => listOutbox(ctx.db, input))
});
