import { z } from 'zod';
import { APP_VERSION } from '../version';
import { API_KEY_HEADER } from './auth';
import { isListParameter } from './http';
import { OPENAPI_PATH, OPERATIONS, type Operation } from './operations';
import { NAMED_SCHEMAS } from './schemas';

// The OpenAPI 3.1 document, generated from the zod schemas the handlers use. OpenAPI 3.1 schema
// objects are JSON Schema 2020-12, which is what z.toJSONSchema emits for that target.

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** JSON Schema without the per-document keys zod adds at the root. */
function clean(schema: Json): Json {
	const { $schema: _schema, $id: _id, ...rest } = schema;
	return rest;
}

function componentSchemas(): Record<string, Json> {
	const registry = z.registry<{ id: string }>();
	for (const [id, schema] of Object.entries(NAMED_SCHEMAS)) registry.add(schema, { id });
	const { schemas } = z.toJSONSchema(registry, {
		target: 'draft-2020-12',
		io: 'output',
		uri: (id) => `#/components/schemas/${id}`
	});
	return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, clean(s as Json)]));
}

function parameters(op: Operation) {
	const list: Json[] = [];
	for (const [location, schema] of [
		['path', op.params],
		['query', op.query]
	] as const) {
		if (!schema) continue;
		for (const [name, field] of Object.entries(schema.shape)) {
			const fieldSchema = field as z.ZodType;
			const json = clean(
				z.toJSONSchema(fieldSchema, { target: 'draft-2020-12', io: 'input' }) as Json
			);
			const { description, ...rest } = json;
			list.push({
				name,
				in: location,
				required: location === 'path' || !fieldSchema.safeParse(undefined).success,
				...(description ? { description } : {}),
				...(isListParameter(fieldSchema) ? { style: 'form', explode: false } : {}),
				schema: rest
			});
		}
	}
	return list;
}

const errorContent = { 'application/json': { schema: ref('Error') } };

const rateLimitHeaders = {
	'X-RateLimit-Limit': {
		description: 'Requests this key may make per minute.',
		schema: { type: 'integer' }
	},
	'X-RateLimit-Remaining': {
		description: 'Requests left in the current minute.',
		schema: { type: 'integer' }
	}
};

function responses(op: Operation): Json {
	const etag = {
		description: 'Validator of this exact response body.',
		schema: { type: 'string' }
	};
	const out: Json = {
		'200': {
			description: 'Success.',
			headers: { ETag: etag, ...rateLimitHeaders },
			content: { 'application/json': { schema: ref(op.responseName) } }
		},
		'304': {
			description: 'Not modified: the `If-None-Match` header named the current ETag. No body.',
			headers: { ETag: etag }
		},
		'400': {
			description: 'A parameter is missing or invalid; `error.parameter` names it.',
			content: errorContent
		},
		'401': {
			description: `The ${API_KEY_HEADER} header is missing, or the key is unknown or revoked.`,
			content: errorContent
		}
	};
	if (op.notFound) {
		out['404'] = { description: 'No listed scenario has that id.', content: errorContent };
	}
	out['405'] = {
		description: 'Only GET and HEAD are supported.',
		headers: { Allow: { schema: { type: 'string' } } },
		content: errorContent
	};
	out['429'] = {
		description: "The key's per-minute rate limit was reached.",
		headers: {
			'Retry-After': {
				description: 'Seconds until the next minute window opens.',
				schema: { type: 'integer', minimum: 1 }
			},
			...rateLimitHeaders
		},
		content: errorContent
	};
	out['500'] = { description: 'An unexpected server error.', content: errorContent };
	out['503'] = {
		description: 'The database is briefly unavailable; retry.',
		headers: { 'Retry-After': { schema: { type: 'integer' } } },
		content: errorContent
	};
	return out;
}

export function buildOpenApiDocument(): Json {
	const paths: Json = {};
	for (const op of OPERATIONS) {
		paths[op.path] = {
			get: {
				operationId: op.operationId,
				summary: op.summary,
				description: op.description,
				tags: ['PTG'],
				parameters: parameters(op),
				responses: responses(op)
			}
		};
	}
	paths[OPENAPI_PATH] = {
		get: {
			operationId: 'getOpenApiDocument',
			summary: 'This document',
			description: 'The OpenAPI 3.1 description of the external API. Needs no key.',
			tags: ['Meta'],
			security: [],
			responses: {
				'200': {
					description: 'The document.',
					headers: { ETag: { schema: { type: 'string' } } },
					content: { 'application/json': { schema: { type: 'object' } } }
				},
				'304': { description: 'Not modified.' }
			}
		}
	};

	return {
		openapi: '3.1.0',
		jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
		info: {
			title: 'Scenario Hub external API',
			version: APP_VERSION,
			description:
				'Read access for the partner training guide (PTG): assignable scenarios, the skill taxonomy, ' +
				'evaluation context and assignment picks. Every response is JSON: `{ ok: true, data }` on ' +
				'success, `{ ok: false, error: { code, message } }` otherwise. Send the key in the ' +
				`\`${API_KEY_HEADER}\` header; keys are created by an admin and rate limited per minute. ` +
				'Responses carry an ETag: send it back in `If-None-Match` to get 304 when nothing changed.'
		},
		servers: [{ url: '/' }],
		tags: [
			{ name: 'PTG', description: 'Endpoints for the partner training guide.' },
			{ name: 'Meta', description: 'About the API itself.' }
		],
		security: [{ ApiKey: [] }],
		paths,
		components: {
			securitySchemes: {
				ApiKey: {
					type: 'apiKey',
					in: 'header',
					name: API_KEY_HEADER,
					description: 'A key from the admin console or `npm run api-key:create -- --name NAME`.'
				}
			},
			schemas: componentSchemas()
		}
	};
}

let cached: Json | undefined;

/** Built once per process: it depends only on the code. */
export function openApiDocument(): Json {
	cached ??= buildOpenApiDocument();
	return cached;
}
