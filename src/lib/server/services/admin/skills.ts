import { randomBytes } from 'node:crypto';
import { asc, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
	skillCreateSchema,
	slugFromName,
	skillMergeSchema,
	skillUpdateSchema
} from '../../../schemas/admin';
import { skillSlugSchema } from '../../../schemas/scenario';
import { queryRows, type Executor, type Tx } from '../../db/client';
import { metadataProposals, scenarioRevisions, scenarios, skills } from '../../db/schema';
import { AppError } from '../../errors';
import { recordAudit } from '../audit/record';

// The skill taxonomy. Each change is one transaction with its audit entry. A slug change or a
// merge rewrites every scenario's skills array in that same transaction (bumping each
// scenario's metadata_version, so a grid edit made against the old slugs is a CONFLICT), and
// the open revisions and pending proposals that mention the slug too.

type SkillRow = typeof skills.$inferSelect;

function snapshot(row: SkillRow) {
	return {
		slug: row.slug,
		name: row.name,
		description: row.description,
		isActive: row.isActive,
		sortOrder: row.sortOrder
	};
}

/** Scenarios (any status) whose skills array contains the slug; uses the GIN index. */
const usesSkill = (slug: string) => sql`${scenarios.skills} @> array[${slug}]::text[]`;

export async function listSkillsWithUsage(db: Executor) {
	const rows = await db
		.select({
			id: skills.id,
			slug: skills.slug,
			name: skills.name,
			description: skills.description,
			isActive: skills.isActive,
			sortOrder: skills.sortOrder,
			// Qualified by hand: drizzle leaves the columns of a one-table select unqualified, and
			// a bare "slug" inside the subquery would be the scenario's slug.
			usage:
				sql<number>`(select count(*) from scenarios s where s.skills @> array["skills"."slug"]::text[])`.mapWith(
					Number
				)
		})
		.from(skills)
		.orderBy(asc(skills.sortOrder), asc(skills.name));
	return rows;
}

/** The skill row, locked FOR UPDATE: validators holding it FOR SHARE finish first. */
async function lockSkill(tx: Tx, slug: string): Promise<SkillRow> {
	const [row] = await tx.select().from(skills).where(eq(skills.slug, slug)).for('update');
	if (!row) throw new AppError('NOT_FOUND', `No skill “${slug}”`);
	return row;
}

async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
	const [clash] = await tx
		.select({ slug: skills.slug })
		.from(skills)
		.where(
			exceptId
				? sql`lower(${skills.name}) = lower(${name}) and ${ne(skills.id, exceptId)}`
				: sql`lower(${skills.name}) = lower(${name})`
		)
		.limit(1);
	if (clash) {
		throw new AppError('CONFLICT', `A skill named “${name}” already exists (${clash.slug})`, {
			field: 'name'
		});
	}
}

async function assertSlugFree(tx: Tx, slug: string) {
	const [clash] = await tx
		.select({ name: skills.name })
		.from(skills)
		.where(eq(skills.slug, slug))
		.limit(1);
	if (clash) {
		throw new AppError('CONFLICT', `The slug “${slug}” is taken by “${clash.name}”`, {
			field: 'slug'
		});
	}
}

/**
 * The slug of a new skill: its name's (any script, see slugFromName). A name that gives a
 * single character ("C#") gets a short random suffix, as a slug needs two; one without any
 * letter or digit gets nothing, and is refused.
 */
export function slugForSkill(name: string): string {
	const slug = slugFromName(name);
	if (slug.length === 0 || slug.length >= 2) return slug;
	return `${slug}-${randomBytes(3).toString('hex').slice(0, 4)}`;
}

export async function createSkill(
	db: Executor,
	actorId: string,
	input: z.output<typeof skillCreateSchema>
) {
	const slug = skillSlugSchema.safeParse(slugForSkill(input.name));
	if (!slug.success) {
		throw new AppError('BAD_REQUEST', 'Use a name with at least one letter or digit', {
			field: 'name'
		});
	}
	return db.transaction(async (tx) => {
		await assertSlugFree(tx, slug.data);
		await assertNameFree(tx, input.name);
		const [{ max }] = await tx
			.select({ max: sql<number>`coalesce(max(${skills.sortOrder}), 0)`.mapWith(Number) })
			.from(skills);
		const [row] = await tx
			.insert(skills)
			.values({
				slug: slug.data,
				name: input.name,
				description: input.description,
				sortOrder: max + 10
			})
			.returning();
		await recordAudit(tx, {
			actorId,
			action: 'skill.create',
			entityType: 'skill',
			entityId: row.slug,
			after: snapshot(row)
		});
		return row;
	});
}

