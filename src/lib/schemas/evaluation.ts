import { z } from './zod';
import {
	criterionKeySchema,
	DETECTOR_KEYS,
	replySchema,
	rubricKeySchema,
	type DetectorKey
} from './practice';
import { stepIdSchema } from './steps';

// Inputs of the practice procedures (progress.respond, progress.selfAssess, progress.debrief)
// and the shapes stored with turns and evaluation runs.

export const RUN_KINDS = ['automatic', 'self', 'coach', 'supervisor'] as const;
export type RunKind = (typeof RUN_KINDS)[number];
export const RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export const TURN_KINDS = ['persona', 'response', 'choice'] as const;
export type TurnKind = (typeof TURN_KINDS)[number];

/** Scores are 1..4 (level descriptors), unlike the review desk's 1..5. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 4;

/** A public source a rubric criterion is grounded in. */
export interface CriterionSource {
	title: string;
	url: string;
}

/** How much a detector's finding counts for (delta > 0) or against a criterion. */
export interface HintWeight {
	detector: DetectorKey;
	delta: number;
}

/** Evidence an answer's effects produced (a choice's, a step's, or a detector rule's). */
export interface TurnEvidence {
	criterion: string;
	delta: number;
	note?: string;
	source: 'choice' | 'step' | 'hint';
	detector?: string;
}

/** A detector's finding on a reply: the words that triggered it. */
export interface TurnHint {
	detector: DetectorKey;
	quote: string;
	start: number;
	end: number;
}

/** What a score rests on: a turn and the words in it. */
export interface ScoreEvidence {
	turnId: string;
	quote: string;
	note?: string;
	/** automatic runs: how much this counted for (+) or against (−) the criterion */
	delta?: number;
}

/** Free-form facts about a run (the coach's model, counts, a supervisor's summary). */
export type RunSummary = Record<string, string | number | boolean | null>;

const attemptId = z.uuid('Not an attempt id');

export const respondInputSchema = z
	.object({
		attemptId,
		stepId: stepIdSchema,
		text: replySchema.optional(),
		choiceIndex: z.number().int().min(0).max(5).optional()
	})
	.refine((input) => input.text === undefined || input.choiceIndex === undefined, {
		message: 'Send a reply or a choice, not both',
		path: ['choiceIndex']
	});
export type RespondInput = z.output<typeof respondInputSchema>;

export const selfAssessInputSchema = z.object({
	attemptId,
	scores: z
		.record(
			criterionKeySchema,
			z
				.number()
				.int('A score is a whole number')
				.min(SCORE_MIN, `Scores go from ${SCORE_MIN}`)
				.max(SCORE_MAX, `Scores go up to ${SCORE_MAX}`)
		)
		.refine((scores) => Object.keys(scores).length <= 30, 'Too many criteria')
});
export type SelfAssessInput = z.output<typeof selfAssessInputSchema>;

export const debriefInputSchema = z.object({ attemptId });

/** One criterion of a rubric, as rubrics.yaml writes it and rubric_criteria stores it. */
export const rubricCriterionSchema = z.strictObject({
	key: criterionKeySchema,
	title: z.string().trim().min(1).max(120),
	description: z.string().trim().min(1).max(1000),
	/** what levels 1, 2, 3 and 4 look like */
	levels: z.array(z.string().trim().min(1).max(500)).length(SCORE_MAX),
	skills: z.array(z.string().trim().min(1).max(60)).max(10).default([]),
	sources: z
		.array(z.strictObject({ title: z.string().trim().min(1).max(300), url: z.url() }))
		.max(6)
		.default([]),
	/** detector findings that count as evidence for (delta > 0) or against this criterion */
	hintWeights: z
		.array(
			z.strictObject({
				detector: z.enum(DETECTOR_KEYS),
				delta: z.number().int().min(-2).max(2)
			})
		)
		.max(DETECTOR_KEYS.length)
		.default([])
});
export type RubricCriterion = z.infer<typeof rubricCriterionSchema>;

export const rubricSchema = z.strictObject({
	key: rubricKeySchema,
	title: z.string().trim().min(1).max(120),
	audience: z.string().trim().min(1).max(120),
	description: z.string().trim().max(2000).default(''),
	criteria: z.array(rubricCriterionSchema).min(1).max(12)
});
export type Rubric = z.infer<typeof rubricSchema>;
