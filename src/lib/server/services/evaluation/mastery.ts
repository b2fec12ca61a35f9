import { sql } from 'drizzle-orm';
import { computeMastery, type SkillMastery } from '../../../domain/mastery';
import type { RunKind } from '../../../schemas/evaluation';
import { queryRows, type Executor } from '../../db/client';

export interface MasteryRow extends SkillMastery {
	name: string;
}

type ScoreRow = { user_id: string; skill: string; score: number; kind: RunKind; at: Date | string };

/**
 * Mastery per skill (domain/mastery.ts says how) of each of `userIds`, from the succeeded runs on
 * their own attempts only. One query for a whole cohort.
 */
export async function masteryOfUsers(
	db: Executor,
	userIds: readonly string[],
	now = new Date()
): Promise<Map<string, SkillMastery[]>> {
	const out = new Map<string, SkillMastery[]>(userIds.map((id) => [id, []]));
	if (userIds.length === 0) return out;
	const rows = await queryRows<ScoreRow>(
		db,
		sql`select a.user_id, unnest(c.skills) as skill, r.score, e.kind, coalesce(e.finished_at, e.created_at) as at
			from scenario_attempts a
				join evaluation_runs e on e.attempt_id = a.id and e.status = 'succeeded'
					-- a blind second scoring measures the raters, not the learner: counted once
					and coalesce(e.summary->>'calibration', 'false') <> 'true'
				join rubric_scores r on r.run_id = e.id
				join rubric_criteria c on c.rubric_key = e.rubric_key and c.key = r.criterion_key
			where a.user_id in (${sql.join(
				userIds.map((id) => sql`${id}::uuid`),
				sql`, `
			)})`
	);
	const byUser = new Map<string, ScoreRow[]>();
	for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row]);
	for (const [userId, list] of byUser) {
		out.set(
			userId,
			computeMastery(
				list.map((r) => ({
					skill: r.skill,
					score: Number(r.score),
					kind: r.kind,
					at: new Date(r.at)
				})),
				now
			)
		);
	}
	return out;
}

/** The active taxonomy in teaching order. */
export function activeSkills(db: Executor) {
	return queryRows<{ slug: string; name: string }>(
		db,
		sql`select slug, name from skills where is_active order by sort_order, slug`
	);
}

/** The caller's mastery per skill of the active taxonomy; skills without evidence are listed with none. */
export async function myMastery(
	db: Executor,
	userId: string,
	now = new Date()
): Promise<{ skills: (MasteryRow | { skill: string; name: string; scores: 0 })[] }> {
	const [mastery, skills] = await Promise.all([
		masteryOfUsers(db, [userId], now).then((m) => m.get(userId) ?? []),
		activeSkills(db)
	]);
	const bySkill = new Map(mastery.map((m) => [m.skill, m]));
	return {
		skills: skills.map((s) => {
			const m = bySkill.get(s.slug);
			return m ? { ...m, name: s.name } : { skill: s.slug, name: s.name, scores: 0 as const };
		})
	};
}

/** The caller's latest finished attempts, newest first, each with a link target for its debrief. */
export async function recentAttempts(db: Executor, userId: string, limit = 5) {
	const rows = await queryRows<{
		id: string;
		slug: string;
		title: string;
		outcome: string;
		finished_at: Date | string;
	}>(
		db,
		sql`select a.id, s.slug, s.title, a.outcome, a.finished_at
			from scenario_attempts a join scenarios s on s.id = a.scenario_id
			where a.user_id = ${userId} and a.finished_at is not null
			order by a.finished_at desc, a.id
			limit ${limit}`
	);
	return rows.map((r) => ({
		attemptId: r.id,
		slug: r.slug,
		title: r.title,
		outcome: r.outcome,
		finishedAt: new Date(r.finished_at)
	}));
}
