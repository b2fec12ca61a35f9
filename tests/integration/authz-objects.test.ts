import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/client';
import {
	notifications,
	scenarioAttempts,
	scenarioRevisions,
	scenarios,
	userScenarioProgress
} from '../../src/lib/server/db/schema';
import { DEMO_ACCOUNTS } from '../../src/lib/server/bootstrap/demo-accounts';
import { seedDatabase } from '../../src/lib/server/bootstrap/seed';
import {
	accessCases,
	draftContent,
	FIVES,
	httpWorld,
	inProcessWorld,
	outcomeOf,
	ownApproved,
	ownDraft,
	ownInReview,
	playableScenarios,
	procedurePaths,
	type Member,
	type Person,
	type World
} from '../support/access';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/db';
import { HttpSession } from '../support/http';
import { startServer, type TestServer } from '../support/server';

// Object-level access: learner A keeps progress, notes, an open and a finished attempt, a draft,
// an approved scenario with an unpublished revision, a scenario in review and one sent back
// with the reviewer's concerns. Every procedure is then called by another learner B (and by a
// reviewer and an admin who are not involved) with inputs pointing at each of A's objects:
// no response may contain A's private text, and B's calls change none of A's rows. Pages and
// the external API are checked the same way over HTTP.

interface Secrets {
	/** not a secret: A's published review, which every sweep must find (a control) */
	publicReview: string;
	notes: string;
	reflection: string;
	draft: string;
	draftBody: string;
	revision: string;
	inReview: string;
	changes: string;
	concerns: string;
}

interface Private {
	secrets: Secrets;
	/** A's objects, by the input field that can point at them */
	refs: {
		scenarioId: string[];
		attemptId: string[];
		id: string[];
		slug: string[];
		ids: string[][];
		scenarioIds: string[][];
	};
	draft: { id: string; slug: string };
	revised: { id: string; slug: string; liveTitle: string };
	inReview: { id: string; slug: string };
	withNotes: { id: string; slug: string };
	finished: { scenarioSlug: string; attemptId: string };
	openAttempt: { scenarioSlug: string; attemptId: string };
}

/** A's private world, made through procedures as `owner` (so it works in process and over HTTP). */
async function makePrivate(w: World): Promise<Private> {
	const t = Math.random().toString(36).slice(2, 8);
	const secrets: Secrets = {
		publicReview: `PUBLIC-REVIEW-${t}`,
		notes: `SECRET-NOTES-${t}`,
		reflection: `SECRET-REFLECTION-${t}`,
		draft: `SECRET-DRAFT-${t}`,
		draftBody: `SECRET-DRAFT-BODY-${t}`,
		revision: `SECRET-REVISION-${t}`,
		inReview: `SECRET-INREVIEW-${t}`,
		changes: `SECRET-CHANGES-${t}`,
		concerns: `SECRET-CONCERNS-${t}`
	};
	const [first, second] = await playableScenarios(w, 2);
	await w.call('owner', 'progress.save', { scenarioId: first.id, saved: true });
	// Rating needs a started attempt: this one stays open.
	const open = await w.call('owner', 'progress.startAttempt', { scenarioId: first.id });
	await w.call('owner', 'progress.rate', {
		scenarioId: first.id,
		rating: 2,
		review: secrets.publicReview
	});
	await w.call('owner', 'progress.saveNotes', { scenarioId: first.id, notes: secrets.notes });
	await w.call('owner', 'progress.advanceStep', {
		attemptId: open.attemptId,
		stepId: first.steps[1]
	});
	const done = await w.call('owner', 'progress.startAttempt', { scenarioId: second.id });
	await w.call('owner', 'progress.finishAttempt', {
		attemptId: done.attemptId,
		completed: true,
		reflection: secrets.reflection
	});

	const draft = await ownDraft(w, {
		...draftContent(secrets.draft),
		instructions: secrets.draftBody
	});
	const liveTitle = `Live title ${t}`;
	const revised = await ownApproved(w, draftContent(liveTitle));
	await w.call('owner', 'studio.update', {
		id: revised.id,
		content: draftContent(secrets.revision)
	});
	const inReview = await ownInReview(w, draftContent(secrets.inReview));
	const changes = await ownInReview(w, draftContent(secrets.changes));
	await w.call('reviewer2', 'review.submit', {
		scenarioId: changes.id,
		...FIVES,
		concerns: secrets.concerns,
		decision: 'changes_requested'
	});
	const own = (await w.call('owner', 'notification.list', { limit: 50 })).items as { id: string }[];
	const ours = [draft, revised, inReview, changes];
	return {
		secrets,
		refs: {
			scenarioId: [...ours.map((s) => s.id), first.id, second.id],
			attemptId: [open.attemptId, done.attemptId],
			id: ours.map((s) => s.id),
			slug: ours.map((s) => s.slug),
			ids: [own.map((n) => n.id)],
			scenarioIds: [ours.map((s) => s.id)]
		},
		draft,
		revised: { ...revised, liveTitle },
		inReview,
		withNotes: first,
		finished: { scenarioSlug: second.slug, attemptId: done.attemptId },
		openAttempt: { scenarioSlug: first.slug, attemptId: open.attemptId }
	};
}

