import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
	analyzeScenario,
	explainProposal,
	isMetadataComplete,
	sameMetadata,
	summarizeReasons,
	validateMetadata,
	type Analysis,
	type BackfillMode,
	type MetadataValues,
	type TaxonomySkill
} from '../../../domain/metadata-analyzer';
import type { MetadataValuesInput } from '../../../schemas/admin';
import type { Executor } from '../../db/client';
import { metadataProposals, scenarios, skills } from '../../db/schema';
import { AppError } from '../../errors';
import {
	activeSlugsAmong,
	commitMetadata,
	invalidRowsError,
	lockMetadataRows,
	METADATA_ACTIONS,
	missingMetadataCondition,
	validateEntries,
	valuesOf,
	type MetadataRow,
	type RowProblem
} from './scenarios';
import { recordAudit } from '../audit/record';

// The metadata backfill: the analyzer's proposals for scenarios whose metadata is missing
// (or for all of them), reviewed by an admin (accept / edit / reject), then applied in one
// transaction. `metadata:analyze` prints the same proposals; `metadata:apply` applies a file.
// Proposals only add what is missing unless the admin chose `replace`; "accept all" covers
// only scenarios that lack metadata (the rest are accepted one by one, with their reasons).

export type BackfillScope = 'missing' | 'all';

export interface ProposalRow extends MetadataValues {
	scenarioId: string;
	slug: string;
	title: string;
	category: string;
	/** the scenario's metadata_version the proposal was made against */
	baseMetadataVersion: number;
	current: MetadataValues;
	/** `add` (keep what is set, add what the text mentions) or `replace` */
	mode: BackfillMode;
	reasons: Analysis['reasons'];
	/** the reasons as lines, for people reading the CLI's file */
	why: string[];
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
	scope: BackfillScope = 'missing',
	mode: BackfillMode = 'add'
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
		const current = valuesOf(row);
		const analysis = analyzeScenario(row, taxonomy, { mode, current });
		return {
			scenarioId: row.id,
			slug: row.slug,
			title: row.title,
			category: row.category,
			baseMetadataVersion: row.metadataVersion,
			current,
			skills: analysis.skills,
			difficulty: analysis.difficulty,
			estimatedTime: analysis.estimatedTime,
			mode,
			reasons: analysis.reasons,
			why: summarizeReasons(analysis.reasons, analysis)
		};
	});
}

/** Proposals that would change something (a proposal equal to the current values is noise). */
export function changingProposals(proposals: ProposalRow[]): ProposalRow[] {
	return proposals.filter((p) => p.skills.length > 0 && !sameMetadata(p.current, p));
}

/**
 * Replaces every undecided proposal (pending, accepted, rejected) with a fresh analysis.
 * Applied proposals stay as history.
 */
export async function generateProposals(
	db: Executor,
	actorId: string,
	scope: BackfillScope,
	mode: BackfillMode = 'add'
) {
	return db.transaction(async (tx) => {
		const proposals = changingProposals(await analyzeScenarios(tx, scope, mode));
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
			after: { scope, mode, proposals: proposals.length }
		});
		return { proposals: proposals.length };
	});
}

/**
 * Undecided and accepted proposals beside the scenario's current values, each with its
 * reasons (against the current values, so an admin's edit reads as such) and whether the
 * scenario lacks metadata (only those are covered by "accept all").
 */
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
				isOneTime: scenarios.isOneTime,
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
	const active = new Set(taxonomy.filter((s) => s.isActive).map((s) => s.slug));
	return rows.map((r) => {
		const current = { skills: r.skills, difficulty: r.difficulty, estimatedTime: r.estimatedTime };
		const proposed = {
			skills: r.proposedSkills,
			difficulty: r.proposedDifficulty,
			estimatedTime: r.proposedEstimatedTime
		};
		return {
			id: r.id,
			status: r.status,
			scenarioId: r.scenarioId,
			slug: r.slug,
			title: r.title,
			current,
			proposed,
			reasons: explainProposal(r, current, proposed, taxonomy),
			/** the scenario lacks metadata now (the same rule as missingMetadataCondition) */
			missingMetadata: !r.isOneTime && !isMetadataComplete(r.skills, active),
			/** someone changed the scenario's metadata after the analysis */
			stale: r.baseMetadataVersion !== r.metadataVersion
		};
	});
}

export async function proposalCounts(db: Executor) {
	const [rows, [missing]] = await Promise.all([
		db
			.select({ status: metadataProposals.status, n: sql<number>`count(*)`.mapWith(Number) })
			.from(metadataProposals)
			.groupBy(metadataProposals.status),
		db
			.select({ n: sql<number>`count(*)`.mapWith(Number) })
			.from(metadataProposals)
			.innerJoin(scenarios, eq(scenarios.id, metadataProposals.scenarioId))
			.where(and(eq(metadataProposals.status, 'pending'), missingMetadataCondition()))
	]);
	const counts = { pending: 0, accepted: 0, rejected: 0, applied: 0, pendingMissing: 0 };
	for (const r of rows) counts[r.status] = r.n;
	/** pending proposals for scenarios that lack metadata: what "accept all" covers */
	counts.pendingMissing = missing?.n ?? 0;
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

/**
 * Every pending proposal rejected, or accepted at once, but accepting covers only scenarios
 * that lack metadata: a proposal for a scenario with complete metadata could remove or add
 * skills an author chose, so it is accepted one by one after reading its reasons.
 */
export async function decideAllProposals(
	db: Executor,
	actorId: string,
	decision: 'accept' | 'reject'
) {
	return db.transaction(async (tx) => {
		const pending = eq(metadataProposals.status, 'pending');
		// A two-table select, so every column is qualified (an UPDATE would leave them bare).
		const ids = (
			await tx
				.select({ id: metadataProposals.id })
				.from(metadataProposals)
				.innerJoin(scenarios, eq(scenarios.id, metadataProposals.scenarioId))
				.where(decision === 'accept' ? and(pending, missingMetadataCondition()) : pending)
				.for('update', { of: metadataProposals })
		).map((r) => r.id);
		const rows = ids.length
			? await tx
					.update(metadataProposals)
					.set({
						status: decision === 'accept' ? 'accepted' : 'rejected',
						decidedByUserId: actorId,
						decidedAt: new Date()
					})
					.where(and(pending, inArray(metadataProposals.id, ids)))
					.returning({ id: metadataProposals.id })
			: [];
		const [left] = await tx
			.select({ n: sql<number>`count(*)`.mapWith(Number) })
			.from(metadataProposals)
			.where(eq(metadataProposals.status, 'pending'));
		/** pending proposals left for scenarios whose metadata is complete */
		return { decided: rows.length, skipped: left?.n ?? 0 };
	});
}

/** Rows whose metadata changed after the proposal was made: applying would overwrite that. */
export function staleProblems(
	entries: { row: MetadataRow; base: number | undefined }[]
): RowProblem[] {
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
