import type { AccessCase } from './access';

// The access matrix's rows for family.* (children, child mode, reveals). Called by access.ts while it builds ACCESS (not at
// import time), so the outcome constants and fixtures it exports are ready by then.

export function familyAccess(): Record<string, AccessCase> {
	return {};
}
