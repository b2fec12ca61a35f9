import { z } from './zod';
import {
	branchSchema,
	effectsSchema,
	heardRuleSchema,
	PRACTICE_LIMITS,
	STEP_KINDS
} from './practice';

// A scenario's steps: linear by array order, branching where a step offers choices or
// conditional `branches`. `next: null` ends the scenario; a missing `next` means "the following
// step". Kinds (practice.ts): `say` (the persona speaks, Continue), `respond` (the learner replies
// in their own words, then sees the model response), `choose` (one of the choices). Whole-graph
// rules (every target exists, every variable declared, every step reachable, every path can end)
// live in scenario-graph.ts, which needs the declared variables too.

/** Longest text per step field: the studio's inputs carry the same limits (maxlength). */
export const STEP_LIMITS = {
	id: 60,
	title: 120,
	prompt: 4000,
	guidance: 2000,
	choiceLabel: 300,
	feedback: 1000
} as const;

/** The most steps a scenario has, and the most choices a step offers. */
export const STEPS_MAX = 60;
export const CHOICES_MAX = 6;

/** A feeling's name (a word or two): the graph panel, YAML and the quest builder set it. */
export const FEELING_NAME_MAX = 40;

/**
 * What the step is meant to stir, and how strongly (1 calm .. 5 a peak): the reviewer's quest
 * playthrough draws its timeline of emotional peaks from it.
 */
export const stepFeelingSchema = z.object({
	name: z.string().trim().min(1).max(FEELING_NAME_MAX),
	intensity: z.number().int().min(1).max(5)
});

/** The same for the persona; `age` is a number from 1 to 120. */
export const PERSONA_LIMITS = {
	name: 120,
	pronouns: 40,
	background: 2000,
	presentation: 2000,
	voice: 2000,
	ageMin: 1,
	ageMax: 120
} as const;

export const stepIdSchema = z
	.string()
	.trim()
	.min(1)
	.max(STEP_LIMITS.id)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and dashes');

export const stepChoiceSchema = z.object({
	label: z.string().trim().min(1).max(STEP_LIMITS.choiceLabel),
	next: stepIdSchema.nullable(),
	feedback: z.string().trim().max(STEP_LIMITS.feedback).optional(),
	/** what picking it changes: state variables and rubric evidence */
	effects: effectsSchema.optional()
});

export const stepSchema = z.object({
	id: stepIdSchema,
	/** missing on older content: `choose` when it has choices, else `say` (see stepKind) */
	kind: z.enum(STEP_KINDS).optional(),
	title: z.string().trim().min(1).max(STEP_LIMITS.title),
	prompt: z.string().trim().min(1).max(STEP_LIMITS.prompt),
	guidance: z.string().trim().max(STEP_LIMITS.guidance).optional(),
	choices: z.array(stepChoiceSchema).max(CHOICES_MAX).optional(),
	next: stepIdSchema.nullable().optional(),
	/** say / respond: checked in order on the state after the step's effects; else `next` */
	branches: z.array(branchSchema).max(PRACTICE_LIMITS.branches).optional(),
	/** say / respond: what moving on changes */
	effects: effectsSchema.optional(),
	/** respond: shown after the learner answered */
	modelResponse: z.string().trim().min(1).max(PRACTICE_LIMITS.modelResponse).optional(),
	/** respond: other good ways to say it, hidden until after answering */
	suggestions: z
		.array(z.string().trim().min(1).max(PRACTICE_LIMITS.suggestion))
		.max(PRACTICE_LIMITS.suggestions)
		.optional(),
	/** respond: effects when a detector finds its behaviour in the reply */
	heard: z.array(heardRuleSchema).max(PRACTICE_LIMITS.heard).optional(),
	/** optional: the feeling this step is meant to stir (quests) */
	feeling: stepFeelingSchema.optional()
});

export type ScenarioStep = z.infer<typeof stepSchema>;
export type StepChoice = z.infer<typeof stepChoiceSchema>;

/** Every id unique, every `next` pointing at a step that exists. */
export const stepsSchema = z
	.array(stepSchema)
	.max(STEPS_MAX)
	.superRefine((steps, ctx) => {
		const ids = new Set<string>();
		steps.forEach((step, i) => {
			if (ids.has(step.id)) {
				ctx.addIssue({
					code: 'custom',
					path: [i, 'id'],
					message: `Duplicate step id "${step.id}"`
				});
			}
			ids.add(step.id);
		});
		steps.forEach((step, i) => {
			if (step.next && !ids.has(step.next)) {
				ctx.addIssue({ code: 'custom', path: [i, 'next'], message: `No step "${step.next}"` });
			}
			step.choices?.forEach((choice, j) => {
				if (choice.next && !ids.has(choice.next)) {
					ctx.addIssue({
						code: 'custom',
						path: [i, 'choices', j, 'next'],
						message: `No step "${choice.next}"`
					});
				}
			});
		});
	});

export const personaSchema = z.object({
	name: z.string().trim().min(1).max(PERSONA_LIMITS.name),
	age: z.number().int().min(PERSONA_LIMITS.ageMin).max(PERSONA_LIMITS.ageMax).optional(),
	pronouns: z.string().trim().max(PERSONA_LIMITS.pronouns).optional(),
	background: z.string().trim().max(PERSONA_LIMITS.background).default(''),
	presentation: z.string().trim().max(PERSONA_LIMITS.presentation).default(''),
	voice: z.string().trim().max(PERSONA_LIMITS.voice).optional()
});
export type Persona = z.infer<typeof personaSchema>;

/**
 * Lists the studio edits as one line per item (objectives, signs of comfort and discomfort): at
 * most `items` lines of at most `line` characters each.
 */
export const LINE_LIST_LIMITS = {
	learningObjectives: { items: 20, line: 300 },
	comfortIndicators: { items: 12, line: 300 }
} as const;

/** The longest text a one-per-line box can hold: every line full, with the line breaks. */
export function lineListMaxLength(limit: { items: number; line: number }) {
	return limit.items * limit.line + (limit.items - 1);
}

const comfortList = () =>
	z
		.array(z.string().trim().min(1).max(LINE_LIST_LIMITS.comfortIndicators.line))
		.max(LINE_LIST_LIMITS.comfortIndicators.items)
		.default([]);

export const comfortIndicatorsSchema = z.object({
	comfortable: comfortList(),
	uncomfortable: comfortList()
});
export type ComfortIndicators = z.infer<typeof comfortIndicatorsSchema>;
