import { sql } from 'drizzle-orm';
import { PLANNING_FLAG, PLANNING_OFF_MESSAGE } from '../../../schemas/cohorts';
import { queryRows, type Executor } from '../../db/client';
import { AppError } from '../../errors';

// Training plans sit behind the flag token_planning_v1 (seed 001). Off, their procedures answer
// FORBIDDEN in words that say how to turn them on; cohorts keep working either way.

export async function planningEnabled(db: Executor): Promise<boolean> {
	const [row] = await queryRows<{ enabled: boolean }>(
		db,
		sql`select enabled from feature_flags where key = ${PLANNING_FLAG}`
	);
	return Boolean(row?.enabled);
}

export async function requirePlanning(db: Executor) {
	if (!(await planningEnabled(db))) throw new AppError('FORBIDDEN', PLANNING_OFF_MESSAGE);
}
