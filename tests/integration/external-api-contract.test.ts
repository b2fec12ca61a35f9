import { compileErrors, validate } from '@readme/openapi-parser';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { queryRows, type Executor } from '../../src/lib/server/db/client';
import { scenarios } from '../../src/lib/server/db/schema';
import { encodeCursor } from '../../src/lib/domain/cursor';
import { ENGINES } from '../support/db';
import {
	ExternalApiClient,
	startExternalApiServer,
	type CatalogRow,
	type ExternalApiServer
} from '../support/external-api';
import { makeScenario, makeUser } from '../support/factories';

// The partner training guide's view, over real HTTP against the production build. Every response
// below goes through ExternalApiClient, which checks it against the server's OpenAPI document.

/** The response shape the PTG already parses (seed 000), verbatim. */
const SeedExternalScenarioSchema = z.object({
	id: z.string().uuid(),
	name: z.string(),
	description: z.string(),
	mode: z.enum(['phone', 'chat']),
	category: z.string(),
	skill: z.string(), // Deprecated
	skills: z.array(z.string()),
	difficulty: z.enum(['beginner', 'intermediate', 'advanced']),
	estimatedTime: z.number().int().min(5).max(60)
});
const SeedExternalScenariosResponseSchema = z.object({
	ok: z.literal(true),
	data: z.object({ scenarios: z.array(SeedExternalScenarioSchema) })
});

type Scenario = z.infer<typeof SeedExternalScenarioSchema> & { slug: string; updatedAt: string };
interface Envelope<T> {
	ok: boolean;
	data: T;
	error: { code: string; message: string; parameter?: string };
}
type ListBody = Envelope<{ scenarios: Scenario[]; nextCursor: string | null }>;
type AssignmentBody = Envelope<{
	scenarios: (Scenario & { covers: string[] })[];
	coveredSkills: string[];
	uncoveredSkills: string[];
	totalMinutes: number;
	budgetMinutes: number;
}>;

const fixtureIds: Record<string, string> = {};

/** Rows the seed does not have: edge cases of listing and paging. */
async function fixtures(db: Executor) {
	const author = await makeUser(db, { displayName: 'Fixture Author' });
	fixtureIds.oneTimeCommunity = (
		await makeScenario(db, {
			content: { isOneTime: true, skills: ['grief-support'], visibility: 'public' },
			createdByUserId: author.id
		})
	).id;
	fixtureIds.inactive = (await makeScenario(db, { content: { skills: ['grief-support'] } })).id;
	await db.update(scenarios).set({ isActive: false }).where(eq(scenarios.id, fixtureIds.inactive));
	// Three scenarios created in the same millisecond, one of them a microsecond later: paging
	// must keep them apart by the full timestamp and then by id.
	const sameMoment = new Date(Date.now() - 400 * 86_400_000);
	for (const name of ['tieA', 'tieB', 'tieC']) {
		fixtureIds[name] = (
			await makeScenario(db, { createdAt: sameMoment, content: { skills: ['termination'] } })
		).id;
	}
	await db.execute(
		sql`update scenarios set created_at = created_at + interval '1 microsecond' where id = ${fixtureIds.tieC}`
	);
}

function listed(catalog: CatalogRow[], expected: string[]) {
	const ids = new Set(expected);
	return catalog.filter((row) => ids.has(row.id));
}

