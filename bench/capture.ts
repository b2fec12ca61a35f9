import { sql as dsql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { filtersFromUrl } from '../src/lib/scenario-filters';
import { sessionIdFromToken, validateSessionToken } from '../src/lib/server/auth/session';
import { queryRows, type Db } from '../src/lib/server/db/client';
import * as schema from '../src/lib/server/db/schema';
import { authenticate } from '../src/lib/server/external-api/auth';
import { readQuery } from '../src/lib/server/external-api/http';
import { listScenariosOperation } from '../src/lib/server/external-api/operations';
import { listExternalScenarios } from '../src/lib/server/external-api/queries';
import { hashApiKey } from '../src/lib/server/services/api-keys/keys';
import { MUTATIONS_PER_USER } from '../src/lib/server/security/limits';
import { windowOf } from '../src/lib/server/security/rate-limit';
import { createCaller } from '../src/lib/server/trpc/root';
import { learnerCaller } from './fixtures';
import {
	EXTERNAL_PATH,
	LIST_FILTERED,
	LIST_SEARCH,
	MARKETPLACE_TRENDING,
	PAGE_PATH
} from './workload';

// The SQL behind each benchmarked request, recorded from the app's own code: the real tRPC
// procedures and external-API functions run once on a Drizzle instance whose logger keeps every
// statement with its parameters. The bare baseline replays exactly these statements, and EXPLAIN
// analyses exactly these, so neither can drift from what the app sends.

export type Ref = 'userId' | 'scenarioId' | 'sessionId' | 'keyHash' | 'windowStart';
export type Param = string | number | boolean | null | Param[] | { ref: Ref };

export interface Statement {
	text: string;
	params: Param[];
}

export interface SaveStatements {
	/** progress.save with saved: true, one statement: [playable, changed, saves] */
	save: Statement;
	/** progress.save with saved: false, one statement: [playable, changed, saves] */
	unsave: Statement;
}

export interface CapturedWorkload {
	listFiltered: Statement[];
	listSearch: Statement[];
	marketplace: Statement[];
	page: Statement[];
	external: Statement[];
	/**
	 * The session lookup of a request carrying one mutation, in production configuration: it
	 * also counts the mutation against the user's limit (auth/session.ts); `windowStart` is the
	 * current window of `mutationWindowSeconds`.
	 */
	session: Statement;
	/** index of the user id in the session statement's row (it selects two columns named id) */
	sessionUserColumn: number;
	mutationWindowSeconds: number;
	save: SaveStatements;
}

function isRef(param: Param, ref: Ref): boolean {
	return !!param && typeof param === 'object' && 'ref' in param && param.ref === ref;
}

function withRefs(params: unknown[], refs: Partial<Record<Ref, string>>): Param[] {
	return params.map((value) => {
		for (const [ref, known] of Object.entries(refs) as [Ref, string][]) {
			if (value === known) return { ref };
		}
		return value as Param;
	});
}

export async function captureWorkload(
	url: string,
	fixtures: { apiKey: string; userId: string; sessionToken: string }
): Promise<CapturedWorkload> {
	process.env.DISABLE_RATE_LIMITS = 'true';
	const client = postgres(url, { max: 1, onnotice: () => {} });
	let log: Statement[] = [];
	const db = drizzle(client, {
		schema,
		logger: { logQuery: (text, params) => log.push({ text, params: params as Param[] }) }
	}) as unknown as Db;
	/** the statements `body` sends, and only those (anything logged outside is dropped) */
	const record = async (body: () => Promise<unknown>) => {
		log = [];
		await body();
		const recorded = log;
		log = [];
		return recorded;
	};
	const anonymous = createCaller({ db, user: null, sessionId: null, clientAddress: null });
	try {
		const listFiltered = await record(() => anonymous.scenario.list(LIST_FILTERED));
		const listSearch = await record(() => anonymous.scenario.list(LIST_SEARCH));
		const marketplace = await record(() => anonymous.marketplace.list(MARKETPLACE_TRENDING));
		// As the page's load does it.
		const pageUrl = new URL(PAGE_PATH, 'http://bench.local');
		const page = await record(async () => {
			await anonymous.skill.active();
			await anonymous.scenario.list({ ...filtersFromUrl(pageUrl.searchParams), limit: 24 });
		});

		const externalUrl = new URL(EXTERNAL_PATH, 'http://bench.local');
		const request = () => new Request(externalUrl, { headers: { 'X-API-Key': fixtures.apiKey } });
		// The first use of a key writes last_used_at; later requests within a minute do not.
		await authenticate(db, request());
		const keyHash = hashApiKey(fixtures.apiKey);
		const external = (
			await record(async () => {
				await authenticate(db, request());
				await listExternalScenarios(db, readQuery(externalUrl, listScenariosOperation.query));
			})
		).map((s) => ({ ...s, params: withRefs(s.params, { keyHash }) }));

		const sessionId = sessionIdFromToken(fixtures.sessionToken);
		// Rate limits on, as in production, for this statement only.
		process.env.DISABLE_RATE_LIMITS = 'false';
		const { windowStart } = windowOf(MUTATIONS_PER_USER, new Date());
		const recorded = await record(() =>
			validateSessionToken(db, fixtures.sessionToken, { idleMinutes: 60, absoluteDays: 1 }, 1)
		);
		process.env.DISABLE_RATE_LIMITS = 'true';
		const [session] = recorded.map((s) => ({
			...s,
			params: withRefs(s.params, { sessionId, windowStart: windowStart.toISOString() })
		}));
		if (recorded.length !== 1 || !session.params.some((p) => isRef(p, 'windowStart'))) {
			throw new Error('capture: the session lookup no longer counts mutations in one statement');
		}
		const bound = session.params.map((p) =>
			isRef(p, 'sessionId') ? sessionId : isRef(p, 'windowStart') ? windowStart.toISOString() : p
		) as never[];
		const sessionRow = (await client.unsafe(session.text, bound).values())[0] ?? [];
		const sessionUserColumn = sessionRow.findIndex((v) => v === fixtures.userId);
		if (sessionUserColumn < 0) throw new Error('capture: the session query has no user id column');

		const save = await captureSave(db, fixtures.userId, record);
		return {
			listFiltered,
			listSearch,
			marketplace,
			page,
			external,
			session,
			sessionUserColumn,
			mutationWindowSeconds: MUTATIONS_PER_USER.windowSeconds,
			save
		};
	} finally {
		await client.end({ timeout: 2 });
	}
}

class Rollback extends Error {}

/**
 * progress.save's statements in each of its branches, recorded in a transaction that is rolled
 * back: fresh save, repeated save, unsave, repeated unsave, and a re-save within a day.
 */
async function captureSave(
	db: Db,
	userId: string,
	record: (body: () => Promise<unknown>) => Promise<Statement[]>
): Promise<SaveStatements> {
	let result: SaveStatements | undefined;
	await db
		.transaction(async (tx) => {
			const [target] = await queryRows<{ id: string }>(
				tx,
				dsql`select s.id from scenarios s
					where s.status = 'approved' and s.is_active and s.created_by_user_id is null
						and not exists (select 1 from user_scenario_progress p
							where p.user_id = ${userId} and p.scenario_id = s.id)
					limit 1`
			);
			if (!target) throw new Error('capture: no scenario left to save');
			const scenarioId = target.id;
			const caller = await learnerCaller(tx as unknown as Db, userId);
			const refs = { userId, scenarioId };
			const step = async (saved: boolean) =>
				(await record(() => caller.progress.save({ scenarioId, saved }))).map((s) => ({
					...s,
					params: withRefs(s.params, refs)
				}));
			const fresh = await step(true);
			const again = await step(true);
			const unsave = await step(false);
			const unsaveAgain = await step(false);
			const same = (a: Statement | undefined, b: Statement | undefined) =>
				!!a && !!b && a.text === b.text;
			const shapeOk =
				[fresh, again, unsave, unsaveAgain].every((s) => s.length === 1) &&
				same(fresh[0], again[0]) &&
				same(unsave[0], unsaveAgain[0]);
			if (!shapeOk) {
				throw new Error(
					'capture: progress.save no longer runs the statements bench/baseline-server.js replays; ' +
						'update captureSave and the baseline together'
				);
			}
			result = { save: fresh[0], unsave: unsave[0] };
			throw new Rollback();
		})
		.catch((error) => {
			if (!(error instanceof Rollback)) throw error;
		});
	if (!result) throw new Error('capture: progress.save was not recorded');
	return result;
}
