import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { trackChildSchema, trackLeaveSchema } from '../../../schemas/tracks';
import type { Executor } from '../../db/client';
import { childProfiles, tracks, userTracks } from '../../db/schema';
import { AppError } from '../../errors';
import { ownerSql, recomputeEnrolments, type Who } from './advance';

// Enrolling and leaving. Learners enrol themselves in learners' tracks; a parent enrols their
// own child in a children's track. Someone else's child is NOT_FOUND, as if it did not exist.

const FOR_CHILDREN =
	'This track is for children: a parent enrols their child from the track’s page.';
const FOR_LEARNERS = 'This track is for learners, not children: pick a children’s track instead.';

async function trackOr404(db: Executor, trackId: string) {
	const [track] = await db
		.select({ id: tracks.id, audience: tracks.audience })
		.from(tracks)
		.where(eq(tracks.id, trackId))
		.limit(1);
	if (!track) throw new AppError('NOT_FOUND', 'No track with that id');
	return track;
}

/** The caller's own child, or NOT_FOUND (never "forbidden": a child id reveals nothing). */
export async function ownChildOr404(db: Executor, parentId: string, childId: string) {
	const [child] = await db
		.select({ id: childProfiles.id, nickname: childProfiles.nickname })
		.from(childProfiles)
		.where(and(eq(childProfiles.id, childId), eq(childProfiles.parentUserId, parentId)))
		.limit(1);
	// Not family/children.ts ownChild: its message differs, and the tracks tests assert this one.
	if (!child) throw new AppError('NOT_FOUND', 'No child with that id');
	return child;
}

export interface EnrolResult {
	trackId: string;
	currentPhase: string;
	completionPercentage: number;
}

/** Inserts the enrolment if it is new (enrolling twice is the same), then derives its start. */
async function enrolOwner(db: Executor, owner: Who, trackId: string): Promise<EnrolResult> {
	return db.transaction(async (tx) => {
		await tx
			.insert(userTracks)
			.values({ ...owner, trackId })
			.onConflictDoNothing();
		const [derived] = await recomputeEnrolments(
			tx,
			sql`ut.track_id = ${trackId} and ${ownerSql(owner)}`,
			{ touch: false }
		);
		return {
			trackId,
			currentPhase: derived.progress.currentPhase,
			completionPercentage: derived.progress.completionPercentage
		};
	});
}

export async function enrol(db: Executor, userId: string, trackId: string) {
	const track = await trackOr404(db, trackId);
	if (track.audience !== 'learners') throw new AppError('BAD_REQUEST', FOR_CHILDREN);
	return enrolOwner(db, { userId }, trackId);
}

export async function enrolChild(
	db: Executor,
	parentId: string,
	input: z.output<typeof trackChildSchema>
) {
	await ownChildOr404(db, parentId, input.childId);
	const track = await trackOr404(db, input.trackId);
	if (track.audience !== 'children') throw new AppError('BAD_REQUEST', FOR_LEARNERS);
	return enrolOwner(db, { childId: input.childId }, input.trackId);
}

/** Leaves a track (the caller's own enrolment, or their child's); progress stays with the attempts. */
export async function leave(
	db: Executor,
	userId: string,
	input: z.output<typeof trackLeaveSchema>
): Promise<{ left: true }> {
	if (input.childId) await ownChildOr404(db, userId, input.childId);
	const owner = input.childId
		? eq(userTracks.childId, input.childId)
		: eq(userTracks.userId, userId);
	const deleted = await db
		.delete(userTracks)
		.where(and(eq(userTracks.trackId, input.trackId), owner))
		.returning({ id: userTracks.id });
	if (deleted.length === 0) {
		throw new AppError(
			'NOT_FOUND',
			input.childId
				? 'Your child is not enrolled in this track'
				: 'You are not enrolled in this track'
		);
	}
	return { left: true };
}
