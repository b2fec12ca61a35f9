import type { z } from 'zod';
import { and, asc, count, desc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import {
	auditActionLabel,
	auditEntityTypeLabel,
	SETTING_LABELS
} from '../../../domain/audit-labels';
import type { MetadataValues } from '../../../domain/metadata-analyzer';
import { auditListSchema } from '../../../schemas/admin';
import type { Executor } from '../../db/client';
import { apiKeys, auditLog, scenarios, skills, users } from '../../db/schema';
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
import { isUuid } from '../../../domain/ids';

// The audit log as admins read it (who, what, when, before/after) in names rather than ids and
// codes, and the undo of metadata changes: a later change to any of the rows makes the undo a
// CONFLICT instead of silently overwriting someone's newer edit.

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
	const names = await entityNames(db, rows);
	return {
		items: rows.map((r, i) => ({
			...r,
			/** the actor in words: their display name, or the system (start-up, command line) */
			actorLabel: r.actorName ?? (r.actorId ? 'A deleted account' : 'The system'),
			/** "renamed the skill" */
			actionLabel: auditActionLabel(r.action),
			/** the entity's title, name or slug ("“Night shift”", "Closing the call"), if any */
			entityName: names[i],
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
	return {
		entityTypes: types.map((t) => t.entityType),
		/** the entity types in words, for the filter */
		entityTypeLabels: Object.fromEntries(
			types.map((t) => [t.entityType, auditEntityTypeLabel(t.entityType)])
		),
		actors
	};
}

type Payload = Record<string, unknown> | null;
const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
const quoted = (title: string) => `“${title}”`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What each entry is about, in words: a scenario's title, a skill's or an API key's name, a
 * user's display name, looked up now (one query per kind for the whole page), else taken from
 * what the entry recorded (the thing may be deleted since), else a count from its payload.
 */
async function entityNames(
	db: Executor,
	rows: {
		action: string;
		entityType: string;
		entityId: string | null;
		before: unknown;
		after: unknown;
	}[]
): Promise<(string | null)[]> {
	const ids = (type: string, pick: (r: (typeof rows)[number]) => string | null | undefined) => [
		...new Set(
			rows
				.filter((r) => r.entityType === type)
				.map(pick)
				.filter((v): v is string => !!v)
		)
	];
	const scenarioIds = [
		...ids('scenario', (r) => r.entityId),
		...ids('review', (r) => text((r.before as Payload)?.scenarioId))
	].filter((id) => isUuid(id));
	const userIds = ids('user', (r) => r.entityId).filter((id) => isUuid(id));
	const keyIds = ids('api_key', (r) => r.entityId).filter((id) => isUuid(id));
	const skillSlugs = ids('skill', (r) => r.entityId);
	// One query per kind, skipped when the page has none of that kind.
	const names = async (
		keys: string[],
		query: (keys: string[]) => Promise<{ key: string; name: string }[]>
	) => new Map(keys.length ? (await query(keys)).map((r) => [r.key, r.name]) : []);
	const [scenarioTitle, userName, keyName, skillName] = await Promise.all([
		names(scenarioIds, (keys) =>
			db
				.select({ key: scenarios.id, name: scenarios.title })
				.from(scenarios)
				.where(inArray(scenarios.id, keys))
		),
		names(userIds, (keys) =>
			db
				.select({ key: users.id, name: users.displayName })
				.from(users)
				.where(inArray(users.id, keys))
		),
		names(keyIds, (keys) =>
			db
				.select({ key: apiKeys.id, name: apiKeys.name })
				.from(apiKeys)
				.where(inArray(apiKeys.id, keys))
		),
		names(skillSlugs, (keys) =>
			db
				.select({ key: skills.slug, name: skills.name })
				.from(skills)
				.where(inArray(skills.slug, keys))
		)
	]);

	return rows.map((r) => {
		const before = (r.before as Payload) ?? {};
		const after = (r.after as Payload) ?? {};
		const id = r.entityId;
		switch (r.entityType) {
			case 'scenario': {
				const title = (id && scenarioTitle.get(id)) ?? null;
				const recorded = (after.rows ?? before.rows) as { title?: string }[] | undefined;
				if (title) return quoted(title);
				if (Array.isArray(recorded)) {
					return recorded.length === 1 && recorded[0]?.title
						? quoted(recorded[0].title)
						: plural(recorded.length, 'scenario');
				}
				if (r.action === 'scenario.import') {
					const created = Array.isArray(after.created) ? after.created.length : 0;
					const updated = Array.isArray(after.updated) ? after.updated.length : 0;
					return `${plural(created, 'new scenario')} and ${plural(updated, 'updated scenario')}`;
				}
				return id ? 'a deleted scenario' : null;
			}
			case 'skill': {
				if (r.action === 'skill.reorder') return 'the skill taxonomy';
				const from = (before.from as Payload) ?? null;
				const name =
					(r.action !== 'skill.merge' && id && skillName.get(id)) ||
					text(after.name) ||
					text(from?.name) ||
					text(before.name);
				if (r.action === 'skill.rename' && text(before.name) && text(before.name) !== name) {
					return `${quoted(text(before.name)!)} (now ${quoted(name ?? id ?? '')})`;
				}
				if (r.action === 'skill.merge') {
					const into = text((before.into as Payload)?.name) ?? text(after.into);
					return `${quoted(name ?? id ?? 'a skill')}${into ? ` into ${quoted(into)}` : ''}`;
				}
				return name ? quoted(name) : id;
			}
			case 'user':
				return (id && userName.get(id)) ?? text(after.email) ?? text(before.email) ?? id;
			case 'api_key': {
				const name = (id && keyName.get(id)) ?? text(after.name) ?? text(before.name);
				return name ? quoted(name) : id;
			}
			case 'feature_flag':
				return id;
			case 'app_setting':
				return (id && SETTING_LABELS[id]) ?? id;
			case 'metadata_proposal': {
				const n = typeof after.proposals === 'number' ? after.proposals : null;
				return n === null ? null : `${plural(n, 'proposal')} (${text(after.scope) ?? 'missing'})`;
			}
			case 'scenario_attempt':
				return 'legacy progress';
			case 'review': {
				const scenarioId = text(before.scenarioId);
				const title = (scenarioId && scenarioTitle.get(scenarioId)) ?? text(before.scenario);
				const author = text(before.author);
				return `${author ? `${author}’s review` : 'a review'}${title ? ` of ${quoted(title)}` : ''}`;
			}
			default:
				return id;
		}
	});
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
