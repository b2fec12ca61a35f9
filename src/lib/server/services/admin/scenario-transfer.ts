import { asc, eq, inArray, sql } from 'drizzle-orm';
import {
	SCENARIO_EXPORT_FORMAT,
	scenarioExportDocumentSchema,
	scenarioExportItemSchema,
	type ScenarioExportItem
} from '../../../schemas/admin';
import type { ScenarioContent } from '../../../schemas/scenario';
import type { Executor } from '../../db/client';
import { scenarios, skills, users } from '../../db/schema';
import { AppError, problemsError, type ImportProblem } from '../../errors';
import { recordAudit } from '../audit/record';
import { createScenario } from '../catalog/create';
import { CONTENT_KEYS, type ScenarioRow } from '../authoring/workflow';

// Scenarios out and in as JSON (an export imports back to the same rows, matched by slug). The
// import validates the whole document before writing anything, then writes in one transaction.
// (The legacy progress import is services/progress/legacy-import.ts.)

export type Progress = (done: number, total: number) => void;

const EXPORT_KEYS = ['slug', ...CONTENT_KEYS, 'status', 'isActive', 'authorEmail'] as const;

/** The export form of a row, keys in a fixed order so two exports compare equal as text. */
function toExportItem(row: ScenarioRow, authorEmail: string | null): ScenarioExportItem {
	const source: Record<string, unknown> = { ...row, authorEmail };
	return Object.fromEntries(EXPORT_KEYS.map((k) => [k, source[k]])) as ScenarioExportItem;
}

/** Sorted keys at every depth: jsonb and zod each order object keys their own way. */
function stable(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(stable);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.keys(value as Record<string, unknown>)
				.filter((k) => (value as Record<string, unknown>)[k] !== undefined)
				.sort()
				.map((k) => [k, stable((value as Record<string, unknown>)[k])])
		);
	}
	return value;
}

function normalise(item: ScenarioExportItem): string {
	const source = item as unknown as Record<string, unknown>;
	return JSON.stringify(EXPORT_KEYS.map((k) => stable(source[k])));
}

export async function exportScenarios(db: Executor) {
	const rows = await db
		.select({ scenario: scenarios, authorEmail: users.email })
		.from(scenarios)
		.leftJoin(users, eq(users.id, scenarios.createdByUserId))
		.orderBy(asc(scenarios.slug));
	return {
		format: SCENARIO_EXPORT_FORMAT,
		version: 1 as const,
		exportedAt: new Date().toISOString(),
		scenarios: rows.map((r) => toExportItem(r.scenario, r.authorEmail))
	};
}

/**
 * Creates scenarios whose slug is new and updates the others to match the file (content,
 * metadata, status, active flag). A metadata change bumps metadata_version like any edit.
 */
