import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { sql } from 'drizzle-orm';
import {
	openDatabase,
	queryRows,
	type Database,
	type DbKind,
	type Executor
} from '../../src/lib/server/db/client';
import { prepareDatabase } from '../../src/lib/server/bootstrap/prepare';
import { createApiKey, type CreatedApiKey } from '../../src/lib/server/services/api-keys/keys';
import { startServer, type TestServer } from './server';

// A running production server for the external API tests, with API keys made beforehand.
//
// PGlite allows one process per data directory, and the server holds it while it runs. So on
// PGlite the directory is prepared first (migrated, seeded as the server would, fixtures and keys
// added) and the server started on it afterwards; there is no live handle to the data. On
// PostgreSQL the server seeds its own database and the test keeps a connection to it, so it can
// change rows (revoke a key, edit a scenario) while the server runs.

export interface KeySpec {
	name: string;
	rateLimitPerMinute?: number;
}

/** A scenario as stored, read with plain SQL (not through the code under test). */
export interface CatalogRow {
	id: string;
	slug: string;
	status: string;
	visibility: string;
	isOneTime: boolean;
	isActive: boolean;
	builtin: boolean;
	skills: string[];
	difficulty: string;
	estimatedTime: number;
	mode: string;
}

export interface ExternalApiServer {
	server: TestServer;
	engine: DbKind;
	keys: Record<string, CreatedApiKey>;
	/** a live connection to the server's database: PostgreSQL only */
	live?: Database;
	/** every scenario and the ids the external API must list, read when the server started */
	catalog: CatalogRow[];
	expectedListedIds: string[];
	/** the data directory (PGlite only) */
	pgliteDir?: string;
	/** PGlite only: stops the server, runs `whileStopped`, starts it again on the same data */
	restart(whileStopped: () => Promise<void>): Promise<void>;
	/** PGlite only, while stopped: opens the data directory for `body` */
	offline<T>(body: (db: Executor) => Promise<T>): Promise<T>;
	stop(): Promise<void>;
}

/** What the external API should list, written independently of its query module. */
export async function expectedListedIds(db: Executor): Promise<string[]> {
	const rows = await queryRows<{ id: string }>(
		db,
		sql`select id from scenarios
			where status = 'approved' and is_active and not is_one_time
				and (created_by_user_id is null or visibility = 'public')
				and cardinality(skills) > 0
			order by id`
	);
	return rows.map((r) => r.id);
}

async function readCatalog(db: Executor): Promise<CatalogRow[]> {
	return queryRows<CatalogRow>(
		db,
		sql`select id, slug, status, visibility, is_one_time as "isOneTime", is_active as "isActive",
				created_by_user_id is null as builtin, skills, difficulty, estimated_time as "estimatedTime", mode
			from scenarios order by id`
	);
}

export async function startExternalApiServer(
	engine: DbKind,
	options: {
		keys: KeySpec[];
		/** extra rows, written before the keys */
		fixtures?: (db: Executor) => Promise<void>;
		/** runs after the keys exist, before the server starts (PGlite) or serves tests */
		afterKeys?: (db: Executor, keys: Record<string, CreatedApiKey>) => Promise<void>;
	}
): Promise<ExternalApiServer> {
	const keys: Record<string, CreatedApiKey> = {};
	const prepare = async (db: Executor) => {
		await options.fixtures?.(db);
		for (const spec of options.keys) {
			keys[spec.name] = await createApiKey(db, { ...spec, createdByUserId: null });
		}
		await options.afterKeys?.(db, keys);
		return { catalog: await readCatalog(db), expected: await expectedListedIds(db) };
	};

	if (engine === 'pglite') {
		const dir = mkdtempSync(join(tmpdir(), 'sh-external-api-'));
		const offline = async <T>(body: (database: Database) => Promise<T>) => {
			const database = openDatabase({ pgliteDir: dir });
			try {
				return await body(database);
			} finally {
				await database.close();
			}
		};
		const { catalog, expected } = await offline(async (database) => {
			await prepareDatabase(database, { seedDemo: 'true', log: () => {} });
			return prepare(database.db);
		});
		// Through env rather than a startServer option, so this works whichever version of
		// tests/support/server.ts is in the tree; the directory is ours to remove.
		const serve = () => startServer({ engine, env: { PGLITE_DIR: dir } });
		const handle: ExternalApiServer = {
			server: await serve(),
			engine,
			keys,
			catalog,
			expectedListedIds: expected,
			pgliteDir: dir,
			async restart(whileStopped) {
				await handle.server.stop();
				await whileStopped();
				handle.server = await serve();
			},
			offline: (body) => offline((database) => body(database.db)),
			async stop() {
				await handle.server.stop();
				rmSync(dir, { recursive: true, force: true });
			}
		};
		return handle;
	}

	const server = await startServer({ engine });
	const live = openDatabase({ url: server.databaseUrl, poolMax: 4 });
	const { catalog, expected } = await prepare(live.db);
	const pgliteOnly = () => {
		throw new Error('on PostgreSQL, change rows through `live` while the server runs');
	};
	return {
		server,
		engine,
		keys,
		live,
		catalog,
		expectedListedIds: expected,
		restart: async () => pgliteOnly(),
		offline: async () => pgliteOnly(),
		async stop() {
			await live.close();
			await server.stop();
		}
	};
}

