import { asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
	analyzeScenario,
	validateMetadata,
	type Analysis,
	type MetadataValues,
	type TaxonomySkill
} from '../../domain/metadata-analyzer';
import type { MetadataValuesInput } from '../../schemas/admin';
import { difficultySchema } from '../../schemas/scenario';
import type { Executor } from '../db/client';
import { metadataProposals, scenarios, skills } from '../db/schema';
import { AppError } from '../errors';
import {
	activeSlugsAmong,
	commitMetadata,
	invalidRowsError,
	lockMetadataRows,
	METADATA_ACTIONS,
	missingMetadataCondition,
	rowLabel,
	validateEntries,
	valuesOf,
	type MetadataRow,
	type RowProblem
} from './admin-scenarios';
import { recordAudit } from './audit';

// The metadata backfill: the analyzer's proposals for scenarios whose metadata is missing
// (or for all of them), reviewed by an admin (accept / edit / reject), then applied in one
// transaction. `metadata:analyze` prints the same proposals; `metadata:apply` applies a file.

export type BackfillScope = 'missing' | 'all';

export interface ProposalRow extends MetadataValues {
	scenarioId: string;
	slug: string;
	title: string;
	category: string;
	/** the scenario's metadata_version the proposal was made against */
	baseMetadataVersion: number;
	current: MetadataValues;
	reasons: Analysis['reasons'];
}

export async function loadTaxonomy(db: Executor): Promise<TaxonomySkill[]> {
	return db
		.select({
			slug: skills.slug,
			name: skills.name,
			isActive: skills.isActive,
			sortOrder: skills.sortOrder
		})
		.from(skills)
		.orderBy(asc(skills.sortOrder), asc(skills.name));
}

/** The analyzer's proposal for every scenario in scope (one-time scenarios never are). */
export async function analyzeScenarios(
	db: Executor,
	scope: BackfillScope = 'missing'
): Promise<ProposalRow[]> {
	const [taxonomy, rows] = await Promise.all([
		loadTaxonomy(db),
		db
			.select({
				id: scenarios.id,
				slug: scenarios.slug,
				title: scenarios.title,
				description: scenarios.description,
				category: scenarios.category,
				skills: scenarios.skills,
				difficulty: scenarios.difficulty,
				estimatedTime: scenarios.estimatedTime,
				metadataVersion: scenarios.metadataVersion
			})
			.from(scenarios)
			.where(scope === 'missing' ? missingMetadataCondition() : eq(scenarios.isOneTime, false))
			.orderBy(asc(sql`lower(${scenarios.title})`), asc(scenarios.id))
	]);
	return rows.map((row) => {
		const analysis = analyzeScenario(row, taxonomy);
		return {
			scenarioId: row.id,
			slug: row.slug,
			title: row.title,
			category: row.category,
			baseMetadataVersion: row.metadataVersion,
			current: valuesOf(row),
			skills: analysis.skills,
			difficulty: analysis.difficulty,
			estimatedTime: analysis.estimatedTime,
			reasons: analysis.reasons
		};
	});
}

/**
 * Replaces every undecided proposal (pending, accepted, rejected) with a fresh analysis.
 * Applied proposals stay as history.
 */
export async function generateProposals(db: Executor, actorId: string, scope: BackfillScope) {
	return db.transaction(async (tx) => {
		const proposals = (await analyzeScenarios(tx, scope)).filter((p) => p.skills.length > 0);
		await tx.delete(metadataProposals).where(sql`${metadataProposals.status} <> 'applied'`);
		for (let i = 0; i < proposals.length; i += 200) {
			await tx.insert(metadataProposals).values(
				proposals.slice(i, i + 200).map((p) => ({
					scenarioId: p.scenarioId,
					proposedSkills: p.skills,
					proposedDifficulty: p.difficulty,
					proposedEstimatedTime: p.estimatedTime,
					baseMetadataVersion: p.baseMetadataVersion
				}))
			);
		}
		await recordAudit(tx, {
			actorId,
			action: 'backfill.generate',
			entityType: 'metadata_proposal',
			after: { scope, proposals: proposals.length }
		});
		return { proposals: proposals.length };
	});
}

