import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { missingWarnings } from '../../../domain/content-warnings';
import { OPEN_STATUSES, STATUS_LABELS, transition } from '../../../domain/scenario-status';
import { canChangeVisibility, isListed } from '../../../domain/visibility';
import type { ScenarioStatus, Visibility } from '../../../schemas/enums';
import { type ScenarioContent } from '../../../schemas/scenario';
import { sameContent } from '../../../schemas/studio';
import { type Executor, type Tx } from '../../db/client';
import {
	reviewClaims,
	scenarioMetadata,
	scenarioReviews,
	scenarioRevisions,
	scenarios
} from '../../db/schema';
import { assertRubricFits } from '../evaluation/rubrics';
import { AppError } from '../../errors';
import { recordAudit } from '../audit/record';
import { assertKnownSkills, createScenario } from '../catalog/create';
import { canView, type Viewer } from '../catalog/detail';
import {
	type ScenarioRow,
	contentOf,
	assertTransition,
	contentColumns,
	touchesMetadata,
	lockScenario,
	openRevision,
	editedSinceReview,
	reviewHistory
} from './workflow';

// The author's side of the workflow: drafts, edits (a pending revision once approved),
// submission and archiving. Every change locks the scenario row first, so an edit, a
// submission and a reviewer's decision on the same scenario never interleave.

/** The scenario, locked, if `viewer` wrote it; others get FORBIDDEN (or NOT_FOUND if hidden). */
async function lockOwned(tx: Tx, id: string, viewer: Viewer): Promise<ScenarioRow> {
	const row = await lockScenario(tx, id);
	if (!row) throw new AppError('NOT_FOUND', 'No scenario with that id');
	if (row.createdByUserId !== viewer.id) {
		if (canView(row, viewer)) {
			throw new AppError('FORBIDDEN', 'Only its author can change this scenario');
		}
		throw new AppError('NOT_FOUND', 'No scenario with that id');
	}
	return row;
}

function slugFor(title: string) {
	const base =
		title
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 80)
			.replace(/-+$/g, '') || 'scenario';
	return `${base}-${crypto.randomUUID().slice(0, 6)}`;
}

export async function createDraft(db: Executor, author: Viewer, content: ScenarioContent) {
	await assertRubricFits(db, content);
	const row = await createScenario(db, content, {
		slug: slugFor(content.title),
		createdByUserId: author.id,
		status: 'draft'
	});
	return { id: row.id, slug: row.slug, status: 'draft' as const };
}

/** The author's scenarios, newest change first, with review and revision state. */
export async function listMyScenarios(db: Executor, authorId: string) {
	const openRevisionStatus = sql<ScenarioStatus | null>`(
		select r.status from ${scenarioRevisions} r
		where r.scenario_id = ${scenarios.id} and r.status in ('draft', 'in_review', 'changes_requested')
		limit 1)`;
	const latestReview = sql<{
		decision: string;
		averageScore: number;
		createdAt: string;
		revision: boolean;
	} | null>`(
		select json_build_object(
			'decision', r.decision,
			'averageScore', (r.emotional_safety_score + r.therapeutic_correctness_score + r.age_appropriateness_score + r.reveal_timing_score) / 4.0,
			'createdAt', r.created_at,
			'revision', r.revision_id is not null)
		from ${scenarioReviews} r
		where r.scenario_id = ${scenarios.id}
		order by r.created_at desc limit 1)`;
	const rows = await db
		.select({
			id: scenarios.id,
			slug: scenarios.slug,
			title: scenarios.title,
			status: scenarios.status,
			visibility: scenarios.visibility,
			version: scenarios.version,
			mode: scenarios.mode,
			difficulty: scenarios.difficulty,
			estimatedTime: scenarios.estimatedTime,
			updatedAt: scenarios.updatedAt,
			submittedAt: scenarios.submittedAt,
			saves: scenarioMetadata.amountSavedCount,
			plays: scenarioMetadata.totalTimesUsed,
			averageRating: scenarioMetadata.averageRating,
			revisionStatus: openRevisionStatus,
			latestReview
		})
		.from(scenarios)
		.innerJoin(scenarioMetadata, eq(scenarioMetadata.scenarioId, scenarios.id))
		.where(eq(scenarios.createdByUserId, authorId))
		.orderBy(desc(scenarios.updatedAt), desc(scenarios.id));
	return rows.map((r) => ({
		...r,
		latestReview: r.latestReview
			? {
					decision: r.latestReview.decision as 'approved' | 'changes_requested' | 'rejected',
					averageScore: Number(r.latestReview.averageScore),
					createdAt: new Date(r.latestReview.createdAt),
					revision: r.latestReview.revision
				}
			: null
	}));
}

