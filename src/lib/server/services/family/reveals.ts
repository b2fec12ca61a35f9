import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { questProgress, scenarioMetadata, scenarios } from '../../db/schema';
import { AppError } from '../../errors';
import { ownChild } from './children';

// What the parent sees of a child's quests (/family/[childId]): per quest played, whether it is
// finished, the sessions, the time and when; and, for a finished quest, its reveal message, the
// author's words to the grown-up about what the child practised.

export async function childProgress(db: Executor, parentId: string, childId: string) {
	const child = await ownChild(db, parentId, childId);
	const quests = await db
		.select({
			scenarioId: questProgress.scenarioId,
			title: scenarios.title,
			completed: questProgress.completed,
			completedAt: questProgress.completedAt,
			playing: sql<boolean>`${questProgress.currentStep} is not null`,
			sessionCount: questProgress.sessionCount,
			totalTimeSeconds: questProgress.totalTimeSeconds,
			lastPlayedAt: questProgress.lastPlayedAt,
			revealedAt: questProgress.revealedAt,
			hasReveal: sql<boolean>`coalesce(length(trim(${scenarios.revealMessage})), 0) > 0`
		})
		.from(questProgress)
		.innerJoin(scenarios, eq(scenarios.id, questProgress.scenarioId))
		.where(eq(questProgress.childId, childId))
		.orderBy(desc(questProgress.lastPlayedAt), desc(questProgress.scenarioId));
	return {
		child: { id: child.id, nickname: child.nickname, ageBand: child.ageBand },
		quests: quests.map((q) => ({
			...q,
			playing: Boolean(q.playing),
			hasReveal: Boolean(q.hasReveal)
		}))
	};
}

/**
 * Opens a finished quest's reveal message for the parent. Each opening is one view: it stamps the
 * child's row and adds one to the quest's `reveal_count` (and `last_reveal_at`) in the same
 * transaction. reveal_count is a count of views, not derived from quest_progress (a parent may
 * read the same reveal twice; a deleted child's views stay counted), so nothing recomputes it.
 */
export async function openReveal(
	db: Executor,
	parentId: string,
	input: { childId: string; scenarioId: string },
	now = new Date()
) {
	return db.transaction(async (tx) => {
		const child = await ownChild(tx, parentId, input.childId);
		const where = and(
			eq(questProgress.childId, input.childId),
			eq(questProgress.scenarioId, input.scenarioId)
		);
		const [row] = await tx
			.select({
				completed: questProgress.completed,
				title: scenarios.title,
				revealMessage: scenarios.revealMessage
			})
			.from(questProgress)
			.innerJoin(scenarios, eq(scenarios.id, questProgress.scenarioId))
			.where(where)
			.for('update', { of: questProgress });
		if (!row) throw new AppError('NOT_FOUND', `${child.nickname} has not played that quest`);
		if (!row.completed) {
			throw new AppError(
				'CONFLICT',
				`The message opens once ${child.nickname} has finished the quest`
			);
		}
		const message = row.revealMessage?.trim();
		if (!message) throw new AppError('NOT_FOUND', 'This quest has no message for grown-ups');
		await tx.update(questProgress).set({ revealedAt: now }).where(where);
		await tx
			.update(scenarioMetadata)
			.set({ revealCount: sql`${scenarioMetadata.revealCount} + 1`, lastRevealAt: now })
			.where(eq(scenarioMetadata.scenarioId, input.scenarioId));
		return {
			scenarioId: input.scenarioId,
			title: row.title,
			revealMessage: message,
			revealedAt: now
		};
	});
}
