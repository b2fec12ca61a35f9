import type { Executor } from '../../db/client';
import { auditLog } from '../../db/schema';

export interface AuditEntry {
	actorId: string | null;
	/** verb.noun, e.g. 'skill.rename', 'scenario.metadata.bulk_update' */
	action: string;
	entityType: string;
	entityId?: string | null;
	before?: unknown;
	after?: unknown;
}

/** Records an admin action; call it inside the transaction that makes the change. */
export async function recordAudit(db: Executor, entry: AuditEntry) {
	const [row] = await db
		.insert(auditLog)
		.values({
			actorId: entry.actorId,
			action: entry.action,
			entityType: entry.entityType,
			entityId: entry.entityId ?? null,
			before: entry.before ?? null,
			after: entry.after ?? null
		})
		.returning({ id: auditLog.id });
	return row.id;
}
