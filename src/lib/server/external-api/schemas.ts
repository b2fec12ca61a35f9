import { z } from 'zod';
import {
	CEFR_LEVELS,
	DIFFICULTIES,
	ESTIMATED_TIME_MAX,
	ESTIMATED_TIME_MIN,
	MODES
} from '../../schemas/enums';
import { skillSlugSchema } from '../../schemas/scenario';

// The external API's contract, in one place: these schemas validate every request, shape every
// response, and are what the OpenAPI document is generated from (openapi.ts). Query parameters
// arrive as strings; list parameters are comma-separated (OpenAPI `style: form, explode: false`)
// and split before validation, see `readQuery` in http.ts.

const MAX_MINUTES = 24 * 60;

function wholeNumber(min: number, max: number) {
	const error = `must be a whole number from ${min} to ${max}`;
	return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

function commaList<T extends z.ZodType>(item: T, max: number, what: string) {
	return z
		.array(item, { error: `must be a comma-separated list of ${what}` })
		.min(1, { error: `must be a comma-separated list of ${what}` })
		.max(max, { error: `takes at most ${max} values` });
}

const skillParam = skillSlugSchema.meta({ examples: ['risk-assessment'] });
const difficultyParam = z.enum(DIFFICULTIES, {
	error: `must be one of ${DIFFICULTIES.join(', ')}`
});
const modeParam = z.enum(MODES, { error: `must be one of ${MODES.join(', ')}` });

export const scenariosQuerySchema = z.object({
	skill: skillParam.optional().meta({
		description:
			'Only scenarios that train this skill (a slug from /api/external/skills). Combined with `skills` as "any of".'
	}),
	skills: commaList(skillParam, 20, 'skill slugs')
		.optional()
		.meta({ description: 'Comma-separated skill slugs: scenarios that train any of them.' }),
	difficulty: commaList(difficultyParam, DIFFICULTIES.length, 'difficulties')
		.optional()
		.meta({ description: 'Comma-separated difficulties: scenarios at any of them.' }),
	maxTime: wholeNumber(1, MAX_MINUTES)
		.optional()
		.meta({ description: 'Only scenarios whose estimated time is at most this many minutes.' }),
	mode: modeParam.optional().meta({ description: 'Only phone or only chat scenarios.' }),
	limit: wholeNumber(1, 200)
		.default(50)
		.meta({ description: 'Scenarios per page (default 50, at most 200).' }),
	cursor: z
		.string()
		.max(300, { error: 'is not a valid page cursor' })
		.optional()
		.meta({ description: 'The `nextCursor` of the previous page; omit for the first page.' })
});
export type ScenariosQuery = z.output<typeof scenariosQuerySchema>;

export const assignmentsQuerySchema = z.object({
	skills: commaList(skillParam, 20, 'skill slugs').meta({
		description: 'Comma-separated skill slugs the trainee should practise.'
	}),
	budgetMinutes: wholeNumber(1, MAX_MINUTES).meta({
		description: 'The time available, in minutes: the picks never exceed it.'
	}),
	difficulty: commaList(difficultyParam, DIFFICULTIES.length, 'difficulties')
		.optional()
		.meta({ description: 'Comma-separated difficulties to choose from (default: all).' }),
	mode: modeParam.optional().meta({ description: 'Only phone or only chat scenarios.' }),
	exclude: commaList(z.guid({ error: 'must be a list of scenario ids' }), 500, 'scenario ids')
		.optional()
		.meta({ description: 'Comma-separated scenario ids never to pick (e.g. already done).' })
});
export type AssignmentsQuery = z.output<typeof assignmentsQuerySchema>;

export const scenarioIdParamsSchema = z.object({
	id: z.guid({ error: 'must be a scenario id (a UUID)' }).meta({ description: 'The scenario id.' })
});

// ---- responses ----

export const externalScenarioSchema = z
	.object({
		id: z.uuid(),
		name: z.string().meta({ description: 'The scenario title.' }),
		description: z.string(),
		mode: z.enum(MODES),
		category: z.string(),
		skill: z.string().meta({
			deprecated: true,
			description: 'The first of `skills`; kept for clients written before `skills` existed.'
		}),
		skills: z
			.array(z.string())
			.min(1)
			.meta({ description: 'Skill slugs the scenario trains, most central first.' }),
		difficulty: z.enum(DIFFICULTIES),
		estimatedTime: z
			.number()
			.int()
			.min(ESTIMATED_TIME_MIN)
			.max(ESTIMATED_TIME_MAX)
			.meta({ description: 'Minutes a trainee typically needs.' }),
		slug: z.string().meta({ description: 'Stable, human-readable identifier.' }),
		psychologicalModule: z.string().nullable(),
		ageRange: z.string().nullable(),
		cefrLevel: z.enum(CEFR_LEVELS).nullable(),
		contentWarnings: z.array(z.string()),
		version: z.number().int().min(1).meta({ description: 'Goes up when new content is approved.' }),
		updatedAt: z.iso.datetime()
	})
	.meta({ description: 'A scenario the partner may assign.' });
export type ExternalScenario = z.output<typeof externalScenarioSchema>;

export const scenariosResponseSchema = z.object({
	ok: z.literal(true),
	data: z.object({
		scenarios: z.array(externalScenarioSchema),
		nextCursor: z
			.string()
			.nullable()
			.meta({ description: 'Pass as `cursor` for the next page; null on the last page.' })
	})
});

export const externalSkillSchema = z.object({
	slug: z.string(),
	name: z.string(),
	description: z.string()
});

export const skillsResponseSchema = z.object({
	ok: z.literal(true),
	data: z.object({
		skills: z.array(externalSkillSchema).meta({ description: 'Active skills, in display order.' })
	})
});

const score = z.number().int().min(1).max(5);

export const reviewSummarySchema = z
	.object({
		reviewedAt: z.iso.datetime(),
		scenarioVersion: z.number().int().min(1),
		scores: z.object({
			emotionalSafety: score,
			therapeuticCorrectness: score,
			ageAppropriateness: score,
			revealTiming: score,
			average: z.number().min(1).max(5)
		}),
		strengths: z.string(),
		concerns: z.string(),
		recommendations: z.string()
	})
	.meta({ description: 'The latest approving clinical review.' });

export const personaSchema = z.object({
	name: z.string(),
	age: z.number().int().optional(),
	pronouns: z.string().optional(),
	background: z.string(),
	presentation: z.string(),
	voice: z.string().optional()
});

export const rubricContextSchema = z
	.object({
		key: z.string(),
		title: z.string(),
		criteria: z.array(
			z.object({
				key: z.string(),
				title: z.string(),
				description: z.string(),
				levels: z.array(z.string()).meta({ description: 'What levels 1, 2, 3 and 4 look like.' }),
				skills: z.array(z.string()),
				sources: z.array(z.object({ title: z.string(), url: z.string() }))
			})
		)
	})
	.meta({
		description: 'The rubric attempts at this scenario are scored against (1-4 per criterion).'
	});

export const evaluationContextSchema = z.object({
	scenario: externalScenarioSchema,
	rubric: rubricContextSchema.nullable(),
	learningGoal: z.string(),
	learningObjectives: z.array(z.string()),
	expectedOutcome: z.string(),
	persona: personaSchema.nullable(),
	review: reviewSummarySchema
		.nullable()
		.meta({ description: 'Null for built-in scenarios that were never reviewed in the app.' })
});

export const evaluationContextResponseSchema = z.object({
	ok: z.literal(true),
	data: evaluationContextSchema
});

export const assignedScenarioSchema = externalScenarioSchema.extend({
	covers: z
		.array(z.string())
		.min(1)
		.meta({ description: 'Requested skills this pick covers that earlier picks did not.' })
});

export const assignmentsResponseSchema = z.object({
	ok: z.literal(true),
	data: z.object({
		scenarios: z
			.array(assignedScenarioSchema)
			.meta({ description: 'The picks, in the order they were chosen.' }),
		coveredSkills: z.array(z.string()),
		uncoveredSkills: z
			.array(z.string())
			.meta({ description: 'Requested skills no scenario within the budget covers.' }),
		totalMinutes: z.number().int().min(0),
		budgetMinutes: z.number().int().min(1)
	})
});

export const ERROR_CODES = [
	'BAD_REQUEST',
	'UNAUTHORIZED',
	'NOT_FOUND',
	'METHOD_NOT_ALLOWED',
	'TOO_MANY_REQUESTS',
	'INTERNAL_SERVER_ERROR',
	'SERVICE_UNAVAILABLE'
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorResponseSchema = z.object({
	ok: z.literal(false),
	error: z.object({
		code: z.enum(ERROR_CODES),
		message: z.string(),
		parameter: z
			.string()
			.optional()
			.meta({ description: 'For BAD_REQUEST: the query or path parameter at fault.' })
	})
});
export type ErrorBody = z.output<typeof errorResponseSchema>;

/** Named schemas: components of the OpenAPI document, referenced wherever they appear. */
export const NAMED_SCHEMAS = {
	ExternalScenario: externalScenarioSchema,
	ScenariosResponse: scenariosResponseSchema,
	Skill: externalSkillSchema,
	SkillsResponse: skillsResponseSchema,
	ReviewSummary: reviewSummarySchema,
	Persona: personaSchema,
	EvaluationContext: evaluationContextSchema,
	EvaluationContextResponse: evaluationContextResponseSchema,
	AssignedScenario: assignedScenarioSchema,
	AssignmentsResponse: assignmentsResponseSchema,
	Error: errorResponseSchema
} as const;
