import type { z } from 'zod';
import { and, asc, eq, ilike, notInArray, or, sql } from 'drizzle-orm';
import {
	assignmentStanding,
	NO_ATTEMPTS,
	type AttemptsSinceAssigned
} from '../../../domain/assignment-status';
import type { assignmentCreateSchema } from '../../../schemas/cohorts';
import { queryRows, type Executor } from '../../db/client';
import { assignments, cohortMembers, scenarios } from '../../db/schema';
import { AppError } from '../../errors';
import { listedCondition } from '../catalog/list';
import { notify } from '../notifications/notifications';
import { coordinatedCohort } from './access';

// Assignments: a scenario a cohort's trainees should practise by a date, optionally to a rubric
// level. Attempts started since the assignment was made count toward it; an attempt's level is
// the mean of its supervisor run's criterion scores, or of its automatic run's when no
// supervisor answered (calibration runs never count).

export async function createAssignment(
	db: Executor,
	userId: string,
	input: z.output<typeof assignmentCreateSchema>
) {
	return db.transaction(async (tx) => {
		const cohort = await coordinatedCohort(tx, userId, input.cohortId, { write: true, lock: true });
		const [scenario] = await tx
			.select({ id: scenarios.id, title: scenarios.title, slug: scenarios.slug })
			.from(scenarios)
			.where(and(eq(scenarios.id, input.scenarioId), listedCondition()));
		if (!scenario) {
			throw new AppError(
				'NOT_FOUND',
				'No published scenario with that id: trainees could not open it'
			);
		}
		const [row] = await tx
			.insert(assignments)
			.values({
				cohortId: input.cohortId,
				scenarioId: input.scenarioId,
				dueAt: input.dueAt,
				required: input.required,
				minLevel: input.minLevel,
				createdBy: userId
			})
			.onConflictDoNothing()
			.returning({ id: assignments.id });
		if (!row)
			throw new AppError('CONFLICT', `“${scenario.title}” is already assigned in this cohort`);
		const trainees = await tx
			.select({ userId: cohortMembers.userId })
			.from(cohortMembers)
			.where(and(eq(cohortMembers.cohortId, input.cohortId), eq(cohortMembers.role, 'trainee')));
		for (const t of trainees) {
			await notify(tx, {
				userId: t.userId,
				kind: 'cohort.assignment',
				title: `New assignment in ${cohort.name}: ${scenario.title}`,
				body: `${input.required ? 'Required' : 'Optional'}, ${dueWords(input.dueAt)}${
					input.minLevel ? `, at rubric level ${input.minLevel} or above` : ''
				}.`,
				link: `/scenarios/${scenario.slug}`
			});
		}
		return { id: row.id };
	});
}

/**
 * "due in 6 days": a notification is written once for readers in any time zone, and a calendar
 * date printed here (in the server's zone) could read a day off from the one the coordinator
 * picked. The exact date and time are on the trainee's Assignments page, in their own zone.
 */
export function dueWords(dueAt: Date, now = new Date()) {
	const days = Math.ceil((dueAt.getTime() - now.getTime()) / 86_400_000);
	if (days < 0) return 'already past its due date';
	if (days <= 1) return dueAt.getTime() <= now.getTime() ? 'due now' : 'due within a day';
	return `due in ${days} days`;
}

export async function deleteAssignment(db: Executor, userId: string, assignmentId: string) {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select({ cohortId: assignments.cohortId })
			.from(assignments)
			.where(eq(assignments.id, assignmentId));
		if (!row) throw new AppError('NOT_FOUND', 'No assignment with that id');
		await coordinatedCohort(tx, userId, row.cohortId, { write: true, lock: true });
		await tx.delete(assignments).where(eq(assignments.id, assignmentId));
		return { deleted: true };
	});
}

/** Published scenarios not yet assigned in the cohort, for the coordinator's picker. */
export async function assignableScenarios(
	db: Executor,
	userId: string,
	input: { cohortId: string; search: string }
) {
	await coordinatedCohort(db, userId, input.cohortId);
	const assigned = db
		.select({ id: assignments.scenarioId })
		.from(assignments)
		.where(eq(assignments.cohortId, input.cohortId));
	const pattern = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
	return db
		.select({
			id: scenarios.id,
			title: scenarios.title,
			skills: scenarios.skills,
			estimatedTime: scenarios.estimatedTime,
			difficulty: scenarios.difficulty
		})
		.from(scenarios)
		.where(
			and(
				listedCondition(),
				notInArray(scenarios.id, assigned),
				input.search
					? or(ilike(scenarios.title, pattern), ilike(scenarios.description, pattern))
					: undefined
			)
		)
		.orderBy(asc(scenarios.title))
		.limit(100);
}

export interface AssignmentRow {
	id: string;
	cohortId: string;
	scenarioId: string;
	slug: string;
	title: string;
	skills: string[];
	estimatedTime: number;
	planningMode: 'legacy' | 'token';
	dueAt: Date;
	required: boolean;
	minLevel: number | null;
	createdAt: Date;
}

