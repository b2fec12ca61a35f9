import { asc, eq } from 'drizzle-orm';
import { rubricKeyFor } from '../../../domain/evaluation/rubric-choice';
import type { CriterionSource, HintWeight } from '../../../schemas/evaluation';
import type { ScenarioStep } from '../../../schemas/steps';
import { AppError } from '../../errors';
import type { Executor } from '../../db/client';
import { rubricCriteria, rubrics } from '../../db/schema';

export interface LoadedCriterion {
	key: string;
	title: string;
	description: string;
	levels: string[];
	skills: string[];
	sources: CriterionSource[];
	hintWeights: HintWeight[];
}

export interface LoadedRubric {
	key: string;
	title: string;
	audience: string;
	criteria: LoadedCriterion[];
}

/** A rubric with its criteria in order, or null when no rubric has that key. */
export async function loadRubric(db: Executor, key: string): Promise<LoadedRubric | null> {
	const [rubric] = await db.select().from(rubrics).where(eq(rubrics.key, key));
	if (!rubric) return null;
	const criteria = await db
		.select()
		.from(rubricCriteria)
		.where(eq(rubricCriteria.rubricKey, key))
		.orderBy(asc(rubricCriteria.sortOrder), asc(rubricCriteria.key));
	return {
		key: rubric.key,
		title: rubric.title,
		audience: rubric.audience,
		criteria: criteria.map((c) => ({
			key: c.key,
			title: c.title,
			description: c.description,
			levels: c.levels,
			skills: c.skills,
			sources: c.sources,
			hintWeights: c.hintWeights
		}))
	};
}

/** Every rubric with its criteria's keys and titles, for the studio's pickers. */
export async function listRubrics(db: Executor) {
	const all = await db.select().from(rubrics).orderBy(asc(rubrics.sortOrder), asc(rubrics.key));
	const criteria = await db
		.select({
			rubricKey: rubricCriteria.rubricKey,
			key: rubricCriteria.key,
			title: rubricCriteria.title
		})
		.from(rubricCriteria)
		.orderBy(asc(rubricCriteria.sortOrder), asc(rubricCriteria.key));
	return all.map((r) => ({
		key: r.key,
		title: r.title,
		audience: r.audience,
		criteria: criteria
			.filter((c) => c.rubricKey === r.key)
			.map(({ key, title }) => ({ key, title }))
	}));
}

/**
 * A scenario's content may only name a rubric that exists, and its evidence effects only that
 * rubric's criteria (the rubric the attempts will be scored on): BAD_REQUEST naming the step.
 */
export async function assertRubricFits(
	db: Executor,
	content: {
		rubric: string | null;
		cefrLevel: string | null;
		ageRange: string | null;
		psychologicalModule: string | null;
		steps: ScenarioStep[];
	}
) {
	const key = rubricKeyFor(content);
	const rubric = await loadRubric(db, key);
	if (!rubric) {
		if (content.rubric) {
			throw new AppError('BAD_REQUEST', `There is no rubric "${content.rubric}"`, {
				field: 'rubric'
			});
		}
		return; // the default rubric is missing: nothing to check against
	}
	const known = new Set(rubric.criteria.map((c) => c.key));
	content.steps.forEach((step, i) => {
		const effects = [
			...(step.effects ?? []),
			...(step.heard ?? []).flatMap((h) => h.effects),
			...(step.choices ?? []).flatMap((c) => c.effects ?? [])
		];
		for (const effect of effects) {
			if ('criterion' in effect && !known.has(effect.criterion)) {
				throw new AppError(
					'BAD_REQUEST',
					`Step ${i + 1} ("${step.id}") gives evidence for "${effect.criterion}", which is not a point of the rubric "${rubric.title}"`,
					{ field: 'steps' }
				);
			}
		}
	});
}
