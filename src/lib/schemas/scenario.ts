import { z } from './zod';
import {
	CEFR_LEVELS,
	CONTENT_WARNINGS,
	DIFFICULTIES,
	ESTIMATED_TIME_MAX,
	ESTIMATED_TIME_MIN,
	LIBRARY_KINDS,
	MODES,
	PSYCHOLOGICAL_MODULES,
	SEARCH_MAX,
	SORTS,
	VISIBILITIES
} from './enums';
import { SKILL_SLUG_MAX, SKILL_SLUG_MIN, SKILL_SLUG_REGEX } from '../domain/skill-slug';
import { PRACTICE_LIMITS, rubricKeySchema, stateVariableSchema } from './practice';
import { practiceIssues } from './scenario-graph';
import { comfortIndicatorsSchema, LINE_LIST_LIMITS, personaSchema, stepsSchema } from './steps';

/**
 * A skill slug: lower-case words of any script joined by dashes, so a skill named in Arabic or
 * Chinese gets one (`الإصغاء-الفعال`). Letters that have case must be lower-case; marks stay
 * (Devanagari vowel signs are part of the word). NFC, so one spelling has one slug. In a URL it
 * is percent-encoded like any text: dashes separate words, commas separate slugs in a list.
 */
export const skillSlugSchema = z
	.string()
	.trim()
	.normalize('NFC')
	.min(SKILL_SLUG_MIN)
	.max(SKILL_SLUG_MAX)
	.regex(SKILL_SLUG_REGEX, 'A skill slug uses lower-case letters, digits and dashes');

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

/** Longest text per content field: the studio's inputs carry the same limits (maxlength). */
export const SCENARIO_LIMITS = {
	title: 160,
	description: 4000,
	instructions: 6000,
	context: 6000,
	expectedOutcome: 4000,
	learningGoal: 1000,
	category: 60,
	revealMessage: 2000
} as const;

/** The farthest a step may be drawn from the origin, on either axis. */
export const LAYOUT_POSITION_MAX = 100_000;

/**
 * Where the studio's graph view draws each step (step id -> position). Only presentation: the
 * steps alone decide how a scenario plays; a step without a position is placed by auto-layout.
 */
export const layoutSchema = z
	.record(
		z.string().max(60),
		z.object({
			x: z.number().finite().min(-LAYOUT_POSITION_MAX).max(LAYOUT_POSITION_MAX),
			y: z.number().finite().min(-LAYOUT_POSITION_MAX).max(LAYOUT_POSITION_MAX)
		})
	)
	.refine((layout) => Object.keys(layout).length <= 60, 'At most 60 positions');
export type StepLayout = z.infer<typeof layoutSchema>;

/** Every editable content field of a scenario: the studio form and the procedures share it. */
export const scenarioContentSchema = z
	.object({
		title: z
			.string()
			.trim()
			.min(3, 'Give it a title of at least 3 characters')
			.max(SCENARIO_LIMITS.title),
		description: z.string().trim().min(1, 'Describe the scenario').max(SCENARIO_LIMITS.description),
		instructions: optionalText(SCENARIO_LIMITS.instructions),
		context: optionalText(SCENARIO_LIMITS.context),
		expectedOutcome: optionalText(SCENARIO_LIMITS.expectedOutcome),
		learningGoal: optionalText(SCENARIO_LIMITS.learningGoal),
		learningObjectives: z
			.array(z.string().trim().min(1).max(LINE_LIST_LIMITS.learningObjectives.line))
			.max(LINE_LIST_LIMITS.learningObjectives.items)
			.default([]),
		persona: personaSchema.nullable().default(null),
		comfortIndicators: comfortIndicatorsSchema.nullable().default(null),
		mode: modeSchema.default('phone'),
		category: z.string().trim().min(1).max(SCENARIO_LIMITS.category).default('general'),
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
		/** quests: what the parent reads after the child finishes (what was practised, how to talk about it) */
		revealMessage: z.string().trim().max(SCENARIO_LIMITS.revealMessage).nullable().default(null),
		cefrLevel: z.enum(CEFR_LEVELS).nullable().default(null),
		contentWarnings: z.array(z.enum(CONTENT_WARNINGS)).max(CONTENT_WARNINGS.length).default([]),
		steps: stepsSchema.default([]),
		/** the graph view's node positions (presentation only) */
		layout: layoutSchema.default({}),
		/** the state a practice walk keeps (practice.ts); effects and branches may only use these */
		stateVariables: z.array(stateVariableSchema).max(PRACTICE_LIMITS.variables).default([]),
		/** the rubric its attempts are evaluated against; null = the default for its kind */
		rubric: rubricKeySchema.nullable().default(null),
		isOneTime: z.boolean().default(false),
		visibility: z.enum(VISIBILITIES).default('private')
	})
	.superRefine((content, ctx) => {
		for (const issue of practiceIssues(content.steps, content.stateVariables)) {
			ctx.addIssue({ code: 'custom', ...issue });
		}
	});
export type ScenarioContent = z.infer<typeof scenarioContentSchema>;
export type ScenarioContentInput = z.input<typeof scenarioContentSchema>;

/** Input of `scenario.list` and `marketplace.list`. */
export const scenarioListInputSchema = z.object({
	kind: z.enum(LIBRARY_KINDS).optional(),
	search: z.string().trim().max(SEARCH_MAX).optional(),
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
