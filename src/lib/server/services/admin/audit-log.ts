import type { z } from 'zod';
import { and, asc, count, desc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import type { MetadataValues } from '../../../domain/metadata-analyzer';
import { auditListSchema } from '../../../schemas/admin';
import type { Executor } from '../../db/client';
import { auditLog, skills, users } from '../../db/schema';
import { AppError } from '../../errors';
import { sameMetadata } from '../../../domain/metadata-analyzer';
import {
	commitMetadata,
	lockMetadataRows,
	METADATA_ACTIONS,
	rowLabel,
	UNDOABLE_ACTIONS,
	valuesOf,
	type MetadataAuditPayload,
	type MetadataRow
} from './scenarios';

// The audit log as admins read it (who, what, when, before/after), and the undo of metadata
// changes: a later change to any of the rows makes the undo a CONFLICT instead of silently
// overwriting someone's newer edit.

export async function listAudit(db: Executor, input: z.output<typeof auditListSchema>) {
	const conditions: SQL[] = [];
	if (input.entityType) conditions.push(eq(auditLog.entityType, input.entityType));
	if (input.entityId) conditions.push(eq(auditLog.entityId, input.entityId));
	if (input.actorId) conditions.push(eq(auditLog.actorId, input.actorId));
	const where = conditions.length ? and(...conditions) : undefined;
	const [rows, [{ total }]] = await Promise.all([
		db
			.select({
				id: auditLog.id,
				action: auditLog.action,
				entityType: auditLog.entityType,
				entityId: auditLog.entityId,
				before: auditLog.before,
				after: auditLog.after,
				at: auditLog.at,
				undoneAt: auditLog.undoneAt,
				actorId: auditLog.actorId,
				actorName: users.displayName,
				actorEmail: users.email
			})
			.from(auditLog)
			.leftJoin(users, eq(users.id, auditLog.actorId))
			.where(where)
			.orderBy(desc(auditLog.at), desc(auditLog.id))
			.limit(input.pageSize)
			.offset((input.page - 1) * input.pageSize),
		db.select({ total: count() }).from(auditLog).where(where)
	]);
	return {
		items: rows.map((r) => ({
			...r,
			undoable: UNDOABLE_ACTIONS.includes(r.action) && !r.undoneAt
		})),
		total: Number(total),
		page: input.page,
		pageSize: input.pageSize,
		pages: Math.max(1, Math.ceil(Number(total) / input.pageSize))
	};
}

/** What the filters offer: the entity types and the actors that appear in the log. */
export async function auditFilterOptions(db: Executor) {
	const [types, actors] = await Promise.all([
		db
			.selectDistinct({ entityType: auditLog.entityType })
			.from(auditLog)
			.orderBy(asc(auditLog.entityType)),
		db
			.selectDistinct({ id: users.id, name: users.displayName, email: users.email })
			.from(auditLog)
			.innerJoin(users, eq(users.id, auditLog.actorId))
			.where(isNotNull(auditLog.actorId))
			.orderBy(asc(users.displayName))
	]);
	return { entityTypes: types.map((t) => t.entityType), actors };
}

function payloadRows(value: unknown): MetadataRow[] | null {
	const rows = (value as MetadataAuditPayload | null)?.rows;
	return Array.isArray(rows) ? rows : null;
}

/**
 * Restores the rows of a metadata change to their values before it, as a new (audited,
 * itself undoable) change. Refused with CONFLICT, changing nothing, if any row now holds other
 * values than this change left.
 */
export async function undoAuditEntry(db: Executor, actorId: string, id: number) {
	return db.transaction(async (tx) => {
		const [entry] = await tx.select().from(auditLog).where(eq(auditLog.id, id)).for('update');
		if (!entry) throw new AppError('NOT_FOUND', 'No audit entry with that id');
		if (!UNDOABLE_ACTIONS.includes(entry.action)) {
			throw new AppError('BAD_REQUEST', `A “${entry.action}” entry cannot be undone`);
		}
		if (entry.undoneAt) throw new AppError('CONFLICT', 'That change was already undone');
		const before = payloadRows(entry.before);
		const after = payloadRows(entry.after);
		if (!before || !after || before.length !== after.length) {
			throw new AppError('BAD_REQUEST', 'That entry does not hold the rows needed to undo it');
		}
		const current = new Map(
			(
				await lockMetadataRows(
					tx,
					after.map((r) => r.id)
				)
			).map((r) => [r.id, r])
		);
		const changedSince = after
			.map((a) => ({ a, now: current.get(a.id) }))
			// By value, not version: undoing newer changes first (an undo is itself a change)
			// brings a row back to exactly what this change left, and then it may be undone too.
			.filter(({ a, now }) => !now || !sameMetadata(now, a));
		if (changedSince.length > 0) {
			const [first] = changedSince;
			throw new AppError(
				'CONFLICT',
				`Cannot undo: ${rowLabel(first.a)} ${first.now ? 'was changed again since' : 'no longer exists'}${changedSince.length > 1 ? ` (and ${changedSince.length - 1} more)` : ''}`,
				{
					rows: changedSince.map(({ a, now }) => ({
						scenarioId: a.id,
						slug: a.slug,
						title: a.title,
						expected: { ...valuesOf(a), metadataVersion: a.metadataVersion },
						current: now ? { ...valuesOf(now), metadataVersion: now.metadataVersion } : null
					}))
				}
			);
		}
		// A skill deleted since cannot come back onto scenarios (invariant 5). Deactivated ones
		// can: they are still in the taxonomy, and the grid flags them.
		const wanted = [...new Set(before.flatMap((b) => b.skills))];
		const known = wanted.length
			? new Set(
					(
						await tx
							.select({ slug: skills.slug })
							.from(skills)
							.where(inArray(skills.slug, wanted))
							.for('share')
					).map((s) => s.slug)
				)
			: new Set<string>();
		const gone = wanted.filter((s) => !known.has(s));
		if (gone.length > 0) {
			throw new AppError(
				'CONFLICT',
				`Cannot undo: the skill${gone.length > 1 ? 's' : ''} ${gone.join(', ')} no longer exist${gone.length > 1 ? '' : 's'}`,
				{ missingSkills: gone }
			);
		}
		const restore = new Map<string, MetadataValues>(before.map((b) => [b.id, valuesOf(b)]));
		const entries = after
			.map((a) => ({ row: current.get(a.id)!, values: restore.get(a.id)! }))
			.filter((e) => e.values && !sameMetadata(e.row, e.values));
		const result = await commitMetadata(tx, {
			actorId,
			action: METADATA_ACTIONS.undo,
			entries,
			extra: { undoOf: entry.id, undoneAction: entry.action }
		});
		await tx.update(auditLog).set({ undoneAt: new Date() }).where(eq(auditLog.id, entry.id));
		return { restored: result.changed.length, auditId: result.auditId };
	});
}
