// Opaque keyset cursors: the sort value and id of the last row of a page, base64url JSON.

import { isUuid } from './ids';

export type CursorValue = string | number | null;

export function encodeCursor(value: CursorValue, id: string): string {
	return Buffer.from(JSON.stringify([value, id]), 'utf8').toString('base64url');
}

/** The decoded cursor, or null when it is not one of ours. */
export function decodeCursor(cursor: string): { value: CursorValue; id: string } | null {
	try {
		const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
		if (!Array.isArray(parsed) || parsed.length !== 2) return null;
		const [value, id] = parsed;
		if (!isUuid(id)) return null;
		if (value !== null && typeof value !== 'string' && typeof value !== 'number') return null;
		if (typeof value === 'number' && !Number.isFinite(value)) return null;
		return { value, id };
	} catch {
		return null;
	}
}
