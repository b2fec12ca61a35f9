import type { MetadataValues } from './metadata-analyzer';

// Approving a revision of an approved scenario copies its content over the live row. Skills,
// difficulty and estimated time are also edited by admins (the metadata grid, bulk edits, the
// backfill), possibly after the revision was opened. A three-way merge per field, against the
// values the revision was opened on (`base`), decides what the live row gets:
//
//   revision = live            -> nothing to decide
//   revision = base            -> the author left it alone: keep the live (admin's) value
//   live = base                -> only the author changed it: take the revision's
//   otherwise                  -> both changed it differently: a conflict
//
// When the base values are unknown (`base` null) a field whose revision and live values differ
// is a conflict: refusing is safe, copying over could lose an admin's edit.

export const METADATA_FIELDS = ['skills', 'difficulty', 'estimatedTime'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

export const METADATA_FIELD_LABELS: Record<MetadataField, string> = {
	skills: 'skills',
	difficulty: 'difficulty',
	estimatedTime: 'estimated time'
};

/** Skills compare as sets (their order carries no meaning); the others by value. */
export function sameField(field: MetadataField, a: MetadataValues, b: MetadataValues): boolean {
	if (field !== 'skills') return a[field] === b[field];
	const left = [...new Set(a.skills)].sort();
	const right = [...new Set(b.skills)].sort();
	return left.length === right.length && left.every((s, i) => s === right[i]);
}

export type MetadataMerge =
	| { ok: true; values: MetadataValues; kept: MetadataField[] }
	| { ok: false; conflicts: MetadataField[] };

/**
 * The metadata the live row should get when `revision` is approved. `kept` lists the fields
 * where the admin's live value won over a revision that left them as they were.
 */
export function mergeRevisionMetadata(input: {
	base: MetadataValues | null;
	live: MetadataValues;
	revision: MetadataValues;
}): MetadataMerge {
	const { base, live, revision } = input;
	const values: MetadataValues = { ...revision, skills: [...revision.skills] };
	const kept: MetadataField[] = [];
	const conflicts: MetadataField[] = [];
	for (const field of METADATA_FIELDS) {
		if (sameField(field, revision, live)) {
			setField(values, field, live);
		} else if (base && sameField(field, revision, base)) {
			setField(values, field, live);
			kept.push(field);
		} else if (!base || !sameField(field, live, base)) {
			conflicts.push(field);
		}
	}
	return conflicts.length ? { ok: false, conflicts } : { ok: true, values, kept };
}

function setField(target: MetadataValues, field: MetadataField, from: MetadataValues) {
	if (field === 'skills') target.skills = [...from.skills];
	else if (field === 'difficulty') target.difficulty = from.difficulty;
	else target.estimatedTime = from.estimatedTime;
}

/** "skills and estimated time" */
export function fieldList(fields: MetadataField[]): string {
	const names = fields.map((f) => METADATA_FIELD_LABELS[f]);
	return names.length <= 1
		? (names[0] ?? '')
		: `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
