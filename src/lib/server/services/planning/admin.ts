import type { z } from 'zod';
import { and, asc, eq, sql } from 'drizzle-orm';
import type {
	calibrationSaveSchema,
	poolSaveSchema,
	scenarioSupplySetSchema
} from '../../../schemas/cohorts';
import { queryRows, type Executor } from '../../db/client';
import { scenarios, skillPools, skills, tokenCalibrations, tokenSupplies } from '../../db/schema';
import { AppError } from '../../errors';
import { recordAudit } from '../audit/record';
import { requirePlanning } from './flag';
import { calibrations, suppliesOf } from './ledger';

// The admins' side of the token ledger: pools and which skills they hold, calibrations (tokens
// per hour, effective-dated) and each scenario's planning mode and explicit supply. Every change
// is audited in the transaction that makes it. All of it sits behind token_planning_v1.

export async function planningOverview(db: Executor) {
	await requirePlanning(db);
	const [pools, skillRows, calibrationRows] = await Promise.all([
		db.select().from(skillPools).orderBy(asc(skillPools.sortOrder), asc(skillPools.name)),
		db
			.select({
				slug: skills.slug,
				name: skills.name,
				poolId: skills.poolId,
				isActive: skills.isActive
			})
			.from(skills)
			.orderBy(asc(skills.sortOrder), asc(skills.slug)),
		db
			.select()
			.from(tokenCalibrations)
			.orderBy(asc(tokenCalibrations.poolId), asc(tokenCalibrations.effectiveDate))
	]);
	return {
		pools: pools.map((p) => ({
			id: p.id,
			name: p.name,
			description: p.description,
			isActive: p.isActive,
			skills: skillRows.filter((s) => s.poolId === p.id),
			calibrations: calibrationRows
				.filter((c) => c.poolId === p.id)
				.map((c) => ({ id: c.id, effectiveDate: c.effectiveDate, tokensPerHour: c.tokensPerHour }))
		})),
		unpooledSkills: skillRows.filter((s) => s.poolId === null)
	};
}

export async function savePool(
	db: Executor,
	actorId: string,
	input: z.output<typeof poolSaveSchema>
) {
	await requirePlanning(db);
	return db.transaction(async (tx) => {
		const fields = { name: input.name, description: input.description, isActive: input.isActive };
		if (!input.poolId) {
			const [created] = await tx
				.insert(skillPools)
				.values({
					...fields,
					sortOrder: sql`(select coalesce(max(sort_order), 0) + 10 from skill_pools)`
				})
				.onConflictDoNothing({ target: skillPools.name })
				.returning();
			if (!created) throw new AppError('CONFLICT', `A pool named “${input.name}” already exists`);
			await recordAudit(tx, {
				actorId,
				action: 'pool.create',
				entityType: 'skill_pool',
				entityId: created.id,
				after: fields
			});
			return { id: created.id };
		}
		const [before] = await tx
			.select()
			.from(skillPools)
			.where(eq(skillPools.id, input.poolId))
			.for('update');
		if (!before) throw new AppError('NOT_FOUND', 'No skill pool with that id');
		const [clash] = await tx
			.select({ id: skillPools.id })
			.from(skillPools)
			.where(and(eq(skillPools.name, input.name), sql`${skillPools.id} <> ${input.poolId}`));
		if (clash) throw new AppError('CONFLICT', `A pool named “${input.name}” already exists`);
		await tx
			.update(skillPools)
			.set({ ...fields, updatedAt: new Date() })
			.where(eq(skillPools.id, input.poolId));
		await recordAudit(tx, {
			actorId,
			action: 'pool.update',
			entityType: 'skill_pool',
			entityId: input.poolId,
			before: { name: before.name, description: before.description, isActive: before.isActive },
			after: fields
		});
		return { id: input.poolId };
	});
}

/** Every skill is in one pool: moving it takes it out of the old one. */
export async function setSkillPool(
	db: Executor,
	actorId: string,
	input: { skill: string; poolId: string }
) {
	await requirePlanning(db);
	return db.transaction(async (tx) => {
		const [skill] = await tx
			.select({ slug: skills.slug, poolId: skills.poolId })
			.from(skills)
			.where(eq(skills.slug, input.skill))
			.for('update');
		if (!skill) throw new AppError('NOT_FOUND', `No skill “${input.skill}”`);
		const [pool] = await tx
			.select({ id: skillPools.id, name: skillPools.name })
			.from(skillPools)
			.where(eq(skillPools.id, input.poolId));
		if (!pool) throw new AppError('NOT_FOUND', 'No skill pool with that id');
		if (skill.poolId === pool.id) return { moved: false };
		await tx
			.update(skills)
			.set({ poolId: pool.id, updatedAt: new Date() })
			.where(eq(skills.slug, input.skill));
		await recordAudit(tx, {
			actorId,
			action: 'pool.skill',
			entityType: 'skill_pool',
			entityId: pool.id,
			before: { skill: skill.slug, poolId: skill.poolId },
			after: { skill: skill.slug, poolId: pool.id, pool: pool.name }
		});
		return { moved: true };
	});
}

