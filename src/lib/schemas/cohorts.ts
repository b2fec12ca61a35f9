import { z } from './zod';

// Cohorts and training plans (PRODUCT.md, `cohort.*`, `admin.user.setCoordinator`,
// `admin.planning.*`): a coordinator's group of trainees, invites, consent, assignments, and the
// token plan behind the flag token_planning_v1.

export const COHORT_NAME_MAX = 120;
export const COHORT_DESCRIPTION_MAX = 2000;
/** Invites last a week unless the coordinator picks otherwise; never more than 90 days. */
export const INVITE_DEFAULT_DAYS = 7;
export const INVITE_MAX_DAYS = 90;
export const PLANNING_FLAG = 'token_planning_v1';
export const PLANNING_OFF_MESSAGE =
	'Training plans are switched off on this site. An admin can turn on “token_planning_v1” on the feature flags page.';

/**
 * What a trainee agrees to share, word for word as the join page shows it. Changing the wording
 * means a new version: consent given to an older one is still recorded with its number.
 */
export const CONSENT_VERSION = 1;
export const CONSENT_SHARES = [
	'Whether you have started, finished or passed each scenario assigned in this cohort, and when.',
	'The rubric levels your attempts reached (automatic hints and supervisor scores) and your mastery per skill.'
] as const;
export const CONSENT_NEVER = [
	'Your private notes.',
	'The transcripts of your practice: what you typed stays between you and the supervisors you ask.',
	'Your self-assessments, ratings and reviews of other scenarios.'
] as const;
export const CONSENT_WITHOUT =
	'If you do not share, the coordinators see only that you are a member of the cohort. You can change your mind at any time on your Assignments page.';

/** Invite codes: 4 groups of 4 from an alphabet without look-alikes (no 0/O, 1/I/L). */
export const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const inviteCodeSchema = z
	.string('Enter the invite code')
	.trim()
	.transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
	.pipe(
		z
			.string()
			.regex(
				new RegExp(`^[${INVITE_ALPHABET}]{16}$`),
				'An invite code is 16 letters and digits, like ABCD-EFGH-JKMN-PQRS'
			)
	);

const cohortId = z.uuid('Not a cohort id');
const day = z.iso.date('Use a date like 2027-01-31');

export const cohortIdSchema = z.object({ cohortId });

const cohortFields = {
	name: z
		.string('Give the cohort a name')
		.trim()
		.min(1, 'Give the cohort a name')
		.max(COHORT_NAME_MAX, `Keep the name under ${COHORT_NAME_MAX} characters`),
	description: z
		.string()
		.trim()
		.max(COHORT_DESCRIPTION_MAX, `Keep the description under ${COHORT_DESCRIPTION_MAX} characters`)
		.optional()
		.default(''),
	startsOn: day.nullish().transform((v) => v ?? null),
	endsOn: day.nullish().transform((v) => v ?? null)
};

function datesInOrder(v: { startsOn: string | null; endsOn: string | null }) {
	return !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn;
}
const DATES_MESSAGE = { message: 'The end date cannot be before the start date', path: ['endsOn'] };

export const cohortCreateSchema = z.object(cohortFields).refine(datesInOrder, DATES_MESSAGE);
export const cohortUpdateSchema = z
	.object({ cohortId, ...cohortFields })
	.refine(datesInOrder, DATES_MESSAGE);

export const cohortArchiveSchema = z.object({ cohortId, archived: z.boolean() });

export const cohortInviteSchema = z.object({
	cohortId,
	expiresInDays: z
		.number()
		.int('Whole days only')
		.min(1, 'An invite lasts at least a day')
		.max(INVITE_MAX_DAYS, `An invite lasts at most ${INVITE_MAX_DAYS} days`)
		.optional()
		.default(INVITE_DEFAULT_DAYS)
});

export const cohortCodeSchema = z.object({ code: inviteCodeSchema });
export const cohortJoinSchema = z.object({ code: inviteCodeSchema, consent: z.boolean() });

export const cohortMemberSchema = z.object({ cohortId, userId: z.uuid('Not a user id') });
export const cohortAddCoordinatorSchema = z.object({
	cohortId,
	email: z.email('Enter the e-mail address they sign in with').trim().toLowerCase()
});

export const assignmentCreateSchema = z.object({
	cohortId,
	scenarioId: z.uuid('Pick a scenario'),
	dueAt: z.coerce.date('Pick a due date'),
	required: z.boolean().optional().default(true),
	minLevel: z
		.number()
		.int()
		.min(1, 'The level is 1 to 4')
		.max(4, 'The level is 1 to 4')
		.nullish()
		.transform((v) => v ?? null)
});
export const assignmentIdSchema = z.object({ assignmentId: z.uuid('Not an assignment id') });

export const assignableScenariosSchema = z.object({
	cohortId,
	search: z.string().trim().max(200).optional().default('')
});

export const setCoordinatorSchema = z.object({
	userId: z.uuid('Not a user id'),
	coordinator: z.boolean()
});

// ——— Planning (flag token_planning_v1) ———

const tokens = z
	.number('Enter a number of tokens')
	.min(0, 'Tokens cannot be negative')
	.max(1000, 'At most 1000 tokens');
export const demandSetSchema = z
	.object({
		cohortId,
		poolId: z.uuid('Not a pool id'),
		tokensP50: tokens,
		tokensP90: tokens.nullish().transform((v) => v ?? null)
	})
	.refine((v) => v.tokensP90 === null || v.tokensP90 >= v.tokensP50, {
		message: 'The cautious estimate (p90) cannot be below the median (p50)',
		path: ['tokensP90']
	});

export const poolSaveSchema = z.object({
	poolId: z.uuid('Not a pool id').optional(),
	name: z
		.string()
		.trim()
		.min(1, 'Give the pool a name')
		.max(80, 'Keep the name under 80 characters'),
	description: z.string().trim().max(500, 'Keep the description under 500 characters').default(''),
	isActive: z.boolean().optional().default(true)
});
export const skillPoolSetSchema = z.object({
	skill: z.string().min(1).max(64),
	poolId: z.uuid('Pick a pool')
});
export const calibrationSaveSchema = z.object({
	poolId: z.uuid('Pick a pool'),
	effectiveDate: day,
	tokensPerHour: z
		.number('Enter tokens per hour')
		.gt(0, 'Tokens per hour must be more than 0')
		.max(100, 'At most 100 tokens per hour')
});
export const calibrationIdSchema = z.object({ calibrationId: z.uuid('Not a calibration id') });
export const scenarioSupplyGetSchema = z.object({ scenarioId: z.uuid('Not a scenario id') });
export const scenarioSupplySetSchema = z
	.object({
		scenarioId: z.uuid('Not a scenario id'),
		planningMode: z.enum(['legacy', 'token'], 'Choose legacy or token'),
		supplies: z
			.array(
				z.object({ poolId: z.uuid('Not a pool id'), tokens: tokens.gt(0, 'More than 0 tokens') })
			)
			.max(20)
			.default([])
	})
	.refine((v) => new Set(v.supplies.map((s) => s.poolId)).size === v.supplies.length, {
		message: 'Each pool once',
		path: ['supplies']
	})
	.refine((v) => v.planningMode === 'legacy' || v.supplies.length > 0, {
		message: 'A token scenario needs at least one pool’s tokens',
		path: ['supplies']
	});
