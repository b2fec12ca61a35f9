import type { z } from 'zod';
import { and, eq, or, sql } from 'drizzle-orm';
import {
	orderedWarnings,
	unconfirmedMessage,
	unconfirmedWarnings,
	warningLabel
} from '../../../domain/content-warnings';
import { decisionAction, STATUS_LABELS, transition } from '../../../domain/scenario-status';
import { CLAIM_MINUTES, failingDimensions, reviewSubmitInputSchema } from '../../../schemas/review';
import type { ScenarioContent } from '../../../schemas/scenario';
import type { Executor, Tx } from '../../db/client';
import {
	reviewClaims,
	scenarioReviews,
	scenarioRevisions,
	scenarios,
	users
} from '../../db/schema';
import { AppError } from '../../errors';
import { notify } from '../notifications/notifications';
import { type Viewer } from '../catalog/detail';
import { assertKnownSkills } from '../catalog/create';
import { getApprovalThreshold } from './approval-threshold';
import { contentToApprove } from './revision-metadata';
import {
	assertTransition,
	contentColumns,
	contentOf,
	lockScenario,
	reviewTarget,
	touchesMetadata,
	type ScenarioRow
} from './workflow';

// The reviewer's deciding side: 30-minute claims and the decision. A decision locks the scenario row, takes (or checks) the
// claim with a conditional upsert, records the review and applies the transition in one
// transaction, so two reviewers racing on one item produce exactly one review.

function assertNotOwn(row: ScenarioRow, reviewer: Viewer) {
	if (row.createdByUserId === reviewer.id) {
		throw new AppError('FORBIDDEN', 'You cannot review your own scenario');
	}
}

function notWaiting(row: ScenarioRow, what: string): AppError {
	return new AppError(
		'CONFLICT',
		`Cannot ${what} a scenario that is ${STATUS_LABELS[row.status]}: it is not waiting for review`,
		{ status: row.status }
	);
}

/**
 * Takes the claim for `reviewerId`, or extends it when they already hold it. A live claim of
 * another reviewer makes the conditional upsert return nothing: CONFLICT naming the holder.
 */
async function takeClaim(tx: Tx, scenarioId: string, reviewerId: string) {
	const expires = sql`now() + make_interval(mins => ${CLAIM_MINUTES})`;
	const [taken] = await tx
		.insert(reviewClaims)
		.values({ scenarioId, reviewerId, claimedAt: sql`now()`, expiresAt: expires })
		.onConflictDoUpdate({
			target: reviewClaims.scenarioId,
			set: { reviewerId, claimedAt: sql`now()`, expiresAt: expires },
			setWhere: or(eq(reviewClaims.reviewerId, reviewerId), sql`${reviewClaims.expiresAt} <= now()`)
		})
		.returning({ expiresAt: reviewClaims.expiresAt });
	if (taken) return taken;
	const [holder] = await tx
		.select({ name: users.displayName, expiresAt: reviewClaims.expiresAt })
		.from(reviewClaims)
		.innerJoin(users, eq(users.id, reviewClaims.reviewerId))
		.where(eq(reviewClaims.scenarioId, scenarioId));
	throw new AppError(
		'CONFLICT',
		`${holder?.name ?? 'Another reviewer'} has claimed this scenario until ${holder ? holder.expiresAt.toISOString().slice(11, 16) : 'soon'} UTC`,
		{ claimedBy: holder?.name, expiresAt: holder?.expiresAt }
	);
}

export async function claimForReview(db: Executor, reviewer: Viewer, scenarioId: string) {
	return db.transaction(async (tx) => {
		const row = await lockScenario(tx, scenarioId);
		if (!row) throw new AppError('NOT_FOUND', 'No scenario with that id');
		assertNotOwn(row, reviewer);
		if (!(await reviewTarget(tx, row, false))) throw notWaiting(row, 'claim');
		return takeClaim(tx, scenarioId, reviewer.id);
	});
}

/** Gives the item back to the queue; only the holder's own claim is removed. */
export async function releaseClaim(db: Executor, reviewer: Viewer, scenarioId: string) {
	const removed = await db
		.delete(reviewClaims)
		.where(and(eq(reviewClaims.scenarioId, scenarioId), eq(reviewClaims.reviewerId, reviewer.id)))
		.returning({ scenarioId: reviewClaims.scenarioId });
	return { released: removed.length > 0 };
}