export interface ApiResponse<T = unknown> {
	status: number;
	headers: Headers;
	/** parsed JSON, or null for an empty body (304) */
	body: T;
}

/** Matches a concrete path to the OpenAPI path template that describes it. */
function templateFor(doc: OpenApiDoc, path: string): string | undefined {
	return Object.keys(doc.paths).find((template) => {
		const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
		return pattern.test(path);
	});
}

interface OpenApiDoc {
	paths: Record<
		string,
		{
			get: {
				responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
			};
		}
	>;
}

/**
 * Fetches from the external API and checks every body against the server's own OpenAPI
 * document (draft 2020-12 JSON Schema, with ajv): a status the document does not list, or a body
 * that does not match the listed schema, fails the test.
 */
export class ExternalApiClient {
	private validators = new Map<string, ValidateFunction>();
	private ajv: Ajv2020;

	constructor(
		readonly baseUrl: string,
		readonly doc: OpenApiDoc
	) {
		this.ajv = new Ajv2020({ strict: false, allErrors: true });
		this.ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
		this.ajv.addFormat('date-time', {
			validate: (value: string) => !Number.isNaN(Date.parse(value))
		});
		this.ajv.addSchema(doc as object, 'openapi.json');
	}

	static async connect(baseUrl: string) {
		const response = await fetch(new URL('/api/external/openapi.json', baseUrl));
		if (!response.ok) throw new Error(`openapi.json answered ${response.status}`);
		return new ExternalApiClient(baseUrl, (await response.json()) as OpenApiDoc);
	}

	private validator(template: string, status: number) {
		const id = `${template} ${status}`;
		let validate = this.validators.get(id);
		if (!validate) {
			const pointer = ['paths', template, 'get', 'responses', String(status), 'content']
				.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1'))
				.join('/');
			const schema = this.ajv.getSchema(`openapi.json#/${pointer}/application~1json/schema`) as
				ValidateFunction | undefined;
			if (!schema) throw new Error(`the OpenAPI document has no JSON body for ${id}`);
			validate = schema;
			this.validators.set(id, validate);
		}
		return validate;
	}

	async get<T = unknown>(
		pathAndQuery: string,
		options: { key?: string | null; headers?: Record<string, string>; method?: string } = {}
	): Promise<ApiResponse<T>> {
		const url = new URL(pathAndQuery, this.baseUrl);
		const headers: Record<string, string> = { ...options.headers };
		if (options.key) headers['X-API-Key'] = options.key;
		const response = await fetch(url, { method: options.method ?? 'GET', headers });
		const text = await response.text();
		const body = text ? JSON.parse(text) : null;

		const template = templateFor(this.doc, url.pathname);
		if (!template) {
			// Paths outside the document must still answer in the documented error envelope.
			const validate = this.ajv.getSchema('openapi.json#/components/schemas/Error')!;
			if (response.status !== 404 || !validate(body)) {
				throw new Error(`${url.pathname} is not in the OpenAPI document and answered ${text}`);
			}
			return { status: response.status, headers: response.headers, body: body as T };
		}
		const described = this.doc.paths[template].get.responses[String(response.status)];
		if (!described) {
			throw new Error(`${response.status} from ${url.pathname} is not in the OpenAPI document`);
		}
		if (response.status === 304) {
			if (text !== '') throw new Error('a 304 response must not have a body');
		} else {
			const validate = this.validator(template, response.status);
			if (!validate(body)) {
				throw new Error(
					`${response.status} body from ${pathAndQuery} does not match the OpenAPI document: ${this.ajv.errorsText(validate.errors)}\n${text.slice(0, 500)}`
				);
			}
		}
		return { status: response.status, headers: response.headers, body: body as T };
	}
}
