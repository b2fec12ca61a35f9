import { z } from './zod';

// A scenario's steps: linear by array order, branching where a step offers choices.
// `next: null` ends the scenario; a missing `next` means "the following step".

export const stepIdSchema = z
	.string()
	.trim()
	.min(1)
	.max(60)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and dashes');

export const stepChoiceSchema = z.object({
	label: z.string().trim().min(1).max(300),
	next: stepIdSchema.nullable(),
	feedback: z.string().trim().max(1000).optional()
});

export const stepSchema = z.object({
	id: stepIdSchema,
	title: z.string().trim().min(1).max(120),
	prompt: z.string().trim().min(1).max(4000),
	guidance: z.string().trim().max(2000).optional(),
	choices: z.array(stepChoiceSchema).max(6).optional(),
	next: stepIdSchema.nullable().optional()
});

export type ScenarioStep = z.infer<typeof stepSchema>;
export type StepChoice = z.infer<typeof stepChoiceSchema>;

/** Every id unique, every `next` pointing at a step that exists. */
export const stepsSchema = z
	.array(stepSchema)
	.max(60)
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
	name: z.string().trim().min(1).max(120),
	age: z.number().int().min(1).max(120).optional(),
	pronouns: z.string().trim().max(40).optional(),
	background: z.string().trim().max(2000).default(''),
	presentation: z.string().trim().max(2000).default(''),
	voice: z.string().trim().max(2000).optional()
});
export type Persona = z.infer<typeof personaSchema>;

export const comfortIndicatorsSchema = z.object({
	comfortable: z.array(z.string().trim().min(1).max(300)).max(12).default([]),
	uncomfortable: z.array(z.string().trim().min(1).max(300)).max(12).default([])
});
export type ComfortIndicators = z.infer<typeof comfortIndicatorsSchema>;
