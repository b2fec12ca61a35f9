import { and, eq, inArray } from 'drizzle-orm';
import { CONSENT_VERSION } from '../../schemas/cohorts';
import type { Executor } from '../db/client';
import { assignments, cohortMembers, cohorts, scenarios, users } from '../db/schema';

// A cohort for the demo, so a first visitor sees what coordinating looks like: Lena Novak (a demo
// author) is a coordinator of "Evening volunteers — spring intake", with six of the demo crowd as
// trainees (four share their progress, two do not) and three assignments made a month ago, one
// already past due. Added once: a database that has the cohort keeps it as it is.

export const DEMO_COHORT_NAME = 'Evening volunteers — spring intake';
const DEMO_ASSIGNMENTS = [
	{ slug: 'crisis-veteran-anniversary-night', dueInDays: 14, required: true, minLevel: 2 },
	{ slug: 'crisis-teen-self-harm-chat', dueInDays: -3, required: true, minLevel: null },
	{
		slug: 'crisis-grief-after-brothers-suicide-chat',
		dueInDays: 30,
		required: false,
		minLevel: null
	}
];

export async function seedDemoCohort(db: Executor, ids: Map<string, string>, now: Date) {
	const coordinatorId = ids.get('lena');
	const trainees = ['crowd1', 'crowd2', 'crowd3', 'crowd4', 'crowd5', 'crowd6']
		.map((key) => ids.get(key))
		.filter((id): id is string => Boolean(id));
	if (!coordinatorId || trainees.length === 0) return 0;
	const [existing] = await db
		.select({ id: cohorts.id })
		.from(cohorts)
		.where(eq(cohorts.name, DEMO_COHORT_NAME))
		.limit(1);
	if (existing) return 0;

	const day = 86_400_000;
	const since = new Date(now.getTime() - 30 * day);
	await db.update(users).set({ isCoordinator: true }).where(eq(users.id, coordinatorId));
	const [cohort] = await db
		.insert(cohorts)
		.values({
			name: DEMO_COHORT_NAME,
			description:
				'New crisis-line volunteers on the evening shift. Practise the assigned calls before your first supervised shift.',
			startsOn: since.toISOString().slice(0, 10),
			endsOn: new Date(now.getTime() + 60 * day).toISOString().slice(0, 10),
			createdBy: coordinatorId,
			createdAt: since
		})
		.returning({ id: cohorts.id });
	await db.insert(cohortMembers).values([
		{ cohortId: cohort.id, userId: coordinatorId, role: 'coordinator', joinedAt: since },
		...trainees.map((userId, i) => ({
			cohortId: cohort.id,
			userId,
			role: 'trainee' as const,
			joinedAt: since,
			...(i < 4 ? { consentAt: since, consentVersion: CONSENT_VERSION } : {})
		}))
	]);
	const found = await db
		.select({ id: scenarios.id, slug: scenarios.slug })
		.from(scenarios)
		.where(
			and(
				inArray(
					scenarios.slug,
					DEMO_ASSIGNMENTS.map((a) => a.slug)
				),
				eq(scenarios.status, 'approved')
			)
		);
	const rows = DEMO_ASSIGNMENTS.flatMap((a) => {
		const scenario = found.find((s) => s.slug === a.slug);
		return scenario
			? [
					{
						cohortId: cohort.id,
						scenarioId: scenario.id,
						dueAt: new Date(now.getTime() + a.dueInDays * day),
						required: a.required,
						minLevel: a.minLevel,
						createdBy: coordinatorId,
						createdAt: since
					}
				]
			: [];
	});
	if (rows.length) await db.insert(assignments).values(rows);
	return 1;
}
