import { sql } from 'drizzle-orm';
import { assignmentStanding, NO_ATTEMPTS } from '../../../domain/assignment-status';
import { queryRows, type Executor } from '../../db/client';
import { activeSkills, masteryOfUsers } from '../evaluation/mastery';
import { planningEnabled } from '../planning/flag';
import { coordinatedCohort, sharingSql } from './access';
import { assignmentsOf, attemptsSinceAssigned } from './assignments';

// The coordinator's view of a cohort: trainees × assignments, mastery per skill, the weakest
// skills. Consent is applied here, in the one query that decides whose progress is read at all:
// the attempts and mastery queries only ever receive the ids of trainees who share right now.

export const WEAKEST_SKILLS = 3;

export async function cohortDashboard(
	db: Executor,
	userId: string,
	cohortId: string,
	now = new Date()
) {
	const cohort = await coordinatedCohort(db, userId, cohortId);
	const members = await queryRows<{
		user_id: string;
		display_name: string;
		role: 'coordinator' | 'trainee';
		joined_at: Date | string;
		sharing: boolean;
		consent_at: Date | string | null;
		consent_version: number | null;
	}>(
		db,
		sql`select m.user_id, u.display_name, m.role, m.joined_at, ${sharingSql('m')} as sharing,
				m.consent_at, m.consent_version
			from cohort_members m join users u on u.id = m.user_id
			where m.cohort_id = ${cohortId}
			order by lower(u.display_name), m.user_id`
	);
	const trainees = members.filter((m) => m.role === 'trainee');
	const sharingIds = trainees.filter((t) => t.sharing).map((t) => t.user_id);
	const assignmentRows = await assignmentsOf(db, [cohortId]);
	const [attempts, mastery, skills, planning] = await Promise.all([
		attemptsSinceAssigned(
			db,
			assignmentRows.map((a) => a.id),
			sharingIds
		),
		masteryOfUsers(db, sharingIds, now),
		activeSkills(db),
		planningEnabled(db)
	]);

	const progress = sharingIds.map((traineeId) => ({
		userId: traineeId,
		standings: assignmentRows.map((a) => ({
			assignmentId: a.id,
			...assignmentStanding(attempts.get(`${a.id}:${traineeId}`) ?? NO_ATTEMPTS, a, now)
		})),
		mastery: (mastery.get(traineeId) ?? []).map((m) => ({
			skill: m.skill,
			level: m.level,
			scores: m.scores
		}))
	}));

	// The cohort's weakest skills: the mean mastery of the sharing trainees who have evidence.
	const bySkill = new Map<string, { sum: number; trainees: number }>();
	for (const p of progress) {
		for (const m of p.mastery) {
			const entry = bySkill.get(m.skill) ?? { sum: 0, trainees: 0 };
			entry.sum += m.level;
			entry.trainees += 1;
			bySkill.set(m.skill, entry);
		}
	}
	const weakestSkills = skills
		.filter((s) => bySkill.has(s.slug))
		.map((s) => {
			const e = bySkill.get(s.slug)!;
			return { skill: s.slug, name: s.name, level: e.sum / e.trainees, trainees: e.trainees };
		})
		.sort((a, b) => a.level - b.level || a.name.localeCompare(b.name))
		.slice(0, WEAKEST_SKILLS);

	return {
		cohort,
		coordinators: members
			.filter((m) => m.role === 'coordinator')
			.map((m) => ({ userId: m.user_id, displayName: m.display_name, isMe: m.user_id === userId })),
		trainees: trainees.map((t) => ({
			userId: t.user_id,
			displayName: t.display_name,
			joinedAt: new Date(t.joined_at),
			sharing: t.sharing
		})),
		assignments: assignmentRows.map((a) => ({
			id: a.id,
			scenarioId: a.scenarioId,
			slug: a.slug,
			title: a.title,
			skills: a.skills,
			estimatedTime: a.estimatedTime,
			dueAt: a.dueAt,
			required: a.required,
			minLevel: a.minLevel
		})),
		progress,
		skills,
		weakestSkills,
		/** token_planning_v1: whether the plan page exists */
		planningEnabled: planning
	};
}

export type CohortDashboard = Awaited<ReturnType<typeof cohortDashboard>>;
