import { asc, eq, sql } from 'drizzle-orm';
import { orderTrackItems } from '../../../domain/track-progress';
import { TRACK_PHASES, type TrackPhase } from '../../../schemas/enums';
import type { TrackAudience } from '../../../schemas/tracks';
import { queryRows, sqlBoolean, type Executor } from '../../db/client';
import { childProfiles, tracks, userTracks } from '../../db/schema';
import { AppError } from '../../errors';
import { listedCondition } from '../catalog/list';
import { deriveEnrolments, type DerivedEnrolment } from './derive';

// Reading tracks: the list, one track with its phases, and "next in your track". Tracks are
// public; an enrolment is shown to its owner only (a child's to its parent only).

export interface EnrolmentSummary {
	currentPhase: TrackPhase;
	completionPercentage: number;
	enrolledAt: Date;
	lastActivityAt: Date | null;
}

const summaryColumns = {
	trackId: userTracks.trackId,
	currentPhase: userTracks.currentPhase,
	completionPercentage: userTracks.completionPercentage,
	enrolledAt: userTracks.enrolledAt,
	lastActivityAt: userTracks.lastActivityAt
};

export async function listTracks(db: Executor, viewerId: string | null) {
	const rows = await db
		.select({
			id: tracks.id,
			slug: tracks.slug,
			title: tracks.title,
			description: tracks.description,
			audience: tracks.audience,
			// Spelt out: inside a subquery drizzle's bare "id" would be the item's own id.
			itemCount: sql<number>`(select count(*)::int from track_items ti where ti.track_id = tracks.id)`
		})
		.from(tracks)
		.orderBy(asc(tracks.createdAt), asc(tracks.slug));
	const mine = viewerId
		? await db.select(summaryColumns).from(userTracks).where(eq(userTracks.userId, viewerId))
		: [];
	const byTrack = new Map(mine.map(({ trackId, ...rest }) => [trackId, rest]));
	return rows.map((t) => ({
		...t,
		itemCount: Number(t.itemCount),
		enrolment: (byTrack.get(t.id) ?? null) as EnrolmentSummary | null
	}));
}

interface ItemRow {
	phase: TrackPhase;
	position: number;
	scenario_id: string;
	slug: string;
	title: string;
	estimated_time: number;
	available: boolean | string;
}

const progressOf = (e: DerivedEnrolment) => ({
	trackId: e.trackId,
	currentPhase: e.progress.currentPhase,
	completionPercentage: e.progress.completionPercentage,
	enrolledAt: e.enrolledAt,
	lastActivityAt: e.lastActivityAt,
	done: e.items.filter((i) => i.done).map((i) => i.scenarioId),
	nextScenarioId: e.progress.next?.scenarioId ?? null
});

/** One track by slug: its phases in order, the caller's progress, and their children's. */
export async function getTrack(db: Executor, slug: string, viewerId: string | null) {
	const [track] = await db
		.select({
			id: tracks.id,
			slug: tracks.slug,
			title: tracks.title,
			description: tracks.description,
			audience: tracks.audience
		})
		.from(tracks)
		.where(eq(tracks.slug, slug))
		.limit(1);
	if (!track) throw new AppError('NOT_FOUND', 'No track with that address');
	// `scenarios` is not aliased: listedCondition() names its columns "scenarios"."…".
	const itemRows = await queryRows<ItemRow>(
		db,
		sql`select ti.phase, ti.position, ti.scenario_id,
				scenarios.slug, scenarios.title, scenarios.estimated_time,
				${listedCondition()} as available
			from track_items ti join scenarios on scenarios.id = ti.scenario_id
			where ti.track_id = ${track.id}`
	);
	const items = orderTrackItems(
		itemRows.map((r) => ({
			phase: r.phase,
			position: Number(r.position),
			scenarioId: r.scenario_id,
			available: sqlBoolean(r.available),
			// A scenario that is no longer open to everyone keeps its place but not its name.
			slug: sqlBoolean(r.available) ? r.slug : null,
			title: sqlBoolean(r.available) ? r.title : null,
			estimatedTime: Number(r.estimated_time)
		}))
	);
	const phases = TRACK_PHASES.map((phase) => ({
		phase,
		items: items.filter((i) => i.phase === phase)
	})).filter((p) => p.items.length > 0);

	let enrolment: ReturnType<typeof progressOf> | null = null;
	let children: {
		childId: string;
		nickname: string;
		enrolment: ReturnType<typeof progressOf> | null;
	}[] = [];
	if (viewerId) {
		const [own] = await deriveEnrolments(
			db,
			sql`ut.track_id = ${track.id} and ut.user_id = ${viewerId}`
		);
		if (own) enrolment = progressOf(own);
		if (track.audience === 'children') children = await childrenIn(db, viewerId, track.id);
	}
	return { track: { ...track, itemCount: items.length }, phases, enrolment, children };
}

/** The viewer's children, each with its enrolment in the track (or null). */
async function childrenIn(db: Executor, parentId: string, trackId: string) {
	const kids = await db
		.select({ childId: childProfiles.id, nickname: childProfiles.nickname })
		.from(childProfiles)
		.where(eq(childProfiles.parentUserId, parentId))
		.orderBy(asc(childProfiles.createdAt));
	if (kids.length === 0) return [];
	const derived = await deriveEnrolments(
		db,
		sql`ut.track_id = ${trackId} and ut.child_id in (${sql.join(
			kids.map((k) => sql`${k.childId}::uuid`),
			sql`, `
		)})`
	);
	return kids.map((kid) => {
		const d = derived.find((e) => e.childId === kid.childId);
		return { ...kid, enrolment: d ? { ...progressOf(d), childId: kid.childId } : null };
	});
}

export interface NextInTrack {
	track: { id: string; slug: string; title: string; audience: TrackAudience };
	currentPhase: TrackPhase;
	completionPercentage: number;
	/** the scenario to play next; null when the track is done or nothing left can be played */
	next: {
		scenarioId: string;
		slug: string;
		title: string;
		phase: TrackPhase;
		estimatedTime: number;
	} | null;
}

/** "Next in your track": the caller's enrolments, latest activity first, each with its next scenario. */
export async function nextInTracks(db: Executor, userId: string): Promise<NextInTrack[]> {
	const enrolments = await db
		.select({
			trackId: tracks.id,
			slug: tracks.slug,
			title: tracks.title,
			audience: tracks.audience
		})
		.from(userTracks)
		.innerJoin(tracks, eq(tracks.id, userTracks.trackId))
		.where(eq(userTracks.userId, userId))
		.orderBy(
			sql`coalesce(${userTracks.lastActivityAt}, ${userTracks.enrolledAt}) desc`,
			asc(tracks.slug)
		);
	if (enrolments.length === 0) return [];
	const derived = await deriveEnrolments(db, sql`ut.user_id = ${userId}`);
	return enrolments.map((t) => {
		const d = derived.find((e) => e.trackId === t.trackId)!;
		// Only a listed (playable) item is ever next, so its name may be shown.
		const next = d.progress.next;
		return {
			track: { id: t.trackId, slug: t.slug, title: t.title, audience: t.audience },
			currentPhase: d.progress.currentPhase,
			completionPercentage: d.progress.completionPercentage,
			next: next && {
				scenarioId: next.scenarioId,
				slug: next.slug,
				title: next.title,
				phase: next.phase,
				estimatedTime: next.estimatedTime
			}
		};
	});
}
