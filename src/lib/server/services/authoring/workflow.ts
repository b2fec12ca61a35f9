import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import {
	OPEN_STATUSES,
	transition,
	type StatusAction,
	type TransitionContext
} from '../../../domain/scenario-status';
import type { ScenarioStatus } from '../../../schemas/enums';
import { scenarioContentSchema, type ScenarioContent } from '../../../schemas/scenario';
import { sameContent } from '../../../schemas/studio';
import { queryRows, type Executor, type Tx } from '../../db/client';
import { scenarioReviews, scenarioRevisions, scenarios, users } from '../../db/schema';
import { AppError } from '../../errors';

// What the author's and the reviewer's sides of the workflow share: the content of a row, the
// status machine's verdict as an AppError, the row lock every change starts with, and the
// scenario's open revision.

export const CONTENT_KEYS = Object.keys(scenarioContentSchema.shape) as (keyof ScenarioContent)[];

export type ScenarioRow = typeof scenarios.$inferSelect;
export type RevisionRow = typeof scenarioRevisions.$inferSelect;

/** The content fields of a scenario row (what the studio edits and a revision holds). */
export function contentOf(row: ScenarioRow): ScenarioContent {
	return Object.fromEntries(CONTENT_KEYS.map((k) => [k, row[k]])) as ScenarioContent;
}

/** Throws CONFLICT with the machine's message unless the transition is allowed. */
export function assertTransition(
	from: ScenarioStatus,
	action: StatusAction,
	context: TransitionContext = {}
): ScenarioStatus {
	const result = transition(from, action, context);
	if (!result.ok) {
		throw new AppError('CONFLICT', result.message, { status: from, action, reason: result.reason });
	}
	return result.to;
}

/** The content columns to write for some content (skills de-duplicated). */
export function contentColumns(content: ScenarioContent) {
	return { ...content, skills: [...new Set(content.skills)] };
}

/** True when the change touches what `metadata_version` guards (admins' metadata grid). */
export function touchesMetadata(before: ScenarioContent, after: ScenarioContent) {
	return (
		before.difficulty !== after.difficulty ||
		before.estimatedTime !== after.estimatedTime ||
		!sameContent([...before.skills].sort(), [...new Set(after.skills)].sort())
	);
}

export async function lockScenario(tx: Tx, id: string): Promise<ScenarioRow | undefined> {
	const [row] = await tx.select().from(scenarios).where(eq(scenarios.id, id)).for('update');
	return row;
}

export async function openRevision(
	db: Executor,
	scenarioId: string,
	{ lock = false } = {}
): Promise<RevisionRow | undefined> {
	const query = db
		.select()
		.from(scenarioRevisions)
		.where(
			and(
				eq(scenarioRevisions.scenarioId, scenarioId),
				inArray(scenarioRevisions.status, [...OPEN_STATUSES])
			)
		)
		.limit(1);
	const [row] = lock ? await query.for('update') : await query;
	return row;
}

/**
 * Whether the content changed after its latest review (true when never reviewed). Compared in
 * SQL: timestamps keep microseconds there, and an edit can follow a review within a millisecond.
 */
export async function editedSinceReview(
	db: Executor,
	scenarioId: string,
	revisionId: string | null
): Promise<boolean> {
	const query = revisionId
		? sql`select coalesce((select v.updated_at > max(r.created_at) from ${scenarioReviews} r
				where r.revision_id = v.id), true) as edited
			from ${scenarioRevisions} v where v.id = ${revisionId}`
		: sql`select coalesce((select s.updated_at > max(r.created_at) from ${scenarioReviews} r
				where r.scenario_id = s.id and r.revision_id is null), true) as edited
			from ${scenarios} s where s.id = ${scenarioId}`;
	const [row] = await queryRows<{ edited: boolean }>(db, query);
	return row?.edited ?? true;
}

type Target = { kind: 'scenario' } | { kind: 'revision'; revision: RevisionRow };

/** What of this scenario waits for review: the scenario itself, its revision, or nothing. */
export async function reviewTarget(
	db: Executor,
	row: ScenarioRow,
	lock: boolean
): Promise<Target | null> {
	if (row.status === 'in_review') return { kind: 'scenario' };
	if (row.status !== 'approved') return null;
	const revision = await openRevision(db, row.id, { lock });
	return revision?.status === 'in_review' ? { kind: 'revision', revision } : null;
}

/** Every review of a scenario (and of its revisions), newest first, with the reviewer's name. */
export async function reviewHistory(db: Executor, scenarioId: string) {
	return db
		.select({
			id: scenarioReviews.id,
			scenarioVersion: scenarioReviews.scenarioVersion,
			revisionId: scenarioReviews.revisionId,
			emotionalSafety: scenarioReviews.emotionalSafetyScore,
			therapeuticCorrectness: scenarioReviews.therapeuticCorrectnessScore,
			ageAppropriateness: scenarioReviews.ageAppropriatenessScore,
			revealTiming: scenarioReviews.revealTimingScore,
			strengths: scenarioReviews.strengths,
			concerns: scenarioReviews.concerns,
			recommendations: scenarioReviews.recommendations,
			decision: scenarioReviews.decision,
			reviewerId: scenarioReviews.reviewerId,
			reviewerName: users.displayName,
			createdAt: scenarioReviews.createdAt
		})
		.from(scenarioReviews)
		.innerJoin(users, eq(users.id, scenarioReviews.reviewerId))
		.where(eq(scenarioReviews.scenarioId, scenarioId))
		.orderBy(desc(scenarioReviews.createdAt));
}
