import { randomInt } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { CONSENT_VERSION, INVITE_ALPHABET } from '../../../schemas/cohorts';
import { queryRows, type Executor } from '../../db/client';
import { cohortMembers, cohorts } from '../../db/schema';
import { AppError } from '../../errors';
import { keyedHash } from '../../security/keyed-hash';
import { COHORT_INVITE_TRIES_PER_USER } from '../../security/limits';
import { enforceRateLimit } from '../../security/rate-limit';
import { recordAudit } from '../audit/record';
import { coordinatedCohort } from './access';

// Invites and the trainee's side of membership: joining, consent, leaving. An invite code is
// shown once and stored as a keyed hash; a new invite replaces the old one, revoking forgets it.
// Consent is the trainee's alone to give and take back; each change is in the audit log with the
// wording version it was given under.

const INVALID_CODE =
	'That invite code is not valid, has expired or was revoked. Ask your coordinator for a new one.';

function newInviteCode(): string {
	let code = '';
	for (let i = 0; i < 16; i++) code += INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)];
	return code;
}

/** ABCDEFGHJKMNPQRS → ABCD-EFGH-JKMN-PQRS, as people read and type it. */
export function formatInviteCode(code: string) {
	return code.match(/.{4}/g)!.join('-');
}

const hashCode = (db: Executor, code: string) => keyedHash(db, 'cohort-invite', code);

export async function createInvite(
	db: Executor,
	userId: string,
	input: { cohortId: string; expiresInDays: number },
	now = new Date()
) {
	const code = newInviteCode();
	const hash = await hashCode(db, code);
	const expiresAt = new Date(now.getTime() + input.expiresInDays * 86_400_000);
	await db.transaction(async (tx) => {
		await coordinatedCohort(tx, userId, input.cohortId, { write: true, lock: true });
		await tx
			.update(cohorts)
			.set({ inviteCodeHash: hash, inviteExpiresAt: expiresAt, updatedAt: now })
			.where(eq(cohorts.id, input.cohortId));
	});
	return { code: formatInviteCode(code), expiresAt };
}

export async function revokeInvite(db: Executor, userId: string, cohortId: string) {
	return db.transaction(async (tx) => {
		await coordinatedCohort(tx, userId, cohortId, { lock: true });
		await tx
			.update(cohorts)
			.set({ inviteCodeHash: null, inviteExpiresAt: null, updatedAt: new Date() })
			.where(eq(cohorts.id, cohortId));
		return { revoked: true };
	});
}

/** The cohort a live code opens, or NOT_FOUND; every lookup counts against the caller's tries. */
async function cohortByCode(db: Executor, userId: string, code: string) {
	await enforceRateLimit(db, `cohort-invite:user:${userId}`, COHORT_INVITE_TRIES_PER_USER);
	const hash = await hashCode(db, code);
	const [row] = await queryRows<{ id: string; name: string; description: string }>(
		db,
		sql`select id, name, description from cohorts
			where invite_code_hash = ${hash} and invite_expires_at > now() and archived_at is null`
	);
	if (!row) throw new AppError('NOT_FOUND', INVALID_CODE);
	return row;
}

/** What the join page shows before the trainee decides: the cohort, its coordinators, their standing. */
export async function previewInvite(db: Executor, userId: string, code: string) {
	const cohort = await cohortByCode(db, userId, code);
	const people = await queryRows<{ display_name: string; user_id: string; role: string }>(
		db,
		sql`select u.display_name, m.user_id, m.role from cohort_members m join users u on u.id = m.user_id
			where m.cohort_id = ${cohort.id} and (m.role = 'coordinator' or m.user_id = ${userId})
			order by u.display_name`
	);
	const mine = people.find((p) => p.user_id === userId);
	return {
		cohortId: cohort.id,
		name: cohort.name,
		description: cohort.description,
		coordinators: people.filter((p) => p.role === 'coordinator').map((p) => p.display_name),
		membership: (mine?.role ?? null) as 'coordinator' | 'trainee' | null,
		consentVersion: CONSENT_VERSION
	};
}

export async function joinCohort(
	db: Executor,
	userId: string,
	input: { code: string; consent: boolean }
) {
	const cohort = await cohortByCode(db, userId, input.code);
	return db.transaction(async (tx) => {
		const [existing] = await tx
			.select({ role: cohortMembers.role })
			.from(cohortMembers)
			.where(and(eq(cohortMembers.cohortId, cohort.id), eq(cohortMembers.userId, userId)))
			.for('update');
		if (existing?.role === 'coordinator') {
			throw new AppError(
				'CONFLICT',
				'You coordinate this cohort, so you cannot join it as a trainee'
			);
		}
		if (!existing) {
			await tx.insert(cohortMembers).values({ cohortId: cohort.id, userId, role: 'trainee' });
		}
		if (input.consent) await recordConsent(tx, userId, cohort.id, true);
		return { cohortId: cohort.id, name: cohort.name, alreadyMember: Boolean(existing) };
	});
}

async function traineeRow(db: Executor, userId: string, cohortId: string) {
	const [row] = await db
		.select()
		.from(cohortMembers)
		.where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, userId)))
		.for('update');
	if (!row || row.role !== 'trainee') {
		throw new AppError('NOT_FOUND', 'You are not a trainee in that cohort');
	}
	return row;
}

async function recordConsent(db: Executor, userId: string, cohortId: string, give: boolean) {
	const before = await traineeRow(db, userId, cohortId);
	const sharing = before.consentAt !== null && before.consentWithdrawnAt === null;
	if (sharing === give) return { sharing };
	const now = new Date();
	await db
		.update(cohortMembers)
		.set(
			give
				? { consentAt: now, consentVersion: CONSENT_VERSION, consentWithdrawnAt: null }
				: { consentWithdrawnAt: now }
		)
		.where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, userId)));
	await recordAudit(db, {
		actorId: userId,
		action: give ? 'cohort.consent.give' : 'cohort.consent.withdraw',
		entityType: 'cohort_member',
		entityId: cohortId,
		before: { consentAt: before.consentAt, consentWithdrawnAt: before.consentWithdrawnAt },
		after: give ? { consentAt: now, consentVersion: CONSENT_VERSION } : { consentWithdrawnAt: now }
	});
	return { sharing: give };
}

/** Giving or withdrawing consent; takes effect on the coordinators' next read. */
export function setConsent(db: Executor, userId: string, cohortId: string, give: boolean) {
	return db.transaction((tx) => recordConsent(tx, userId, cohortId, give));
}

/** Leaving ends sharing with it: the membership row goes. */
export async function leaveCohort(db: Executor, userId: string, cohortId: string) {
	return db.transaction(async (tx) => {
		const row = await traineeRow(tx, userId, cohortId);
		if (row.consentAt && !row.consentWithdrawnAt) await recordConsent(tx, userId, cohortId, false);
		await tx
			.delete(cohortMembers)
			.where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, userId)));
		return { left: true };
	});
}
