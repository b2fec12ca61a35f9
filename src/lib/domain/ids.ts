// Ids in addresses and query strings are read before anything is asked of the database: a
// malformed one is a 404 (or ignored), never a database error. One spelling of the check.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID in its canonical 8-4-4-4-12 hexadecimal form (any case). */
export function isUuid(value: string | null | undefined): value is string {
	return typeof value === 'string' && UUID.test(value);
}
