import type { z } from 'zod';
import { and, eq, sql } from 'drizzle-orm';
import type {
	cohortAddCoordinatorSchema,
	cohortCreateSchema,
	cohortUpdateSchema
} from '../../../schemas/cohorts';
import { queryRows, type Executor } from '../../db/client';
import { cohortMembers, cohorts, users } from '../../db/schema';
import { AppError } from '../../errors';
import { notify } from '../notifications/notifications';
import {
	coordinatedCohort,
	isCoordinator,
	requireCoordinatorCapability,
	sharingSql
} from './access';

// Creating and running cohorts. The creator is the first coordinator; co-coordinators need the
// coordinator capability too, because they will read the consenting trainees' progress.

export async function createCohort(
	db: Executor,
	userId: string,
	input: z.output<typeof cohortCreateSchema>
) {
	await requireCoordinatorCapability(db, userId);
	return db.transaction(async (tx) => {
		const [cohort] = await tx
			.insert(cohorts)
			.values({ ...input, createdBy: userId })
			.returning({ id: cohorts.id });
		await tx.insert(cohortMembers).values({ cohortId: cohort.id, userId, role: 'coordinator' });
		return { id: cohort.id };
	});
}

export async function updateCohort(
	db: Executor,
	userId: string,
	input: z.output<typeof cohortUpdateSchema>
) {
	return db.transaction(async (tx) => {
		await coordinatedCohort(tx, userId, input.cohortId, { write: true, lock: true });
		const { cohortId, ...fields } = input;
		await tx
			.update(cohorts)
			.set({ ...fields, updatedAt: new Date() })
			.where(eq(cohorts.id, cohortId));
		return { id: cohortId };
	});
}

/** Archiving also ends the invite: an archived cohort takes no one new. */
export async function setCohortArchived(
	db: Executor,
	userId: string,
	cohortId: string,
	archived: boolean
) {
	return db.transaction(async (tx) => {
		await coordinatedCohort(tx, userId, cohortId, { lock: true });
		await tx
			.update(cohorts)
			.set(
				archived
					? {
							archivedAt: sql`coalesce(${cohorts.archivedAt}, now())`,
							inviteCodeHash: null,
							inviteExpiresAt: null,
							updatedAt: new Date()
						}
					: { archivedAt: null, updatedAt: new Date() }
			)
			.where(eq(cohorts.id, cohortId));
		return { id: cohortId, archived };
	});
}

/** The caller's cohorts: those they coordinate and those they are a trainee in. */
export async function myCohorts(db: Executor, userId: string) {
	const rows = await queryRows<{
		id: string;
		name: string;
		description: string;
		starts_on: string | null;
		ends_on: string | null;
		archived_at: Date | string | null;
		role: 'coordinator' | 'trainee';
		joined_at: Date | string;
		sharing: boolean;
		consent_at: Date | string | null;
		trainees: number;
		assignments: number;
	}>(
		db,
		sql`select c.id, c.name, c.description, c.starts_on::text, c.ends_on::text, c.archived_at,
				m.role, m.joined_at, ${sharingSql('m')} as sharing, m.consent_at,
				(select count(*)::int from cohort_members t where t.cohort_id = c.id and t.role = 'trainee') as trainees,
				(select count(*)::int from assignments a where a.cohort_id = c.id) as assignments
			from cohort_members m join cohorts c on c.id = m.cohort_id
			where m.user_id = ${userId}
			order by c.archived_at is not null, lower(c.name), c.id`
	);
	const items = rows.map((r) => ({
		id: r.id,
		name: r.name,
		description: r.description,
		startsOn: r.starts_on,
		endsOn: r.ends_on,
		archived: r.archived_at !== null,
		role: r.role,
		joinedAt: new Date(r.joined_at),
		sharing: r.sharing,
		consentAt: r.consent_at ? new Date(r.consent_at) : null,
		trainees: Number(r.trainees),
		assignments: Number(r.assignments)
	}));
	return {
		canCoordinate: await isCoordinator(db, userId),
		coordinating: items.filter((c) => c.role === 'coordinator'),
		training: items.filter((c) => c.role === 'trainee')
	};
}

export async function addCoordinator(
	db: Executor,
	userId: string,
	input: z.output<typeof cohortAddCoordinatorSchema>
) {
	return db.transaction(async (tx) => {
		const cohort = await coordinatedCohort(tx, userId, input.cohortId, { write: true, lock: true });
		const [person] = await tx
			.select({
				id: users.id,
				displayName: users.displayName,
				isCoordinator: users.isCoordinator,
				disabledAt: users.disabledAt
			})
			.from(users)
			.where(eq(users.email, input.email))
			.limit(1);
		if (!person || person.disabledAt) {
			throw new AppError('NOT_FOUND', 'No active account with that e-mail address');
		}
		if (!person.isCoordinator) {
			throw new AppError(
				'FORBIDDEN',
				`${person.displayName} is not a coordinator yet. Ask an admin to make them one first.`
			);
		}
		// A trainee who becomes a coordinator keeps no trainee standing (and shares nothing).
		await tx
			.insert(cohortMembers)
			.values({ cohortId: cohort.id, userId: person.id, role: 'coordinator' })
			.onConflictDoUpdate({
				target: [cohortMembers.cohortId, cohortMembers.userId],
				set: {
					role: 'coordinator',
					consentAt: null,
					consentVersion: null,
					consentWithdrawnAt: null
				}
			});
		await notify(tx, {
			userId: person.id,
			kind: 'cohort.coordinator',
			title: `You now co-coordinate “${cohort.name}”`,
			link: `/cohorts/${cohort.id}`
		});
		return { userId: person.id, displayName: person.displayName };
	});
}

/**
 * Removes a trainee or a co-coordinator. A cohort keeps at least one coordinator, and a
 * coordinator removes themselves only while another remains.
 */
export async function removeMember(
	db: Executor,
	userId: string,
	input: { cohortId: string; userId: string }
) {
	return db.transaction(async (tx) => {
		await coordinatedCohort(tx, userId, input.cohortId, { write: true, lock: true });
		const [member] = await tx
			.select({ role: cohortMembers.role })
			.from(cohortMembers)
			.where(
				and(eq(cohortMembers.cohortId, input.cohortId), eq(cohortMembers.userId, input.userId))
			);
		if (!member) throw new AppError('NOT_FOUND', 'That person is not a member of this cohort');
		if (member.role === 'coordinator') {
			const [{ n }] = await queryRows<{ n: number }>(
				tx,
				sql`select count(*)::int as n from cohort_members where cohort_id = ${input.cohortId} and role = 'coordinator'`
			);
			if (Number(n) <= 1) {
				throw new AppError('CONFLICT', 'A cohort needs at least one coordinator');
			}
		}
		await tx
			.delete(cohortMembers)
			.where(
				and(eq(cohortMembers.cohortId, input.cohortId), eq(cohortMembers.userId, input.userId))
			);
		return { removed: true };
	});
}