/** Undecided and accepted proposals beside the scenario's current values. */
export async function listProposals(db: Executor) {
	const [rows, taxonomy] = await Promise.all([
		db
			.select({
				id: metadataProposals.id,
				status: metadataProposals.status,
				scenarioId: scenarios.id,
				slug: scenarios.slug,
				title: scenarios.title,
				description: scenarios.description,
				category: scenarios.category,
				proposedSkills: metadataProposals.proposedSkills,
				proposedDifficulty: metadataProposals.proposedDifficulty,
				proposedEstimatedTime: metadataProposals.proposedEstimatedTime,
				baseMetadataVersion: metadataProposals.baseMetadataVersion,
				skills: scenarios.skills,
				difficulty: scenarios.difficulty,
				estimatedTime: scenarios.estimatedTime,
				metadataVersion: scenarios.metadataVersion
			})
			.from(metadataProposals)
			.innerJoin(scenarios, eq(scenarios.id, metadataProposals.scenarioId))
			.where(sql`${metadataProposals.status} <> 'applied'`)
			.orderBy(asc(sql`lower(${scenarios.title})`), asc(metadataProposals.id)),
		loadTaxonomy(db)
	]);
	return rows.map((r) => ({
		id: r.id,
		status: r.status,
		scenarioId: r.scenarioId,
		slug: r.slug,
		title: r.title,
		current: { skills: r.skills, difficulty: r.difficulty, estimatedTime: r.estimatedTime },
		proposed: {
			skills: r.proposedSkills,
			difficulty: r.proposedDifficulty,
			estimatedTime: r.proposedEstimatedTime
		},
		reasons: analyzeScenario(r, taxonomy).reasons,
		/** someone changed the scenario's metadata after the analysis */
		stale: r.baseMetadataVersion !== r.metadataVersion
	}));
}

export async function proposalCounts(db: Executor) {
	const rows = await db
		.select({ status: metadataProposals.status, n: sql<number>`count(*)`.mapWith(Number) })
		.from(metadataProposals)
		.groupBy(metadataProposals.status);
	const counts = { pending: 0, accepted: 0, rejected: 0, applied: 0 };
	for (const r of rows) counts[r.status] = r.n;
	return counts;
}

/** Accept (optionally with the admin's edits), reject, or put back to pending. */
export async function decideProposal(
	db: Executor,
	actorId: string,
	input: { id: string; decision: 'accept' | 'reject' | 'reset'; values?: MetadataValuesInput }
) {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select()
			.from(metadataProposals)
			.where(eq(metadataProposals.id, input.id))
			.for('update');
		if (!row) throw new AppError('NOT_FOUND', 'No proposal with that id');
		if (row.status === 'applied')
			throw new AppError('CONFLICT', 'That proposal is already applied');
		if (input.values) {
			const active = await activeSlugsAmong(tx, input.values.skills);
			const problems = validateMetadata(input.values, active);
			if (problems.length > 0) throw new AppError('BAD_REQUEST', problems.join('; '), { problems });
		}
		const status =
			input.decision === 'accept'
				? 'accepted'
				: input.decision === 'reject'
					? 'rejected'
					: 'pending';
		const [updated] = await tx
			.update(metadataProposals)
			.set({
				status,
				decidedByUserId: input.decision === 'reset' ? null : actorId,
				decidedAt: input.decision === 'reset' ? null : new Date(),
				...(input.values
					? {
							proposedSkills: input.values.skills,
							proposedDifficulty: input.values.difficulty,
							proposedEstimatedTime: input.values.estimatedTime
						}
					: {})
			})
			.where(eq(metadataProposals.id, row.id))
			.returning();
		return updated;
	});
}

/** Every pending proposal accepted (or rejected) at once. */
export async function decideAllProposals(
	db: Executor,
	actorId: string,
	decision: 'accept' | 'reject'
) {
	const rows = await db
		.update(metadataProposals)
		.set({
			status: decision === 'accept' ? 'accepted' : 'rejected',
			decidedByUserId: actorId,
			decidedAt: new Date()
		})
		.where(eq(metadataProposals.status, 'pending'))
		.returning({ id: metadataProposals.id });
	return { decided: rows.length };
}

