import { z } from './zod';
import { MODES } from './enums';
import { criterionKeySchema } from './practice';
import { SCORE_MAX, SCORE_MIN } from './evaluation';
import { skillSlugSchema } from './scenario';

// Supervisor feedback on practice (PRODUCT.md, `feedback.*`): a learner's request, the
// supervisors' queue, the claim, the answer, and the admin's calibration by double scoring.

export const FEEDBACK_STATUSES = ['open', 'claimed', 'answered', 'withdrawn'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** Like the review desk's claims: one holder for 30 minutes, extendable. */
export const FEEDBACK_CLAIM_MINUTES = 30;
/** A request waiting longer than this is counted on the dashboard as overdue. */
export const FEEDBACK_OVERDUE_HOURS = 48;
/** Agreement between raters is measured over this window. */
export const CALIBRATION_DAYS = 90;

export const NOTE_MAX = 1000;
export const COMMENT_MAX = 2000;
export const SUMMARY_MAX = 4000;

const requestId = z.uuid('Not a feedback request id');

export const feedbackRequestInputSchema = z.object({
	attemptId: z.uuid('Not an attempt id'),
	note: z
		.string()
		.trim()
		.max(NOTE_MAX, `Keep the note under ${NOTE_MAX} characters`)
		.optional()
		.default('')
});

export const feedbackRequestIdSchema = z.object({ requestId });

export const feedbackQueueInputSchema = z
	.object({
		skill: skillSlugSchema.optional(),
		scenarioId: z.uuid('Not a scenario id').optional(),
		mode: z.enum(MODES).optional(),
		limit: z.number().int().min(1).max(100).default(50)
	})
	.default({ limit: 50 });

export const feedbackSubmitInputSchema = z.object({
	requestId,
	scores: z
		.record(
			criterionKeySchema,
			z.object({
				score: z
					.number()
					.int('A score is a whole number')
					.min(SCORE_MIN, `Scores go from ${SCORE_MIN}`)
					.max(SCORE_MAX, `Scores go up to ${SCORE_MAX}`),
				rationale: z
					.string()
					.trim()
					.max(COMMENT_MAX, `Keep each rationale under ${COMMENT_MAX} characters`)
					.optional()
			})
		)
		.refine((scores) => Object.keys(scores).length <= 30, 'Too many criteria'),
	comments: z
		.array(
			z.object({
				turnId: z.uuid('Not a turn id'),
				text: z
					.string()
					.trim()
					.min(1, 'A comment cannot be empty')
					.max(COMMENT_MAX, `Keep each comment under ${COMMENT_MAX} characters`)
			})
		)
		.max(200, 'Too many comments'),
	summary: z
		.string()
		.trim()
		.min(1, 'Write a short summary for the learner')
		.max(SUMMARY_MAX, `Keep the summary under ${SUMMARY_MAX} characters`)
});
export type FeedbackSubmitInput = z.output<typeof feedbackSubmitInputSchema>;
