import { and, eq, inArray } from 'drizzle-orm';
import type { ScenarioContent } from '../../../schemas/scenario';
import type { ScenarioStatus } from '../../../schemas/enums';
import type { Executor } from '../../db/client';
import { scenarioMetadata, scenarios, skills } from '../../db/schema';
import { AppError } from '../../errors';

/** Which of `slugs` are skills of the taxonomy: active ones only, unless told otherwise. */
export async function knownSkillSlugs(
	db: Executor,
	slugs: string[],
	{ activeOnly = true } = {}
): Promise<Set<string>> {
	const unique = [...new Set(slugs)];
	if (unique.length === 0) return new Set();
	const found = await db
		.select({ slug: skills.slug })
		.from(skills)
		.where(
			activeOnly
				? and(inArray(skills.slug, unique), eq(skills.isActive, true))
				: inArray(skills.slug, unique)
		);
	return new Set(found.map((s) => s.slug));
}

/** Throws BAD_REQUEST naming the slugs that are not active skills of the taxonomy. */
export async function assertKnownSkills(db: Executor, slugs: string[], { activeOnly = true } = {}) {
	const unique = [...new Set(slugs)];
	const known = await knownSkillSlugs(db, unique, { activeOnly });
	const unknown = unique.filter((s) => !known.has(s));
	if (unknown.length > 0) {
		throw new AppError(
			'BAD_REQUEST',
			`Unknown skill${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`,
			{
				field: 'skills',
				unknown
			}
		);
	}
}

export interface CreateScenarioOptions {
	slug: string;
	createdByUserId: string | null;
	status: ScenarioStatus;
	submittedAt?: Date | null;
	approvedAt?: Date | null;
	createdAt?: Date;
}

/**
 * Inserts a scenario and its metadata row together: a scenario never exists without its
 * counters (invariant 5). Runs in its own transaction unless given one.
 */
export async function createScenario(
	db: Executor,
	content: ScenarioContent,
	options: CreateScenarioOptions
) {
	return db.transaction(async (tx) => {
		await assertKnownSkills(tx, content.skills);
		const [row] = await tx
			.insert(scenarios)
			.values({
				...content,
				skills: [...new Set(content.skills)],
				slug: options.slug,
				createdByUserId: options.createdByUserId,
				status: options.status,
				submittedAt: options.submittedAt ?? null,
				approvedAt: options.approvedAt ?? null,
				...(options.createdAt ? { createdAt: options.createdAt, updatedAt: options.createdAt } : {})
			})
			.returning({ id: scenarios.id, slug: scenarios.slug });
		await tx.insert(scenarioMetadata).values({ scenarioId: row.id });
		return row;
	});
}