/** Rows whose metadata changed after the proposal was made: applying would overwrite that. */
function staleProblems(entries: { row: MetadataRow; base: number | undefined }[]): RowProblem[] {
	return entries
		.filter((e) => e.base !== undefined && e.base !== e.row.metadataVersion)
		.map(({ row, base }) => ({
			scenarioId: row.id,
			slug: row.slug,
			title: row.title,
			problems: [
				`changed since the analysis (now version ${row.metadataVersion}, analysed at version ${base})`
			]
		}));
}

/**
 * Applies every accepted proposal in one transaction: all rows are checked first (changed
 * meanwhile = CONFLICT, invalid = BAD_REQUEST, both naming the rows) and nothing is written
 * unless all pass. `onProgress` reports the rows written so far.
 */
export async function applyAcceptedProposals(
	db: Executor,
	actorId: string,
	options: { onProgress?: (done: number, total: number) => void } = {}
) {
	return db.transaction(async (tx) => {
		const proposals = await tx
			.select()
			.from(metadataProposals)
			.where(eq(metadataProposals.status, 'accepted'))
			.orderBy(asc(metadataProposals.scenarioId))
			.for('update');
		if (proposals.length === 0) {
			throw new AppError('BAD_REQUEST', 'No accepted proposals to apply');
		}
		const rows = new Map(
			(await lockMetadataRows(tx, [...new Set(proposals.map((p) => p.scenarioId))])).map((r) => [
				r.id,
				r
			])
		);
		const entries = proposals.map((p) => ({
			row: rows.get(p.scenarioId)!,
			base: p.baseMetadataVersion,
			values: {
				skills: p.proposedSkills,
				difficulty: p.proposedDifficulty,
				estimatedTime: p.proposedEstimatedTime
			}
		}));
		const stale = staleProblems(entries);
		if (stale.length > 0) {
			const error = invalidRowsError(stale, 'Nothing was applied');
			throw new AppError('CONFLICT', error.message, error.details);
		}
		const invalid = await validateEntries(tx, entries);
		if (invalid.length > 0) throw invalidRowsError(invalid, 'Nothing was applied');
		options.onProgress?.(0, entries.length);
		const result = await commitMetadata(tx, {
			actorId,
			action: METADATA_ACTIONS.backfill,
			entries,
			extra: { proposals: proposals.length },
			onProgress: options.onProgress
		});
		await tx
			.update(metadataProposals)
			.set({ status: 'applied', decidedAt: new Date() })
			.where(
				inArray(
					metadataProposals.id,
					proposals.map((p) => p.id)
				)
			);
		options.onProgress?.(entries.length, entries.length);
		return {
			applied: proposals.length,
			changed: result.changed.length,
			auditId: result.auditId
		};
	});
}

// metadata:apply — a proposals file (as metadata:analyze prints it, possibly edited by hand).

const fileRowSchema = z
	.object({
		scenarioId: z.uuid().optional(),
		slug: z.string().optional(),
		baseMetadataVersion: z.number().int().min(1).optional(),
		// Types are checked by validateMetadata, so every problem of a row is reported at once.
		skills: z.unknown(),
		difficulty: z.unknown(),
		estimatedTime: z.unknown()
	})
	.refine((r) => r.scenarioId || r.slug, 'needs a scenarioId or a slug');

export interface FileProblem {
	row: number;
	label: string;
	problems: string[];
}

export class ProposalFileError extends Error {
	constructor(readonly problems: FileProblem[]) {
		super(`${problems.length} invalid row(s); nothing was applied`);
	}
}

