import { randomBytes } from 'node:crypto';
import type { Db } from '../../src/lib/server/db/client';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { appRouter } from '../../src/lib/server/trpc/root';
import { keyedHashKey } from '../../src/lib/server/security/keyed-hash';
import { callerAs } from './caller';
import { makeUser, scenarioContent } from './factories';
import type { HttpSession } from './http';
import { familyAccess } from './access-family';
import { questBuilderAccess } from './access-quests';
import { trackAccess } from './access-tracks';

// The expected-access table of every tRPC procedure, and the small world it is checked in.
//
// Actors: `anonymous` (signed out), `owner` (a learner who owns the object the input names:
// their draft, attempt, scenario in review...), `learner` (another learner), `reviewer` and
// `admin` (who do not own it either). For procedures without an object the owner is just one
// more learner. Inputs are built only through procedures, so the same table runs in process
// (callerAs) and over real HTTP (demo accounts of a running server).

export const ACTORS = ['anonymous', 'learner', 'owner', 'reviewer', 'admin'] as const;
export type Actor = (typeof ACTORS)[number];
/** `reviewer2` decides reviews while preparing fixtures; it is never under test. */
export type Member = Exclude<Actor, 'anonymous'> | 'reviewer2';

export type Outcome = 'ok' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

export interface Person {
	id: string;
	email: string;
}

export interface World {
	people: Record<Member, Person>;
	/** Calls `path` (query or mutation) as someone; rejects with the tRPC error. */
	call(as: Actor | 'reviewer2', path: string, input?: unknown): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
	/** A learner nobody else uses (to change their role or disable them). */
	spareUser(): Promise<Person>;
}

export interface AccessCase {
	/** which object the input names, when it matters */
	about?: string;
	access: Record<Actor, Outcome>;
	/** a valid input, built fresh for each call (so an allowed call can succeed) */
	input?: (w: World) => Promise<unknown>;
}

// ---------------------------------------------------------------------------------------------
// The procedures, read from the router itself

type ProcedureDef = { _def: { type: 'query' | 'mutation' | 'subscription'; inputs: unknown[] } };

function procedureRecord(): Record<string, ProcedureDef> {
	return (appRouter as unknown as { _def: { procedures: Record<string, ProcedureDef> } })._def
		.procedures;
}

/** Every procedure path of the app router (`progress.save`, `admin.skill.create`, ...). */
export function procedurePaths(): string[] {
	return Object.keys(procedureRecord()).sort();
}

export function procedureType(path: string): 'query' | 'mutation' {
	const def = procedureRecord()[path]?._def;
	if (!def || def.type === 'subscription') throw new Error(`no procedure ${path}`);
	return def.type;
}

/** The zod parser of a procedure's input, or null when it takes none. */
export function procedureInput(path: string): unknown {
	return procedureRecord()[path]._def.inputs[0] ?? null;
}