/** Replaces `from` by `to` in every open revision's content.skills, without duplicates. */
async function rewriteRevisionSkills(tx: Tx, from: string, to: string) {
	await tx.execute(sql`
		update ${scenarioRevisions} r set content = jsonb_set(r.content, '{skills}', coalesce((
			select jsonb_agg(x.slug order by x.ord) from (
				select s.slug, min(s.ord) as ord from (
					select case when e.value = ${from} then ${to}::text else e.value end as slug, e.ord
					from jsonb_array_elements_text(r.content->'skills') with ordinality as e(value, ord)
				) s group by s.slug
			) x), '[]'::jsonb))
		where r.status in ('draft', 'in_review', 'changes_requested')
			and jsonb_typeof(r.content->'skills') = 'array'
			and r.content->'skills' ? ${from}`);
}

/**
 * Replaces `from` by `to` in every scenario's skills (removing `from` where `to` is already
 * there), bumps their metadata_version, and does the same in undecided proposals. Returns how
 * many scenarios changed.
 */
async function rewriteScenarioSkills(tx: Tx, from: string, to: string): Promise<number> {
	const changed = await tx
		.update(scenarios)
		.set({
			skills: sql`case when ${scenarios.skills} @> array[${to}]::text[] then array_remove(${scenarios.skills}, ${from}) else array_replace(${scenarios.skills}, ${from}, ${to}) end`,
			metadataVersion: sql`${scenarios.metadataVersion} + 1`,
			updatedAt: new Date()
		})
		.where(usesSkill(from))
		.returning({ id: scenarios.id });
	await tx
		.update(metadataProposals)
		.set({
			proposedSkills: sql`case when ${metadataProposals.proposedSkills} @> array[${to}]::text[] then array_remove(${metadataProposals.proposedSkills}, ${from}) else array_replace(${metadataProposals.proposedSkills}, ${from}, ${to}) end`
		})
		.where(
			sql`${metadataProposals.status} in ('pending', 'accepted') and ${metadataProposals.proposedSkills} @> array[${from}]::text[]`
		);
	await rewriteRevisionSkills(tx, from, to);
	return changed.length;
}

/** Rename and describe; a new slug rewrites every scenario carrying the old one. */
export async function updateSkill(
	db: Executor,
	actorId: string,
	input: z.output<typeof skillUpdateSchema>
) {
	return db.transaction(async (tx) => {
		const row = await lockSkill(tx, input.slug);
		const newSlug = input.newSlug ?? row.slug;
		if (newSlug !== row.slug) await assertSlugFree(tx, newSlug);
		if (input.name.toLowerCase() !== row.name.toLowerCase())
			await assertNameFree(tx, input.name, row.id);
		const [updated] = await tx
			.update(skills)
			.set({
				slug: newSlug,
				name: input.name,
				description: input.description,
				updatedAt: new Date()
			})
			.where(eq(skills.id, row.id))
			.returning();
		const scenariosRewritten =
			newSlug !== row.slug ? await rewriteScenarioSkills(tx, row.slug, newSlug) : 0;
		await recordAudit(tx, {
			actorId,
			action: newSlug !== row.slug ? 'skill.rename' : 'skill.update',
			entityType: 'skill',
			entityId: updated.slug,
			before: snapshot(row),
			after: { ...snapshot(updated), scenariosRewritten }
		});
		return { skill: updated, scenariosRewritten };
	});
}

