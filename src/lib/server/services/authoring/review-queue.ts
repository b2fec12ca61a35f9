import type { z } from 'zod';
import { and, asc, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { scanContent } from '../../../domain/content-warnings';
import type { ScenarioStatus, Visibility } from '../../../schemas/enums';
import { reviewQueueInputSchema } from '../../../schemas/review';
import type { ScenarioContent } from '../../../schemas/scenario';
import type { Executor } from '../../db/client';
import {
	reviewClaims,
	scenarioReviews,
	scenarioRevisions,
	scenarios,
	users
} from '../../db/schema';
import { AppError } from '../../errors';
import { canView, type Viewer } from '../catalog/detail';
import { getApprovalThreshold } from './approval-threshold';
import { contentOf, reviewHistory, reviewTarget } from './workflow';

// The reviewer's reading side: the queue (new scenarios and revisions of approved ones, oldest
// first, with live claims), the pending counts, one item to judge, and past reviews.

export interface QueueItem {
	scenarioId: string;
	slug: string;
	kind: 'scenario' | 'revision';
	title: string;
	description: string;
	authorId: string | null;
	authorName: string | null;
	isOwn: boolean;
	submittedAt: Date;
	version: number;
	psychologicalModule: string | null;
	ageRange: string | null;
	skills: string[];
	mode: 'phone' | 'chat';
	difficulty: string;
	estimatedTime: number;
	contentWarnings: string[];
	/** who will see it once approved (the live scenario's, which its revision follows) */
	visibility: Visibility;
	claim: { reviewerId: string; reviewerName: string; expiresAt: Date; mine: boolean } | null;
}

const liveClaim = sql`${reviewClaims.expiresAt} > now()`;

/** The queue, oldest submission first, with the total still pending (before filters). */
export async function reviewQueue(
	db: Executor,
	reviewer: Viewer,
	input: z.output<typeof reviewQueueInputSchema>
) {
	const claimer = sql<
		string | null
	>`(select u.display_name from ${users} u where u.id = ${reviewClaims.reviewerId})`;

	const scenarioFilters: SQL[] = [eq(scenarios.status, 'in_review')];
	if (input.psychologicalModule)
		scenarioFilters.push(eq(scenarios.psychologicalModule, input.psychologicalModule));
	if (input.ageRange) scenarioFilters.push(eq(scenarios.ageRange, input.ageRange));
	if (input.skill) scenarioFilters.push(sql`${input.skill} = any(${scenarios.skills})`);
	if (input.authorId) scenarioFilters.push(eq(scenarios.createdByUserId, input.authorId));

	const revisionFilters: SQL[] = [
		eq(scenarioRevisions.status, 'in_review'),
		eq(scenarios.status, 'approved')
	];
	const rc = sql`${scenarioRevisions.content}`;
	if (input.psychologicalModule)
		revisionFilters.push(sql`${rc}->>'psychologicalModule' = ${input.psychologicalModule}`);
	if (input.ageRange) revisionFilters.push(sql`${rc}->>'ageRange' = ${input.ageRange}`);
	if (input.skill)
		revisionFilters.push(sql`(${rc}->'skills') @> jsonb_build_array(${input.skill}::text)`);
	if (input.authorId) revisionFilters.push(eq(scenarios.createdByUserId, input.authorId));

	const claimColumns = {
		claimReviewerId: reviewClaims.reviewerId,
		claimExpiresAt: reviewClaims.expiresAt,
		claimReviewerName: claimer
	};
	const [fresh, revisions, pending] = await Promise.all([
		db
			.select({
				scenario: {
					id: scenarios.id,
					slug: scenarios.slug,
					title: scenarios.title,
					description: scenarios.description,
					createdByUserId: scenarios.createdByUserId,
					submittedAt: scenarios.submittedAt,
					createdAt: scenarios.createdAt,
					version: scenarios.version,
					psychologicalModule: scenarios.psychologicalModule,
					ageRange: scenarios.ageRange,
					skills: scenarios.skills,
					mode: scenarios.mode,
					difficulty: scenarios.difficulty,
					estimatedTime: scenarios.estimatedTime,
					contentWarnings: scenarios.contentWarnings,
					visibility: scenarios.visibility
				},
				authorName: users.displayName,
				...claimColumns
			})
			.from(scenarios)
			.leftJoin(users, eq(users.id, scenarios.createdByUserId))
			.leftJoin(reviewClaims, and(eq(reviewClaims.scenarioId, scenarios.id), liveClaim))
			.where(and(...scenarioFilters))
			.orderBy(asc(scenarios.submittedAt), asc(scenarios.id))
			.limit(input.limit),
		db
			.select({
				scenarioId: scenarios.id,
				slug: scenarios.slug,
				createdByUserId: scenarios.createdByUserId,
				version: scenarios.version,
				visibility: scenarios.visibility,
				submittedAt: scenarioRevisions.submittedAt,
				createdAt: scenarioRevisions.createdAt,
				content: scenarioRevisions.content,
				authorName: users.displayName,
				...claimColumns
			})
			.from(scenarioRevisions)
			.innerJoin(scenarios, eq(scenarios.id, scenarioRevisions.scenarioId))
			.leftJoin(users, eq(users.id, scenarios.createdByUserId))
			.leftJoin(reviewClaims, and(eq(reviewClaims.scenarioId, scenarios.id), liveClaim))
			.where(and(...revisionFilters))
			.orderBy(asc(scenarioRevisions.submittedAt), asc(scenarioRevisions.id))
			.limit(input.limit),
		pendingCounts(db, reviewer.id)
	]);

	const claimOf = (r: {
		claimReviewerId: string | null;
		claimExpiresAt: Date | null;
		claimReviewerName: string | null;
	}) =>
		r.claimReviewerId && r.claimExpiresAt
			? {
					reviewerId: r.claimReviewerId,
					reviewerName: r.claimReviewerName ?? 'A reviewer',
					expiresAt: new Date(r.claimExpiresAt),
					mine: r.claimReviewerId === reviewer.id
				}
			: null;

	const items: QueueItem[] = [
		...fresh.map((r): QueueItem => ({
			scenarioId: r.scenario.id,
			slug: r.scenario.slug,
			kind: 'scenario',
			title: r.scenario.title,
			description: r.scenario.description,
			authorId: r.scenario.createdByUserId,
			authorName: r.authorName,
			isOwn: r.scenario.createdByUserId === reviewer.id,
			submittedAt: r.scenario.submittedAt ?? r.scenario.createdAt,
			version: r.scenario.version,
			psychologicalModule: r.scenario.psychologicalModule,
			ageRange: r.scenario.ageRange,
			skills: r.scenario.skills,
			mode: r.scenario.mode,
			difficulty: r.scenario.difficulty,
			estimatedTime: r.scenario.estimatedTime,
			contentWarnings: r.scenario.contentWarnings,
			visibility: r.scenario.visibility,
			claim: claimOf(r)
		})),
		...revisions.map((r): QueueItem => {
			const c = r.content as ScenarioContent;
			return {
				scenarioId: r.scenarioId,
				slug: r.slug,
				kind: 'revision',
				title: c.title,
				description: c.description,
				authorId: r.createdByUserId,
				authorName: r.authorName,
				isOwn: r.createdByUserId === reviewer.id,
				submittedAt: r.submittedAt ?? r.createdAt,
				version: r.version + 1,
				psychologicalModule: c.psychologicalModule ?? null,
				ageRange: c.ageRange ?? null,
				skills: c.skills ?? [],
				mode: c.mode,
				difficulty: c.difficulty,
				estimatedTime: c.estimatedTime,
				contentWarnings: c.contentWarnings ?? [],
				visibility: r.visibility,
				claim: claimOf(r)
			};
		})
	]
		.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime())
		.slice(0, input.limit);

	return { items, ...pending };
}

