import { z } from './zod';
import { RATING_MAX, RATING_MIN, REVIEW_TEXT_MAX } from './enums';
import { stepIdSchema } from './steps';

// Inputs of the `progress.*` procedures, shared with the learner's forms.

export const NOTES_MAX = 10_000;
export const REFLECTION_MAX = 4000;

const scenarioId = z.uuid('Not a scenario id');
const attemptId = z.uuid('Not an attempt id');

export const saveInputSchema = z.object({ scenarioId, saved: z.boolean() });

export const scenarioRefSchema = z.object({ scenarioId });

export const attemptRefSchema = z.object({ attemptId });

export const advanceStepInputSchema = z.object({ attemptId, stepId: stepIdSchema });

export const finishAttemptInputSchema = z.object({
	attemptId,
	completed: z.boolean(),
	reflection: z
		.string()
		.trim()
		.max(REFLECTION_MAX, `Keep the reflection under ${REFLECTION_MAX} characters`)
		.optional()
});

/**
 * `review` undefined keeps the written review as it is, an empty string or null removes it,
 * any other text replaces it.
 */
export const rateInputSchema = z.object({
	scenarioId,
	rating: z
		.number()
		.int('A rating is a whole number of stars')
		.min(RATING_MIN, `At least ${RATING_MIN} star`)
		.max(RATING_MAX, `At most ${RATING_MAX} stars`),
	review: z
		.string()
		.trim()
		.max(REVIEW_TEXT_MAX, `Keep the review under ${REVIEW_TEXT_MAX} characters`)
		.nullable()
		.optional()
});

export const notesInputSchema = z.object({
	scenarioId,
	notes: z.string().max(NOTES_MAX, `Notes are limited to ${NOTES_MAX} characters`)
});

/** `tried`: attempted, never completed, no attempt open (every attempt ended early). */
export const MINE_FILTERS = ['saved', 'in_progress', 'tried', 'completed'] as const;
export type MineFilter = (typeof MINE_FILTERS)[number];

export const mineInputSchema = z.object({
	filter: z.enum(MINE_FILTERS),
	cursor: z.string().max(500).optional(),
	limit: z.number().int().min(1).max(100).default(50)
});

export const reviewsInputSchema = z.object({
	scenarioId,
	cursor: z.string().max(500).optional(),
	limit: z.number().int().min(1).max(50).default(10)
});

/** An IANA zone such as Europe/Berlin; days of a streak or week are counted in it. */
export const timeZoneSchema = z
	.string()
	.max(64)
	.refine((zone) => {
		try {
			new Intl.DateTimeFormat('en', { timeZone: zone });
			return true;
		} catch {
			return false;
		}
	}, 'Unknown time zone');

export const statsInputSchema = z.object({ timeZone: timeZoneSchema.default('UTC') });

export type SaveInput = z.input<typeof saveInputSchema>;
export type RateInput = z.input<typeof rateInputSchema>;
export type FinishAttemptInput = z.input<typeof finishAttemptInputSchema>;
export type MineInput = z.input<typeof mineInputSchema>;
