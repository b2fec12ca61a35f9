import { sql } from 'drizzle-orm';
import type { Rubric } from '../../schemas/evaluation';
import type { Executor } from '../db/client';
import { rubricCriteria, rubrics } from '../db/schema';

/**
 * Brings the rubrics to what this release ships (content/rubrics.yaml), on every start and seed,
 * idempotently: rubrics and criteria are added or updated in place, never deleted, because
 * stored scores name their criteria. Nobody edits rubrics in the app yet, so nothing of an
 * admin's is overwritten.
 */
export async function syncRubrics(db: Executor, list: Rubric[]) {
	if (list.length === 0) return;
	await db
		.insert(rubrics)
		.values(
			list.map((r, i) => ({
				key: r.key,
				title: r.title,
				audience: r.audience,
				description: r.description,
				sortOrder: (i + 1) * 10
			}))
		)
		.onConflictDoUpdate({
			target: rubrics.key,
			set: {
				title: sql`excluded.title`,
				audience: sql`excluded.audience`,
				description: sql`excluded.description`,
				sortOrder: sql`excluded.sort_order`
			}
		});
	await db
		.insert(rubricCriteria)
		.values(
			list.flatMap((r) =>
				r.criteria.map((c, i) => ({
					rubricKey: r.key,
					key: c.key,
					title: c.title,
					description: c.description,
					levels: c.levels,
					skills: c.skills,
					sources: c.sources,
					hintWeights: c.hintWeights,
					sortOrder: (i + 1) * 10
				}))
			)
		)
		.onConflictDoUpdate({
			target: [rubricCriteria.rubricKey, rubricCriteria.key],
			set: {
				title: sql`excluded.title`,
				description: sql`excluded.description`,
				levels: sql`excluded.levels`,
				skills: sql`excluded.skills`,
				sources: sql`excluded.sources`,
				hintWeights: sql`excluded.hint_weights`,
				sortOrder: sql`excluded.sort_order`
			}
		});
}