describe.each(ENGINES)('external API contract on %s', (engine) => {
	let api: ExternalApiServer;
	let client: ExternalApiClient;
	let key: string;

	beforeAll(async () => {
		api = await startExternalApiServer(engine, {
			keys: [{ name: 'PTG', rateLimitPerMinute: 10_000 }],
			fixtures
		});
		key = api.keys.PTG.key;
		client = await ExternalApiClient.connect(api.server.url);
	});
	afterAll(() => api?.stop());

	async function listAll(query: string, limit: number) {
		const seen: Scenario[] = [];
		let cursor: string | null = null;
		let pages = 0;
		do {
			const params = new URLSearchParams(query);
			params.set('limit', String(limit));
			if (cursor) params.set('cursor', cursor);
			const page = await client.get<ListBody>(`/api/external/scenarios?${params}`, { key });
			expect(page.status).toBe(200);
			expect(page.body.data.scenarios.length).toBeLessThanOrEqual(limit);
			seen.push(...page.body.data.scenarios);
			cursor = page.body.data.nextCursor;
			pages++;
		} while (cursor && pages < 500);
		return { seen, pages };
	}

	it("answers the PTG's unchanged request in the shape it parses", async () => {
		const response = await client.get('/api/external/scenarios', { key });
		expect(response.status).toBe(200);
		const parsed = SeedExternalScenariosResponseSchema.safeParse(response.body);
		expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
		const list = parsed.data!.data.scenarios;
		expect(list).toHaveLength(Math.min(50, api.expectedListedIds.length));
		for (const scenario of list) expect(scenario.skill).toBe(scenario.skills[0]);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
	});

	it('publishes an OpenAPI 3.1 document that a real validator accepts, without a key', async () => {
		const response = await fetch(`${api.server.url}/api/external/openapi.json`);
		expect(response.status).toBe(200);
		const doc = await response.json();
		expect(doc.openapi).toBe('3.1.0');
		const result = await validate(structuredClone(doc));
		expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
		expect(Object.keys(doc.paths).sort()).toEqual([
			'/api/external/assignments',
			'/api/external/openapi.json',
			'/api/external/scenarios',
			'/api/external/scenarios/{id}/evaluation-context',
			'/api/external/skills'
		]);
		expect(doc.components.securitySchemes.ApiKey).toMatchObject({
			type: 'apiKey',
			in: 'header',
			name: 'X-API-Key'
		});
		const listParams = doc.paths['/api/external/scenarios'].get.parameters.map(
			(p: { name: string }) => p.name
		);
		expect(listParams).toEqual([
			'skill',
			'skills',
			'difficulty',
			'maxTime',
			'mode',
			'limit',
			'cursor'
		]);
		// The validator does fail a broken document (so the pass above means something).
		const broken = structuredClone(doc);
		broken.paths['/api/external/skills'].get.responses['200'].content['application/json'].schema = {
			$ref: '#/components/schemas/Missing'
		};
		expect((await validate(broken)).valid).toBe(false);
	});

	it('pages over every listed scenario exactly once, at any page size', async () => {
		for (const limit of [200, 7, 1]) {
			const { seen, pages } = await listAll('', limit);
			const ids = seen.map((s) => s.id);
			expect(new Set(ids).size, `duplicates at limit ${limit}`).toBe(ids.length);
			expect([...ids].sort(), `limit ${limit}`).toEqual(api.expectedListedIds);
			expect(pages).toBe(Math.max(1, Math.ceil(api.expectedListedIds.length / limit)));
		}
		const tie = ['tieA', 'tieB', 'tieC'].map((name) => fixtureIds[name]);
		expect(api.expectedListedIds).toEqual(expect.arrayContaining(tie));
	});

	it('never returns one-time, inactive, unapproved or non-public community scenarios', async () => {
		const { seen } = await listAll('', 200);
		const returned = new Set(seen.map((s) => s.id));
		const hidden = api.catalog.filter(
			(row) =>
				row.isOneTime ||
				!row.isActive ||
				row.status !== 'approved' ||
				(!row.builtin && row.visibility !== 'public')
		);
		// The seed has every kind: one-time built-ins, drafts, in review, changes requested,
		// rejected, unlisted; the fixtures add a one-time community one and an inactive one.
		const kinds = new Set(hidden.map((row) => (row.isOneTime ? 'one-time' : row.status)));
		for (const kind of ['one-time', 'draft', 'in_review', 'changes_requested', 'rejected']) {
			expect(kinds, kind).toContain(kind);
		}
		expect(hidden.some((row) => row.status === 'approved' && row.visibility === 'unlisted')).toBe(
			true
		);
		expect(hidden.map((row) => row.id)).toEqual(
			expect.arrayContaining([fixtureIds.oneTimeCommunity, fixtureIds.inactive])
		);
		for (const row of hidden) {
			expect(returned.has(row.id), `${row.slug} (${row.status})`).toBe(false);
			const detail = await client.get<Envelope<unknown>>(
				`/api/external/scenarios/${row.id}/evaluation-context`,
				{ key }
			);
			expect(detail.status, row.slug).toBe(404);
			expect(detail.body.error.code).toBe('NOT_FOUND');
		}
		const oneTimeAssignments = await client.get<AssignmentBody>(
			`/api/external/assignments?skills=grief-support&budgetMinutes=600`,
			{ key }
		);
		const picked = oneTimeAssignments.body.data.scenarios.map((s) => s.id);
		for (const row of hidden) expect(picked).not.toContain(row.id);
	});

	it('filters by skill, skills, difficulty, maxTime and mode like the stored rows say', async () => {
		const rows = listed(api.catalog, api.expectedListedIds);
		const cases: [string, (row: CatalogRow) => boolean][] = [
			['skill=grief-support', (r) => r.skills.includes('grief-support')],
			[
				'skills=dv-assessment,medication-support',
				(r) => r.skills.includes('dv-assessment') || r.skills.includes('medication-support')
			],
			[
				'skill=termination&skills=call-routing',
				(r) => r.skills.includes('termination') || r.skills.includes('call-routing')
			],
			['difficulty=advanced', (r) => r.difficulty === 'advanced'],
			[
				'difficulty=beginner,intermediate',
				(r) => r.difficulty === 'beginner' || r.difficulty === 'intermediate'
			],
			['maxTime=15', (r) => r.estimatedTime <= 15],
			['mode=chat', (r) => r.mode === 'chat'],
			[
				'skills=risk-assessment&difficulty=intermediate&maxTime=30&mode=phone',
				(r) =>
					r.skills.includes('risk-assessment') &&
					r.difficulty === 'intermediate' &&
					r.estimatedTime <= 30 &&
					r.mode === 'phone'
			]
		];
		for (const [query, keep] of cases) {
			const { seen } = await listAll(query, 200);
			const expected = rows.filter(keep).map((r) => r.id);
			expect(expected.length, `${query} should match something`).toBeGreaterThan(0);
			expect(seen.map((s) => s.id).sort(), query).toEqual(expected.sort());
		}
	});

	it('lists the active skill taxonomy in display order', async () => {
		const response = await client.get<Envelope<{ skills: { slug: string }[] }>>(
			'/api/external/skills',
			{ key }
		);
		expect(response.status).toBe(200);
		const expected = api.live
			? (
					await queryRows<{ slug: string }>(
						api.live.db,
						sql`select slug from skills where is_active order by sort_order, slug`
					)
				).map((r) => r.slug)
			: null;
		const slugs = response.body.data.skills.map((s) => s.slug);
		expect(slugs).toHaveLength(15);
		expect(slugs.slice(0, 3)).toEqual(['active-listening', 'rapport-building', 'de-escalation']);
		if (expected) expect(slugs).toEqual(expected);
	});

	it('gives the evaluation context with the latest approving review, or null without one', async () => {
		const { seen } = await listAll('', 200);
		const community = seen.find((s) => s.slug === 'community-worried-part-before-the-sleepover')!;
		const reviewed = await client.get<
			Envelope<{
				scenario: Scenario;
				learningGoal: string;
				learningObjectives: string[];
				persona: { name: string } | null;
				rubric: { key: string; criteria: { key: string; levels: string[] }[] } | null;
				review: { scores: Record<string, number>; strengths: string; concerns: string } | null;
			}>
		>(`/api/external/scenarios/${community.id}/evaluation-context`, { key });
		// The rubric its attempts are scored on, with every criterion's four levels.
		expect(reviewed.body.data.rubric?.key).toBe('childrens-quest');
		expect(reviewed.body.data.rubric?.criteria.length).toBeGreaterThan(0);
		for (const c of reviewed.body.data.rubric!.criteria) expect(c.levels).toHaveLength(4);
		expect(reviewed.status).toBe(200);
		expect(reviewed.body.data.scenario.id).toBe(community.id);
		expect(reviewed.body.data.learningGoal.length).toBeGreaterThan(0);
		expect(reviewed.body.data.learningObjectives.length).toBeGreaterThan(0);
		expect(reviewed.body.data.persona?.name).toBeTruthy();
		expect(reviewed.body.data.review).toMatchObject({
			scores: {
				emotionalSafety: 5,
				therapeuticCorrectness: 5,
				ageAppropriateness: 5,
				revealTiming: 4,
				average: 4.75
			},
			strengths: expect.stringContaining('IFS')
		});

		const builtin = seen.find((s) => !s.slug.startsWith('community-'))!;
		const plain = await client.get<Envelope<{ review: unknown; rubric: { key: string } | null }>>(
			`/api/external/scenarios/${builtin.id}/evaluation-context`,
			{ key }
		);
		expect(plain.status).toBe(200);
		expect(plain.body.data.review).toBeNull();
		expect(plain.body.data.rubric?.key).toMatch(
			/^(crisis-line-conversation|childrens-quest|cefr-can-do)$/
		);

		const unknown = await client.get<Envelope<unknown>>(
			'/api/external/scenarios/7f0c9f6e-9d2a-4a57-9c51-2b1f1f6f0a11/evaluation-context',
			{ key }
		);
		expect(unknown.status).toBe(404);
		expect(unknown.body).toEqual({
			ok: false,
			error: { code: 'NOT_FOUND', message: expect.any(String) }
		});
	});

	it('picks assignments within the budget, deterministically, covering what fits', async () => {
		const rows = listed(api.catalog, api.expectedListedIds);
		const requests = [
			{ skills: ['risk-assessment', 'grief-support', 'dv-assessment', 'call-routing'], budget: 60 },
			{ skills: ['active-listening', 'termination', 'medication-support'], budget: 25 },
			{ skills: ['safety-planning', 'anxiety-support'], budget: 45, difficulty: 'beginner' },
			{ skills: ['boundary-setting'], budget: 4 }
		];
		for (const request of requests) {
			const query =
				`skills=${request.skills.join(',')}&budgetMinutes=${request.budget}` +
				(request.difficulty ? `&difficulty=${request.difficulty}` : '');
			const first = await client.get<AssignmentBody>(`/api/external/assignments?${query}`, { key });
			const second = await client.get<AssignmentBody>(`/api/external/assignments?${query}`, {
				key
			});
			expect(first.status).toBe(200);
			expect(second.body).toEqual(first.body);
			expect(second.headers.get('etag')).toBe(first.headers.get('etag'));

			const result = first.body.data;
			const minutes = result.scenarios.reduce((sum, s) => sum + s.estimatedTime, 0);
			expect(minutes).toBe(result.totalMinutes);
			expect(minutes).toBeLessThanOrEqual(request.budget);
			expect([...result.coveredSkills, ...result.uncoveredSkills].sort()).toEqual(
				[...request.skills].sort()
			);
			expect(result.scenarios.flatMap((s) => s.covers).sort()).toEqual(
				[...result.coveredSkills].sort()
			);
			for (const pick of result.scenarios) {
				expect(api.expectedListedIds).toContain(pick.id);
				if (request.difficulty) expect(pick.difficulty).toBe(request.difficulty);
			}
			// Greedy stops only when nothing that still fits would cover a missing skill.
			const picked = new Set(result.scenarios.map((s) => s.id));
			const left = request.budget - minutes;
			const couldAdd = rows.filter(
				(r) =>
					!picked.has(r.id) &&
					r.estimatedTime <= left &&
					(!request.difficulty || r.difficulty === request.difficulty) &&
					r.skills.some((s) => result.uncoveredSkills.includes(s))
			);
			expect(couldAdd.map((r) => r.slug)).toEqual([]);
		}

		const base = await client.get<AssignmentBody>(
			'/api/external/assignments?skills=risk-assessment,grief-support&budgetMinutes=90',
			{ key }
		);
		const firstPick = base.body.data.scenarios[0].id;
		const excluded = await client.get<AssignmentBody>(
			`/api/external/assignments?skills=risk-assessment,grief-support&budgetMinutes=90&exclude=${firstPick}`,
			{ key }
		);
		expect(excluded.body.data.scenarios.map((s) => s.id)).not.toContain(firstPick);
	});

	it('answers 304 to a matching If-None-Match, and a new ETag once the data changes', async () => {
		const { seen } = await listAll('', 200);
		const paths = [
			'/api/external/scenarios?maxTime=20',
			`/api/external/scenarios/${seen[0].id}/evaluation-context`,
			'/api/external/skills',
			'/api/external/assignments?skills=grief-support&budgetMinutes=30'
		];
		for (const path of paths) {
			const first = await client.get(path, { key });
			const etag = first.headers.get('etag')!;
			expect(etag, path).toMatch(/^"[\w-]+"$/);
			expect(first.headers.get('cache-control')).toBe('private, no-cache');
			const again = await client.get(path, { key, headers: { 'If-None-Match': etag } });
			expect(again.status, path).toBe(304);
			expect(again.body).toBeNull();
			expect(again.headers.get('etag')).toBe(etag);
			const weak = await client.get(path, {
				key,
				headers: { 'If-None-Match': `"other", W/${etag}` }
			});
			expect(weak.status).toBe(304);
			const stale = await client.get(path, { key, headers: { 'If-None-Match': '"stale"' } });
			expect(stale.status).toBe(200);
		}

		if (!api.live) return; // PGlite: the server holds the data; changes are tested on PostgreSQL
		const path = `/api/external/scenarios/${seen[0].id}/evaluation-context`;
		const before = await client.get(path, { key });
		const etag = before.headers.get('etag')!;
		const listBefore = await client.get('/api/external/scenarios?limit=200', { key });
		await api.live.db
			.update(scenarios)
			.set({ description: 'Edited while the PTG holds an ETag', updatedAt: new Date() })
			.where(eq(scenarios.id, seen[0].id));
		const after = await client.get<Envelope<{ scenario: Scenario }>>(path, {
			key,
			headers: { 'If-None-Match': etag }
		});
		expect(after.status).toBe(200);
		expect(after.headers.get('etag')).not.toBe(etag);
		expect(after.body.data.scenario.description).toBe('Edited while the PTG holds an ETag');
		const listAfter = await client.get('/api/external/scenarios?limit=200', {
			key,
			headers: { 'If-None-Match': listBefore.headers.get('etag')! }
		});
		expect(listAfter.status).toBe(200);
	});

	it('refuses each bad parameter with 400 naming it', async () => {
		const cases: [string, string][] = [
			['/api/external/scenarios?difficulty=expert', 'difficulty'],
			['/api/external/scenarios?difficulty=beginner,expert', 'difficulty'],
			['/api/external/scenarios?maxTime=abc', 'maxTime'],
			['/api/external/scenarios?maxTime=0', 'maxTime'],
			['/api/external/scenarios?limit=1000', 'limit'],
			['/api/external/scenarios?limit=0', 'limit'],
			['/api/external/scenarios?limit=2.5', 'limit'],
			['/api/external/scenarios?limit=10&limit=20', 'limit'],
			['/api/external/scenarios?mode=video', 'mode'],
			['/api/external/scenarios?skill=juggling', 'skill'],
			['/api/external/scenarios?skills=risk-assessment,juggling', 'skills'],
			['/api/external/scenarios?skill=Risk%20Assessment', 'skill'],
			['/api/external/scenarios?cursor=not-a-cursor', 'cursor'],
			[`/api/external/scenarios?cursor=${encodeCursor(4.5, fixtureIds.tieA)}`, 'cursor'],
			['/api/external/assignments?budgetMinutes=60', 'skills'],
			['/api/external/assignments?skills=grief-support', 'budgetMinutes'],
			['/api/external/assignments?skills=grief-support&budgetMinutes=abc', 'budgetMinutes'],
			['/api/external/assignments?skills=juggling&budgetMinutes=60', 'skills'],
			['/api/external/assignments?skills=grief-support&budgetMinutes=60&exclude=42', 'exclude'],
			['/api/external/scenarios/not-a-uuid/evaluation-context', 'id']
		];
		for (const [path, parameter] of cases) {
			const response = await client.get<Envelope<unknown>>(path, { key });
			expect(response.status, path).toBe(400);
			expect(response.body.ok).toBe(false);
			expect(response.body.error.code).toBe('BAD_REQUEST');
			expect(response.body.error.parameter, path).toBe(parameter);
			expect(response.body.error.message, path).toContain(`"${parameter}"`);
			expect(response.headers.get('cache-control')).toBe('no-store');
		}
	});

	it('answers unknown paths and other methods in the error envelope', async () => {
		const missing = await client.get<Envelope<unknown>>('/api/external/nothing-here', { key });
		expect(missing.status).toBe(404);
		expect(missing.body.error.code).toBe('NOT_FOUND');
		const post = await client.get<Envelope<unknown>>('/api/external/scenarios', {
			key,
			method: 'POST'
		});
		expect(post.status).toBe(405);
		expect(post.headers.get('allow')).toBe('GET, HEAD');
		expect(post.body.error.code).toBe('METHOD_NOT_ALLOWED');
	});
});