/** Everything the editor needs: the content to edit, the live content, and every review. */
export async function getForEditing(db: Executor, viewer: Viewer, id: string) {
	const [row] = await db.select().from(scenarios).where(eq(scenarios.id, id)).limit(1);
	if (!row || row.createdByUserId !== viewer.id) {
		if (row && canView(row, viewer)) {
			throw new AppError('FORBIDDEN', 'Only its author can edit this scenario');
		}
		throw new AppError('NOT_FOUND', 'No scenario with that id');
	}
	const revision = await openRevision(db, id);
	// The author sees who reviewed by name only, never the reviewer's account id.
	const reviews = (await reviewHistory(db, id)).map(({ reviewerId: _id, ...review }) => review);

	const live = contentOf(row);
	const content = revision ? (revision.content as ScenarioContent) : live;
	const subjectStatus: ScenarioStatus = revision ? revision.status : row.status;
	const edited = await editedSinceReview(db, id, revision?.id ?? null);
	return {
		scenario: {
			id: row.id,
			slug: row.slug,
			status: row.status,
			version: row.version,
			visibility: row.visibility,
			updatedAt: row.updatedAt,
			submittedAt: row.submittedAt,
			approvedAt: row.approvedAt
		},
		revision: revision
			? {
					id: revision.id,
					status: revision.status,
					baseVersion: revision.baseVersion,
					updatedAt: revision.updatedAt,
					submittedAt: revision.submittedAt
				}
			: null,
		/** what the editor shows: the pending revision's content, else the scenario's */
		content,
		live,
		/** warnings the scanner finds in `content` that it does not carry: proposed to the author */
		warningProposals: missingWarnings(content),
		/** the status that governs editing and submitting (the revision's, when there is one) */
		editingStatus: subjectStatus,
		canSubmit: transition(subjectStatus, 'submit', { editedSinceReview: edited }).ok,
		reviews
	};
}

export type ContentSaveResult = {
	target: 'scenario' | 'revision';
	changed: boolean;
	status: ScenarioStatus;
	revisionStatus: ScenarioStatus | null;
	/** an approved scenario's visibility changed: applied to the live scenario at once */
	visibilityApplied?: boolean;
};

/**
 * Visibility is the author's choice, not reviewed content: it is written to the live row at
 * once (an approved scenario is listed or delisted by this very transaction) and copied into
 * the open revision, so approving that revision later keeps it. It does not touch `updated_at`
 * (a visibility change is not an edit that addresses a review). A change to an approved
 * scenario is audited, as it changes what the marketplace shows. Returns whether it changed.
 */
async function applyVisibility(
	tx: Tx,
	row: ScenarioRow,
	visibility: Visibility,
	actorId: string
): Promise<boolean> {
	if (row.visibility === visibility) return false;
	if (!canChangeVisibility(row.status)) {
		throw new AppError(
			'CONFLICT',
			`Cannot change who sees a scenario that is ${STATUS_LABELS[row.status]}`,
			{ status: row.status, action: 'set_visibility' }
		);
	}
	await tx.update(scenarios).set({ visibility }).where(eq(scenarios.id, row.id));
	await tx
		.update(scenarioRevisions)
		.set({
			content: sql`jsonb_set(${scenarioRevisions.content}, '{visibility}', to_jsonb(${visibility}::text))`
		})
		.where(
			and(
				eq(scenarioRevisions.scenarioId, row.id),
				inArray(scenarioRevisions.status, [...OPEN_STATUSES])
			)
		);
	if (row.status === 'approved') {
		await recordAudit(tx, {
			actorId,
			action: 'scenario.visibility',
			entityType: 'scenario',
			entityId: row.id,
			before: { visibility: row.visibility, listed: isListed(row) },
			after: { visibility, listed: isListed({ ...row, visibility }) }
		});
	}
	return true;
}

