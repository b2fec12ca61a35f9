import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
	FAMILY_CONSENT_VERSION,
	type childAddSchema,
	type childUpdateSchema,
	type privacySetSchema
} from '../../../schemas/family';
import type { AgeRange } from '../../../schemas/enums';
import type { Executor } from '../../db/client';
import { childPrivacySettings, childProfiles, questProgress, users } from '../../db/schema';
import { AppError } from '../../errors';
import { recordAudit } from '../audit/record';

// A parent's children: profiles, privacy and the parent's own family settings. Only the parent
// ever reads or changes a child: anyone else (another learner, a reviewer, an admin) gets the
// same NOT_FOUND as for an id that does not exist. Audit entries name the child by id and age
// band only: a child's nickname is the parent's, not the site's log's.

export const CHILD_NOT_FOUND = 'No child with that id in your family';

/** The caller's own child (locked for a change with `lock`), or NOT_FOUND. */
export async function ownChild(
	db: Executor,
	parentId: string,
	childId: string,
	{ lock = false } = {}
) {
	const query = db
		.select()
		.from(childProfiles)
		.where(and(eq(childProfiles.id, childId), eq(childProfiles.parentUserId, parentId)));
	const [row] = lock ? await query.for('update') : await query;
	if (!row) throw new AppError('NOT_FOUND', CHILD_NOT_FOUND);
	return { ...row, ageBand: row.ageBand as AgeRange };
}

export async function addChild(
	db: Executor,
	parentId: string,
	input: z.output<typeof childAddSchema>
) {
	return db.transaction(async (tx) => {
		const [child] = await tx
			.insert(childProfiles)
			.values({ parentUserId: parentId, nickname: input.nickname, ageBand: input.ageBand })
			.returning({ id: childProfiles.id });
		// Shares nothing until the parent consents.
		await tx.insert(childPrivacySettings).values({ childId: child.id });
		await recordAudit(tx, {
			actorId: parentId,
			action: 'family.child.add',
			entityType: 'child_profile',
			entityId: child.id,
			after: { ageBand: input.ageBand }
		});
		return { childId: child.id };
	});
}

export async function updateChild(
	db: Executor,
	parentId: string,
	input: z.output<typeof childUpdateSchema>
) {
	return db.transaction(async (tx) => {
		await ownChild(tx, parentId, input.childId, { lock: true });
		await tx
			.update(childProfiles)
			.set({ nickname: input.nickname, ageBand: input.ageBand, updatedAt: new Date() })
			.where(eq(childProfiles.id, input.childId));
		return { childId: input.childId };
	});
}

/** Deletes the child and, through ON DELETE CASCADE, every row about it. */
export async function deleteChild(db: Executor, parentId: string, childId: string) {
	return db.transaction(async (tx) => {
		const child = await ownChild(tx, parentId, childId, { lock: true });
		await tx.delete(childProfiles).where(eq(childProfiles.id, childId));
		await recordAudit(tx, {
			actorId: parentId,
			action: 'family.child.delete',
			entityType: 'child_profile',
			entityId: childId,
			before: { ageBand: child.ageBand }
		});
		return { deleted: true as const };
	});
}

/** The parent's children, oldest first, with what they share and how far they got. */
export async function listChildren(db: Executor, parentId: string) {
	const rows = await db
		.select({
			id: childProfiles.id,
			nickname: childProfiles.nickname,
			ageBand: childProfiles.ageBand,
			createdAt: childProfiles.createdAt,
			shareAggregatesWithAuthors: childPrivacySettings.shareAggregatesWithAuthors,
			consentAt: childPrivacySettings.consentAt,
			consentVersion: childPrivacySettings.consentVersion,
			played: sql<number>`(select count(*)::int from ${questProgress} where ${questProgress.childId} = ${childProfiles.id})`,
			completed: sql<number>`(select count(*)::int from ${questProgress} where ${questProgress.childId} = ${childProfiles.id} and ${questProgress.completed})`
		})
		.from(childProfiles)
		.leftJoin(childPrivacySettings, eq(childPrivacySettings.childId, childProfiles.id))
		.where(eq(childProfiles.parentUserId, parentId))
		.orderBy(asc(childProfiles.createdAt), asc(childProfiles.id));
	return rows.map((r) => ({
		...r,
		ageBand: r.ageBand as AgeRange,
		shareAggregatesWithAuthors: r.shareAggregatesWithAuthors ?? false,
		played: Number(r.played),
		completed: Number(r.completed)
	}));
}

/**
 * Gives or withdraws the consent to share anonymous counts. Giving records when and under which
 * wording; withdrawing clears both at once (one click), and the audit log keeps the history.
 */
export async function setPrivacy(
	db: Executor,
	parentId: string,
	input: z.output<typeof privacySetSchema>,
	now = new Date()
) {
	return db.transaction(async (tx) => {
		await ownChild(tx, parentId, input.childId, { lock: true });
		const give = input.shareAggregatesWithAuthors;
		const values = give
			? { shareAggregatesWithAuthors: true, consentAt: now, consentVersion: FAMILY_CONSENT_VERSION }
			: { shareAggregatesWithAuthors: false, consentAt: null, consentVersion: null };
		await tx
			.insert(childPrivacySettings)
			.values({ childId: input.childId, ...values, updatedAt: now })
			.onConflictDoUpdate({
				target: childPrivacySettings.childId,
				set: { ...values, updatedAt: now }
			});
		await recordAudit(tx, {
			actorId: parentId,
			action: give ? 'family.consent.give' : 'family.consent.withdraw',
			entityType: 'child_privacy',
			entityId: input.childId,
			after: give ? { consentVersion: FAMILY_CONSENT_VERSION } : { sharing: false }
		});
		return {
			shareAggregatesWithAuthors: give,
			consentAt: values.consentAt,
			consentVersion: values.consentVersion
		};
	});
}

/** The parent's side of /family: whether a PIN is set, and the name children see. */
export async function familySettings(db: Executor, parentId: string) {
	const [row] = await db
		.select({ parentName: users.parentName, pinHash: users.childModePinHash })
		.from(users)
		.where(eq(users.id, parentId));
	if (!row) throw new AppError('NOT_FOUND', 'No such account');
	return { parentName: row.parentName, hasPin: row.pinHash !== null };
}

export async function setParentName(db: Executor, parentId: string, parentName: string | null) {
	await db.update(users).set({ parentName }).where(eq(users.id, parentId));
	return { parentName };
}