/** How many items wait: all of them, and those this reviewer may take (not their own). */
export async function pendingCounts(db: Executor, reviewerId: string) {
	const totals = await db
		.select({
			total: sql<number>`count(*)::int`,
			forMe: sql<number>`(count(*) filter (where ${scenarios.createdByUserId} is distinct from ${reviewerId}))::int`
		})
		.from(scenarios)
		.where(
			or(
				eq(scenarios.status, 'in_review'),
				and(
					eq(scenarios.status, 'approved'),
					sql`exists (select 1 from ${scenarioRevisions} v where v.scenario_id = ${scenarios.id} and v.status = 'in_review')`
				)
			)
		);
	return {
		pendingCount: Number(totals[0]?.total ?? 0),
		pendingForMe: Number(totals[0]?.forMe ?? 0)
	};
}

/** One queue item with the content to judge, its claim and the earlier reviews of it. */
export async function reviewItem(db: Executor, reviewer: Viewer, scenarioId: string) {
	const [row] = await db.select().from(scenarios).where(eq(scenarios.id, scenarioId)).limit(1);
	if (!row) throw new AppError('NOT_FOUND', 'No scenario with that id');
	const target = await reviewTarget(db, row, false);
	const history = await reviewHistory(db, scenarioId);
	// Outside the queue a reviewer sees only what they could see anyway, or judged before.
	if (!target && !canView(row, reviewer) && !history.some((h) => h.reviewerId === reviewer.id)) {
		throw new AppError('NOT_FOUND', 'No scenario with that id');
	}
	const [claim] = await db
		.select({
			reviewerId: reviewClaims.reviewerId,
			reviewerName: users.displayName,
			expiresAt: reviewClaims.expiresAt
		})
		.from(reviewClaims)
		.innerJoin(users, eq(users.id, reviewClaims.reviewerId))
		.where(and(eq(reviewClaims.scenarioId, scenarioId), liveClaim));
	const [author] = row.createdByUserId
		? await db
				.select({ name: users.displayName })
				.from(users)
				.where(eq(users.id, row.createdByUserId))
		: [];
	const live = contentOf(row);
	const content = target?.kind === 'revision' ? (target.revision.content as ScenarioContent) : live;
	return {
		scenario: {
			id: row.id,
			slug: row.slug,
			status: row.status as ScenarioStatus,
			version: row.version,
			authorName: author?.name ?? null,
			isOwn: row.createdByUserId === reviewer.id,
			submittedAt: target?.kind === 'revision' ? target.revision.submittedAt : row.submittedAt,
			/** who sees it once approved: the author's choice, applied without review */
			visibility: row.visibility,
			builtIn: row.createdByUserId === null
		},
		inQueue: target !== null,
		kind: target?.kind ?? null,
		/** the version a review now would judge */
		judgedVersion: target?.kind === 'revision' ? row.version + 1 : row.version,
		content,
		/** the content learners see now, when the item is a revision of it */
		live: target?.kind === 'revision' ? live : null,
		/** every warning topic the scanner finds in `content`, with the words and where */
		warningScan: scanContent(content),
		claim: claim ? { ...claim, mine: claim.reviewerId === reviewer.id } : null,
		threshold: await getApprovalThreshold(db),
		history
	};
}