function walk(root: unknown, path: string) {
	return path.split('.').reduce<any>((node, key) => node[key], root); // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Calls a procedure on a createCaller() caller. */
export function callPath(caller: unknown, path: string, input?: unknown): Promise<unknown> {
	return walk(caller, path)(input);
}

/** Calls a procedure through a tRPC HTTP client. */
export function callHttp(session: HttpSession, path: string, input?: unknown): Promise<unknown> {
	const procedure = walk(session.trpc, path);
	return procedureType(path) === 'query' ? procedure.query(input) : procedure.mutate(input);
}

/** The tRPC code of a caller's or an HTTP client's error. */
export function errorCode(error: unknown): string | undefined {
	const e = error as { code?: unknown; data?: { code?: unknown } };
	if (typeof e?.data?.code === 'string') return e.data.code;
	return typeof e?.code === 'string' ? e.code : undefined;
}

export async function outcomeOf(promise: Promise<unknown>): Promise<{
	outcome: string;
	value?: unknown;
	error?: unknown;
}> {
	try {
		return { outcome: 'ok', value: await promise };
	} catch (error) {
		return { outcome: errorCode(error) ?? `not a tRPC error: ${String(error)}`, error };
	}
}

// ---------------------------------------------------------------------------------------------
// Worlds

/** Fresh users of every kind on a database, called in process. */
export async function inProcessWorld(db: Db): Promise<World> {
	// The install's secret exists before any call, as on a server (hooks.server.ts makes it at
	// start): the first review list would otherwise create it, which the fuzz counts as a change.
	await keyedHashKey(db);
	const [owner, learner, reviewer, reviewer2, admin] = await Promise.all([
		makeUser(db, { displayName: 'Owner Olivia' }),
		makeUser(db, { displayName: 'Learner Leo' }),
		makeUser(db, { role: 'reviewer', displayName: 'Reviewer Rae' }),
		makeUser(db, { role: 'reviewer', displayName: 'Reviewer Two' }),
		makeUser(db, { role: 'admin', displayName: 'Admin Ada' })
	]);
	const users: Record<Member, SessionUser> = { owner, learner, reviewer, reviewer2, admin };
	return {
		people: users,
		call: (as, path, input) =>
			callPath(callerAs(db, as === 'anonymous' ? null : users[as]), path, input),
		spareUser: () => makeUser(db)
	};
}

/** Signed-in HTTP sessions (demo accounts of a running server) as a world. */
export function httpWorld(
	sessions: Record<Member, HttpSession>,
	anonymous: HttpSession,
	people: Record<Member, Person>
): World {
	const spares: Person[] = [];
	return {
		people,
		call: (as, path, input) => callHttp(as === 'anonymous' ? anonymous : sessions[as], path, input),
		async spareUser() {
			if (spares.length === 0) {
				const list = await callHttp(sessions.admin, 'admin.user.list', {
					search: 'learner',
					pageSize: 100
				});
				for (const u of (list as { items: (Person & { role: string })[] }).items) {
					if (u.role === 'learner' && !Object.values(people).some((p) => p.id === u.id)) {
						spares.push({ id: u.id, email: u.email });
					}
				}
			}
			const next = spares.shift();
			if (!next) throw new Error('no spare learner left');
			return next;
		}
	};
}

// ---------------------------------------------------------------------------------------------
// Fixtures, made through procedures

export const tag = () => randomBytes(4).toString('hex');
const letters = () =>
	Array.from(randomBytes(6), (b) => String.fromCharCode(97 + (b % 26))).join('');

export const FIVES = {
	emotionalSafety: 5,
	therapeuticCorrectness: 5,
	ageAppropriateness: 5,
	revealTiming: 5
};

/** Content that can be submitted (steps and a skill), with a unique title. */
export function draftContent(title = `Matrix scenario ${tag()}`) {
	return scenarioContent({ title });
}

export interface Playable {
	id: string;
	slug: string;
	steps: string[];
	/** an answer that fits the first step's kind (a reply, a choice, or Continue) */
	firstAnswer: { text?: string; choiceIndex?: number };
}

type StepShape = { id: string; kind?: string; choices?: unknown[] };
const answerFor = (step: StepShape) => {
	const kind = step.kind ?? (step.choices?.length ? 'choose' : 'say');
	if (kind === 'respond') return { text: 'What is going on for you tonight?' };
	return kind === 'choose' ? { choiceIndex: 0 } : {};
};

/** Approved built-in scenarios with at least two steps (the newest first). */
export async function playableScenarios(w: World, count = 1): Promise<Playable[]> {
	const found: Playable[] = [];
	const list = await w.call('anonymous', 'scenario.list', { sort: 'newest', limit: 50 });
	for (const item of (list as { items: { id: string; slug: string }[] }).items) {
		const detail = await w.call('anonymous', 'scenario.bySlug', { slug: item.slug });
		const shapes = detail.scenario.steps as StepShape[];
		const steps = shapes.map((s) => s.id);
		if (!detail.isCommunity && steps.length >= 2) {
			found.push({ id: item.id, slug: item.slug, steps, firstAnswer: answerFor(shapes[0]) });
			if (found.length === count) return found;
		}
	}
	throw new Error(`fewer than ${count} approved built-in scenarios with two steps`);
}

export async function playable(w: World): Promise<Playable> {
	return (await playableScenarios(w, 1))[0];
}

export async function ownDraft(w: World, content = draftContent()) {
	return (await w.call('owner', 'studio.create', content)) as { id: string; slug: string };
}

export async function ownInReview(w: World, content = draftContent()) {
	const draft = await ownDraft(w, content);
	await w.call('owner', 'studio.submit', { id: draft.id });
	return draft;
}

export async function ownApproved(w: World, content = draftContent()) {
	const draft = await ownInReview(w, content);
	await w.call('reviewer2', 'review.submit', {
		scenarioId: draft.id,
		...FIVES,
		decision: 'approved',
		confirmedWarnings: []
	});
	return draft;
}

/** Every signed-in member has started `scenarioId` (rating needs a started attempt). */
export async function startedByAll(w: World, scenarioId: string) {
	for (const who of ['owner', 'learner', 'reviewer', 'admin', 'reviewer2'] as const) {
		await w.call(who, 'progress.startAttempt', { scenarioId });
	}
}

/** reviewer2's public review of a built-in scenario (the newest by default) and its key. */
export async function someonesReview(w: World, scenario?: Playable) {
	const target = scenario ?? (await playable(w));
	await w.call('reviewer2', 'progress.startAttempt', { scenarioId: target.id });
	await w.call('reviewer2', 'progress.rate', {
		scenarioId: target.id,
		rating: 2,
		review: 'Matrix review: it felt rushed.'
	});
	const list = await w.call('reviewer2', 'progress.reviews', { scenarioId: target.id, limit: 50 });
	const own = (list.items as { key: string; isMine: boolean }[]).find((r) => r.isMine);
	if (!own) throw new Error('reviewer2 has no shown review there');
	return { scenarioId: target.id, reviewKey: own.key };
}

/**
 * A fresh open report (by `learner`, of reviewer2's review) for an admin to resolve: on the
 * second and later built-in scenarios, so it never collides with the report cases of
 * `progress.reportReview` (one report per reporter and review).
 */
async function openReport(w: World) {
	for (const scenario of (await playableScenarios(w, 8)).slice(1)) {
		const { reviewKey } = await someonesReview(w, scenario);
		const reason = `Matrix report ${tag()}`;
		const filed = await outcomeOf(
			w.call('learner', 'progress.reportReview', { scenarioId: scenario.id, reviewKey, reason })
		);
		if (filed.outcome !== 'ok') continue; // reported (and resolved) before: try the next one
		const open = (await w.call('admin', 'admin.reviews.reports')) as {
			items: { reportId: string; reports: { reason: string }[] }[];
		};
		const item = open.items.find((i) => i.reports.some((r) => r.reason === reason));
		if (item) return { reportId: item.reportId, action: 'dismiss' };
	}
	throw new Error('no built-in scenario left to report a review on');
}

/** An open attempt of someone (the owner by default) on a built-in scenario. */
export async function openAttemptOf(w: World, who: Member = 'owner') {
	const scenario = await playable(w);
	const started = await w.call(who, 'progress.startAttempt', { scenarioId: scenario.id });
	return { scenario, attemptId: started.attemptId as string };
}

/** A finished attempt of someone (the owner by default): debriefs and self-assessment need one. */
export async function finishedAttemptOf(w: World, who: Member = 'owner') {
	const { scenario, attemptId } = await openAttemptOf(w, who);
	await w.call(who, 'progress.respond', {
		attemptId,
		stepId: scenario.steps[0],
		...scenario.firstAnswer
	});
	await w.call(who, 'progress.finishAttempt', { attemptId, completed: true });
	const debrief = await w.call(who, 'progress.debrief', { attemptId });
	const criterion = (debrief.rubric as { criteria: { key: string }[] }).criteria[0].key;
	return { scenario, attemptId, criterion };
}

/** The owner's finished attempt with a feedback request on it (open unless claimed by `claimer`). */
export async function feedbackRequestOf(w: World, claimer?: Member) {
	const { attemptId } = await finishedAttemptOf(w);
	const { requestId } = await w.call('owner', 'feedback.request', {
		attemptId,
		note: 'Matrix: was my question direct enough?'
	});
	if (claimer) await w.call(claimer, 'feedback.claim', { requestId });
	return { attemptId, requestId: requestId as string };
}

/** A full answer to a request: every criterion of the attempt's rubric, one turn commented. */
async function feedbackAnswer(w: World, attemptId: string, requestId: string) {
	const debrief = await w.call('owner', 'progress.debrief', { attemptId });
	const criteria = (debrief.rubric as { criteria: { key: string }[] }).criteria;
	const turns = debrief.transcript as { id: string }[];
	return {
		requestId,
		scores: Object.fromEntries(criteria.map((c) => [c.key, { score: 3 }])),
		comments: [{ turnId: turns[0].id, text: 'Matrix comment.' }],
		summary: 'Matrix summary.'
	};
}

export async function freshSkill(w: World) {
	const created = await w.call('admin', 'admin.skill.create', {
		name: `Matrix skill ${letters()}`,
		description: 'made by the access matrix'
	});
	return created.slug as string;
}

// ——— Cohorts: `owner` coordinates (an admin grants the capability first); in the cohorts
// `owner` trains in, reviewer2 coordinates. Planning procedures run with token_planning_v1 on.

export async function grantCoordinator(w: World, who: Member) {
	await w.call('admin', 'admin.user.setCoordinator', {
		userId: w.people[who].id,
		coordinator: true
	});
}

async function planningOn(w: World) {
	await w.call('admin', 'admin.flag.set', { key: 'token_planning_v1', enabled: true });
}

/** A fresh cohort the owner coordinates. */
async function ownCohort(w: World, coordinator: Member = 'owner') {
	await grantCoordinator(w, coordinator);
	const { id } = await w.call(coordinator, 'cohort.create', { name: `Matrix cohort ${tag()}` });
	return id as string;
}

async function cohortInvite(w: World, coordinator: Member = 'owner') {
	const cohortId = await ownCohort(w, coordinator);
	const { code } = await w.call(coordinator, 'cohort.invite', { cohortId });
	return { cohortId, code: code as string };
}

/** A cohort reviewer2 coordinates and the owner joined, sharing progress. */
async function cohortOwnerTrainsIn(w: World) {
	const { cohortId, code } = await cohortInvite(w, 'reviewer2');
	await w.call('owner', 'cohort.join', { code, consent: true });
	return { cohortId };
}

async function ownCohortAssignment(w: World) {
	const cohortId = await ownCohort(w);
	const { id } = await w.call('owner', 'cohort.assign', {
		cohortId,
		scenarioId: (await playable(w)).id,
		dueAt: new Date(Date.now() + 7 * 86_400_000)
	});
	return id as string;
}

async function firstPool(w: World) {
	await planningOn(w);
	const overview = await w.call('admin', 'admin.planning.overview');
	return (overview.pools as { id: string }[])[0].id;
}

const randomDay = () =>
	new Date(
		Date.UTC(2030 + (randomBytes(1)[0] % 50), randomBytes(1)[0] % 12, 1 + (randomBytes(1)[0] % 28))
	)
		.toISOString()
		.slice(0, 10);

// ---------------------------------------------------------------------------------------------
// The table

export const ok = 'ok' as const;
export const everyone: Record<Actor, Outcome> = {
	anonymous: ok,
	learner: ok,
	owner: ok,
	reviewer: ok,
	admin: ok
};
export const signedIn: Record<Actor, Outcome> = { ...everyone, anonymous: 'UNAUTHORIZED' };
export const reviewers: Record<Actor, Outcome> = {
	anonymous: 'UNAUTHORIZED',
	learner: 'FORBIDDEN',
	owner: 'FORBIDDEN',
	reviewer: ok,
	admin: ok
};
export const admins: Record<Actor, Outcome> = { ...reviewers, reviewer: 'FORBIDDEN' };
/** The owner's private row (attempt): others get NOT_FOUND, as if it did not exist. */
export const ownerOnlyHidden: Record<Actor, Outcome> = {
	anonymous: 'UNAUTHORIZED',
	learner: 'NOT_FOUND',
	owner: ok,
	reviewer: 'NOT_FOUND',
	admin: 'NOT_FOUND'
};
/** The owner's draft: hidden from other learners and reviewers; admins see it exists. */
export const authorOfDraft: Record<Actor, Outcome> = {
	anonymous: 'UNAUTHORIZED',
	learner: 'NOT_FOUND',
	owner: ok,
	reviewer: 'NOT_FOUND',
	admin: 'FORBIDDEN'
};
export const draftViewers: Record<Actor, Outcome> = {
	anonymous: 'NOT_FOUND',
	learner: 'NOT_FOUND',
	owner: ok,
	reviewer: 'NOT_FOUND',
	admin: ok
};

export const approvedScenario = async (w: World) => ({ scenarioId: (await playable(w)).id });

export const ACCESS: Record<string, AccessCase | AccessCase[]> = {
	...questBuilderAccess(),
	...familyAccess(),
	...trackAccess(),
	'auth.me': { access: everyone },

	// Catalogue: public reads
	'scenario.list': { access: everyone, input: async () => ({ search: 'call', limit: 5 }) },
	'scenario.bySlug': [
		{
			about: 'an approved built-in scenario',
			access: everyone,
			input: async (w) => ({ slug: (await playable(w)).slug })
		},
		{
			about: "the owner's draft",
			access: draftViewers,
			input: async (w) => ({ slug: (await ownDraft(w)).slug })
		}
	],
	'marketplace.list': { access: everyone, input: async () => ({ limit: 5 }) },
	'skill.active': { access: everyone },

	// Progress: the caller's own rows only
	'progress.save': {
		access: signedIn,
		input: async (w) => ({ ...(await approvedScenario(w)), saved: true })
	},
	'progress.startAttempt': { access: signedIn, input: approvedScenario },
	'progress.advanceStep': {
		about: "the owner's open attempt",
		access: ownerOnlyHidden,
		input: async (w) => {
			const { scenario, attemptId } = await openAttemptOf(w);
			return { attemptId, stepId: scenario.steps[1] };
		}
	},
	'progress.heartbeat': {
		about: "the owner's open attempt",
		access: ownerOnlyHidden,
		input: async (w) => ({ attemptId: (await openAttemptOf(w)).attemptId })
	},
	'progress.finishAttempt': {
		about: "the owner's open attempt",
		access: ownerOnlyHidden,
		input: async (w) => ({
			attemptId: (await openAttemptOf(w)).attemptId,
			completed: true,
			reflection: 'Went well.'
		})
	},
	'progress.respond': {
		about: "the owner's open attempt, answering its first step",
		access: ownerOnlyHidden,
		input: async (w) => {
			const { scenario, attemptId } = await openAttemptOf(w);
			return { attemptId, stepId: scenario.steps[0], ...scenario.firstAnswer };
		}
	},
	'progress.transcript': {
		about: "the owner's attempt",
		access: ownerOnlyHidden,
		input: async (w) => ({ attemptId: (await openAttemptOf(w)).attemptId })
	},
	'progress.selfAssess': {
		about: "the owner's finished attempt",
		access: ownerOnlyHidden,
		input: async (w) => {
			const { attemptId, criterion } = await finishedAttemptOf(w);
			return { attemptId, scores: { [criterion]: 3 } };
		}
	},
	'progress.debrief': [
		{
			about: "the owner's finished attempt",
			access: ownerOnlyHidden,
			input: async (w) => ({ attemptId: (await finishedAttemptOf(w)).attemptId })
		},
		{
			about: 'an attempt the owner asked a supervisor about: supervisors read it',
			access: { ...ownerOnlyHidden, reviewer: ok, admin: ok },
			input: async (w) => ({ attemptId: (await feedbackRequestOf(w)).attemptId })
		},
		{
			about: 'an attempt whose request the owner withdrew: nobody else reads it',
			access: ownerOnlyHidden,
			input: async (w) => {
				const { attemptId, requestId } = await feedbackRequestOf(w, 'reviewer');
				await w.call('owner', 'feedback.withdraw', { requestId });
				return { attemptId };
			}
		}
	],
	'progress.mastery': { access: signedIn },
	'feedback.request': {
		about: "the owner's finished attempt",
		access: ownerOnlyHidden,
		input: async (w) => ({ attemptId: (await finishedAttemptOf(w)).attemptId, note: 'Matrix' })
	},
	'feedback.withdraw': {
		about: "the owner's open request",
		access: ownerOnlyHidden,
		input: async (w) => ({ requestId: (await feedbackRequestOf(w)).requestId })
	},
	'feedback.queue': { access: reviewers, input: async () => ({ limit: 5 }) },
	'feedback.stats': { access: reviewers },
	'feedback.item': {
		about: "an open request on the owner's attempt",
		access: reviewers,
		input: async (w) => ({ requestId: (await feedbackRequestOf(w)).requestId })
	},
	'feedback.claim': {
		about: "an open request on the owner's attempt",
		access: reviewers,
		input: async (w) => ({ requestId: (await feedbackRequestOf(w)).requestId })
	},
	'feedback.release': {
		about: 'a request the reviewer claimed (others release nothing)',
		access: reviewers,
		input: async (w) => ({ requestId: (await feedbackRequestOf(w, 'reviewer')).requestId })
	},
	'feedback.submit': [
		{
			about: 'a request the reviewer claimed: only the claiming reviewer answers',
			access: { ...reviewers, admin: 'CONFLICT' },
			input: async (w) => {
				const { attemptId, requestId } = await feedbackRequestOf(w, 'reviewer');
				return feedbackAnswer(w, attemptId, requestId);
			}
		},
		{
			about: 'a request another reviewer (reviewer2) claimed',
			access: { ...reviewers, reviewer: 'CONFLICT', admin: 'CONFLICT' },
			input: async (w) => {
				const { attemptId, requestId } = await feedbackRequestOf(w, 'reviewer2');
				return feedbackAnswer(w, attemptId, requestId);
			}
		}
	],
	'feedback.doubleScore': {
		about: 'a request reviewer2 answered',
		access: admins,
		input: async (w) => {
			const { attemptId, requestId } = await feedbackRequestOf(w, 'reviewer2');
			await w.call('reviewer2', 'feedback.submit', await feedbackAnswer(w, attemptId, requestId));
			return { requestId };
		}
	},
	'feedback.calibration': { access: admins },
	'progress.recentAttempts': { access: signedIn },
	'progress.openAttempt': {
		about: 'a scenario the owner has an open attempt on (others see only their own: none)',
		access: signedIn,
		input: async (w) => ({ scenarioId: (await openAttemptOf(w)).scenario.id })
	},
	'progress.attempt': {
		about: "the owner's attempt",
		access: ownerOnlyHidden,
		input: async (w) => ({ attemptId: (await openAttemptOf(w)).attemptId })
	},
	'progress.rate': {
		about: 'a scenario everyone started (rating needs a started attempt)',
		access: signedIn,
		input: async (w) => {
			const target = await approvedScenario(w);
			await startedByAll(w, target.scenarioId);
			return { ...target, rating: 4, review: 'Helpful.' };
		}
	},
	'progress.removeRating': { access: signedIn, input: approvedScenario },
	'progress.saveNotes': {
		access: signedIn,
		input: async (w) => ({ ...(await approvedScenario(w)), notes: 'private thoughts' })
	},
	'progress.mine': { access: signedIn, input: async () => ({ filter: 'saved' }) },
	'progress.stats': { access: signedIn, input: async () => ({ timeZone: 'Europe/Berlin' }) },
	'progress.reviews': [
		{ about: 'an approved scenario', access: everyone, input: approvedScenario },
		{
			about: "the owner's draft",
			access: draftViewers,
			input: async (w) => ({ scenarioId: (await ownDraft(w)).id })
		}
	],
	'progress.reportReview': {
		about: "reviewer2's public review (each actor reports it once)",
		access: signedIn,
		input: async (w) => ({ ...(await someonesReview(w)), reason: 'Insults the author.' })
	},

	// Studio: authors and their own scenarios
	'studio.mine': { access: signedIn },
	'studio.rubrics': { access: signedIn },
	'studio.create': { access: signedIn, input: async () => draftContent() },
	'studio.get': {
		about: "the owner's draft",
		access: authorOfDraft,
		input: async (w) => ({ id: (await ownDraft(w)).id })
	},
	'studio.update': {
		about: "the owner's draft",
		access: authorOfDraft,
		input: async (w) => ({
			id: (await ownDraft(w)).id,
			content: draftContent(`Edited ${tag()}`)
		})
	},
	'studio.submit': {
		about: "the owner's draft",
		access: authorOfDraft,
		input: async (w) => ({ id: (await ownDraft(w)).id })
	},
	'studio.setVisibility': {
		about: "the owner's approved public scenario (visible, so others get FORBIDDEN)",
		access: {
			anonymous: 'UNAUTHORIZED',
			learner: 'FORBIDDEN',
			owner: ok,
			reviewer: 'FORBIDDEN',
			admin: 'FORBIDDEN'
		},
		input: async (w) => ({ id: (await ownApproved(w)).id, visibility: 'unlisted' })
	},
	'studio.archive': {
		about: "the owner's approved public scenario (visible, so others get FORBIDDEN)",
		access: {
			anonymous: 'UNAUTHORIZED',
			learner: 'FORBIDDEN',
			owner: ok,
			reviewer: 'FORBIDDEN',
			admin: 'FORBIDDEN'
		},
		input: async (w) => ({ id: (await ownApproved(w)).id })
	},

	// Review desk: psychologists (and admins)
	'review.queue': { access: reviewers, input: async () => ({ limit: 10 }) },
	'review.pending': { access: reviewers },
	'review.authors': { access: reviewers },
	'review.item': {
		about: "the owner's scenario in review",
		access: reviewers,
		input: async (w) => ({ scenarioId: (await ownInReview(w)).id })
	},
	'review.claim': {
		about: "the owner's scenario in review",
		access: reviewers,
		input: async (w) => ({ scenarioId: (await ownInReview(w)).id })
	},
	'review.release': {
		about: "the owner's scenario in review",
		access: reviewers,
		input: async (w) => ({ scenarioId: (await ownInReview(w)).id })
	},
	'review.submit': {
		about: "the owner's scenario in review",
		access: reviewers,
		input: async (w) => ({
			scenarioId: (await ownInReview(w)).id,
			...FIVES,
			strengths: 'Well paced.',
			decision: 'approved',
			confirmedWarnings: []
		})
	},
	'review.mine': { access: reviewers, input: async () => ({ limit: 5 }) },

	// Notifications: the caller's own
	'notification.list': { access: signedIn, input: async () => ({ limit: 5 }) },
	'notification.summary': { access: signedIn },
	'notification.markRead': { access: signedIn, input: async () => ({}) },

	// Admin console
	'admin.overview': { access: admins },
	'admin.metrics': { access: admins },
	'admin.skill.list': { access: admins },
	'admin.skill.create': {
		access: admins,
		input: async () => ({ name: `Matrix skill ${letters()}`, description: '' })
	},
	'admin.skill.update': {
		access: admins,
		input: async (w) => ({
			slug: await freshSkill(w),
			name: `Renamed ${letters()}`,
			description: 'renamed'
		})
	},
	'admin.skill.reorder': {
		access: admins,
		input: async (w) => ({
			slugs: ((await w.call('admin', 'admin.skill.list')) as { slug: string }[]).map((s) => s.slug)
		})
	},
	'admin.skill.setActive': {
		access: admins,
		input: async (w) => ({ slug: await freshSkill(w), active: false })
	},
	'admin.skill.merge': {
		access: admins,
		input: async (w) => ({ from: await freshSkill(w), into: await freshSkill(w) })
	},
	'admin.skill.delete': { access: admins, input: async (w) => ({ slug: await freshSkill(w) }) },
	'admin.scenario.list': { access: admins, input: async () => ({ pageSize: 5 }) },
	'admin.scenario.updateMetadata': {
		access: admins,
		input: async (w) => ({
			scenarioId: (await ownDraft(w)).id,
			skills: ['active-listening', 'rapport-building'],
			difficulty: 'advanced',
			estimatedTime: 40
		})
	},
	'admin.scenario.bulkUpdate': {
		access: admins,
		input: async (w) => ({
			scenarioIds: [(await ownDraft(w)).id],
			operation: { kind: 'set_time', estimatedTime: 25 }
		})
	},
	'admin.scenario.coverage': { access: admins },
	'admin.backfill.state': { access: admins },
	'admin.backfill.generate': { access: admins, input: async () => ({ scope: 'missing' }) },
	'admin.backfill.decide': {
		access: admins,
		input: async (w) => {
			await w.call('admin', 'admin.backfill.generate', { scope: 'all' });
			const state = await w.call('admin', 'admin.backfill.state');
			return { id: state.proposals[0].id, decision: 'reject' };
		}
	},
	'admin.backfill.decideAll': { access: admins, input: async () => ({ decision: 'reject' }) },
	'admin.backfill.applyAccepted': {
		about: 'one accepted proposal',
		access: admins,
		input: async (w) => {
			await w.call('admin', 'admin.backfill.generate', { scope: 'all' });
			const state = await w.call('admin', 'admin.backfill.state');
			await w.call('admin', 'admin.backfill.decide', {
				id: state.proposals[0].id,
				decision: 'accept'
			});
			return undefined;
		}
	},
	// Cohorts: coordinating needs the capability and the cohort's membership; anyone else gets
	// NOT_FOUND, as if the cohort did not exist. A trainee acts on their own membership only.
	'cohort.mine': { access: signedIn },
	'cohort.myAssignments': { access: signedIn },
	'cohort.create': {
		about: 'the owner holds the coordinator capability',
		access: { ...admins, admin: 'FORBIDDEN', owner: ok },
		input: async (w) => {
			await grantCoordinator(w, 'owner');
			return { name: `Matrix cohort ${tag()}` };
		}
	},
	'cohort.update': {
		about: "the owner's cohort",
		access: ownerOnlyHidden,
		input: async (w) => ({ cohortId: await ownCohort(w), name: `Renamed ${tag()}` })
	},
	'cohort.archive': {
		about: "the owner's cohort",
		access: ownerOnlyHidden,
		input: async (w) => ({ cohortId: await ownCohort(w), archived: true })
	},
	'cohort.invite': {
		about: "the owner's cohort",
		access: ownerOnlyHidden,
		input: async (w) => ({ cohortId: await ownCohort(w) })
	},
	'cohort.revokeInvite': {
		about: "the owner's cohort",
		access: ownerOnlyHidden,
		input: async (w) => ({ cohortId: (await cohortInvite(w)).cohortId })
	},
	'cohort.addCoordinator': {
		about: "the owner's cohort, adding reviewer2 (a coordinator)",
		access: ownerOnlyHidden,
		input: async (w) => {
			await grantCoordinator(w, 'reviewer2');
			return { cohortId: await ownCohort(w), email: w.people.reviewer2.email };
		}
	},
	'cohort.removeMember': {
		about: "a trainee of the owner's cohort",
		access: ownerOnlyHidden,
		input: async (w) => {
			const { cohortId, code } = await cohortInvite(w);
			await w.call('reviewer2', 'cohort.join', { code, consent: false });
			return { cohortId, userId: w.people.reviewer2.id };
		}
	},
	'cohort.preview': {
		about: "a live invite to the owner's cohort",
		access: signedIn,
		input: async (w) => ({ code: (await cohortInvite(w)).code })
	},
	'cohort.join': {
		about: "a live invite to the owner's cohort (its coordinator cannot join as a trainee)",
		access: { ...signedIn, owner: 'CONFLICT' },
		input: async (w) => ({ code: (await cohortInvite(w)).code, consent: true })
	},
	'cohort.giveConsent': {
		about: 'a cohort the owner trains in',
		access: ownerOnlyHidden,
		input: cohortOwnerTrainsIn
	},
	'cohort.withdrawConsent': {
		about: 'a cohort the owner trains in',
		access: ownerOnlyHidden,
		input: cohortOwnerTrainsIn
	},
	'cohort.leave': {
		about: 'a cohort the owner trains in',
		access: ownerOnlyHidden,
		input: cohortOwnerTrainsIn
	},
	'cohort.assign': {
		about: "the owner's cohort",
		access: ownerOnlyHidden,
		input: async (w) => ({
			cohortId: await ownCohort(w),
			scenarioId: (await playable(w)).id,
			dueAt: new Date(Date.now() + 7 * 86_400_000),
			required: true,
			minLevel: 2
		})
	},
	'cohort.unassign': {
		about: "an assignment of the owner's cohort",
		access: ownerOnlyHidden,
		input: async (w) => ({ assignmentId: await ownCohortAssignment(w) })
	},
	'cohort.assignable': {
		about: "the owner's cohort",
		access: ownerOnlyHidden,
		input: async (w) => ({ cohortId: await ownCohort(w) })
	},
	'cohort.dashboard': {
		about: "the owner's cohort, with a trainee who shares",
		access: ownerOnlyHidden,
		input: async (w) => {
			const { cohortId, code } = await cohortInvite(w);
			await w.call('reviewer2', 'cohort.join', { code, consent: true });
			return { cohortId };
		}
	},
	'cohort.plan': {
		about: "the owner's cohort, planning switched on",
		access: ownerOnlyHidden,
		input: async (w) => {
			await planningOn(w);
			return { cohortId: await ownCohort(w) };
		}
	},
	'cohort.setDemand': {
		about: "the owner's cohort, planning switched on",
		access: ownerOnlyHidden,
		input: async (w) => ({
			cohortId: await ownCohort(w),
			poolId: await firstPool(w),
			tokensP50: 2,
			tokensP90: 3
		})
	},
	'admin.user.setCoordinator': {
		access: admins,
		input: async (w) => ({ userId: (await w.spareUser()).id, coordinator: true })
	},
	'admin.planning.overview': {
		access: admins,
		input: async (w) => {
			await planningOn(w);
			return undefined;
		}
	},
	'admin.planning.savePool': {
		access: admins,
		input: async (w) => {
			await planningOn(w);
			return { name: `Matrix pool ${tag()}`, description: 'made by the access matrix' };
		}
	},
	'admin.planning.setSkillPool': {
		access: admins,
		input: async (w) => ({ skill: await freshSkill(w), poolId: await firstPool(w) })
	},
	'admin.planning.saveCalibration': {
		access: admins,
		input: async (w) => ({
			poolId: await firstPool(w),
			effectiveDate: randomDay(),
			tokensPerHour: 1.5
		})
	},
	'admin.planning.deleteCalibration': {
		access: admins,
		input: async (w) => {
			const saved = await w.call('admin', 'admin.planning.saveCalibration', {
				poolId: await firstPool(w),
				effectiveDate: randomDay(),
				tokensPerHour: 2
			});
			return { calibrationId: saved.id };
		}
	},
	'admin.planning.scenarioSupply': {
		access: admins,
		input: async (w) => {
			await planningOn(w);
			return approvedScenario(w);
		}
	},
	'admin.planning.setScenarioSupply': {
		access: admins,
		input: async (w) => {
			await planningOn(w);
			return { ...(await approvedScenario(w)), planningMode: 'legacy', supplies: [] };
		}
	},
	'admin.user.list': { access: admins, input: async () => ({ pageSize: 5 }) },
	'admin.user.setRole': {
		access: admins,
		input: async (w) => ({ userId: (await w.spareUser()).id, role: 'reviewer' })
	},
	'admin.user.setDisabled': {
		access: admins,
		input: async (w) => ({ userId: (await w.spareUser()).id, disabled: true })
	},
	'admin.apiKey.list': { access: admins },
	'admin.apiKey.create': { access: admins, input: async () => ({ name: `Matrix key ${tag()}` }) },
	'admin.apiKey.revoke': {
		access: admins,
		input: async (w) => ({
			id: (await w.call('admin', 'admin.apiKey.create', { name: `Matrix key ${tag()}` })).id
		})
	},
	'admin.flag.list': { access: admins },
	'admin.flag.set': {
		access: admins,
		input: async (w) => {
			const [flag] = (await w.call('admin', 'admin.flag.list')) as {
				key: string;
				enabled: boolean;
			}[];
			return { key: flag.key, enabled: !flag.enabled };
		}
	},
	'admin.flag.settings': { access: admins },
	'admin.flag.setApprovalThreshold': { access: admins, input: async () => ({ value: 3 }) },
	'admin.audit.list': { access: admins, input: async () => ({ pageSize: 5 }) },
	'admin.audit.filters': { access: admins },
	'admin.outbox.list': { access: admins, input: async () => ({ pageSize: 5 }) },
	'admin.reviews.reports': { access: admins },
	'admin.reviews.resolve': { about: 'a fresh open report', access: admins, input: openReport },
	'admin.audit.undo': {
		access: admins,
		input: async (w) => {
			const changed = await w.call('admin', 'admin.scenario.updateMetadata', {
				scenarioId: (await ownDraft(w)).id,
				skills: ['active-listening'],
				difficulty: 'advanced',
				estimatedTime: 45
			});
			return { id: changed.auditId };
		}
	},
	'admin.data.exportScenarios': { access: admins },
	'admin.data.importScenarios': {
		access: admins,
		input: async () => ({
			document: {
				format: 'scenario-hub/scenarios',
				version: 1,
				scenarios: [{ ...draftContent(), slug: `imported-${tag()}`, status: 'draft' }]
			}
		})
	},
	'admin.data.importLegacy': {
		access: admins,
		input: async (w) => {
			const scenario = await playable(w);
			const line = {
				table: 'scenario_attempts',
				id: `legacy-${tag()}`,
				userEmail: w.people.learner.email,
				scenarioSlug: scenario.slug,
				startedAt: '2024-03-01T10:00:00Z',
				endedAt: '2024-03-01T10:12:00Z',
				timeSpent: 720
			};
			return { text: JSON.stringify(line), dryRun: true };
		}
	}
};

export function accessCases(path: string): AccessCase[] | undefined {
	const entry = ACCESS[path];
	return entry === undefined ? undefined : Array.isArray(entry) ? entry : [entry];
}
