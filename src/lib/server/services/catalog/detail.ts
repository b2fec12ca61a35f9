import { and, desc, eq, getTableColumns, isNull } from 'drizzle-orm';
import type { Role } from '../../../schemas/enums';
import type { Executor } from '../../db/client';
import { hasRole } from '../../../domain/roles';
import {
	scenarioAttempts,
	scenarioMetadata,
	scenarioReviews,
	scenarios,
	userScenarioProgress,
	users
} from '../../db/schema';
import { AppError } from '../../errors';

export interface Viewer {
	id: string;
	role: Role;
}

/**
 * Who may open a scenario's page: anyone when it is approved and active (unlisted ones by
 * link), otherwise only its author and admins. Others get NOT_FOUND, so drafts do not leak
 * even their existence.
 */
export function canView(
	scenario: {
		status: string;
		isActive: boolean;
		visibility: string;
		createdByUserId: string | null;
	},
	viewer: Viewer | null
) {
	if (viewer && (hasRole(viewer, 'admin') || viewer.id === scenario.createdByUserId)) return true;
	if (scenario.status !== 'approved' || !scenario.isActive) return false;
	return scenario.createdByUserId === null || scenario.visibility !== 'private';
}

/** NOT_FOUND unless `viewer` may open the scenario (see canView): for what hangs off one. */
export async function requireViewable(db: Executor, viewer: Viewer | null, scenarioId: string) {
	const [row] = await db
		.select({
			status: scenarios.status,
			isActive: scenarios.isActive,
			visibility: scenarios.visibility,
			createdByUserId: scenarios.createdByUserId
		})
		.from(scenarios)
		.where(eq(scenarios.id, scenarioId))
		.limit(1);
	if (!row || !canView(row, viewer)) throw new AppError('NOT_FOUND', 'No scenario with that id');
}

const {
	userId: _userId,
	scenarioId: _scenarioId,
	...progressColumns
} = getTableColumns(userScenarioProgress);

export async function getScenarioBySlug(db: Executor, slug: string, viewer: Viewer | null) {
	const [row] = await db
		.select({
			scenario: scenarios,
			metadata: scenarioMetadata,
			authorName: users.displayName
		})
		.from(scenarios)
		.innerJoin(scenarioMetadata, eq(scenarioMetadata.scenarioId, scenarios.id))
		.leftJoin(users, eq(users.id, scenarios.createdByUserId))
		.where(eq(scenarios.slug, slug))
		.limit(1);
	if (!row || !canView(row.scenario, viewer)) {
		throw new AppError('NOT_FOUND', 'No scenario with that address');
	}
	// The page needs neither the author's account id nor the search vector: ids of people stay
	// on the server (the author is shown by name).
	const { searchVector: _searchVector, createdByUserId: authorId, ...scenario } = row.scenario;
	const [review] = await db
		.select({
			scenarioVersion: scenarioReviews.scenarioVersion,
			emotionalSafety: scenarioReviews.emotionalSafetyScore,
			therapeuticCorrectness: scenarioReviews.therapeuticCorrectnessScore,
			ageAppropriateness: scenarioReviews.ageAppropriatenessScore,
			revealTiming: scenarioReviews.revealTimingScore,
			strengths: scenarioReviews.strengths,
			reviewerName: users.displayName,
			createdAt: scenarioReviews.createdAt
		})
		.from(scenarioReviews)
		.innerJoin(users, eq(users.id, scenarioReviews.reviewerId))
		.where(
			and(eq(scenarioReviews.scenarioId, scenario.id), eq(scenarioReviews.decision, 'approved'))
		)
		.orderBy(desc(scenarioReviews.createdAt))
		.limit(1);

	// The viewer's own row, without the ids they do not need.
	const progress = viewer
		? ((
				await db
					.select(progressColumns)
					.from(userScenarioProgress)
					.where(
						and(
							eq(userScenarioProgress.userId, viewer.id),
							eq(userScenarioProgress.scenarioId, scenario.id)
						)
					)
					.limit(1)
			)[0] ?? null)
		: null;

	// Only the viewer's own rows: notes and attempts never reach anyone else.
	const openAttempt = viewer
		? ((
				await db
					.select({
						id: scenarioAttempts.id,
						currentStep: scenarioAttempts.currentStep,
						startedAt: scenarioAttempts.startedAt
					})
					.from(scenarioAttempts)
					.where(
						and(
							eq(scenarioAttempts.userId, viewer.id),
							eq(scenarioAttempts.scenarioId, scenario.id),
							isNull(scenarioAttempts.finishedAt)
						)
					)
					.limit(1)
			)[0] ?? null)
		: null;

	const m = row.metadata;
	return {
		scenario,
		authorName: authorId ? row.authorName : null,
		isCommunity: authorId !== null,
		stats: {
			saves: m.amountSavedCount,
			plays: m.totalTimesUsed,
			attempts: m.totalAttempts,
			averageRating: m.averageRating,
			ratingsCount: m.ratingsCount,
			completionRate: m.completionRate,
			averageTimeSpent: m.averageTimeSpent
		},
		review: review
			? {
					...review,
					averageScore:
						(review.emotionalSafety +
							review.therapeuticCorrectness +
							review.ageAppropriateness +
							review.revealTiming) /
						4
				}
			: null,
		progress,
		openAttempt,
		/** approved and listed or unlisted: may be saved, played and rated */
		isPlayable:
			scenario.status === 'approved' &&
			scenario.isActive &&
			(authorId === null || scenario.visibility !== 'private'),
		// Only authors edit content (the studio refuses others); admins change metadata in /admin.
		canEdit: viewer !== null && viewer.id === authorId
	};
}

export type ScenarioDetail = Awaited<ReturnType<typeof getScenarioBySlug>>;
