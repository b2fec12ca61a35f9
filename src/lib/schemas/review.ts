import { z } from './zod';
import { AGE_RANGES, CONTENT_WARNINGS, PSYCHOLOGICAL_MODULES, REVIEW_DECISIONS } from './enums';
import { skillSlugSchema } from './scenario';

// The psychologist review: the four scored dimensions (with what each level means), the input
// of `review.submit` (PRODUCT.md's shape) and the queue filters.

export const REVIEW_DIMENSIONS = [
	{
		key: 'emotionalSafety',
		label: 'Emotional safety',
		question:
			'Does the scenario protect learners (and any child who plays it) from needless distress?',
		levels: [
			'Likely to harm: graphic or gratuitous distressing content, missing warnings, no way to step back.',
			'Unsafe in places: distressing material arrives without warning or support.',
			'Acceptable: warnings are present and hard moments have a purpose, but support or debrief is thin.',
			'Safe: accurate warnings, intensity builds gradually, guidance supports the learner through hard moments.',
			'Exemplary: carefully paced with warnings and debrief in place; suitable even for vulnerable learners.'
		]
	},
	{
		key: 'therapeuticCorrectness',
		label: 'Therapeutic correctness',
		question:
			'Does it model accurate, current practice (for its module: CBT, DBT, IFS…) and reward the right responses?',
		levels: [
			'Teaches harmful practice, e.g. rewards promising secrecy or skipping a risk assessment.',
			'Significant inaccuracies or outdated practice a learner could copy.',
			'Broadly correct, with minor inaccuracies or oversimplifications to fix.',
			'Accurate and consistent with current guidance; feedback explains why.',
			'Accurate and nuanced; feedback teaches the reasoning a good supervisor would.'
		]
	},
	{
		key: 'ageAppropriateness',
		label: 'Age appropriateness',
		question:
			'Do language, themes and tasks fit the stated audience (age range, language level or adult trainees)?',
		levels: [
			'Clearly unsuitable for the stated audience.',
			'Several parts are too mature, too complex or too childish for the audience.',
			'Mostly suitable; a few words or themes need adjusting.',
			'Fits the audience; language and themes are well judged.',
			'Made for the audience: vocabulary, length and themes are just right.'
		]
	},
	{
		key: 'revealTiming',
		label: 'Reveal timing',
		question:
			'Are disclosures, twists and emotional peaks paced so the learner can practise rather than be overwhelmed or spoiled?',
		levels: [
			'Key disclosures come abruptly or are given away at the start; the practice goal is lost.',
			'Pacing works against the learning goal in several places.',
			'Workable pacing, with a step or two that reveals too early or too late.',
			'Reveals are well placed and leave the learner room to respond.',
			'Pacing mirrors a real conversation; each reveal invites exactly the skill being practised.'
		]
	}
] as const;

export type ReviewDimension = (typeof REVIEW_DIMENSIONS)[number]['key'];

export const reviewScoreSchema = z
	.number({ error: 'Pick a score from 1 to 5' })
	.int('Pick a score from 1 to 5')
	.min(1, 'Pick a score from 1 to 5')
	.max(5, 'Pick a score from 1 to 5');

/** The longest strengths, concerns or recommendations (the form's maxlength). */
export const REVIEW_NOTE_MAX = 4000;
const reviewText = z.string().trim().max(REVIEW_NOTE_MAX).optional();

export const reviewSubmitInputSchema = z
	.object({
		scenarioId: z.uuid('Not a scenario id'),
		emotionalSafety: reviewScoreSchema,
		therapeuticCorrectness: reviewScoreSchema,
		ageAppropriateness: reviewScoreSchema,
		revealTiming: reviewScoreSchema,
		strengths: reviewText,
		concerns: reviewText,
		recommendations: reviewText,
		decision: z.enum(REVIEW_DECISIONS),
		/**
		 * The content warnings the reviewer confirms (the checklist), required to approve: they
		 * become the approved content's warnings (see `unconfirmedWarnings` for the rule).
		 */
		confirmedWarnings: z
			.array(z.enum(CONTENT_WARNINGS, { error: 'Not a content warning' }))
			.max(CONTENT_WARNINGS.length)
			.refine((list) => new Set(list).size === list.length, 'A warning is listed twice')
			.optional()
	})
	.superRefine((review, ctx) => {
		// An approval states which warnings the reviewer checked, even when that is none.
		if (review.decision === 'approved' && review.confirmedWarnings === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['confirmedWarnings'],
				message: 'Confirm the content warnings before approving'
			});
		}
		// An author asked to change something must be told what.
		if (review.decision !== 'approved' && !review.concerns) {
			ctx.addIssue({
				code: 'custom',
				path: ['concerns'],
				message: 'Describe your concerns so the author knows what to change'
			});
		}
	});
export type ReviewSubmitInput = z.input<typeof reviewSubmitInputSchema>;

export const reviewClaimInputSchema = z.object({ scenarioId: z.uuid('Not a scenario id') });

export const reviewQueueInputSchema = z.object({
	psychologicalModule: z.enum(PSYCHOLOGICAL_MODULES).optional(),
	ageRange: z.enum(AGE_RANGES).optional(),
	skill: skillSlugSchema.optional(),
	authorId: z.uuid().optional(),
	limit: z.number().int().min(1).max(100).default(50)
});
export type ReviewQueueInput = z.input<typeof reviewQueueInputSchema>;

export const reviewHistoryInputSchema = z.object({
	limit: z.number().int().min(1).max(100).default(50)
});

export const approvalThresholdSchema = z
	.number()
	.int('Use a whole number')
	.min(1, 'At least 1')
	.max(5, 'At most 5');

export const DEFAULT_APPROVAL_THRESHOLD = 3;

/** The dimensions whose score is below the threshold (an approval needs none). */
export function failingDimensions(
	scores: Record<ReviewDimension, number>,
	threshold: number
): { key: ReviewDimension; label: string; score: number }[] {
	return REVIEW_DIMENSIONS.filter((d) => scores[d.key] < threshold).map((d) => ({
		key: d.key,
		label: d.label,
		score: scores[d.key]
	}));
}

export const CLAIM_MINUTES = 30;
