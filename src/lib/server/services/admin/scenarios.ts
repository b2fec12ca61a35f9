import type { z } from 'zod';
import { and, asc, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import {
	isMetadataComplete,
	sameMetadata,
	validateMetadata,
	type MetadataValues
} from '../../../domain/metadata-analyzer';
import type { BulkUpdateInput, UpdateMetadataInput } from '../../../schemas/admin';
import { adminScenarioListSchema } from '../../../schemas/admin';
import type { Executor, Tx } from '../../db/client';
import { scenarios, skills, users } from '../../db/schema';
import { AppError } from '../../errors';
import { recordAudit } from '../audit/record';

// The admins' metadata grid: skills, difficulty and estimated time of every scenario, edited
// one at a time (optimistic concurrency on metadata_version) or in bulk (atomic, undoable).
// Every write of these three columns goes through `commitMetadata`, which bumps the version
// and writes the audit entry the undo reads.

export interface MetadataRow extends MetadataValues {
	id: string;
	slug: string;
	title: string;
	metadataVersion: number;
}

/** The audit payload of a metadata change: the rows before and after, undo reads it. */
export interface MetadataAuditPayload {
	rows: MetadataRow[];
	[key: string]: unknown;
}

export const METADATA_ACTIONS = {
	update: 'scenario.metadata.update',
	bulk: 'scenario.metadata.bulk_update',
	backfill: 'scenario.metadata.backfill',
	file: 'scenario.metadata.apply_file',
	undo: 'scenario.metadata.undo'
} as const;
export const UNDOABLE_ACTIONS: readonly string[] = Object.values(METADATA_ACTIONS);

const metadataColumns = {
	id: scenarios.id,
	slug: scenarios.slug,
	title: scenarios.title,
	skills: scenarios.skills,
	difficulty: scenarios.difficulty,
	estimatedTime: scenarios.estimatedTime,
	metadataVersion: scenarios.metadataVersion
};

export function rowLabel(row: { title: string; slug: string }) {
	return `“${row.title}” (${row.slug})`;
}

export function valuesOf(row: MetadataValues): MetadataValues {
	return { skills: [...row.skills], difficulty: row.difficulty, estimatedTime: row.estimatedTime };
}

/** The scenarios' metadata, locked for update in id order (a fixed order cannot deadlock). */
export async function lockMetadataRows(tx: Tx, ids: string[]): Promise<MetadataRow[]> {
	if (ids.length === 0) return [];
	return tx
		.select(metadataColumns)
		.from(scenarios)
		.where(inArray(scenarios.id, ids))
		.orderBy(asc(scenarios.id))
		.for('update');
}

/**
 * Which of `slugs` are active skills, read FOR SHARE: a concurrent rename, merge, deactivation
 * or delete of one of them waits for this transaction, so no scenario ends up with a slug
 * that was removed meanwhile.
 */
export async function activeSlugsAmong(tx: Tx, slugs: Iterable<string>): Promise<Set<string>> {
	const unique = [...new Set(slugs)];
	if (unique.length === 0) return new Set();
	const rows = await tx
		.select({ slug: skills.slug })
		.from(skills)
		.where(and(inArray(skills.slug, unique), eq(skills.isActive, true)))
		.orderBy(asc(skills.slug))
		.for('share');
	return new Set(rows.map((r) => r.slug));
}

export async function allActiveSlugs(db: Executor): Promise<Set<string>> {
	const rows = await db.select({ slug: skills.slug }).from(skills).where(eq(skills.isActive, true));
	return new Set(rows.map((r) => r.slug));
}

export interface RowProblem {
	scenarioId: string;
	slug: string;
	title: string;
	problems: string[];
}

/** Seed 000's validation of every entry; the skills involved are locked FOR SHARE. */
export async function validateEntries(
	tx: Tx,
	entries: { row: MetadataRow; values: MetadataValues }[]
): Promise<RowProblem[]> {
	const active = await activeSlugsAmong(
		tx,
		entries.flatMap((e) => (Array.isArray(e.values.skills) ? e.values.skills : []))
	);
	const problems: RowProblem[] = [];
	for (const { row, values } of entries) {
		const found = validateMetadata(values, active);
		if (found.length > 0) {
			problems.push({ scenarioId: row.id, slug: row.slug, title: row.title, problems: found });
		}
	}
	return problems;
}

/** BAD_REQUEST that names the first invalid row (and how many more), with all of them in details. */
export function invalidRowsError(problems: RowProblem[], prefix = 'Nothing was changed') {
	const [first] = problems;
	const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
	return new AppError(
		'BAD_REQUEST',
		`${prefix}: ${rowLabel(first)} ${first.problems.join('; ')}${more}`,
		{ rows: problems }
	);
}

/**
 * Writes the entries whose values differ from their (locked) rows, bumping metadata_version,
 * and records one audit entry with the rows before and after. Returns the rows after.
 */
export async function commitMetadata(
	tx: Tx,
	options: {
		actorId: string | null;
		action: string;
		entries: { row: MetadataRow; values: MetadataValues }[];
		extra?: Record<string, unknown>;
		onProgress?: (done: number, total: number) => void;
	}
): Promise<{ changed: MetadataRow[]; before: MetadataRow[]; auditId: number | null }> {
	const changes = options.entries.filter((e) => !sameMetadata(e.row, e.values));
	const before: MetadataRow[] = [];
	const after: MetadataRow[] = [];
	const total = changes.length;
	for (const [index, { row, values }] of changes.entries()) {
		const [updated] = await tx
			.update(scenarios)
			.set({
				skills: values.skills,
				difficulty: values.difficulty,
				estimatedTime: values.estimatedTime,
				metadataVersion: sql`${scenarios.metadataVersion} + 1`,
				updatedAt: new Date()
			})
			.where(eq(scenarios.id, row.id))
			.returning(metadataColumns);
		before.push(row);
		after.push(updated);
		if (options.onProgress && (index % 10 === 9 || index === total - 1)) {
			options.onProgress(index + 1, total);
		}
	}
	if (after.length === 0) return { changed: [], before: [], auditId: null };
	const auditId = await recordAudit(tx, {
		actorId: options.actorId,
		action: options.action,
		entityType: 'scenario',
		entityId: after.length === 1 ? after[0].id : null,
		before: { rows: before, ...options.extra } satisfies MetadataAuditPayload,
		after: { rows: after, ...options.extra } satisfies MetadataAuditPayload
	});
	return { changed: after, before, auditId };
}

/** `admin.scenario.updateMetadata`: one row, refused with CONFLICT if it changed meanwhile. */
export async function updateScenarioMetadata(
	db: Executor,
	actorId: string,
	input: UpdateMetadataInput
) {
	const attempted: MetadataValues = {
		skills: input.skills,
		difficulty: input.difficulty,
		estimatedTime: input.estimatedTime
	};
	return db.transaction(async (tx) => {
		const [row] = await lockMetadataRows(tx, [input.scenarioId]);
		if (!row) throw new AppError('NOT_FOUND', 'No scenario with that id');
		if (input.metadataVersion !== undefined && input.metadataVersion !== row.metadataVersion) {
			throw new AppError(
				'CONFLICT',
				`${rowLabel(row)} was changed by someone else since you opened it`,
				{
					scenarioId: row.id,
					current: { ...valuesOf(row), metadataVersion: row.metadataVersion },
					attempted: { ...attempted, metadataVersion: input.metadataVersion }
				}
			);
		}
		const problems = await validateEntries(tx, [{ row, values: attempted }]);
		if (problems.length > 0) throw invalidRowsError(problems, 'Not saved');
		const result = await commitMetadata(tx, {
			actorId,
			action: METADATA_ACTIONS.update,
			entries: [{ row, values: attempted }]
		});
		return {
			row: result.changed[0] ?? row,
			changed: result.changed.length > 0,
			auditId: result.auditId
		};
	});
}

function applyOperation(row: MetadataRow, op: BulkUpdateInput['operation']): MetadataValues {
	const values = valuesOf(row);
	switch (op.kind) {
		case 'set_difficulty':
			return { ...values, difficulty: op.difficulty };
		case 'set_time':
			return { ...values, estimatedTime: op.estimatedTime };
		case 'add_skill':
			return values.skills.includes(op.skill)
				? values
				: { ...values, skills: [...values.skills, op.skill] };
		case 'remove_skill':
			return { ...values, skills: values.skills.filter((s) => s !== op.skill) };
	}
}

export function describeOperation(op: BulkUpdateInput['operation']): string {
	switch (op.kind) {
		case 'set_difficulty':
			return `set difficulty to ${op.difficulty}`;
		case 'set_time':
			return `set time to ${op.estimatedTime} min`;
		case 'add_skill':
			return `add skill ${op.skill}`;
		case 'remove_skill':
			return `remove skill ${op.skill}`;
	}
}

/**
 * One operation over many scenarios, all or nothing: every resulting row is validated first
 * and a single invalid one (named in the error) leaves everything unchanged.
 */
export async function bulkUpdateMetadata(db: Executor, actorId: string, input: BulkUpdateInput) {
	return db.transaction(async (tx) => {
		const rows = await lockMetadataRows(tx, input.scenarioIds);
		if (rows.length !== input.scenarioIds.length) {
			const found = new Set(rows.map((r) => r.id));
			const missing = input.scenarioIds.filter((id) => !found.has(id));
			throw new AppError(
				'NOT_FOUND',
				`Nothing was changed: ${missing.length} scenario(s) no longer exist`,
				{
					missing
				}
			);
		}
		const entries = rows.map((row) => ({ row, values: applyOperation(row, input.operation) }));
		const problems = await validateEntries(tx, entries);
		if (problems.length > 0) throw invalidRowsError(problems);
		const result = await commitMetadata(tx, {
			actorId,
			action: METADATA_ACTIONS.bulk,
			entries,
			extra: { operation: describeOperation(input.operation), selected: rows.length }
		});
		return {
			changed: result.changed.length,
			unchanged: rows.length - result.changed.length,
			auditId: result.auditId
		};
	});
}

/**
 * "Missing metadata" (and the backfill's scope): a scenario that is not one-time and has no
 * skill, or a skill that is not an active slug of the taxonomy (deactivated, deleted, unknown).
 * Difficulty and time are NOT NULL with CHECK 5..60, so they are never unset.
 */
export function incompleteCondition(): SQL {
	return sql`(cardinality(${scenarios.skills}) = 0 or not (${scenarios.skills} <@ coalesce((select array_agg(k.slug) from ${skills} k where k.is_active), '{}'::text[])))`;
}

export function missingMetadataCondition(): SQL {
	return and(eq(scenarios.isOneTime, false), incompleteCondition())!;
}

/** Scenarios with complete metadata out of all that are not one-time. */
export async function metadataCoverage(db: Executor) {
	const [row] = await db
		.select({
			total: count(),
			incomplete: sql<number>`count(*) filter (where ${incompleteCondition()})`.mapWith(Number)
		})
		.from(scenarios)
		.where(eq(scenarios.isOneTime, false));
	const total = Number(row.total);
	const complete = total - row.incomplete;
	return { complete, total, ratio: total === 0 ? 1 : complete / total };
}

function likePattern(text: string) {
	return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The grid: every scenario (any status), paged by title, with its metadata and warnings. */
export async function listScenarioMetadata(
	db: Executor,
	input: z.output<typeof adminScenarioListSchema>
) {
	const conditions: (SQL | undefined)[] = [];
	if (input.search) {
		const pattern = likePattern(input.search);
		conditions.push(
			or(sql`${scenarios.title} ilike ${pattern}`, sql`${scenarios.slug} ilike ${pattern}`)
		);
	}
	if (input.missing) conditions.push(missingMetadataCondition());
	if (input.status) conditions.push(eq(scenarios.status, input.status));
	if (input.skill) conditions.push(sql`${scenarios.skills} @> array[${input.skill}]::text[]`);
	const where = conditions.length ? and(...conditions) : undefined;

	const [rows, [{ total }], active] = await Promise.all([
		db
			.select({
				...metadataColumns,
				status: scenarios.status,
				isOneTime: scenarios.isOneTime,
				isActive: scenarios.isActive,
				category: scenarios.category,
				authorName: users.displayName
			})
			.from(scenarios)
			.leftJoin(users, eq(users.id, scenarios.createdByUserId))
			.where(where)
			.orderBy(asc(sql`lower(${scenarios.title})`), asc(scenarios.id))
			.limit(input.pageSize)
			.offset((input.page - 1) * input.pageSize),
		db.select({ total: count() }).from(scenarios).where(where),
		allActiveSlugs(db)
	]);
	return {
		items: rows.map((r) => ({
			...r,
			inactiveSkills: r.skills.filter((s) => !active.has(s)),
			complete: isMetadataComplete(r.skills, active)
		})),
		total: Number(total),
		page: input.page,
		pageSize: input.pageSize,
		pages: Math.max(1, Math.ceil(Number(total) / input.pageSize))
	};
}
