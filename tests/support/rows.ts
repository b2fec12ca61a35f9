import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Executor } from '../../src/lib/server/db/client';
import { scenarioMetadata, userScenarioProgress } from '../../src/lib/server/db/schema';
import { findCounterDrift, findProgressDrift } from '../../src/lib/server/services/progress/verify';

// The rows the progress tests read back after each operation, and the drift check they end with.

/** A scenario's counters row. */
export async function metadataRow(db: Executor, scenarioId: string) {
	const [row] = await db
		.select()
		.from(scenarioMetadata)
		.where(eq(scenarioMetadata.scenarioId, scenarioId));
	return row;
}

/** One user's progress row on one scenario (undefined when there is none). */
export async function progressRow(db: Executor, userId: string, scenarioId: string) {
	const [row] = await db
		.select()
		.from(userScenarioProgress)
		.where(
			and(eq(userScenarioProgress.userId, userId), eq(userScenarioProgress.scenarioId, scenarioId))
		);
	return row;
}

/** Every counter agrees with the rows it is computed from (what `db:verify` checks). */
export async function expectNoDrift(db: Executor) {
	expect(await findCounterDrift(db)).toEqual([]);
	expect(await findProgressDrift(db)).toEqual([]);
}
