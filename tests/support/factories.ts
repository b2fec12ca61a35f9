import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../src/lib/server/auth/password';
import type { Executor } from '../../src/lib/server/db/client';
import { skills, users } from '../../src/lib/server/db/schema';
import { SEED_SKILLS } from '../../src/lib/server/bootstrap/skills';
import { loadSeedContent } from '../../src/lib/server/bootstrap/load-content';
import { syncRubrics } from '../../src/lib/server/bootstrap/rubrics';
import { scenarioContentSchema, type ScenarioContentInput } from '../../src/lib/schemas/scenario';
import type { Role, ScenarioStatus } from '../../src/lib/schemas/enums';
import { createScenario } from '../../src/lib/server/services/catalog/create';
import { finishAttempt, startAttempt } from '../../src/lib/server/services/progress/attempts';
import type { SessionUser } from '../../src/lib/server/auth/session';

// Test data builders. They write real rows through the same services the app uses.

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;

export async function insertSkills(db: Executor) {
	await db
		.insert(skills)
		.values(SEED_SKILLS.map((s, i) => ({ ...s, sortOrder: (i + 1) * 10 })))
		.onConflictDoNothing();
}

/** The seeded rubrics (content/rubrics.yaml): practice scores against them. */
export async function insertRubrics(db: Executor) {
	await syncRubrics(db, loadSeedContent().rubrics);
}

let sequence = 0;
function unique() {
	sequence += 1;
	return `${Date.now().toString(36)}${sequence}${randomBytes(2).toString('hex')}`;
}

/** A user with TEST_PASSWORD (hashed once per run: scrypt is deliberately slow). */
export async function makeUser(
	db: Executor,
	options: { role?: Role; email?: string; displayName?: string } = {}
): Promise<SessionUser> {
	passwordHash ??= hashPassword(TEST_PASSWORD);
	const id = unique();
	const [row] = await db
		.insert(users)
		.values({
			email: options.email ?? `user-${id}@example.test`,
			displayName: options.displayName ?? `User ${id}`,
			role: options.role ?? 'learner',
			passwordHash: await passwordHash
		})
		.returning({
			id: users.id,
			email: users.email,
			displayName: users.displayName,
			role: users.role
		});
	return row;
}

export function scenarioContent(
	overrides: ScenarioContentInput | Partial<ScenarioContentInput> = {}
) {
	return scenarioContentSchema.parse({
		title: 'A caller who cannot sleep',
		description: 'A routine call from someone anxious at night.',
		instructions: 'Listen, reflect and check for risk.',
		context: 'Late evening shift.',
		skills: ['active-listening'],
		difficulty: 'beginner',
		estimatedTime: 10,
		visibility: 'public',
		steps: [
			{ id: 'opening', title: 'Opening', prompt: 'Hi... I just need to talk.' },
			{ id: 'middle', title: 'Exploring', prompt: 'I keep lying awake.' },
			{ id: 'close', title: 'Closing', prompt: 'Thanks for listening.' }
		],
		...overrides
	});
}

export async function makeScenario(
	db: Executor,
	options: {
		content?: Partial<ScenarioContentInput>;
		status?: ScenarioStatus;
		createdByUserId?: string | null;
		slug?: string;
		createdAt?: Date;
	} = {}
) {
	const slug = options.slug ?? `test-scenario-${unique()}`;
	return createScenario(db, scenarioContent(options.content), {
		slug,
		createdByUserId: options.createdByUserId ?? null,
		status: options.status ?? 'approved',
		approvedAt: (options.status ?? 'approved') === 'approved' ? new Date() : null,
		submittedAt: options.status === 'in_review' ? new Date() : null,
		createdAt: options.createdAt
	});
}

/**
 * `userId` starts `scenarioId` through the progress service (and finishes the attempt when
 * `finish` says how): rating needs a started attempt.
 */
export async function startScenario(
	db: Executor,
	userId: string,
	scenarioId: string,
	options: { finish?: 'completed' | 'abandoned'; now?: Date } = {}
) {
	const attempt = await startAttempt(db, userId, { scenarioId }, { now: options.now });
	if (options.finish) {
		await finishAttempt(
			db,
			userId,
			{ attemptId: attempt.attemptId, completed: options.finish === 'completed' },
			{ now: options.now }
		);
	}
	return attempt;
}
