import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { validateMetadata, type MetadataValues } from '../../../domain/metadata-analyzer';
import { difficultySchema } from '../../../schemas/scenario';
import type { Executor } from '../../db/client';
import { scenarios } from '../../db/schema';
import {
	activeSlugsAmong,
	commitMetadata,
	lockMetadataRows,
	METADATA_ACTIONS,
	rowLabel,
	type MetadataRow
} from './scenarios';
import { staleProblems } from './backfill';

// metadata:apply — a proposals file (as metadata:analyze prints it, possibly edited by hand).

const fileRowSchema = z
	.object({
		scenarioId: z.uuid().optional(),
		slug: z.string().optional(),
		baseMetadataVersion: z.number().int().min(1).optional(),
		// Types are checked by validateMetadata, so every problem of a row is reported at once.
		skills: z.unknown(),
		difficulty: z.unknown(),
		estimatedTime: z.unknown(),
		// What metadata:analyze wrote beside the values; echoed on apply, never needed.
		why: z.array(z.string()).optional().catch(undefined)
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
		const whyOf = new Map(parsed.map((p) => [p.index, p.row.why ?? []]));
		const before = new Map(result.before.map((r) => [r.id, r]));
		const changes = result.changed.map((after) => {
			const entry = entries.find((e) => e.row.id === after.id)!;
			return {
				row: entry.index + 1,
				label: rowLabel(after),
				diff: describeChange(before.get(after.id)!, after),
				why: whyOf.get(entry.index) ?? []
			};
		});
		return {
			rows: entries.length,
			changed: result.changed.length,
			unchanged: entries.length - result.changed.length,
			/** each changed scenario: what changed, and the reasons the file gave for it */
			changes,
			auditId: result.auditId
		};
	});
}

/** "skills +boundary-setting −termination; difficulty beginner → advanced; time 10 → 25 min" */
export function describeChange(before: MetadataValues, after: MetadataValues): string {
	const parts: string[] = [];
	const added = after.skills.filter((s) => !before.skills.includes(s));
	const removed = before.skills.filter((s) => !after.skills.includes(s));
	if (added.length || removed.length) {
		parts.push(
			`skills ${[...added.map((s) => `+${s}`), ...removed.map((s) => `−${s}`)].join(' ')}`
		);
	} else if (after.skills.join() !== before.skills.join()) {
		parts.push('skills reordered');
	}
	if (after.difficulty !== before.difficulty) {
		parts.push(`difficulty ${before.difficulty} → ${after.difficulty}`);
	}
	if (after.estimatedTime !== before.estimatedTime) {
		parts.push(`time ${before.estimatedTime} → ${after.estimatedTime} min`);
	}
	return parts.join('; ');
}

function describeRaw(raw: unknown): string {
	if (raw && typeof raw === 'object') {
		const r = raw as Record<string, unknown>;
		if (typeof r.slug === 'string') return r.slug;
		if (typeof r.scenarioId === 'string') return r.scenarioId;
	}
	return 'row';
}
