import {
	and,
	arrayOverlaps,
	asc,
	desc,
	eq,
	inArray,
	lte,
	notInArray,
	sql,
	type SQL
} from 'drizzle-orm';
import { pickAssignments } from '../../domain/assignment';
import { rubricKeyFor } from '../../domain/evaluation/rubric-choice';
import { decodeCursor, encodeCursor } from '../../domain/cursor';
import type { Executor } from '../db/client';
import { scenarioMetadata, scenarioReviews, scenarios, skills } from '../db/schema';
import { listedCondition, scenarioSummaryColumns } from '../services/catalog/list';
import { loadRubric } from '../services/evaluation/rubrics';
import { badParameter } from './errors';
import type { AssignmentsQuery, ExternalScenario, ScenariosQuery } from './schemas';

// The partner's view of the catalogue. Its own queries because its shape (oldest-first keyset
// paging, `name`, the deprecated `skill`) differs from the library's.

/**
 * Listed (invariant 6) and repeatable. A scenario without skills cannot be assigned by skill
 * and has no `skill` to send, which the partner's client requires, so it is left out too.
 */
export function externalListedCondition(): SQL {
	return and(
		listedCondition(),
		eq(scenarios.isOneTime, false),
		sql`cardinality(${scenarios.skills}) > 0`
	)!;
}

const externalColumns = {
	...scenarioSummaryColumns,
	version: scenarios.version,
	updatedAt: scenarios.updatedAt
};

type ExternalRow = Pick<typeof scenarios.$inferSelect, keyof typeof externalColumns>;

function toExternal(row: ExternalRow): ExternalScenario {
	return {
		id: row.id,
		name: row.title,
		description: row.description,
		mode: row.mode,
		category: row.category,
		skill: row.skills[0],
		skills: row.skills,
		difficulty: row.difficulty,
		estimatedTime: row.estimatedTime,
		slug: row.slug,
		psychologicalModule: row.psychologicalModule,
		ageRange: row.ageRange,
		cefrLevel: row.cefrLevel as ExternalScenario['cefrLevel'],
		contentWarnings: row.contentWarnings,
		version: row.version,
		updatedAt: new Date(row.updatedAt).toISOString()
	};
}

/** Throws 400 naming `parameter` when a slug is not in the taxonomy (active or not). */
async function assertSkillsExist(db: Executor, slugs: string[], parameter: string) {
	const unique = [...new Set(slugs)];
	if (unique.length === 0) return;
	const found = await db
		.select({ slug: skills.slug })
		.from(skills)
		.where(inArray(skills.slug, unique));
	const known = new Set(found.map((s) => s.slug));
	const unknown = unique.filter((s) => !known.has(s));
	if (unknown.length > 0) {
		throw badParameter(
			parameter,
			`names ${unknown.length > 1 ? 'unknown skills' : 'an unknown skill'}: ${unknown.join(', ')} (see /api/external/skills)`
		);
	}
}

