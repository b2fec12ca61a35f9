import type { Role } from '../schemas/enums';

// Roles are ranked: each includes the ones below it. The one place that says so: procedures,
// page guards, the admin streaming endpoints and the navigation all ask `hasRole`.
const RANK: Record<Role, number> = { learner: 0, reviewer: 1, admin: 2 };

export function hasRole(user: { role: Role }, role: Role): boolean {
	return RANK[user.role] >= RANK[role];
}
