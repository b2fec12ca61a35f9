import { z } from './zod';
import {
	CEFR_LEVELS,
	CONTENT_WARNINGS,
	DIFFICULTIES,
	ESTIMATED_TIME_MAX,
	ESTIMATED_TIME_MIN,
	MODES,
	PSYCHOLOGICAL_MODULES,
	SORTS,
	VISIBILITIES
} from './enums';
import { comfortIndicatorsSchema, personaSchema, stepsSchema } from './steps';

export const skillSlugSchema = z
	.string()
	.trim()
	.min(2)
	.max(60)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A skill slug uses lowercase letters, digits and dashes');

export const scenarioSlugSchema = z
	.string()
	.trim()
	.min(3)
	.max(120)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and dashes');

export const difficultySchema = z.enum(DIFFICULTIES);
export const modeSchema = z.enum(MODES);
export const estimatedTimeSchema = z
	.number()
	.int('Use whole minutes')
	.min(ESTIMATED_TIME_MIN, `At least ${ESTIMATED_TIME_MIN} minutes`)
	.max(ESTIMATED_TIME_MAX, `At most ${ESTIMATED_TIME_MAX} minutes`);

const optionalText = (max: number) => z.string().trim().max(max).default('');

/** Every editable content field of a scenario: the studio form and the procedures share it. */
export const scenarioContentSchema = z.object({
	title: z.string().trim().min(3, 'Give it a title of at least 3 characters').max(160),
	description: z.string().trim().min(1, 'Describe the scenario').max(4000),
	instructions: optionalText(6000),
	context: optionalText(6000),
	expectedOutcome: optionalText(4000),
	learningGoal: optionalText(1000),
	learningObjectives: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
	persona: personaSchema.nullable().default(null),
	comfortIndicators: comfortIndicatorsSchema.nullable().default(null),
	mode: modeSchema.default('phone'),
	category: z.string().trim().min(1).max(60).default('general'),
	skills: z.array(skillSlugSchema).max(10).default([]),
	difficulty: difficultySchema.default('intermediate'),
	estimatedTime: estimatedTimeSchema.default(15),
	psychologicalModule: z.enum(PSYCHOLOGICAL_MODULES).nullable().default(null),
	ageRange: z
		.string()
		.trim()
		.regex(/^\d{1,2}-\d{1,2}$/, 'An age range looks like 7-9')
		.nullable()
		.default(null),
	cefrLevel: z.enum(CEFR_LEVELS).nullable().default(null),
	contentWarnings: z.array(z.enum(CONTENT_WARNINGS)).max(CONTENT_WARNINGS.length).default([]),
	steps: stepsSchema.default([]),
	isOneTime: z.boolean().default(false),
	visibility: z.enum(VISIBILITIES).default('private')
});
export type ScenarioContent = z.infer<typeof scenarioContentSchema>;
export type ScenarioContentInput = z.input<typeof scenarioContentSchema>;

/** Input of `scenario.list` and `marketplace.list`. */
export const scenarioListInputSchema = z.object({
	search: z.string().trim().max(200).optional(),
	skills: z.array(skillSlugSchema).max(20).optional(),
	difficulty: z.array(difficultySchema).max(3).optional(),
	maxMinutes: z.number().int().min(ESTIMATED_TIME_MIN).max(ESTIMATED_TIME_MAX).optional(),
	mode: modeSchema.optional(),
	psychologicalModule: z.enum(PSYCHOLOGICAL_MODULES).optional(),
	ageRange: z.string().trim().max(10).optional(),
	cefrLevel: z.enum(CEFR_LEVELS).optional(),
	hideWarnings: z.array(z.enum(CONTENT_WARNINGS)).max(CONTENT_WARNINGS.length).optional(),
	sort: z.enum(SORTS).optional(),
	cursor: z.string().max(500).optional(),
	limit: z.number().int().min(1).max(100).default(24)
});
export type ScenarioListInput = z.input<typeof scenarioListInputSchema>;
