import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { apiKeys } from '../../db/schema';
import { AppError } from '../../errors';
import { createApiKey, revokeApiKey } from '../api-keys/keys';
import { recordAudit } from '../audit/record';

// The admin console's side of API keys: the same services as the CLI, plus the audit entry.
// The key itself is returned once and never written to the audit log.

export async function createApiKeyAudited(db: Executor, actorId: string, name: string) {
	return db.transaction(async (tx) => {
		const created = await createApiKey(tx, { name, createdByUserId: actorId });
		await recordAudit(tx, {
			actorId,
			action: 'api_key.create',
			entityType: 'api_key',
			entityId: created.id,
			after: { name: created.name, prefix: created.prefix }
		});
		return created;
	});
}

export async function revokeApiKeyAudited(db: Executor, actorId: string, id: string) {
	return db.transaction(async (tx) => {
		const [row] = await tx.select().from(apiKeys).where(eq(apiKeys.id, id)).for('update');
		if (!row) throw new AppError('NOT_FOUND', 'No API key with that id');
		if (row.revokedAt) return { id: row.id, name: row.name, revokedAt: row.revokedAt };
		const revoked = await revokeApiKey(tx, id);
		await recordAudit(tx, {
			actorId,
			action: 'api_key.revoke',
			entityType: 'api_key',
			entityId: id,
			before: { name: row.name, prefix: row.prefix, revokedAt: null },
			after: { name: row.name, prefix: row.prefix, revokedAt: revoked.revokedAt }
		});
		return revoked;
	});
}
