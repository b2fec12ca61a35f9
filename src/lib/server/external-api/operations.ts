import type { z } from 'zod';
import {
	assignmentsQuerySchema,
	assignmentsResponseSchema,
	evaluationContextResponseSchema,
	NAMED_SCHEMAS,
	scenarioIdParamsSchema,
	scenariosQuerySchema,
	scenariosResponseSchema,
	skillsResponseSchema
} from './schemas';

// Each endpoint of the external API, described once. The route handlers validate and shape with
// these schemas (http.ts) and the OpenAPI document lists exactly these (openapi.ts), so the two
// cannot drift apart.

type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface Operation<
	Q extends AnyObject | undefined = AnyObject | undefined,
	P extends AnyObject | undefined = AnyObject | undefined,
	R extends z.ZodType = z.ZodType
> {
	/** OpenAPI path template */
	path: string;
	operationId: string;
	summary: string;
	description: string;
	query: Q;
	params: P;
	response: R;
	responseName: keyof typeof NAMED_SCHEMAS;
	/** answers 404 for an unknown id */
	notFound: boolean;
}

function operation<
	Q extends AnyObject | undefined,
	P extends AnyObject | undefined,
	R extends z.ZodType
>(op: Operation<Q, P, R>): Operation<Q, P, R> {
	return op;
}

export const listScenariosOperation = operation({
	path: '/api/external/scenarios',
	operationId: 'listScenarios',
	summary: 'List assignable scenarios',
	description:
		'Approved, active scenarios that can be played more than once (community scenarios only when public), ' +
		'oldest first, a page at a time. Filters combine with AND; list values within one filter with OR. ' +
		'Follow `nextCursor` until it is null to read them all.',
	query: scenariosQuerySchema,
	params: undefined,
	response: scenariosResponseSchema,
	responseName: 'ScenariosResponse',
	notFound: false
});

export const evaluationContextOperation = operation({
	path: '/api/external/scenarios/{id}/evaluation-context',
	operationId: 'getEvaluationContext',
	summary: 'What a trainee is evaluated on in one scenario',
	description:
		'The learning goal, objectives, expected outcome and persona of a listed scenario, with the scores, ' +
		'strengths and concerns of its latest approving clinical review (null when it has none).',
	query: undefined,
	params: scenarioIdParamsSchema,
	response: evaluationContextResponseSchema,
	responseName: 'EvaluationContextResponse',
	notFound: true
});

export const listSkillsOperation = operation({
	path: '/api/external/skills',
	operationId: 'listSkills',
	summary: 'The active skill taxonomy',
	description: 'Every active skill, in the order the app shows them. Slugs are stable.',
	query: undefined,
	params: undefined,
	response: skillsResponseSchema,
	responseName: 'SkillsResponse',
	notFound: false
});

export const assignmentsOperation = operation({
	path: '/api/external/assignments',
	operationId: 'pickAssignments',
	summary: 'Pick scenarios covering skills within a time budget',
	description:
		'A greedy set cover over the listed scenarios: repeatedly takes the scenario that covers the most ' +
		'still-uncovered requested skills and fits the remaining budget (ties: higher Bayesian rating, then ' +
		'smaller id), until every skill is covered or nothing that fits adds one. The same request on the ' +
		'same data always gives the same answer.',
	query: assignmentsQuerySchema,
	params: undefined,
	response: assignmentsResponseSchema,
	responseName: 'AssignmentsResponse',
	notFound: false
});

export const OPERATIONS = [
	listScenariosOperation,
	evaluationContextOperation,
	listSkillsOperation,
	assignmentsOperation
] as const;

export const OPENAPI_PATH = '/api/external/openapi.json';