/** One rate per pool and day: saving the same day again replaces it. */
export async function saveCalibration(
	db: Executor,
	actorId: string,
	input: z.output<typeof calibrationSaveSchema>
) {
	await requirePlanning(db);
	return db.transaction(async (tx) => {
		const [pool] = await tx
			.select({ id: skillPools.id, name: skillPools.name })
			.from(skillPools)
			.where(eq(skillPools.id, input.poolId));
		if (!pool) throw new AppError('NOT_FOUND', 'No skill pool with that id');
		const [row] = await tx
			.insert(tokenCalibrations)
			.values(input)
			.onConflictDoUpdate({
				target: [tokenCalibrations.poolId, tokenCalibrations.effectiveDate],
				set: { tokensPerHour: input.tokensPerHour, updatedAt: new Date() }
			})
			.returning({ id: tokenCalibrations.id });
		await recordAudit(tx, {
			actorId,
			action: 'calibration.save',
			entityType: 'skill_pool',
			entityId: pool.id,
			after: {
				pool: pool.name,
				effectiveDate: input.effectiveDate,
				tokensPerHour: input.tokensPerHour
			}
		});
		return { id: row.id };
	});
}

export async function deleteCalibration(db: Executor, actorId: string, calibrationId: string) {
	await requirePlanning(db);
	return db.transaction(async (tx) => {
		const [row] = await tx
			.delete(tokenCalibrations)
			.where(eq(tokenCalibrations.id, calibrationId))
			.returning();
		if (!row) throw new AppError('NOT_FOUND', 'No calibration with that id');
		await recordAudit(tx, {
			actorId,
			action: 'calibration.delete',
			entityType: 'skill_pool',
			entityId: row.poolId,
			before: { effectiveDate: row.effectiveDate, tokensPerHour: row.tokensPerHour }
		});
		return { deleted: true };
	});
}

export async function scenarioSupply(db: Executor, scenarioId: string) {
	await requirePlanning(db);
	const [scenario] = await db
		.select({
			id: scenarios.id,
			title: scenarios.title,
			planningMode: scenarios.planningMode,
			estimatedTime: scenarios.estimatedTime,
			skills: scenarios.skills
		})
		.from(scenarios)
		.where(eq(scenarios.id, scenarioId));
	if (!scenario) throw new AppError('NOT_FOUND', 'No scenario with that id');
	const supplies = (await suppliesOf(db, [scenarioId])).get(scenarioId) ?? [];
	return { ...scenario, supplies, calibrations: await calibrations(db) };
}

/** Switching to `legacy` clears the explicit rows: a scenario has one source of supply. */
export async function setScenarioSupply(
	db: Executor,
	actorId: string,
	input: z.output<typeof scenarioSupplySetSchema>
) {
	await requirePlanning(db);
	return db.transaction(async (tx) => {
		const [scenario] = await tx
			.select({ id: scenarios.id, planningMode: scenarios.planningMode })
			.from(scenarios)
			.where(eq(scenarios.id, input.scenarioId))
			.for('update');
		if (!scenario) throw new AppError('NOT_FOUND', 'No scenario with that id');
		const known = await queryRows<{ id: string }>(tx, sql`select id from skill_pools`);
		const unknown = input.supplies.find((s) => !known.some((k) => k.id === s.poolId));
		if (unknown) throw new AppError('NOT_FOUND', 'No skill pool with that id');
		const before = (await suppliesOf(tx, [input.scenarioId])).get(input.scenarioId) ?? [];
		await tx
			.update(scenarios)
			.set({ planningMode: input.planningMode })
			.where(eq(scenarios.id, input.scenarioId));
		await tx.delete(tokenSupplies).where(eq(tokenSupplies.scenarioId, input.scenarioId));
		const rows = input.planningMode === 'token' ? input.supplies : [];
		if (rows.length) {
			await tx
				.insert(tokenSupplies)
				.values(
					rows.map((r) => ({ scenarioId: input.scenarioId, poolId: r.poolId, tokens: r.tokens }))
				);
		}
		await recordAudit(tx, {
			actorId,
			action: 'scenario.supply',
			entityType: 'scenario',
			entityId: input.scenarioId,
			before: { planningMode: scenario.planningMode, supplies: before },
			after: { planningMode: input.planningMode, supplies: rows }
		});
		return { planningMode: input.planningMode, supplies: rows };
	});
}