export async function importScenarios(
	db: Executor,
	actorId: string | null,
	document: unknown,
	options: { onProgress?: Progress } = {}
) {
	const doc = scenarioExportDocumentSchema.safeParse(document);
	if (!doc.success) {
		throw new AppError(
			'BAD_REQUEST',
			`Not a scenario export: ${doc.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ')}`
		);
	}
	const problems: ImportProblem[] = [];
	const items: { at: number; item: ScenarioExportItem }[] = [];
	const slugs = new Set<string>();
	doc.data.scenarios.forEach((raw, index) => {
		const parsed = scenarioExportItemSchema.safeParse(raw);
		const label =
			typeof (raw as { slug?: unknown })?.slug === 'string'
				? (raw as { slug: string }).slug
				: 'no slug';
		if (!parsed.success) {
			problems.push({
				at: index + 1,
				label,
				problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
			});
			return;
		}
		if (slugs.has(parsed.data.slug)) {
			problems.push({ at: index + 1, label, problems: ['the slug appears twice in the file'] });
			return;
		}
		slugs.add(parsed.data.slug);
		items.push({ at: index + 1, item: parsed.data });
	});

	return db.transaction(async (tx) => {
		const existing = new Map(
			(slugs.size
				? await tx
						.select({ scenario: scenarios, authorEmail: users.email })
						.from(scenarios)
						.leftJoin(users, eq(users.id, scenarios.createdByUserId))
						.where(inArray(scenarios.slug, [...slugs]))
						.for('update', { of: scenarios })
				: []
			).map((r) => [r.scenario.slug, r])
		);
		const emails = [...new Set(items.map((i) => i.item.authorEmail).filter((e) => e !== null))];
		const authorIds = new Map(
			(emails.length
				? await tx
						.select({ id: users.id, email: users.email })
						.from(users)
						.where(inArray(users.email, emails))
				: []
			).map((u) => [u.email, u.id])
		);
		const taxonomy = new Map(
			(await tx.select({ slug: skills.slug, isActive: skills.isActive }).from(skills)).map((s) => [
				s.slug,
				s.isActive
			])
		);
		for (const { at, item } of items) {
			const itemProblems: string[] = [];
			const isNew = !existing.has(item.slug);
			// New scenarios follow the studio's rule (active skills only); an existing one may keep
			// a deactivated skill it already carries, so an export always imports back.
			const badSkills = item.skills.filter((s) =>
				isNew ? taxonomy.get(s) !== true : !taxonomy.has(s)
			);
			if (badSkills.length > 0) {
				itemProblems.push(
					`${isNew ? 'unknown or inactive' : 'unknown'} skill${badSkills.length > 1 ? 's' : ''}: ${badSkills.join(', ')}`
				);
			}
			if (item.authorEmail && !authorIds.has(item.authorEmail)) {
				itemProblems.push(`no account with the e-mail ${item.authorEmail}`);
			}
			if (itemProblems.length > 0) problems.push({ at, label: item.slug, problems: itemProblems });
		}
		if (problems.length > 0)
			throw problemsError(
				'scenario',
				problems.sort((a, b) => a.at - b.at)
			);

		const created: string[] = [];
		const updated: string[] = [];
		let unchanged = 0;
		for (const [index, { item }] of items.entries()) {
			const current = existing.get(item.slug);
			const authorId = item.authorEmail ? authorIds.get(item.authorEmail)! : null;
			const content = Object.fromEntries(CONTENT_KEYS.map((k) => [k, item[k]])) as ScenarioContent;
			if (!current) {
				const { id } = await createScenario(tx, content, {
					slug: item.slug,
					createdByUserId: authorId,
					status: item.status,
					approvedAt: item.status === 'approved' ? new Date() : null,
					submittedAt: item.status === 'in_review' ? new Date() : null
				});
				if (!item.isActive) {
					await tx.update(scenarios).set({ isActive: false }).where(eq(scenarios.id, id));
				}
				created.push(item.slug);
			} else if (
				normalise(toExportItem(current.scenario, current.authorEmail)) === normalise(item)
			) {
				unchanged++;
			} else {
				const row = current.scenario;
				const metadataChanged =
					row.difficulty !== item.difficulty ||
					row.estimatedTime !== item.estimatedTime ||
					JSON.stringify(row.skills) !== JSON.stringify(item.skills);
				await tx
					.update(scenarios)
					.set({
						...content,
						status: item.status,
						isActive: item.isActive,
						createdByUserId: authorId,
						approvedAt:
							item.status === 'approved' ? (row.approvedAt ?? new Date()) : row.approvedAt,
						updatedAt: new Date(),
						...(metadataChanged ? { metadataVersion: sql`${scenarios.metadataVersion} + 1` } : {})
					})
					.where(eq(scenarios.id, row.id));
				updated.push(item.slug);
			}
			if (index % 10 === 9 || index === items.length - 1)
				options.onProgress?.(index + 1, items.length);
		}
		if (created.length + updated.length > 0) {
			await recordAudit(tx, {
				actorId,
				action: 'scenario.import',
				entityType: 'scenario',
				after: { created, updated, unchanged }
			});
		}
		return { created: created.length, updated: updated.length, unchanged };
	});
}