/** What each kind of outsider must never see of A's. Reviewers see what is in review. */
function secretsFor(actor: 'learner' | 'reviewer' | 'admin', s: Secrets): string[] {
	if (actor === 'learner') return Object.values(s).filter((v) => v !== s.publicReview);
	if (actor === 'reviewer')
		return [s.notes, s.reflection, s.draft, s.draftBody, s.revision, s.changes, s.concerns];
	// Admins may open any scenario (drafts included) to fix its metadata, never a person's rows.
	return [s.notes, s.reflection, s.revision];
}

/** The valid input of a procedure and its variants pointing at each of A's objects. */
function retarget(input: unknown, refs: Private['refs']): unknown[] {
	if (!input || typeof input !== 'object' || Array.isArray(input)) return [input];
	const variants: unknown[] = [input];
	for (const [key, values] of Object.entries(refs)) {
		if (!(key in input)) continue;
		for (const value of values) variants.push({ ...input, [key]: value });
	}
	return variants;
}

/** A's rows, as they are stored: what no outsider's call may change. */
async function snapshotOf(db: Db, ownerId: string, { content = true } = {}) {
	const own = await db
		.select()
		.from(scenarios)
		.where(eq(scenarios.createdByUserId, ownerId))
		.orderBy(asc(scenarios.id));
	const ids = own.map((s) => s.id);
	return JSON.stringify({
		progress: await db
			.select()
			.from(userScenarioProgress)
			.where(eq(userScenarioProgress.userId, ownerId))
			.orderBy(asc(userScenarioProgress.scenarioId)),
		attempts: await db
			.select()
			.from(scenarioAttempts)
			.where(eq(scenarioAttempts.userId, ownerId))
			.orderBy(asc(scenarioAttempts.id)),
		...(content
			? {
					notifications: await db
						.select()
						.from(notifications)
						.where(eq(notifications.userId, ownerId))
						.orderBy(asc(notifications.id)),
					scenarios: own,
					revisions: ids.length
						? await db
								.select()
								.from(scenarioRevisions)
								.where(inArray(scenarioRevisions.scenarioId, ids))
								.orderBy(asc(scenarioRevisions.id))
						: []
				}
			: {})
	});
}