/**
 * `studio.setVisibility`: the author decides who sees the scenario, at any stage but rejected
 * or archived, without a review (see applyVisibility).
 */
export async function setVisibility(
	db: Executor,
	viewer: Viewer,
	id: string,
	visibility: Visibility
) {
	return db.transaction(async (tx) => {
		const row = await lockOwned(tx, id, viewer);
		const changed = await applyVisibility(tx, row, visibility, viewer.id);
		return { visibility, changed, listed: isListed({ ...row, visibility }) };
	});
}

/**
 * Saves the editor's content. Drafts (and scenarios with changes requested) are edited in
 * place; an approved scenario's edit goes into its pending revision, so learners keep seeing
 * the approved version until a reviewer approves the revision.
 */
export async function saveContent(
	db: Executor,
	viewer: Viewer,
	id: string,
	content: ScenarioContent
): Promise<ContentSaveResult> {
	await assertRubricFits(db, content);
	return db.transaction(async (tx) => {
		const row = await lockOwned(tx, id, viewer);
		if (row.status === 'approved') {
			// Visibility applies to the live scenario now; only the rest is a revision.
			const visibilityApplied = await applyVisibility(tx, row, content.visibility, viewer.id);
			const result = await saveRevision(tx, viewer, row, content, visibilityApplied);
			if (!visibilityApplied) return result;
			return result.changed
				? { ...result, visibilityApplied }
				: { ...result, target: 'scenario', changed: true, visibilityApplied };
		}
		assertTransition(row.status, 'edit');
		const before = contentOf(row);
		if (sameContent(before, content)) return unchanged('scenario', row.status, null);
		await assertKnownSkills(tx, content.skills);
		await tx
			.update(scenarios)
			.set({
				...contentColumns(content),
				// clock_timestamp, not now(): "edited after the review" must hold even when this
				// transaction began while the reviewer's was still committing.
				updatedAt: sql`clock_timestamp()`,
				...(touchesMetadata(before, content)
					? { metadataVersion: sql`${scenarios.metadataVersion} + 1` }
					: {})
			})
			.where(eq(scenarios.id, id));
		return changed('scenario', row.status, null);
	});
}

const unchanged = (
	target: ContentSaveResult['target'],
	status: ScenarioStatus,
	revisionStatus: ScenarioStatus | null
): ContentSaveResult => ({ target, changed: false, status, revisionStatus });
const changed = (
	target: ContentSaveResult['target'],
	status: ScenarioStatus,
	revisionStatus: ScenarioStatus | null
): ContentSaveResult => ({ target, changed: true, status, revisionStatus });

/**
 * An approved scenario's edit: into its open revision, or a new one. Its visibility already is
 * the live one (applyVisibility ran first and copied it into the open revision).
 */
