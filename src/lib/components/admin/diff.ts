// Flattens an audit entry's before/after JSON into "path: value" pairs and lists what differs.
// Arrays of rows with an id (bulk metadata changes) are keyed by the row's title, so a diff
// reads "“Caller at night”.difficulty: beginner → advanced".

export interface DiffLine {
	path: string;
	before: string | null;
	after: string | null;
}

function show(value: unknown): string {
	if (typeof value === 'string') return value;
	return JSON.stringify(value);
}

function isRowArray(value: unknown[]): value is { id: string; title?: string; slug?: string }[] {
	return value.every((v) => v !== null && typeof v === 'object' && 'id' in (v as object));
}

export function flatten(value: unknown, prefix = '', out = new Map<string, string>()) {
	if (value === null || value === undefined) {
		if (prefix) out.set(prefix, show(value ?? null));
		return out;
	}
	if (Array.isArray(value)) {
		if (value.length > 0 && isRowArray(value)) {
			for (const row of value) {
				const { id, title, slug, ...rest } = row;
				// The row's title is the whole path: "rows." in front of it says nothing.
				const key = `“${title ?? slug ?? id}”`;
				flatten(rest, key, out);
			}
			return out;
		}
		// Lists of plain values read best as one line.
		out.set(prefix || '(value)', value.map(show).join(', ') || '(none)');
		return out;
	}
	if (typeof value === 'object') {
		for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
			flatten(v, prefix ? `${prefix}.${key}` : key, out);
		}
		return out;
	}
	out.set(prefix || '(value)', show(value));
	return out;
}

export function diffLines(before: unknown, after: unknown): DiffLine[] {
	const a = flatten(before);
	const b = flatten(after);
	const paths = [...new Set([...a.keys(), ...b.keys()])];
	return paths
		.filter((p) => a.get(p) !== b.get(p))
		.map((path) => ({ path, before: a.get(path) ?? null, after: b.get(path) ?? null }));
}