export async function submitReview(
	db: Executor,
	reviewer: Viewer,
	input: z.output<typeof reviewSubmitInputSchema>
) {
	const action = decisionAction(input.decision);
	return db.transaction(async (tx) => {
		const row = await lockScenario(tx, input.scenarioId);
		if (!row) throw new AppError('NOT_FOUND', 'No scenario with that id');
		assertNotOwn(row, reviewer);
		const target = await reviewTarget(tx, row, true);
		if (!target) {
			const refused = transition(row.status, action);
			throw new AppError(
				'CONFLICT',
				refused.ok ? `Nothing of this scenario is waiting for review` : refused.message,
				{ status: row.status, action }
			);
		}

		const threshold = await getApprovalThreshold(tx);
		if (input.decision === 'approved') {
			const failing = failingDimensions(input, threshold);
			if (failing.length) {
				throw new AppError(
					'BAD_REQUEST',
					`Approval needs every score at ${threshold} or above; below it: ${failing
						.map((f) => `${f.label} (${f.score})`)
						.join(', ')}`,
					{ threshold, failing }
				);
			}
		}

		// The judged content: the scenario itself, or the revision waiting for review.
		const judged =
			target.kind === 'revision' ? (target.revision.content as ScenarioContent) : contentOf(row);
		let approvedWarnings: ScenarioContent['contentWarnings'] = [];
		if (input.decision === 'approved') {
			const confirmed = input.confirmedWarnings ?? [];
			const unconfirmed = unconfirmedWarnings(judged, confirmed);
			const message = unconfirmedMessage(unconfirmed);
			if (message) {
				throw new AppError('BAD_REQUEST', message, {
					unconfirmed: [...unconfirmed.carried, ...unconfirmed.found.map((f) => f.warning)],
					found: unconfirmed.found
				});
			}
			approvedWarnings = orderedWarnings(confirmed);
		}
		const addedWarnings = approvedWarnings.filter(
			(w) => !(judged.contentWarnings ?? []).includes(w)
		);

		// Approving a revision: skills / difficulty / time are merged with an admin's edit made
		// since the revision was started, or CONFLICT (naming the fields) before anything is written.
		const approved =
			input.decision === 'approved' && target.kind === 'revision'
				? await contentToApprove(tx, row, target.revision, judged)
				: null;

		await takeClaim(tx, row.id, reviewer.id);

		const isRevision = target.kind === 'revision';
		const to = assertTransition(isRevision ? target.revision.status : row.status, action, {
			subject: isRevision ? 'revision' : 'scenario'
		});
		const [review] = await tx
			.insert(scenarioReviews)
			.values({
				scenarioId: row.id,
				scenarioVersion: isRevision ? row.version + 1 : row.version,
				revisionId: isRevision ? target.revision.id : null,
				reviewerId: reviewer.id,
				emotionalSafetyScore: input.emotionalSafety,
				therapeuticCorrectnessScore: input.therapeuticCorrectness,
				ageAppropriatenessScore: input.ageAppropriateness,
				revealTimingScore: input.revealTiming,
				strengths: input.strengths ?? '',
				concerns: input.concerns ?? '',
				recommendations: input.recommendations ?? '',
				decision: input.decision,
				confirmedWarnings: approvedWarnings
			})
			.returning({ id: scenarioReviews.id, scenarioVersion: scenarioReviews.scenarioVersion });

		let title = row.title;
		if (target.kind === 'scenario') {
			const updated = await tx
				.update(scenarios)
				.set({
					status: to,
					updatedAt: sql`now()`,
					// The reviewer's confirmed warnings are the approved content's.
					...(to === 'approved'
						? { approvedAt: sql`now()`, contentWarnings: approvedWarnings }
						: {})
				})
				.where(and(eq(scenarios.id, row.id), eq(scenarios.status, 'in_review')))
				.returning({ id: scenarios.id });
			if (updated.length !== 1) throw notWaiting(row, 'review');
		} else {
			const { revision } = target;
			if (revision.baseVersion !== row.version) {
				throw new AppError('CONFLICT', 'This revision was based on an older version', {
					baseVersion: revision.baseVersion,
					version: row.version
				});
			}
			await tx
				.update(scenarioRevisions)
				.set({ status: to, decidedAt: sql`now()`, updatedAt: sql`now()` })
				.where(
					and(eq(scenarioRevisions.id, revision.id), eq(scenarioRevisions.status, 'in_review'))
				);
			if (to === 'approved') {
				const content = { ...(approved?.content ?? judged), contentWarnings: approvedWarnings };
				await assertKnownSkills(tx, content.skills, { activeOnly: false });
				await tx
					.update(scenarios)
					.set({
						...contentColumns(content),
						version: sql`${scenarios.version} + 1`,
						approvedAt: sql`now()`,
						updatedAt: sql`now()`,
						...(touchesMetadata(contentOf(row), content)
							? { metadataVersion: sql`${scenarios.metadataVersion} + 1` }
							: {})
					})
					.where(and(eq(scenarios.id, row.id), eq(scenarios.version, row.version)));
				title = content.title;
			}
		}

		await tx.delete(reviewClaims).where(eq(reviewClaims.scenarioId, row.id));
		if (row.createdByUserId) {
			const verdict = {
				approved: 'approved',
				changes_requested: 'changes requested',
				rejected: 'rejected'
			}[input.decision];
			await notify(tx, {
				userId: row.createdByUserId,
				kind: 'review_landed',
				title: `Review of “${title}”${isRevision ? ' (revision)' : ''}: ${verdict}`,
				body: [
					input.concerns || input.strengths || '',
					addedWarnings.length
						? `The reviewer added the content warnings: ${addedWarnings.map(warningLabel).join(', ')}.`
						: ''
				]
					.filter(Boolean)
					.join('\n\n'),
				link: `/studio/${row.id}`
			});
		}
		return {
			reviewId: review.id,
			scenarioVersion: review.scenarioVersion,
			target: target.kind,
			status: to,
			/** metadata fields where an admin's later edit was kept over the revision's old value */
			keptMetadata: approved?.kept ?? []
		};
	});
}
