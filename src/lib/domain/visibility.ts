import type { ScenarioStatus, Visibility } from '../schemas/enums';

// Who sees a scenario is the author's choice, separate from its content: a review judges the
// content, and visibility only decides where the approved content shows. So changing it never
// needs a review; it applies to the live scenario at once (services/authoring/studio.ts).

export const VISIBILITY_LABELS: Record<Visibility, string> = {
	private: 'Private',
	unlisted: 'Unlisted',
	public: 'Public'
};

export interface ListingFacts {
	status: ScenarioStatus;
	isActive: boolean;
	visibility: Visibility;
	/** null for built-in scenarios, which are listed whatever their visibility */
	createdByUserId: string | null;
}

/** The pure twin of `listedCondition()`: approved, active, and built-in or public. */
export function isListed(s: ListingFacts): boolean {
	return (
		s.status === 'approved' &&
		s.isActive &&
		(s.createdByUserId === null || s.visibility === 'public')
	);
}

/** Rejected and archived scenarios are never shown again: their visibility is moot. */
export function canChangeVisibility(status: ScenarioStatus): boolean {
	return status !== 'rejected' && status !== 'archived';
}

/** What a visibility means for learners once the scenario is approved, in one sentence. */
export function visibilityEffect(visibility: Visibility): string {
	return {
		public: 'Listed in the library and the marketplace.',
		unlisted: 'Anyone with the link can open it; it is not listed.',
		private: 'Only you can open it; it is not listed.'
	}[visibility];
}

/** The submit step's question when approval would not list the scenario, else null. */
export function submitVisibilityQuestion(visibility: Visibility): string | null {
	if (visibility === 'private') {
		return 'This scenario is private: approving it will not list it in the marketplace. Make it public?';
	}
	if (visibility === 'unlisted') {
		return 'This scenario is unlisted: approving it will not list it in the marketplace (only people with the link can open it). Make it public?';
	}
	return null;
}

/**
 * The reviewer's approve option, worded after what approving will do with this visibility.
 * A revision replaces content that is already live; a new scenario becomes live.
 */
export function approveWording(
	visibility: Visibility,
	kind: 'scenario' | 'revision',
	builtIn = false
): { label: string; hint: string } {
	const later =
		'The author may make it public later without another review, so judge it as if it were.';
	if (kind === 'revision') {
		return {
			label: 'Approve revision',
			hint:
				visibility === 'public' || builtIn
					? 'Learners see this version at once, in the library and the marketplace.'
					: visibility === 'unlisted'
						? `Learners with the link see this version at once; it stays unlisted. ${later}`
						: `This version replaces the live one, which stays private. ${later}`
		};
	}
	if (visibility === 'public' || builtIn) {
		return {
			label: 'Approve and publish',
			hint: 'It is listed in the library and the marketplace at once.'
		};
	}
	if (visibility === 'unlisted') {
		return {
			label: 'Approve (unlisted)',
			hint: `Anyone with the link can open it; it is not listed in the marketplace. ${later}`
		};
	}
	return {
		label: 'Approve (stays private)',
		hint: `Only the author can open it; it is not listed in the marketplace. ${later}`
	};
}
