import { TRACK_PHASES, type TrackPhase } from '../schemas/enums';

// Where someone stands in a track, derived from the track's items and what they completed.
// One function for every place that needs it: the completion hook, enrolment, db:verify and
// the pages, so the stored user_tracks columns and what a page shows cannot disagree.

export interface TrackItemRef {
	phase: TrackPhase;
	position: number;
	scenarioId: string;
}

export interface PhaseProgress {
	phase: TrackPhase;
	done: number;
	total: number;
}

export interface TrackProgress<T extends TrackItemRef = TrackItemRef> {
	/** every phase in order, empty ones included (0 of 0) */
	phases: PhaseProgress[];
	/** the first phase not complete; `mastery` once everything is done */
	currentPhase: TrackPhase;
	/** rounded down, so 100 only when every item is done; 0 for a track without items */
	completionPercentage: number;
	done: number;
	total: number;
	/** the first item not done (phase order, then position) that may be played; null if none */
	next: T | null;
}

const PHASE_ORDER = new Map(TRACK_PHASES.map((p, i) => [p, i]));

/** Items in the order a track is walked: phase, then position. */
export function orderTrackItems<T extends TrackItemRef>(items: readonly T[]): T[] {
	return [...items].sort(
		(a, b) =>
			PHASE_ORDER.get(a.phase)! - PHASE_ORDER.get(b.phase)! ||
			a.position - b.position ||
			(a.scenarioId < b.scenarioId ? -1 : a.scenarioId > b.scenarioId ? 1 : 0)
	);
}

/**
 * `completed` holds the scenario ids the person completed. `playable`, when given, limits the
 * next item to scenarios that can still be played (an archived one is skipped, not offered).
 */
export function trackProgress<T extends TrackItemRef>(
	items: readonly T[],
	completed: ReadonlySet<string>,
	playable?: ReadonlySet<string>
): TrackProgress<T> {
	const ordered = orderTrackItems(items);
	const phases = TRACK_PHASES.map((phase) => {
		const inPhase = ordered.filter((i) => i.phase === phase);
		return {
			phase,
			done: inPhase.filter((i) => completed.has(i.scenarioId)).length,
			total: inPhase.length
		};
	});
	const total = ordered.length;
	const done = phases.reduce((sum, p) => sum + p.done, 0);
	const open = phases.find((p) => p.done < p.total);
	return {
		phases,
		currentPhase: total === 0 ? TRACK_PHASES[0] : (open?.phase ?? 'mastery'),
		completionPercentage: total === 0 ? 0 : Math.floor((done * 100) / total),
		done,
		total,
		next:
			ordered.find(
				(i) => !completed.has(i.scenarioId) && (!playable || playable.has(i.scenarioId))
			) ?? null
	};
}
