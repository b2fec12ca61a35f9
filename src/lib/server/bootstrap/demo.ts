import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client';
import {
	notifications,
	scenarioAttempts,
	scenarioReviews,
	scenarios,
	userScenarioProgress,
	users
} from '../db/schema';
import { hashPassword } from '../auth/password';
import { createScenario } from '../services/catalog/create';
import { rebuildCounters } from '../services/progress/verify';
import { communityScenarios } from './content-ts/community';
import { toScenarioContent } from './to-content';
import { CROWD_ACCOUNTS, DEMO_ACCOUNTS, type DemoAccount } from './demo-accounts';

export interface DemoReport {
	accounts: number;
	communityScenarios: number;
	progressRows: number;
	attempts: number;
}

/** Deterministic pseudo-random numbers, so every fresh seed looks the same. */
function mulberry32(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const REVIEW_TEXTS = [
	'Felt close to a real shift. The guidance after each step is exactly what I needed.',
	'Good practice for asking the direct question. I was nervous and this helped.',
	'The persona is believable and the pacing is right. Would recommend to new volunteers.',
	'A bit long, but the debrief points are excellent.',
	'Useful, though I wanted one more branch where the caller pushes back.',
	'I replayed this before my first real chat shift. It made a difference.',
	'Clear, kind and realistic. My supervisor uses it in our cohort training.',
	'The ending section taught me how to close without rushing. Thank you!',
	'Solid scenario; the comfort indicators are a clever touch.',
	'Hard in the best way. I had to slow down and listen.'
];

async function ensureAccounts(db: Executor, accounts: DemoAccount[]) {
	const hashes = new Map<string, string>();
	const created = new Set<string>();
	const ids = new Map<string, string>();
	for (const account of accounts) {
		const [existing] = await db
			.select({ id: users.id })
			.from(users)
			.where(eq(users.email, account.email))
			.limit(1);
		if (existing) {
			ids.set(account.key, existing.id);
			continue;
		}
		if (!hashes.has(account.password)) {
			hashes.set(account.password, await hashPassword(account.password));
		}
		const [row] = await db
			.insert(users)
			.values({
				email: account.email,
				displayName: account.displayName,
				role: account.role,
				passwordHash: hashes.get(account.password)!
			})
			.returning({ id: users.id });
		ids.set(account.key, row.id);
		created.add(account.key);
	}
	return { ids, created };
}

async function seedCommunity(db: Executor, ids: Map<string, string>, now: Date) {
	const reviewerId = ids.get('reviewer')!;
	let added = 0;
	for (const [index, item] of communityScenarios.entries()) {
		const slug = item.scenario.slug;
		const [existing] = await db
			.select({ id: scenarios.id })
			.from(scenarios)
			.where(eq(scenarios.slug, slug))
			.limit(1);
		if (existing) continue;
		const authorId = ids.get(item.author)!;
		const createdAt = new Date(now.getTime() - (40 - index * 2) * 86_400_000);
		const submittedAt = item.status === 'draft' ? null : new Date(createdAt.getTime() + 86_400_000);
		const reviewedAt = submittedAt ? new Date(submittedAt.getTime() + 2 * 86_400_000) : null;
		const content = { ...toScenarioContent(item.scenario), visibility: item.visibility };
		const { id } = await createScenario(db, content, {
			slug,
			createdByUserId: authorId,
			status: item.status,
			submittedAt,
			approvedAt: item.status === 'approved' ? reviewedAt : null,
			createdAt
		});
		if (item.review && reviewedAt) {
			await db.insert(scenarioReviews).values({
				scenarioId: id,
				scenarioVersion: 1,
				reviewerId,
				emotionalSafetyScore: item.review.emotionalSafety,
				therapeuticCorrectnessScore: item.review.therapeuticCorrectness,
				ageAppropriatenessScore: item.review.ageAppropriateness,
				revealTimingScore: item.review.revealTiming,
				strengths: item.review.strengths,
				concerns: item.review.concerns,
				recommendations: item.review.recommendations,
				decision: item.review.decision,
				createdAt: reviewedAt
			});
			await db.insert(notifications).values({
				userId: authorId,
				kind: 'review_landed',
				title: `Review of “${item.scenario.title}”: ${item.review.decision.replace('_', ' ')}`,
				body: item.review.concerns.slice(0, 280),
				link: `/studio/${id}`,
				createdAt: reviewedAt
			});
		}
		added++;
	}
	return added;
}

interface Listed {
	id: string;
	estimatedTime: number;
	steps: { id: string }[];
}

/** Saves, attempts and ratings for learners created just now (never for existing ones). */
async function seedProgress(db: Executor, learnerIds: string[], now: Date) {
	const listed: Listed[] = await db
		.select({ id: scenarios.id, estimatedTime: scenarios.estimatedTime, steps: scenarios.steps })
		.from(scenarios)
		.where(eq(scenarios.status, 'approved'))
		.orderBy(scenarios.slug);
	if (listed.length === 0 || learnerIds.length === 0) return { progressRows: 0, attempts: 0 };

	const quality = new Map(listed.map((s, i) => [s.id, 3.2 + ((i * 37) % 17) / 10]));
	// A few scenarios are far more popular than the rest, as in any real library.
	const weight = (i: number) => (i % 11 === 0 ? 12 : i % 5 === 0 ? 4 : 1);
	const day = 86_400_000;
	const progressRows: (typeof userScenarioProgress.$inferInsert)[] = [];
	const attemptRows: (typeof scenarioAttempts.$inferInsert)[] = [];

	learnerIds.forEach((userId, learnerIndex) => {
		const random = mulberry32(1000 + learnerIndex * 7919);
		const pool = listed.map((s, i) => ({ s, w: weight(i) * (0.5 + random()) }));
		pool.sort((a, b) => b.w - a.w);
		const count = 8 + Math.floor(random() * 12);
		for (const { s } of pool.slice(0, count)) {
			const isSaved = random() < 0.55;
			const attempts = Math.floor(random() * 4);
			let completed = 0;
			let timeSpent = 0;
			let lastAttemptAt: Date | null = null;
			let lastCompletedAt: Date | null = null;
			for (let a = 0; a < attempts; a++) {
				const startedAt = new Date(now.getTime() - Math.floor(random() * 84 * day) - 3600_000);
				const isOpen = a === attempts - 1 && random() < 0.12;
				const seconds = Math.round(s.estimatedTime * 60 * (0.6 + random() * 0.8));
				const outcome = isOpen ? null : random() < 0.72 ? 'completed' : 'abandoned';
				const finishedAt = isOpen ? null : new Date(startedAt.getTime() + seconds * 1000);
				attemptRows.push({
					userId,
					scenarioId: s.id,
					startedAt,
					finishedAt,
					outcome,
					timeSpent: isOpen ? null : seconds,
					currentStep: isOpen ? (s.steps[1]?.id ?? s.steps[0]?.id ?? null) : null,
					stepsVisited: isOpen ? 2 : s.steps.length,
					reflection:
						outcome === 'completed' && random() < 0.3
							? 'Slowing down before asking the direct question worked better than last time.'
							: null
				});
				if (!isOpen) timeSpent += seconds;
				if (outcome === 'completed') {
					completed++;
					if (!lastCompletedAt || finishedAt! > lastCompletedAt) lastCompletedAt = finishedAt;
				}
				if (!lastAttemptAt || startedAt > lastAttemptAt) lastAttemptAt = startedAt;
			}
			const rated = completed > 0 && random() < 0.75;
			const rating = rated
				? Math.max(1, Math.min(5, Math.round(quality.get(s.id)! + (random() - 0.5) * 2)))
				: null;
			const openAttempt = attemptRows.findLast(
				(a) => a.userId === userId && a.scenarioId === s.id && !a.finishedAt
			);
			progressRows.push({
				userId,
				scenarioId: s.id,
				isSaved,
				savedAt: isSaved ? new Date(now.getTime() - Math.floor(random() * 60 * day)) : null,
				timesAttempted: attempts,
				timesCompleted: completed,
				lastAttemptAt,
				lastCompletedAt,
				currentStep: openAttempt?.currentStep ?? null,
				totalTimeSpent: timeSpent,
				userRating: rating,
				reviewText:
					rating && random() < 0.45
						? REVIEW_TEXTS[Math.floor(random() * REVIEW_TEXTS.length)]
						: null,
				ratedAt: rating ? (lastCompletedAt ?? now) : null,
				createdAt: lastAttemptAt ?? now,
				updatedAt: lastAttemptAt ?? now
			});
		}
	});

	for (let i = 0; i < progressRows.length; i += 500) {
		await db.insert(userScenarioProgress).values(progressRows.slice(i, i + 500));
	}
	for (let i = 0; i < attemptRows.length; i += 500) {
		await db.insert(scenarioAttempts).values(attemptRows.slice(i, i + 500));
	}
	await rebuildCounters(db, [...new Set(progressRows.map((p) => p.scenarioId))]);
	return { progressRows: progressRows.length, attempts: attemptRows.length };
}

export async function seedDemo(
	db: Executor,
	{ now, log }: { now: Date; log: (message: string) => void }
): Promise<DemoReport> {
	const { ids, created } = await ensureAccounts(db, [...DEMO_ACCOUNTS, ...CROWD_ACCOUNTS]);
	log(`demo accounts: ${created.size} added`);
	const communityAdded = await seedCommunity(db, ids, now);
	log(`community scenarios: ${communityAdded} added`);
	const newLearners = ['learner', ...CROWD_ACCOUNTS.map((a) => a.key)]
		.filter((key) => created.has(key))
		.map((key) => ids.get(key)!);
	const existingProgress = newLearners.length
		? await db
				.select({ userId: userScenarioProgress.userId })
				.from(userScenarioProgress)
				.where(inArray(userScenarioProgress.userId, newLearners))
				.limit(1)
		: [];
	const progress =
		existingProgress.length === 0
			? await seedProgress(db, newLearners, now)
			: { progressRows: 0, attempts: 0 };
	log(`demo progress: ${progress.progressRows} rows, ${progress.attempts} attempts`);
	return { accounts: created.size, communityScenarios: communityAdded, ...progress };
}
