import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { featureFlags } from '../../db/schema';
import { AppError } from '../../errors';
import { recordAudit } from '../audit/record';

// Feature flags are seeded (idempotently) by the seed; admins only toggle them.

export function listFlags(db: Executor) {
	return db.select().from(featureFlags).orderBy(asc(featureFlags.key));
}

export async function setFlag(db: Executor, actorId: string, key: string, enabled: boolean) {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select()
			.from(featureFlags)
			.where(eq(featureFlags.key, key))
			.for('update');
		if (!row) throw new AppError('NOT_FOUND', `No feature flag “${key}”`);
		if (row.enabled === enabled) return row;
		const [updated] = await tx
			.update(featureFlags)
			.set({ enabled, updatedAt: new Date() })
			.where(eq(featureFlags.key, key))
			.returning();
		await recordAudit(tx, {
			actorId,
			action: enabled ? 'flag.enable' : 'flag.disable',
			entityType: 'feature_flag',
			entityId: key,
			before: { enabled: row.enabled },
			after: { enabled }
		});
		return updated;
	});
}
