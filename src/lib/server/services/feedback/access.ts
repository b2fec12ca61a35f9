import { sql } from 'drizzle-orm';
import { hasRole } from '../../../domain/roles';
import { queryRows, type Executor } from '../../db/client';
import type { Viewer } from '../catalog/detail';

// Who besides the learner may read an attempt: a supervisor (reviewer role or above) while the
// learner's request for feedback on it is open, claimed or answered. The request is the consent;
// withdrawing it (possible until it is answered) takes the access away at once. A supervisor
// never reads their own attempt through this door: that one they read as its owner.

export async function supervisorMayRead(
	db: Executor,
	viewer: Viewer,
	attemptId: string
): Promise<boolean> {
	if (!hasRole(viewer, 'reviewer')) return false;
	const [row] = await queryRows<{ ok: boolean }>(
		db,
		sql`select exists (
				select 1 from feedback_requests
				where attempt_id = ${attemptId} and purpose = 'learner'
					and status in ('open', 'claimed', 'answered')
			) as ok`
	);
	return row?.ok === true;
}
