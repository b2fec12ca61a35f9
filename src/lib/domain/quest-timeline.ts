import type { ScenarioStep } from '../schemas/steps';
import { stepTargets } from './step-walk';

// A quest's timeline for the reviewer: the steps along its longest way from the first step to an
// end, where the feelings peak (each step's `feeling.intensity`, 1 calm .. 5 a peak) and where
// the reveal falls (the parent reads `revealMessage` after the end). It is evidence for the
// review's "age appropriateness" and "reveal timing" scores. Pure: it runs in the browser.

export interface TimelineEntry {
	id: string;
	title: string;
	/** 1-based place on the path */
	position: number;
	feeling: { name: string; intensity: number } | null;
	/** the highest intensity on the path (every step that reaches it) */
	peak: boolean;
}

export type TimelineFlag = 'no-reveal' | 'no-wind-down' | 'no-feelings';

/** What each flag means, in plain words for the reviewer. */
export const FLAG_WORDS: Record<TimelineFlag, string> = {
	'no-reveal': 'No reveal message: the parent is told nothing after the child finishes.',
	'no-wind-down':
		'No wind-down before the end: the strongest feeling comes last, and no calmer step follows it.',
	'no-feelings':
		'No step on this path says what feeling it is meant to stir, so peaks cannot be shown.'
};

export interface QuestTimeline {
	entries: TimelineEntry[];
	/** the highest intensity on the path; null when no step on it names a feeling */
	peakIntensity: number | null;
	/** what the parent reads after the end; null when the quest has none */
	reveal: string | null;
	flags: TimelineFlag[];
	/** one sentence saying where the peak and the reveal fall */
	summary: string;
}

/**
 * The longest way from the first step to an end, as step ids. Ways back to a step earlier in
 * the authored order ("try again" loops) are not followed: a loop is a detour, not a later
 * moment, and leaving them out makes the graph acyclic so "longest" has one answer. On a tie the
 * first way on (the first choice, or a step's own branches before its default) wins.
 */
export function longestPath(steps: ScenarioStep[]): string[] {
	const index = new Map(steps.map((s, i) => [s.id, i]));
	const best = new Map<string, string[]>();
	// Forward edges only, so walking the steps from last to first sees every successor first.
	for (let i = steps.length - 1; i >= 0; i--) {
		const id = steps[i].id;
		let tail: string[] = [];
		for (const target of stepTargets(steps, id)) {
			if (target.kind !== 'step') continue;
			const at = index.get(target.id);
			if (at === undefined || at <= i) continue;
			const path = best.get(target.id) ?? [];
			if (path.length > tail.length) tail = path;
		}
		best.set(id, [id, ...tail]);
	}
	return steps.length ? (best.get(steps[0].id) ?? []) : [];
}

export function buildTimeline(
	steps: ScenarioStep[],
	revealMessage: string | null | undefined
): QuestTimeline {
	const byId = new Map(steps.map((s) => [s.id, s]));
	const path = longestPath(steps).map((id) => byId.get(id)!);
	const intensities = path.map((s) => s.feeling?.intensity ?? null);
	const known = intensities.filter((n): n is number => n !== null);
	const peakIntensity = known.length ? Math.max(...known) : null;
	const entries: TimelineEntry[] = path.map((s, i) => ({
		id: s.id,
		title: s.title,
		position: i + 1,
		feeling: s.feeling ? { name: s.feeling.name, intensity: s.feeling.intensity } : null,
		peak: peakIntensity !== null && intensities[i] === peakIntensity
	}));
	const reveal = revealMessage?.trim() ? revealMessage.trim() : null;

	const flags: TimelineFlag[] = [];
	if (reveal === null) flags.push('no-reveal');
	if (peakIntensity === null) {
		if (entries.length) flags.push('no-feelings');
	} else {
		// Wind-down: some step after the last peak names a calmer feeling. Steps that name none
		// do not count, since nothing says they are calmer.
		const lastPeak = intensities.lastIndexOf(peakIntensity);
		const calmer = intensities.slice(lastPeak + 1).some((n) => n !== null && n < peakIntensity);
		if (!calmer) flags.push('no-wind-down');
	}

	return {
		entries,
		peakIntensity,
		reveal,
		flags,
		summary: summarise(entries, peakIntensity, reveal)
	};
}

function summarise(entries: TimelineEntry[], peak: number | null, reveal: string | null): string {
	if (!entries.length) return 'The quest has no steps yet.';
	const total = entries.length;
	const peaks = entries.filter((e) => e.peak);
	const where =
		peak === null
			? 'No feelings are marked on its steps.'
			: `The strongest feeling (${peak} of 5) comes at ${peaks
					.map((e) => `step ${e.position} "${e.title}" (${e.feeling?.name})`)
					.join(' and ')}.`;
	const after = reveal
		? 'The parent reads the reveal message after the last step.'
		: 'There is no reveal message for the parent.';
	return `Longest path: ${total} ${total === 1 ? 'step' : 'steps'}. ${where} ${after}`;
}
