import type { TrackPhase } from '$lib/schemas/enums';
import type { TrackAudience } from '$lib/schemas/tracks';

// The words the track pages use for phases and audiences, in one place.

export const PHASE_LABELS: Record<TrackPhase, { label: string; hint: string }> = {
	awareness: { label: 'Awareness', hint: 'Notice what is going on.' },
	expression: { label: 'Expression', hint: 'Put it into words.' },
	action: { label: 'Action', hint: 'Do something that helps.' },
	mastery: { label: 'Mastery', hint: 'All of it together, on your own.' }
};

export const AUDIENCE_LABELS: Record<TrackAudience, string> = {
	learners: 'For learners',
	children: 'For children, with a parent'
};

/** "3 scenarios", "1 quest". */
export function itemCount(count: number, audience: TrackAudience): string {
	const noun = audience === 'children' ? 'quest' : 'scenario';
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