async function saveRevision(
	tx: Tx,
	viewer: Viewer,
	row: ScenarioRow,
	content: ScenarioContent,
	visibilityApplied: boolean
): Promise<ContentSaveResult> {
	const revision = await openRevision(tx, row.id, { lock: true });
	if (revision) {
		// Only the visibility differed: nothing for the revision (even one in review) to take.
		if (visibilityApplied && sameContent(revision.content, content)) {
			return unchanged('revision', row.status, revision.status);
		}
		assertTransition(revision.status, 'edit', { subject: 'revision' });
		if (sameContent(revision.content, content)) {
			return unchanged('revision', row.status, revision.status);
		}
		await assertKnownSkills(tx, content.skills);
		await tx
			.update(scenarioRevisions)
			.set({ content: contentColumns(content), updatedAt: sql`clock_timestamp()` })
			.where(eq(scenarioRevisions.id, revision.id));
		return changed('revision', row.status, revision.status);
	}
	assertTransition(row.status, 'edit');
	if (sameContent({ ...contentOf(row), visibility: content.visibility }, content)) {
		return unchanged('revision', row.status, null);
	}
	await assertKnownSkills(tx, content.skills);
	await tx.insert(scenarioRevisions).values({
		scenarioId: row.id,
		authorId: viewer.id,
		baseVersion: row.version,
		// Approving merges skills / difficulty / time against this (review.ts).
		baseMetadataVersion: row.metadataVersion,
		content: contentColumns(content),
		status: 'draft'
	});
	return changed('revision', row.status, 'draft');
}

/** What a reviewer needs before judging: something to play and something to practise. */
function assertReadyForReview(content: ScenarioContent) {
	const missing: string[] = [];
	if (content.steps.length === 0) missing.push('add at least one step');
	if (content.skills.length === 0) missing.push('pick at least one skill');
	if (missing.length) {
		throw new AppError('BAD_REQUEST', `Before submitting: ${missing.join('; ')}`, { missing });
	}
}

/** Sends a draft, an edited changes-requested scenario, or an approved one's revision to the queue. */
export async function submitForReview(db: Executor, viewer: Viewer, id: string) {
	return db.transaction(async (tx) => {
		const row = await lockOwned(tx, id, viewer);
		let result: { target: 'scenario' | 'revision'; status: ScenarioStatus };
		let submitted: ScenarioContent;
		if (row.status === 'approved') {
			const revision = await openRevision(tx, id, { lock: true });
			if (!revision) {
				const refused = transition(row.status, 'submit');
				throw new AppError(
					'CONFLICT',
					`${refused.ok ? '' : refused.message}: edit it first (the edit is reviewed as a revision)`,
					{ status: row.status, action: 'submit' }
				);
			}
			const to = assertTransition(revision.status, 'submit', {
				subject: 'revision',
				editedSinceReview: await editedSinceReview(tx, id, revision.id)
			});
			submitted = revision.content as ScenarioContent;
			assertReadyForReview(submitted);
			await tx
				.update(scenarioRevisions)
				.set({ status: to, submittedAt: sql`now()` })
				.where(eq(scenarioRevisions.id, revision.id));
			result = { target: 'revision', status: to };
		} else {
			const to = assertTransition(row.status, 'submit', {
				editedSinceReview: await editedSinceReview(tx, id, null)
			});
			submitted = contentOf(row);
			assertReadyForReview(submitted);
			await tx
				.update(scenarios)
				.set({ status: to, submittedAt: sql`now()` })
				.where(eq(scenarios.id, id));
			result = { target: 'scenario', status: to };
		}
		// A claim left from an earlier round must not lock the fresh submission.
		await tx.delete(reviewClaims).where(eq(reviewClaims.scenarioId, id));
		// Not a block: the reviewer will be asked to confirm these before approving.
		return { ...result, unconfirmedWarnings: missingWarnings(submitted).map((f) => f.warning) };
	});
}

/** Takes an approved scenario out of circulation; an unfinished revision is closed with it. */
export async function archiveScenario(db: Executor, viewer: Viewer, id: string) {
	return db.transaction(async (tx) => {
		const row = await lockOwned(tx, id, viewer);
		const to = assertTransition(row.status, 'archive');
		await tx
			.update(scenarioRevisions)
			.set({ status: 'archived', decidedAt: sql`now()`, updatedAt: sql`now()` })
			.where(
				and(
					eq(scenarioRevisions.scenarioId, id),
					inArray(scenarioRevisions.status, [...OPEN_STATUSES])
				)
			);
		await tx.delete(reviewClaims).where(eq(reviewClaims.scenarioId, id));
		await tx
			.update(scenarios)
			.set({ status: to, updatedAt: sql`now()` })
			.where(eq(scenarios.id, id));
		return { status: to };
	});
}
