// The closed vocabularies of the product. Database enums, zod schemas and UI pickers all read
// these arrays, so a value is added in exactly one place.

export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const MODES = ['phone', 'chat'] as const;
export type Mode = (typeof MODES)[number];

export const VISIBILITIES = ['private', 'unlisted', 'public'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const SCENARIO_STATUSES = [
	'draft',
	'in_review',
	'changes_requested',
	'approved',
	'rejected',
	'archived'
] as const;
export type ScenarioStatus = (typeof SCENARIO_STATUSES)[number];

export const REVIEW_DECISIONS = ['approved', 'changes_requested', 'rejected'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const ATTEMPT_OUTCOMES = ['completed', 'abandoned'] as const;
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];

export const ROLES = ['learner', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const PSYCHOLOGICAL_MODULES = ['IFS', 'DBT', 'CBT', 'ACT', 'EMDR', 'SFBT'] as const;
export type PsychologicalModule = (typeof PSYCHOLOGICAL_MODULES)[number];

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

export const AGE_RANGES = ['5-7', '7-9', '10-12', '13-15', '16-17'] as const;
export type AgeRange = (typeof AGE_RANGES)[number];

/** The modules the guided quest builder has templates for (seed 003). */
export const QUEST_MODULES = ['IFS', 'DBT', 'CBT', 'ACT'] as const;
export type QuestModule = (typeof QUEST_MODULES)[number];

/** A user's mode: sets the library's default view (quests first for `therapeutic`). */
export const USER_MODES = ['educational', 'therapeutic'] as const;
export type UserMode = (typeof USER_MODES)[number];

/** The guided quest builder's stages, in order. */
export const BUILDER_STAGES = [
	'greeting',
	'collecting_info',
	'clarifying',
	'generating',
	'reviewing',
	'quest_ready'
] as const;
export type BuilderStage = (typeof BUILDER_STAGES)[number];

/** A track's phases, in order. */
export const TRACK_PHASES = ['awareness', 'expression', 'action', 'mastery'] as const;
export type TrackPhase = (typeof TRACK_PHASES)[number];

export const CONTENT_WARNINGS = [
	'suicide',
	'self-harm',
	'substance-use',
	'domestic-violence',
	'sexual-violence',
	'child-abuse',
	'death-and-grief',
	'firearms',
	'eating-disorder',
	'bullying',
	'divorce',
	'medical-emergency'
] as const;
export type ContentWarning = (typeof CONTENT_WARNINGS)[number];

export const PROPOSAL_STATUSES = ['pending', 'accepted', 'rejected', 'applied'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const SORTS = [
	'relevance',
	'top_rated',
	'most_saved',
	'trending',
	'newest',
	'most_played'
] as const;
export type Sort = (typeof SORTS)[number];

export const ESTIMATED_TIME_MIN = 5;
export const ESTIMATED_TIME_MAX = 60;
export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const REVIEW_TEXT_MAX = 2000;
/** the reason of a report of a public review (`progress.reportReview`) */
export const REPORT_REASON_MAX = 1000;

/**
 * Which scenarios a list shows: `quests` only quests (a psychological module and an age range),
 * `all` everything. The library's default for an account in therapeutic mode is `quests`.
 */
export const LIBRARY_KINDS = ['quests', 'all'] as const;
export type LibraryKind = (typeof LIBRARY_KINDS)[number];

/** The longest search the library and the marketplace accept. */
export const SEARCH_MAX = 200;