/** The reviewer's own past reviews, newest first. */
export async function myReviews(db: Executor, reviewerId: string, limit = 50) {
	return db
		.select({
			id: scenarioReviews.id,
			scenarioId: scenarioReviews.scenarioId,
			slug: scenarios.slug,
			title: scenarios.title,
			scenarioStatus: scenarios.status,
			scenarioVersion: scenarioReviews.scenarioVersion,
			isRevision: sql<boolean>`${scenarioReviews.revisionId} is not null`,
			emotionalSafety: scenarioReviews.emotionalSafetyScore,
			therapeuticCorrectness: scenarioReviews.therapeuticCorrectnessScore,
			ageAppropriateness: scenarioReviews.ageAppropriatenessScore,
			revealTiming: scenarioReviews.revealTimingScore,
			decision: scenarioReviews.decision,
			concerns: scenarioReviews.concerns,
			createdAt: scenarioReviews.createdAt
		})
		.from(scenarioReviews)
		.innerJoin(scenarios, eq(scenarios.id, scenarioReviews.scenarioId))
		.where(eq(scenarioReviews.reviewerId, reviewerId))
		.orderBy(desc(scenarioReviews.createdAt))
		.limit(limit);
}

/** Authors with something in the queue, for the author filter. */
export async function queueAuthors(db: Executor) {
	return db
		.selectDistinct({ id: users.id, name: users.displayName })
		.from(scenarios)
		.innerJoin(users, eq(users.id, scenarios.createdByUserId))
		.where(
			or(
				eq(scenarios.status, 'in_review'),
				sql`exists (select 1 from ${scenarioRevisions} v where v.scenario_id = ${scenarios.id} and v.status = 'in_review')`
			)
		)
		.orderBy(asc(users.displayName));
}