/** New order of the whole taxonomy: `slugs` must name every skill exactly once. */
export async function reorderSkills(db: Executor, actorId: string, slugs: string[]) {
	return db.transaction(async (tx) => {
		const rows = await tx
			.select()
			.from(skills)
			.orderBy(asc(skills.sortOrder), asc(skills.name))
			.for('update');
		const known = new Set(rows.map((r) => r.slug));
		const given = new Set(slugs);
		if (
			given.size !== slugs.length ||
			given.size !== known.size ||
			slugs.some((s) => !known.has(s))
		) {
			throw new AppError('CONFLICT', 'The skill list changed meanwhile: reload and reorder again', {
				expected: [...known]
			});
		}
		const bySlug = new Map(rows.map((r) => [r.slug, r]));
		for (const [index, slug] of slugs.entries()) {
			const sortOrder = (index + 1) * 10;
			if (bySlug.get(slug)!.sortOrder === sortOrder) continue;
			await tx.update(skills).set({ sortOrder }).where(eq(skills.slug, slug));
		}
		await recordAudit(tx, {
			actorId,
			action: 'skill.reorder',
			entityType: 'skill',
			before: { order: rows.map((r) => r.slug) },
			after: { order: slugs }
		});
		return { order: slugs };
	});
}

/** Deactivated skills leave pickers and filters but stay on scenarios (with a warning). */
export async function setSkillActive(db: Executor, actorId: string, slug: string, active: boolean) {
	return db.transaction(async (tx) => {
		const row = await lockSkill(tx, slug);
		if (row.isActive === active) return { skill: row, usage: await usage(tx, slug) };
		const [updated] = await tx
			.update(skills)
			.set({ isActive: active, updatedAt: new Date() })
			.where(eq(skills.id, row.id))
			.returning();
		const used = await usage(tx, slug);
		await recordAudit(tx, {
			actorId,
			action: active ? 'skill.reactivate' : 'skill.deactivate',
			entityType: 'skill',
			entityId: slug,
			before: snapshot(row),
			after: { ...snapshot(updated), scenariosCarryingIt: used }
		});
		return { skill: updated, usage: used };
	});
}

async function usage(db: Executor, slug: string): Promise<number> {
	const [row] = await queryRows<{ n: number }>(
		db,
		sql`select count(*)::int as n from ${scenarios} where ${usesSkill(slug)}`
	);
	return Number(row?.n ?? 0);
}

/** Merge `from` into `into`: every scenario gets `into` instead (no duplicates). */
export async function mergeSkills(
	db: Executor,
	actorId: string,
	input: z.output<typeof skillMergeSchema>
) {
	return db.transaction(async (tx) => {
		// Lock both in slug order, as every other writer would, so two merges cannot deadlock.
		const [a, b] = [input.from, input.into].sort();
		const first = await lockSkill(tx, a);
		const second = await lockSkill(tx, b);
		const from = first.slug === input.from ? first : second;
		const into = first.slug === input.into ? first : second;
		if (!into.isActive) {
			throw new AppError(
				'BAD_REQUEST',
				`“${into.name}” is deactivated: merge into an active skill`,
				{
					field: 'into'
				}
			);
		}
		const scenariosRewritten = await rewriteScenarioSkills(tx, from.slug, into.slug);
		if (input.deleteSource) {
			await tx.delete(skills).where(eq(skills.id, from.id));
		} else {
			await tx
				.update(skills)
				.set({ isActive: false, updatedAt: new Date() })
				.where(eq(skills.id, from.id));
		}
		await recordAudit(tx, {
			actorId,
			action: 'skill.merge',
			entityType: 'skill',
			entityId: from.slug,
			before: { from: snapshot(from), into: snapshot(into) },
			after: {
				into: into.slug,
				source: input.deleteSource ? 'deleted' : 'deactivated',
				scenariosRewritten
			}
		});
		return { scenariosRewritten, into: into.slug };
	});
}

/** Only a skill no scenario carries can be deleted; otherwise merge or deactivate it. */
export async function deleteSkill(db: Executor, actorId: string, slug: string) {
	return db.transaction(async (tx) => {
		const row = await lockSkill(tx, slug);
		const used = await usage(tx, slug);
		if (used > 0) {
			throw new AppError(
				'CONFLICT',
				`“${row.name}” is used by ${used} scenario${used === 1 ? '' : 's'}: merge it into another skill or deactivate it instead`,
				{ usage: used }
			);
		}
		await tx.delete(skills).where(eq(skills.id, row.id));
		await recordAudit(tx, {
			actorId,
			action: 'skill.delete',
			entityType: 'skill',
			entityId: slug,
			before: snapshot(row)
		});
		return { deleted: slug };
	});
}