/** The rows of a proposals file: `{ proposals: [...] }` or a bare array. */
export function parseProposalFile(text: string): unknown[] {
	// `npm run metadata:analyze > file` also captures npm's own "> pkg script" banner lines.
	const start = text.search(/^\s*[[{]/m);
	if (start < 0)
		throw new ProposalFileError([{ row: 0, label: 'file', problems: ['no JSON found'] }]);
	let parsed: unknown;
	try {
		parsed = JSON.parse(text.slice(start));
	} catch (error) {
		throw new ProposalFileError([
			{ row: 0, label: 'file', problems: [`not valid JSON: ${(error as Error).message}`] }
		]);
	}
	const rows = Array.isArray(parsed)
		? parsed
		: (parsed as { proposals?: unknown } | null)?.proposals;
	if (!Array.isArray(rows)) {
		throw new ProposalFileError([
			{ row: 0, label: 'file', problems: ['expected { "proposals": [...] } or an array of rows'] }
		]);
	}
	return rows;
}

/**
 * Validates every row (shape, scenario exists, not changed since the analysis, seed 000's
 * rules) and, only if all pass, applies them all in one transaction. Throws
 * ProposalFileError listing every problem otherwise.
 */
export async function applyProposalRows(
	db: Executor,
	rawRows: unknown[],
	actorId: string | null = null
) {
	const problems: FileProblem[] = [];
	const parsed: { index: number; row: z.infer<typeof fileRowSchema> }[] = [];
	rawRows.forEach((raw, index) => {
		const result = fileRowSchema.safeParse(raw);
		if (!result.success) {
			const label = describeRaw(raw);
			problems.push({
				row: index + 1,
				label,
				problems: result.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`)
			});
		} else parsed.push({ index, row: result.data });
	});

	return db.transaction(async (tx) => {
		const ids = parsed.filter((p) => p.row.scenarioId).map((p) => p.row.scenarioId!);
		const slugs = parsed.filter((p) => !p.row.scenarioId).map((p) => p.row.slug!);
		const slugIds = slugs.length
			? await tx
					.select({ id: scenarios.id, slug: scenarios.slug })
					.from(scenarios)
					.where(inArray(scenarios.slug, slugs))
			: [];
		const idBySlug = new Map(slugIds.map((r) => [r.slug, r.id]));
		const locked = new Map(
			(await lockMetadataRows(tx, [...new Set([...ids, ...idBySlug.values()])])).map((r) => [
				r.id,
				r
			])
		);
		const seen = new Set<string>();
		const entries: { index: number; row: MetadataRow; values: MetadataValues }[] = [];
		for (const { index, row: fileRow } of parsed) {
			const id = fileRow.scenarioId ?? idBySlug.get(fileRow.slug!);
			const row = id ? locked.get(id) : undefined;
			const label = fileRow.slug ?? fileRow.scenarioId!;
			if (!row) {
				problems.push({ row: index + 1, label, problems: ['no such scenario'] });
				continue;
			}
			if (seen.has(row.id)) {
				problems.push({ row: index + 1, label, problems: ['the scenario appears twice'] });
				continue;
			}
			seen.add(row.id);
			const rowProblems = staleProblems([{ row, base: fileRow.baseMetadataVersion }]).flatMap(
				(p) => p.problems
			);
			const values = {
				skills: fileRow.skills,
				difficulty: fileRow.difficulty,
				estimatedTime: fileRow.estimatedTime
			};
			const active = await activeSlugsAmong(
				tx,
				Array.isArray(values.skills) ? values.skills.filter((s) => typeof s === 'string') : []
			);
			rowProblems.push(...validateMetadata(values, active));
			if (rowProblems.length > 0) {
				problems.push({ row: index + 1, label: rowLabel(row), problems: rowProblems });
				continue;
			}
			entries.push({
				index,
				row,
				values: {
					skills: values.skills as string[],
					difficulty: difficultySchema.parse(values.difficulty),
					estimatedTime: values.estimatedTime as number
				}
			});
		}
		if (problems.length > 0) throw new ProposalFileError(problems.sort((a, b) => a.row - b.row));
		const result = await commitMetadata(tx, {
			actorId,
			action: METADATA_ACTIONS.file,
			entries,
			extra: { fileRows: entries.length }
		});
		return {
			rows: entries.length,
			changed: result.changed.length,
			unchanged: entries.length - result.changed.length,
			auditId: result.auditId
		};
	});
}

function describeRaw(raw: unknown): string {
	if (raw && typeof raw === 'object') {
		const r = raw as Record<string, unknown>;
		if (typeof r.slug === 'string') return r.slug;
		if (typeof r.scenarioId === 'string') return r.scenarioId;
	}
	return 'row';
}
