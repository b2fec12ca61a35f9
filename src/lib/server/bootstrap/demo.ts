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
import { loadSeedContent, type CrowdReviews } from './load-content';
import { CROWD_ACCOUNTS, DEMO_ACCOUNTS, type DemoAccount } from './demo-accounts';
import { seedDemoCohort } from './demo-cohort';

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

/**
 * Review texts for crowd ratings, from content/crowd-reviews.yaml: the first unused text for the
 * scenario and the number of stars, else one for any scenario, else none. Each is used once.
 */
function crowdReviewTexts(reviews: CrowdReviews) {
	const used = new Set<string>();
	return (slug: string, stars: number): string | null => {
		const key = String(stars) as keyof CrowdReviews['any'];
		const candidates = [...(reviews.scenarios[slug]?.[key] ?? []), ...(reviews.any[key] ?? [])];
		const text = candidates.find((t) => !used.has(t)) ?? null;
		if (text) used.add(text);
		return text;
	};
}

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
	for (const [index, item] of loadSeedContent().community.entries()) {
		const slug = item.slug;
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
		const { id } = await createScenario(db, item.content, {
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
				// What an approval confirms: the warnings the approved content carries.
				confirmedWarnings: item.review.decision === 'approved' ? item.content.contentWarnings : [],
				createdAt: reviewedAt
			});
			await db.insert(notifications).values({
				userId: authorId,
				kind: 'review_landed',
				title: `Review of “${item.content.title}”: ${item.review.decision.replace('_', ' ')}`,
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
	slug: string;
	estimatedTime: number;
	steps: { id: string }[];
}

/** Saves, attempts and ratings for learners created just now (never for existing ones). */
async function seedProgress(db: Executor, learnerIds: string[], now: Date) {
	const listed: Listed[] = await db
		.select({
			id: scenarios.id,
			slug: scenarios.slug,
			estimatedTime: scenarios.estimatedTime,
			steps: scenarios.steps
		})
		.from(scenarios)
		.where(eq(scenarios.status, 'approved'))
		.orderBy(scenarios.slug);
	if (listed.length === 0 || learnerIds.length === 0) return { progressRows: 0, attempts: 0 };

	const quality = new Map(listed.map((s, i) => [s.id, 3.2 + ((i * 37) % 17) / 10]));
	// A few scenarios are far more popular than the rest, as in any real library.
	const weight = (i: number) => (i % 11 === 0 ? 12 : i % 5 === 0 ? 4 : 1);
	const day = 86_400_000;
	const reviewText = crowdReviewTexts(loadSeedContent().crowdReviews);
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
			const savedAt = isSaved ? new Date(now.getTime() - Math.floor(random() * 60 * day)) : null;
			const reviewed = rating !== null && random() < 0.45;
			// This draw once picked one of ten shared texts. It stays so that every later draw,
			// and with it every rating and attempt of the demo, is as it was.
			if (reviewed) random();
			progressRows.push({
				userId,
				scenarioId: s.id,
				isSaved,
				savedAt,
				timesAttempted: attempts,
				timesCompleted: completed,
				lastAttemptAt,
				lastCompletedAt,
				currentStep: openAttempt?.currentStep ?? null,
				totalTimeSpent: timeSpent,
				userRating: rating,
				reviewText: reviewed ? reviewText(s.slug, rating) : null,
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
	const cohortsAdded = await seedDemoCohort(db, ids, now);
	if (cohortsAdded) log('demo cohort added');
	return { accounts: created.size, communityScenarios: communityAdded, ...progress };
}