describe.each(ENGINES)("another user's calls on A's objects on %s", (engine) => {
	let database: TestDatabase;
	/** B (`learner`), an uninvolved reviewer and admin; its fixtures belong to its own owner */
	let world: World;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await seedDatabase(database.db, { demo: false });
		world = await inProcessWorld(database.db);
	});
	afterAll(() => database?.destroy());

	/** A fresh A (the `owner` of another world) with all of their private objects. */
	async function freshA() {
		const home = await inProcessWorld(database.db);
		return { home, a: await makePrivate(home), id: home.people.owner.id };
	}

	it.each(['learner', 'reviewer', 'admin'] as const)(
		"no procedure shows a %s A's private rows, and none changes them",
		async (actor) => {
			const { a, id } = await freshA();
			// A fresh B per sweep: one sweep's fixtures stay under the per-user mutation limit, three
			// in a row (with every procedure the family, builder and tracks added) did not.
			const world = await inProcessWorld(database.db);
			// Reviewers legitimately decide on A's scenarios in review (which notifies A), admins
			// change any scenario's metadata: for them only A's progress, notes and attempts count.
			const content = actor === 'learner';
			const before = await snapshotOf(database.db, id, { content });
			const secrets = secretsFor(actor, a.secrets);
			const leaks: string[] = [];
			let calls = 0;
			let publicSeen = 0;
			for (const path of procedurePaths()) {
				for (const entry of accessCases(path) ?? []) {
					const valid = entry.input ? await entry.input(world) : undefined;
					for (const input of retarget(valid, a.refs)) {
						calls++;
						const result = await outcomeOf(world.call(actor, path, input));
						const text = JSON.stringify(result.value ?? (result.error as Error)?.message ?? '');
						if (text.includes(a.secrets.publicReview)) publicSeen++;
						for (const secret of secrets) {
							if (text.includes(secret)) leaks.push(`${path} ${JSON.stringify(input)}: ${secret}`);
						}
					}
				}
			}
			expect(calls).toBeGreaterThan(150);
			// The sweep did reach A's objects: A's public review came back where it is public.
			expect(publicSeen).toBeGreaterThan(0);
			expect(leaks).toEqual([]);
			expect(await snapshotOf(database.db, id, { content })).toEqual(before);
		}
	);

	it("answers NOT_FOUND for A's attempts and hidden scenarios, and leaves them as they were", async () => {
		const { a, home } = await freshA();
		// A B who has done nothing yet, so anything B sees of progress could only be A's.
		const other = await inProcessWorld(database.db);
		const b = (path: string, input: unknown) => outcomeOf(other.call('learner', path, input));
		for (const attemptId of a.refs.attemptId) {
			expect((await b('progress.attempt', { attemptId })).outcome).toBe('NOT_FOUND');
			expect((await b('progress.finishAttempt', { attemptId, completed: false })).outcome).toBe(
				'NOT_FOUND'
			);
		}
		for (const hidden of [a.draft, a.inReview]) {
			expect((await b('scenario.bySlug', { slug: hidden.slug })).outcome).toBe('NOT_FOUND');
			expect((await b('studio.get', { id: hidden.id })).outcome).toBe('NOT_FOUND');
			expect(
				(await b('studio.update', { id: hidden.id, content: draftContent('Hijacked') })).outcome
			).toBe('NOT_FOUND');
			expect((await b('progress.save', { scenarioId: hidden.id, saved: true })).outcome).toBe(
				'NOT_FOUND'
			);
		}
		// The approved scenario is public, its pending revision is not.
		const live = await other.call('learner', 'scenario.bySlug', { slug: a.revised.slug });
		expect(live.scenario.title).toBe(a.revised.liveTitle);
		expect((await b('studio.get', { id: a.revised.id })).outcome).toBe('FORBIDDEN');
		expect((await b('studio.archive', { id: a.revised.id })).outcome).toBe('FORBIDDEN');
		// B's view of a scenario A keeps notes on carries B's own (empty) progress only.
		const seen = await other.call('learner', 'scenario.bySlug', { slug: a.withNotes.slug });
		expect(seen.progress).toBeNull();
		expect(
			await other.call('learner', 'progress.openAttempt', { scenarioId: a.withNotes.id })
		).toBeNull();
		for (const filter of ['saved', 'in_progress', 'completed'] as const) {
			expect((await other.call('learner', 'progress.mine', { filter })).items).toEqual([]);
		}
		// Marking A's notifications read as B marks nothing.
		expect(await other.call('learner', 'notification.markRead', { ids: a.refs.ids[0] })).toEqual({
			marked: 0
		});
		const mine = (await home.call('owner', 'notification.list', { limit: 50 })).items as {
			readAt: Date | null;
		}[];
		expect(mine.length).toBeGreaterThan(0);
		expect(mine.every((n) => n.readAt === null)).toBe(true);
	});

	it('lets a reviewer neither judge nor claim their own scenario', async () => {
		const own = await world.call('reviewer', 'studio.create', draftContent());
		await world.call('reviewer', 'studio.submit', { id: own.id });
		for (const [path, input] of [
			['review.claim', { scenarioId: own.id }],
			[
				'review.submit',
				{ scenarioId: own.id, ...FIVES, decision: 'approved', confirmedWarnings: [] }
			]
		] as const) {
			expect((await outcomeOf(world.call('reviewer', path, input))).outcome).toBe('FORBIDDEN');
		}
		const [row] = await database.db.select().from(scenarios).where(eq(scenarios.id, own.id));
		expect(row.status).toBe('in_review');
	});
});