/** The cohorts' assignments, soonest due first. */
export async function assignmentsOf(db: Executor, cohortIds: readonly string[]) {
	if (cohortIds.length === 0) return [];
	const rows = await queryRows<{
		id: string;
		cohort_id: string;
		scenario_id: string;
		slug: string;
		title: string;
		skills: string[];
		estimated_time: number;
		planning_mode: 'legacy' | 'token';
		due_at: Date | string;
		required: boolean;
		min_level: number | null;
		created_at: Date | string;
	}>(
		db,
		sql`select a.id, a.cohort_id, a.scenario_id, s.slug, s.title, s.skills, s.estimated_time,
				s.planning_mode, a.due_at, a.required, a.min_level, a.created_at
			from assignments a join scenarios s on s.id = a.scenario_id
			where a.cohort_id in (${sql.join(
				cohortIds.map((id) => sql`${id}::uuid`),
				sql`, `
			)})
			order by a.due_at, s.title, a.id`
	);
	return rows.map((r): AssignmentRow => ({
		id: r.id,
		cohortId: r.cohort_id,
		scenarioId: r.scenario_id,
		slug: r.slug,
		title: r.title,
		skills: r.skills,
		estimatedTime: Number(r.estimated_time),
		planningMode: r.planning_mode,
		dueAt: new Date(r.due_at),
		required: r.required,
		minLevel: r.min_level === null ? null : Number(r.min_level),
		createdAt: new Date(r.created_at)
	}));
}

/**
 * Each (assignment, user) pair's attempts since the assignment was made: one query for a whole
 * cohort. Pairs without attempts are absent (read them as NO_ATTEMPTS).
 */
export async function attemptsSinceAssigned(
	db: Executor,
	assignmentIds: readonly string[],
	userIds: readonly string[]
): Promise<Map<string, AttemptsSinceAssigned>> {
	const out = new Map<string, AttemptsSinceAssigned>();
	if (assignmentIds.length === 0 || userIds.length === 0) return out;
	const list = (ids: readonly string[]) =>
		sql.join(
			ids.map((id) => sql`${id}::uuid`),
			sql`, `
		);
	const rows = await queryRows<{
		assignment_id: string;
		user_id: string;
		open: number;
		completed: number;
		best_level: number | null;
		met_at: Date | string | null;
	}>(
		db,
		sql`select asg.id as assignment_id, att.user_id,
				count(*) filter (where att.outcome is null)::int as open,
				count(*) filter (where att.outcome = 'completed')::int as completed,
				max(lvl.level) filter (where att.outcome = 'completed') as best_level,
				min(att.finished_at) filter (
					where att.outcome = 'completed' and (asg.min_level is null or lvl.level >= asg.min_level)
				) as met_at
			from assignments asg
				join scenario_attempts att on att.scenario_id = asg.scenario_id
					and att.started_at >= asg.created_at and att.user_id in (${list(userIds)})
				left join lateral (
					select avg(r.score)::float8 as level
					from evaluation_runs e join rubric_scores r on r.run_id = e.id
					where e.attempt_id = att.id and e.status = 'succeeded'
						and e.kind in ('supervisor', 'automatic')
						and coalesce(e.summary->>'calibration', 'false') <> 'true'
					group by e.id, e.kind, e.created_at
					order by (e.kind = 'supervisor') desc, e.created_at desc
					limit 1
				) lvl on true
			where asg.id in (${list(assignmentIds)})
			group by asg.id, att.user_id`
	);
	for (const r of rows) {
		out.set(`${r.assignment_id}:${r.user_id}`, {
			open: Number(r.open),
			completed: Number(r.completed),
			bestLevel: r.best_level === null ? null : Math.round(Number(r.best_level) * 100) / 100,
			metAt: r.met_at ? new Date(r.met_at) : null
		});
	}
	return out;
}

/**
 * The trainee's own assignments across their cohorts ("My assignments"). A trainee always sees
 * their own standing, whether or not they share it with the coordinators.
 */
export async function myAssignments(db: Executor, userId: string, now = new Date()) {
	const cohorts = await queryRows<{ id: string; name: string; archived: boolean }>(
		db,
		sql`select c.id, c.name, c.archived_at is not null as archived
			from cohort_members m join cohorts c on c.id = m.cohort_id
			where m.user_id = ${userId} and m.role = 'trainee'`
	);
	const names = new Map(cohorts.map((c) => [c.id, c]));
	const rows = await assignmentsOf(
		db,
		cohorts.map((c) => c.id)
	);
	const attempts = await attemptsSinceAssigned(
		db,
		rows.map((r) => r.id),
		[userId]
	);
	const items = rows.map((a) => ({
		id: a.id,
		cohortId: a.cohortId,
		cohortName: names.get(a.cohortId)!.name,
		slug: a.slug,
		title: a.title,
		estimatedTime: a.estimatedTime,
		dueAt: a.dueAt,
		required: a.required,
		minLevel: a.minLevel,
		...assignmentStanding(attempts.get(`${a.id}:${userId}`) ?? NO_ATTEMPTS, a, now)
	}));
	return {
		items,
		open: items.filter((i) => !i.met).length,
		overdue: items.filter((i) => i.state === 'overdue').length
	};
}
