import { sql } from 'drizzle-orm';
import type { MetadataValues } from '../../../domain/metadata-analyzer';
import {
	fieldList,
	mergeRevisionMetadata,
	type MetadataField
} from '../../../domain/metadata-merge';
import type { Difficulty } from '../../../schemas/enums';
import type { ScenarioContent } from '../../../schemas/scenario';
import { queryRows, type Executor } from '../../db/client';
import { AppError } from '../../errors';
import { UNDOABLE_ACTIONS } from '../admin/scenarios';
import type { RevisionRow, ScenarioRow } from './workflow';

// What skills, difficulty and time the live scenario gets when a revision is approved, without
// losing an admin's edit made after the revision was opened (the lost update of issue 12).
//
// A revision records the scenario's `metadata_version` when it was opened. Same version at
// approval: nobody changed the metadata since, the revision's values are copied as before.
// Another version: a three-way merge per field against the values at that version
// (src/lib/domain/metadata-merge.ts). Those values are read from the audit log: every admin
// write of the three columns (grid, bulk, backfill, file, undo) goes through `commitMetadata`,
// whose entry holds each row before the change with its version. A version reached another way
// (a skill rename or merge, a scenario import) has no such entry; the merge then treats the
// base as unknown and refuses any field where the revision and the live row differ.

const valuesOfRow = (row: {
	skills: string[];
	difficulty: Difficulty;
	estimatedTime: number;
}): MetadataValues => ({
	skills: [...row.skills],
	difficulty: row.difficulty,
	estimatedTime: row.estimatedTime
});

/** The scenario's skills, difficulty and time at `version`, if an audit entry recorded them. */
export async function metadataAtVersion(
	db: Executor,
	scenarioId: string,
	version: number
): Promise<MetadataValues | null> {
	const probe = JSON.stringify([{ id: scenarioId, metadataVersion: version }]);
	const [found] = await queryRows<{ row: unknown }>(
		db,
		sql`select e.value as row
			from audit_log a cross join lateral jsonb_array_elements(a.before -> 'rows') as e(value)
			where a.entity_type = 'scenario'
				and (a.entity_id = ${scenarioId} or a.entity_id is null)
				and a.action in (${sql.join(
					UNDOABLE_ACTIONS.map((action) => sql`${action}`),
					sql`, `
				)})
				and jsonb_typeof(a.before -> 'rows') = 'array'
				and a.before -> 'rows' @> ${probe}::jsonb
				and e.value ->> 'id' = ${scenarioId}
			order by a.id
			limit 1`
	);
	const row = (typeof found?.row === 'string' ? JSON.parse(found.row) : found?.row) as
		{ skills?: unknown; difficulty?: unknown; estimatedTime?: unknown } | undefined;
	if (
		!row ||
		!Array.isArray(row.skills) ||
		typeof row.difficulty !== 'string' ||
		typeof row.estimatedTime !== 'number'
	) {
		return null;
	}
	return valuesOfRow({
		skills: row.skills.map(String),
		difficulty: row.difficulty as Difficulty,
		estimatedTime: row.estimatedTime
	});
}

/**
 * The content to copy over the live row when `revision` is approved: the revision's, with the
 * live skills / difficulty / time wherever an admin changed them and the revision did not.
 * CONFLICT naming the fields both changed (to different values); nothing is written then.
 */
export async function contentToApprove(
	db: Executor,
	row: ScenarioRow,
	revision: RevisionRow,
	judged: ScenarioContent
): Promise<{ content: ScenarioContent; kept: MetadataField[] }> {
	if (row.metadataVersion === revision.baseMetadataVersion) return { content: judged, kept: [] };
	const live = valuesOfRow(row);
	const proposed = valuesOfRow(judged);
	const base = await metadataAtVersion(db, row.id, revision.baseMetadataVersion);
	const merged = mergeRevisionMetadata({ base, live, revision: proposed });
	if (!merged.ok) {
		const fields = fieldList(merged.conflicts);
		throw new AppError(
			'CONFLICT',
			`An admin changed the ${fields} of this scenario after this revision was started, and the revision sets ${merged.conflicts.length > 1 ? 'them' : 'it'} differently: the author should bring the revision up to date (or an admin set the values) before it is approved`,
			{
				reason: 'metadata_conflict',
				fields: merged.conflicts,
				live: Object.fromEntries(merged.conflicts.map((f) => [f, live[f]])),
				revision: Object.fromEntries(merged.conflicts.map((f) => [f, proposed[f]])),
				baseMetadataVersion: revision.baseMetadataVersion,
				metadataVersion: row.metadataVersion
			}
		);
	}
	return { content: { ...judged, ...merged.values }, kept: merged.kept };
}