describe("another user's pages and API calls on A's objects over HTTP", () => {
	const engine = ENGINES.at(-1)!;
	let server: TestServer;
	let world: World;
	let sessions: Record<Member, HttpSession>;
	let a: Private;
	let apiKey: string;

	beforeAll(async () => {
		server = await startServer({ engine, env: { DISABLE_RATE_LIMITS: 'true' } });
		const keys: Record<Member, string> = {
			owner: 'maya',
			learner: 'learner',
			reviewer: 'reviewer',
			reviewer2: 'reviewer2',
			admin: 'admin'
		};
		sessions = {} as Record<Member, HttpSession>;
		const people = {} as Record<Member, Person>;
		for (const [member, key] of Object.entries(keys) as [Member, string][]) {
			const account = DEMO_ACCOUNTS.find((x) => x.key === key)!;
			const session = new HttpSession(server.url);
			expect((await session.signIn(account.email, account.password)).status).toBe(303);
			const me = (await session.trpc.auth.me.query())!;
			sessions[member] = session;
			people[member] = { id: me.id, email: me.email };
		}
		world = httpWorld(sessions, new HttpSession(server.url), people);
		a = await makePrivate(world);
		apiKey = (await sessions.admin.trpc.admin.apiKey.create.mutate({ name: 'objects test' })).key;
	});
	afterAll(() => server?.stop());

	async function page(who: Member, path: string) {
		const response = await sessions[who].fetch(path, { headers: { accept: 'text/html' } });
		return { status: response.status, body: await response.text() };
	}

	function expectNoSecrets(body: string, secrets: string[], where: string) {
		expect(
			secrets.filter((s) => body.includes(s)),
			where
		).toEqual([]);
	}

	it("keeps A's studio, drafts, revision, attempts and notes out of B's pages", async () => {
		const secrets = secretsFor('learner', a.secrets);
		const expectations: [string, number][] = [
			[`/studio/${a.draft.id}`, 404],
			[`/studio/${a.inReview.id}`, 404],
			[`/studio/${a.revised.id}`, 403],
			[`/scenarios/${a.draft.slug}`, 404],
			[`/scenarios/${a.inReview.slug}`, 404],
			[`/scenarios/${a.draft.slug}/play`, 404],
			[`/scenarios/${a.finished.scenarioSlug}/play?attempt=${a.finished.attemptId}`, 404],
			[`/scenarios/${a.draft.slug}/__data.json`, 404],
			[`/scenarios/${a.revised.slug}`, 200],
			[`/scenarios/${a.withNotes.slug}`, 200],
			[`/scenarios/${a.withNotes.slug}/__data.json`, 200],
			[`/scenarios/${a.openAttempt.scenarioSlug}/play`, 200],
			['/progress', 200],
			['/studio', 200],
			['/scenarios', 200],
			['/marketplace', 200]
		];
		for (const [path, status] of expectations) {
			const { status: got, body } = await page('learner', path);
			if (path.endsWith('__data.json') && status !== 200) {
				// Client-side navigation data: the load's error travels inside a 200 answer.
				expect(got, path).toBe(200);
				expect(body, path).toContain(`"status":${status}`);
			} else {
				expect(got, path).toBe(status);
			}
			expectNoSecrets(body, secrets, path);
			expect(body, path).not.toContain(a.finished.attemptId);
		}
		const { body } = await page('learner', `/scenarios/${a.openAttempt.scenarioSlug}/play`);
		expect(body).not.toContain(a.openAttempt.attemptId);
		expect((await page('learner', `/scenarios/${a.revised.slug}`)).body).toContain(
			a.revised.liveTitle
		);
		// Learners do not reach the review desk at all.
		expect((await page('learner', `/review/${a.inReview.id}`)).status).toBe(403);
	});

	it("keeps A's draft, unpublished revision, notes and attempts out of reviewers' and admins' pages", async () => {
		const reviewerSecrets = secretsFor('reviewer', a.secrets);
		for (const [path, status] of [
			[`/review/${a.draft.id}`, 404],
			[`/review/${a.revised.id}`, 200],
			['/review', 200],
			['/review/history', 200],
			[`/review/${a.inReview.id}`, 200]
		] as const) {
			const { status: got, body } = await page('reviewer', path);
			expect(got, path).toBe(status);
			expectNoSecrets(body, reviewerSecrets, `reviewer ${path}`);
		}
		const adminSecrets = secretsFor('admin', a.secrets);
		for (const path of [
			'/admin',
			'/admin/scenarios',
			`/admin/scenarios?search=${encodeURIComponent(a.revised.liveTitle)}`,
			'/admin/users',
			'/admin/audit',
			'/admin/backfill',
			'/admin/skills',
			'/admin/flags',
			'/admin/api-keys',
			'/admin/import-export',
			'/admin/import-export/export',
			`/scenarios/${a.withNotes.slug}`,
			'/progress'
		]) {
			const { status, body } = await page('admin', path);
			expect(status, path).toBe(200);
			expectNoSecrets(body, adminSecrets, `admin ${path}`);
		}
	});

	it("keeps A's draft, scenario in review and revision out of the external API", async () => {
		const get = async (path: string) => {
			const response = await fetch(new URL(path, server.url), { headers: { 'X-API-Key': apiKey } });
			return { status: response.status, body: await response.text() };
		};
		for (const hidden of [a.draft, a.inReview]) {
			expect((await get(`/api/external/scenarios/${hidden.id}/evaluation-context`)).status).toBe(
				404
			);
		}
		const context = await get(`/api/external/scenarios/${a.revised.id}/evaluation-context`);
		expect(context.status).toBe(200);
		const list = await get('/api/external/scenarios?limit=200');
		expect(list.status).toBe(200);
		for (const { body } of [context, list]) {
			expectNoSecrets(body, secretsFor('learner', a.secrets), 'external API');
		}
	});
});