// Microsecond precision: a JavaScript Date would drop the last three digits, and rows created
// within the same millisecond would then be skipped or repeated across pages.
const createdAtText = sql<string>`to_char(${scenarios.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export async function listExternalScenarios(db: Executor, query: ScenariosQuery) {
	await Promise.all([
		query.skill ? assertSkillsExist(db, [query.skill], 'skill') : undefined,
		query.skills ? assertSkillsExist(db, query.skills, 'skills') : undefined
	]);
	const conditions: SQL[] = [externalListedCondition()];
	const wanted = [...(query.skill ? [query.skill] : []), ...(query.skills ?? [])];
	if (wanted.length) conditions.push(arrayOverlaps(scenarios.skills, wanted));
	if (query.difficulty) conditions.push(inArray(scenarios.difficulty, query.difficulty));
	if (query.maxTime) conditions.push(lte(scenarios.estimatedTime, query.maxTime));
	if (query.mode) conditions.push(eq(scenarios.mode, query.mode));
	if (query.cursor) {
		const cursor = decodeCursor(query.cursor);
		if (!cursor || typeof cursor.value !== 'string' || !CURSOR_TIME.test(cursor.value)) {
			throw badParameter('cursor', 'is not a valid page cursor');
		}
		conditions.push(
			sql`(${scenarios.createdAt}, ${scenarios.id}) > (${cursor.value}::timestamptz, ${cursor.id}::uuid)`
		);
	}

	const rows = await db
		.select({ ...externalColumns, createdAtText })
		.from(scenarios)
		.where(and(...conditions))
		.orderBy(asc(scenarios.createdAt), asc(scenarios.id))
		.limit(query.limit + 1);

	const page = rows.slice(0, query.limit);
	const last = page.at(-1);
	return {
		scenarios: page.map(toExternal),
		nextCursor: rows.length > query.limit && last ? encodeCursor(last.createdAtText, last.id) : null
	};
}

export async function listActiveSkills(db: Executor) {
	const rows = await db
		.select({ slug: skills.slug, name: skills.name, description: skills.description })
		.from(skills)
		.where(eq(skills.isActive, true))
		.orderBy(asc(skills.sortOrder), asc(skills.slug));
	return { skills: rows };
}

export async function evaluationContext(db: Executor, id: string) {
	const [[row], [review]] = await Promise.all([
		db
			.select({
				...externalColumns,
				learningGoal: scenarios.learningGoal,
				learningObjectives: scenarios.learningObjectives,
				expectedOutcome: scenarios.expectedOutcome,
				persona: scenarios.persona,
				rubric: scenarios.rubric,
				cefrLevel: scenarios.cefrLevel,
				ageRange: scenarios.ageRange,
				psychologicalModule: scenarios.psychologicalModule
			})
			.from(scenarios)
			.where(and(eq(scenarios.id, id), externalListedCondition()))
			.limit(1),
		db
			.select()
			.from(scenarioReviews)
			.where(and(eq(scenarioReviews.scenarioId, id), eq(scenarioReviews.decision, 'approved')))
			.orderBy(desc(scenarioReviews.createdAt), desc(scenarioReviews.id))
			.limit(1)
	]);
	if (!row) return null;
	const rubric = await loadRubric(db, rubricKeyFor(row));
	const persona = row.persona;
	const scores = review
		? {
				emotionalSafety: review.emotionalSafetyScore,
				therapeuticCorrectness: review.therapeuticCorrectnessScore,
				ageAppropriateness: review.ageAppropriatenessScore,
				revealTiming: review.revealTimingScore
			}
		: null;
	return {
		scenario: toExternal(row),
		rubric: rubric && {
			key: rubric.key,
			title: rubric.title,
			criteria: rubric.criteria.map((c) => ({
				key: c.key,
				title: c.title,
				description: c.description,
				levels: c.levels,
				skills: c.skills,
				sources: c.sources
			}))
		},
		learningGoal: row.learningGoal,
		learningObjectives: row.learningObjectives ?? [],
		expectedOutcome: row.expectedOutcome,
		persona: persona
			? {
					name: persona.name,
					...(persona.age !== undefined ? { age: persona.age } : {}),
					...(persona.pronouns ? { pronouns: persona.pronouns } : {}),
					background: persona.background ?? '',
					presentation: persona.presentation ?? '',
					...(persona.voice ? { voice: persona.voice } : {})
				}
			: null,
		review:
			review && scores
				? {
						reviewedAt: review.createdAt.toISOString(),
						scenarioVersion: review.scenarioVersion,
						scores: {
							...scores,
							average:
								(scores.emotionalSafety +
									scores.therapeuticCorrectness +
									scores.ageAppropriateness +
									scores.revealTiming) /
								4
						},
						strengths: review.strengths,
						concerns: review.concerns,
						recommendations: review.recommendations
					}
				: null
	};
}

export async function pickExternalAssignments(db: Executor, query: AssignmentsQuery) {
	await assertSkillsExist(db, query.skills, 'skills');
	const conditions: SQL[] = [
		externalListedCondition(),
		arrayOverlaps(scenarios.skills, query.skills),
		lte(scenarios.estimatedTime, query.budgetMinutes)
	];
	if (query.difficulty) conditions.push(inArray(scenarios.difficulty, query.difficulty));
	if (query.mode) conditions.push(eq(scenarios.mode, query.mode));
	if (query.exclude?.length) conditions.push(notInArray(scenarios.id, query.exclude));

	const rows = await db
		.select({ ...externalColumns, ratingScore: scenarioMetadata.ratingScore })
		.from(scenarios)
		.innerJoin(scenarioMetadata, eq(scenarioMetadata.scenarioId, scenarios.id))
		.where(and(...conditions));

	const result = pickAssignments(
		rows.map((row) => ({ ...row, ratingScore: Number(row.ratingScore ?? 0) })),
		query.skills,
		query.budgetMinutes
	);
	return {
		scenarios: result.picks.map((pick) => ({
			...toExternal(pick.candidate),
			covers: pick.covers
		})),
		coveredSkills: result.coveredSkills,
		uncoveredSkills: result.uncoveredSkills,
		totalMinutes: result.totalMinutes,
		budgetMinutes: query.budgetMinutes
	};
}
