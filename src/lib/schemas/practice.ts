import { z } from './zod';

// The parts of a scenario that make practice answer back (PRODUCT.md, "Practice and feedback"):
// declared state variables, effects of answers on them and on rubric evidence, and JSON
// conditions for branches. Conditions are data, never code strings: a branch can only compare a
// declared variable with a constant.

/** What a step asks of the learner. Older content has no kind: choices make it `choose`, else `say`. */
export const STEP_KINDS = ['say', 'respond', 'choose'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/**
 * The transparent behaviour detectors on free text (src/lib/domain/detectors/). Their findings
 * reach learners as "automatic hints", each citing the words that triggered it.
 */
export const DETECTOR_KEYS = [
	'open-question',
	'closed-question',
	'reflection-of-feeling',
	'direct-suicide-question',
	'premature-advice',
	'false-reassurance',
	'minimising',
	'jargon'
] as const;
export type DetectorKey = (typeof DETECTOR_KEYS)[number];

export const PRACTICE_LIMITS = {
	variables: 12,
	variableName: 40,
	variableLabel: 120,
	effects: 8,
	effectNote: 300,
	branches: 6,
	comparisons: 8,
	modelResponse: 2000,
	suggestions: 4,
	suggestion: 300,
	heard: 6,
	/** the longest free-text reply a learner may send */
	reply: 2000,
	numberMin: -1000,
	numberMax: 1000,
	addMax: 10,
	deltaMax: 2
} as const;

export const variableNameSchema = z
	.string()
	.trim()
	.min(1)
	.max(PRACTICE_LIMITS.variableName)
	.regex(/^[a-z][a-zA-Z0-9]*$/, 'Name a variable in camelCase, like rapport or riskDisclosed');

export const criterionKeySchema = z
	.string()
	.trim()
	.min(1)
	.max(60)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and dashes');

export const rubricKeySchema = criterionKeySchema;

const stateNumber = z
	.number()
	.int('Use a whole number')
	.min(PRACTICE_LIMITS.numberMin)
	.max(PRACTICE_LIMITS.numberMax);
export const stateValueSchema = z.union([stateNumber, z.boolean()]);
export type StateValue = z.infer<typeof stateValueSchema>;
export type PracticeState = Record<string, StateValue>;

/** A variable a scenario declares, e.g. `rapport` starting at 0 or `riskDisclosed` at false. */
export const stateVariableSchema = z.strictObject({
	name: variableNameSchema,
	initial: stateValueSchema,
	label: z.string().trim().max(PRACTICE_LIMITS.variableLabel).optional()
});
export type StateVariable = z.infer<typeof stateVariableSchema>;

/** Sets a variable to a value. */
export const setEffectSchema = z.strictObject({
	variable: variableNameSchema,
	set: stateValueSchema
});
/** Adds to a number variable (negative to subtract). */
export const addEffectSchema = z.strictObject({
	variable: variableNameSchema,
	add: z
		.number()
		.int()
		.min(-PRACTICE_LIMITS.addMax)
		.max(PRACTICE_LIMITS.addMax)
		.refine((n) => n !== 0, 'Adding 0 changes nothing')
});
/** Evidence for (delta > 0) or against (delta < 0) one rubric criterion. */
export const evidenceEffectSchema = z.strictObject({
	criterion: criterionKeySchema,
	delta: z
		.number()
		.int()
		.min(-PRACTICE_LIMITS.deltaMax)
		.max(PRACTICE_LIMITS.deltaMax)
		.refine((n) => n !== 0, 'A delta of 0 is no evidence'),
	note: z.string().trim().max(PRACTICE_LIMITS.effectNote).optional()
});
export const effectSchema = z.union([setEffectSchema, addEffectSchema, evidenceEffectSchema]);
export type Effect = z.infer<typeof effectSchema>;
export type EvidenceEffect = z.infer<typeof evidenceEffectSchema>;
export const effectsSchema = z.array(effectSchema).max(PRACTICE_LIMITS.effects);

export const COMPARISON_OPS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];

export const comparisonSchema = z.strictObject({
	variable: variableNameSchema,
	op: z.enum(COMPARISON_OPS),
	value: stateValueSchema
});
export type Comparison = z.infer<typeof comparisonSchema>;

const comparisons = z.array(comparisonSchema).min(1).max(PRACTICE_LIMITS.comparisons);
/** Every comparison holds (`all`) or at least one does (`any`). */
export const conditionSchema = z.union([
	z.strictObject({ all: comparisons }),
	z.strictObject({ any: comparisons })
]);
export type Condition = z.infer<typeof conditionSchema>;

/** Where to go when `when` holds on the state after the step's effects; `next: null` ends. */
export const branchSchema = z.strictObject({
	when: conditionSchema,
	next: z
		.string()
		.trim()
		.min(1)
		.max(60)
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
		.nullable()
});
export type Branch = z.infer<typeof branchSchema>;

/** Effects that apply when a detector finds its behaviour in the learner's reply to a respond step. */
export const heardRuleSchema = z.strictObject({
	hint: z.enum(DETECTOR_KEYS),
	effects: effectsSchema.min(1)
});
export type HeardRule = z.infer<typeof heardRuleSchema>;

/** A learner's reply in their own words. */
export const replySchema = z
	.string()
	.trim()
	.min(1, 'Write a reply first')
	.max(PRACTICE_LIMITS.reply, `Keep a reply under ${PRACTICE_LIMITS.reply} characters`);
