import type { z } from 'zod';
import { and, arrayOverlaps, eq, notInArray, sql } from 'drizzle-orm';
import { pickAssignments } from '../../../domain/assignment';
import {
	calibrationOn,
	planByPool,
	scenarioSupply,
	shortPoolSkills,
	suggestionBudgetMinutes,
	utcDay
} from '../../../domain/token-plan';
import type { demandSetSchema } from '../../../schemas/cohorts';
import { queryRows, type Executor } from '../../db/client';
import { assignments, scenarioMetadata, scenarios, tokenDemands } from '../../db/schema';
import { AppError } from '../../errors';
import { listedCondition } from '../catalog/list';
import { coordinatedCohort, sharingSql } from '../cohorts/access';
import { assignmentsOf, attemptsSinceAssigned } from '../cohorts/assignments';
import { requirePlanning } from './flag';
import { activePools, calibrations, poolOfSkill, suppliesOf } from './ledger';

// A cohort's training plan: per skill pool, what each trainee needs (the coordinator's p50/p90
// demand) against what the cohort's assignments supply and what each consenting trainee has
// earned; when a pool is short, scenarios that would close the gap, picked by the same greedy
// cover the partner API uses. The arithmetic is domain/token-plan.ts.

export async function cohortPlan(db: Executor, userId: string, cohortId: string, now = new Date()) {
	await requirePlanning(db);
	const cohort = await coordinatedCohort(db, userId, cohortId);
	const today = utcDay(now);
	const [pools, skillPool, calibrationRows, demands, assignmentRows, trainees] = await Promise.all([
		activePools(db),
		poolOfSkill(db),
		calibrations(db),
		db
			.select({
				poolId: tokenDemands.poolId,
				tokensP50: tokenDemands.tokensP50,
				tokensP90: tokenDemands.tokensP90
			})
			.from(tokenDemands)
			.where(eq(tokenDemands.cohortId, cohortId)),
		assignmentsOf(db, [cohortId]),
		queryRows<{ user_id: string; display_name: string }>(
			db,
			sql`select m.user_id, u.display_name from cohort_members m join users u on u.id = m.user_id
				where m.cohort_id = ${cohortId} and m.role = 'trainee' and ${sharingSql('m')}
				order by lower(u.display_name), m.user_id`
		)
	]);
	const supplies = await suppliesOf(
		db,
		assignmentRows.map((a) => a.scenarioId)
	);
	const attempts = await attemptsSinceAssigned(
		db,
		assignmentRows.map((a) => a.id),
		trainees.map((t) => t.user_id)
	);
	const completions = [];
	for (const a of assignmentRows) {
		for (const t of trainees) {
			const metAt = attempts.get(`${a.id}:${t.user_id}`)?.metAt;
			if (metAt) completions.push({ userId: t.user_id, assignmentId: a.id, day: utcDay(metAt) });
		}
	}
	const asToken = (s: {
		planningMode: 'legacy' | 'token';
		estimatedTime: number;
		skills: string[];
		id: string;
	}) => ({
		planningMode: s.planningMode,
		estimatedTime: s.estimatedTime,
		skills: s.skills,
		supplies: supplies.get(s.id) ?? []
	});
	const plan = planByPool({
		pools,
		demands,
		assignments: assignmentRows.map((a) => ({
			id: a.id,
			scenario: asToken({ ...a, id: a.scenarioId }),
			dueDay: utcDay(a.dueAt),
			required: a.required
		})),
		calibrations: calibrationRows,
		poolOfSkill: skillPool,
		completions
	});

	const suggestions = await suggest(db, cohortId, {
		plan,
		skillPool,
		calibrationRows,
		today
	});

	return {
		cohort,
		today,
		pools: plan.map((row) => ({
			...row,
			description: pools.find((p) => p.id === row.poolId)?.description ?? '',
			tokensPerHourToday: calibrationOn(calibrationRows, row.poolId, today)
		})),
		trainees: trainees.map((t) => ({ userId: t.user_id, displayName: t.display_name })),
		unpooledSkills: (
			await queryRows<{ slug: string; name: string }>(
				db,
				sql`select slug, name from skills where is_active and pool_id is null order by sort_order`
			)
		).map((s) => s.name),
		suggestions
	};
}

async function suggest(
	db: Executor,
	cohortId: string,
	input: {
		plan: ReturnType<typeof planByPool>;
		skillPool: Map<string, string>;
		calibrationRows: Awaited<ReturnType<typeof calibrations>>;
		today: string;
	}
) {
	const budget = suggestionBudgetMinutes(input.plan, input.calibrationRows, input.today);
	const wanted = shortPoolSkills(input.plan, input.skillPool);
	if (budget === 0 || wanted.length === 0) return { budgetMinutes: 0, picks: [] };
	const assigned = db
		.select({ id: assignments.scenarioId })
		.from(assignments)
		.where(eq(assignments.cohortId, cohortId));
	const candidates = await db
		.select({
			id: scenarios.id,
			title: scenarios.title,
			slug: scenarios.slug,
			skills: scenarios.skills,
			estimatedTime: scenarios.estimatedTime,
			planningMode: scenarios.planningMode,
			ratingScore: scenarioMetadata.ratingScore
		})
		.from(scenarios)
		.innerJoin(scenarioMetadata, eq(scenarioMetadata.scenarioId, scenarios.id))
		.where(
			and(
				listedCondition(),
				eq(scenarios.isOneTime, false),
				notInArray(scenarios.id, assigned),
				arrayOverlaps(scenarios.skills, wanted)
			)
		);
	const result = pickAssignments(
		candidates.map((c) => ({ ...c, ratingScore: Number(c.ratingScore ?? 0) })),
		wanted,
		budget
	);
	const supplies = await suppliesOf(
		db,
		result.picks.map((p) => p.candidate.id)
	);
	const poolNames = new Map(input.plan.map((p) => [p.poolId, p.name]));
	return {
		budgetMinutes: budget,
		picks: result.picks.map(({ candidate, covers }) => {
			const supply = scenarioSupply(
				{ ...candidate, supplies: supplies.get(candidate.id) ?? [] },
				input.skillPool,
				input.calibrationRows,
				input.today
			);
			return {
				scenarioId: candidate.id,
				title: candidate.title,
				slug: candidate.slug,
				estimatedTime: candidate.estimatedTime,
				covers,
				adds: [...supply]
					.filter(([poolId]) => poolNames.has(poolId))
					.map(([poolId, tokens]) => ({
						poolId,
						pool: poolNames.get(poolId)!,
						tokens: Math.round(tokens * 100) / 100
					}))
			};
		})
	};
}

export async function setDemand(
	db: Executor,
	userId: string,
	input: z.output<typeof demandSetSchema>
) {
	await requirePlanning(db);
	return db.transaction(async (tx) => {
		await coordinatedCohort(tx, userId, input.cohortId, { write: true, lock: true });
		const [pool] = await queryRows<{ id: string }>(
			tx,
			sql`select id from skill_pools where id = ${input.poolId} and is_active`
		);
		if (!pool) throw new AppError('NOT_FOUND', 'No active skill pool with that id');
		await tx
			.insert(tokenDemands)
			.values({
				cohortId: input.cohortId,
				poolId: input.poolId,
				tokensP50: input.tokensP50,
				tokensP90: input.tokensP90
			})
			.onConflictDoUpdate({
				target: [tokenDemands.cohortId, tokenDemands.poolId],
				set: { tokensP50: input.tokensP50, tokensP90: input.tokensP90, updatedAt: new Date() }
			});
		return { saved: true };
	});
}
