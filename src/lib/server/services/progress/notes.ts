import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';
import { AppError } from '../../errors';
import { type WriteOptions, nowSql, playableSql } from './writes';

/** The caller's private notes on a scenario (empty clears them). Never shown to anyone else. */
export async function saveNotes(
	db: Executor,
	userId: string,
	input: { scenarioId: string; notes: string },
	options?: WriteOptions
): Promise<{ savedAt: Date }> {
	const at = nowSql(options);
	const notes = input.notes.trim() ? input.notes : null;
	const [row] = await queryRows<{ updated_at: Date | string }>(
		db,
		sql`insert into user_scenario_progress as p
				(user_id, scenario_id, user_notes, created_at, updated_at)
			select ${userId}, s.id, ${notes}, ${at}, ${at} from scenarios s
			where s.id = ${input.scenarioId} and ${playableSql}
			on conflict (user_id, scenario_id) do update set
				user_notes = excluded.user_notes, updated_at = ${at}
			returning p.updated_at`
	);
	if (!row) throw new AppError('NOT_FOUND', 'No scenario with that id');
	return { savedAt: new Date(row.updated_at) };
}
