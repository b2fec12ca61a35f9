import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';
import { AppError } from '../../errors';

// Who may do what in a cohort. Running a cohort needs both the coordinator capability (granted
// by an admin, read fresh on every call so revoking it takes effect at once) and the
// coordinator membership of that cohort. Anyone else learns nothing, not even that it exists.

export interface CohortRow {
	id: string;
	name: string;
	description: string;
	startsOn: string | null;
	endsOn: string | null;
	archivedAt: Date | null;
	inviteExpiresAt: Date | null;
	hasInvite: boolean;
	createdAt: Date;
}

const NOT_FOUND = 'No cohort with that id, or you do not coordinate it';

export async function isCoordinator(db: Executor, userId: string): Promise<boolean> {
	const [row] = await queryRows<{ ok: boolean }>(
		db,
		sql`select is_coordinator and disabled_at is null as ok from users where id = ${userId}`
	);
	return Boolean(row?.ok);
}

export async function requireCoordinatorCapability(db: Executor, userId: string) {
	if (!(await isCoordinator(db, userId))) {
		throw new AppError(
			'FORBIDDEN',
			'Only coordinators can run cohorts. Ask an admin to make you a coordinator.'
		);
	}
}

/**
 * The cohort, when the caller coordinates it; `write` also refuses an archived cohort.
 * `lock` takes the cohort row FOR UPDATE (inside the caller's transaction).
 */
export async function coordinatedCohort(
	db: Executor,
	userId: string,
	cohortId: string,
	options: { write?: boolean; lock?: boolean } = {}
): Promise<CohortRow> {
	const [row] = await queryRows<{
		id: string;
		name: string;
		description: string;
		starts_on: string | null;
		ends_on: string | null;
		archived_at: Date | string | null;
		invite_expires_at: Date | string | null;
		has_invite: boolean;
		created_at: Date | string;
		role: string | null;
		capable: boolean;
	}>(
		db,
		sql`select c.id, c.name, c.description, c.starts_on::text, c.ends_on::text, c.archived_at,
				c.invite_expires_at, c.invite_code_hash is not null as has_invite, c.created_at, m.role,
				(select is_coordinator and disabled_at is null from users where id = ${userId}) as capable
			from cohorts c
				left join cohort_members m on m.cohort_id = c.id and m.user_id = ${userId}
			where c.id = ${cohortId}
			${options.lock ? sql`for update of c` : sql``}`
	);
	if (!row || row.role !== 'coordinator' || !row.capable) {
		throw new AppError('NOT_FOUND', NOT_FOUND);
	}
	if (options.write && row.archived_at) {
		throw new AppError(
			'FORBIDDEN',
			'This cohort is archived and read-only. Restore it first to change it.'
		);
	}
	return {
		id: row.id,
		name: row.name,
		description: row.description,
		startsOn: row.starts_on,
		endsOn: row.ends_on,
		archivedAt: row.archived_at ? new Date(row.archived_at) : null,
		inviteExpiresAt: row.invite_expires_at ? new Date(row.invite_expires_at) : null,
		hasInvite: row.has_invite,
		createdAt: new Date(row.created_at)
	};
}

/** SQL condition on a `cohort_members` alias: the trainee shares their progress right now. */
export function sharingSql(alias: string) {
	const m = sql.raw(alias);
	return sql`(${m}.consent_at is not null and ${m}.consent_withdrawn_at is null)`;
}
