import { eq } from 'drizzle-orm';
import { approvalThresholdSchema, DEFAULT_APPROVAL_THRESHOLD } from '../../../schemas/review';
import type { Executor } from '../../db/client';
import { appSettings } from '../../db/schema';
import { AppError } from '../../errors';
import { recordAudit } from '../audit/record';

export const APPROVAL_THRESHOLD_KEY = 'review.approval_threshold';

/**
 * The lowest score, on each of the four review dimensions, that still allows approval.
 * A missing or malformed setting means the default (3): the gate never silently opens.
 */
export async function getApprovalThreshold(db: Executor): Promise<number> {
	const [row] = await db
		.select({ value: appSettings.value })
		.from(appSettings)
		.where(eq(appSettings.key, APPROVAL_THRESHOLD_KEY))
		.limit(1);
	const parsed = approvalThresholdSchema.safeParse(row?.value);
	return parsed.success ? parsed.data : DEFAULT_APPROVAL_THRESHOLD;
}

/** Changes the threshold (admins only: the caller checks the role) and audits the change. */
export async function setApprovalThreshold(db: Executor, value: number, actorId: string | null) {
	const parsed = approvalThresholdSchema.safeParse(value);
	if (!parsed.success) {
		throw new AppError('BAD_REQUEST', parsed.error.issues[0].message, {
			field: 'approvalThreshold'
		});
	}
	return db.transaction(async (tx) => {
		const before = await getApprovalThreshold(tx);
		await tx
			.insert(appSettings)
			.values({ key: APPROVAL_THRESHOLD_KEY, value: parsed.data })
			.onConflictDoUpdate({
				target: appSettings.key,
				set: { value: parsed.data, updatedAt: new Date() }
			});
		await recordAudit(tx, {
			actorId,
			action: 'setting.update',
			entityType: 'app_setting',
			entityId: APPROVAL_THRESHOLD_KEY,
			before: { value: before },
			after: { value: parsed.data }
		});
		return parsed.data;
	});
}
