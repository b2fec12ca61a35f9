import { USER_MODES } from './enums';
import { z } from './zod';

// Tracks (PRODUCT.md, "Quests for children and families"): `track.*`, and the account's mode
// (`auth.setMode`), which picks the library's default view.

/** Who a track is for: learners enrol themselves; a parent enrols their child. */
export const TRACK_AUDIENCES = ['learners', 'children'] as const;
export type TrackAudience = (typeof TRACK_AUDIENCES)[number];

export const TRACK_SLUG_MAX = 80;
export const trackSlugSchema = z
	.string('Name a track')
	.trim()
	.min(1, 'Name a track')
	.max(TRACK_SLUG_MAX, 'No track has an address that long')
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A track address has lowercase letters, digits and dashes');

const trackId = z.uuid('Not a track id');
const childId = z.uuid('Not a child id');

export const trackBySlugSchema = z.object({ slug: trackSlugSchema });
export const trackIdSchema = z.object({ trackId });
export const trackChildSchema = z.object({ trackId, childId });
/** Leaving: your own enrolment, or (with childId) your child's. */
export const trackLeaveSchema = z.object({ trackId, childId: childId.optional() });

export const setModeSchema = z.object({
	mode: z.enum(USER_MODES, 'Choose what you use Scenario Hub for')
});

/** The account page's words for each mode. */
export const USER_MODE_LABELS: Record<
	(typeof USER_MODES)[number],
	{ label: string; hint: string }
> = {
	educational: {
		label: 'Training and learning',
		hint: 'The library opens on everything: crisis-line and language practice, and quests.'
	},
	therapeutic: {
		label: 'Therapeutic quests for my family',
		hint: 'The library opens on quests for children and families; one click shows everything.'
	}
};
