import { AGE_RANGES } from './enums';
import { z } from './zod';

// Children and child mode (PRODUCT.md, "Quests for children and families", `family.*`). A child
// is a parent's profile (a nickname and an age band): no e-mail, no password. Everything here is
// the parent's alone; the wording of what they may choose to share is data, versioned like the
// cohorts' consent (schemas/cohorts.ts).

export const NICKNAME_MAX = 40;
export const PARENT_NAME_MAX = 80;
export const PIN_MIN = 4;
export const PIN_MAX = 8;
/** Wrong PINs in a row before leaving child mode waits... */
export const PIN_ATTEMPTS_BEFORE_WAIT = 5;
/** ...this long after the last wrong one. */
export const PIN_WAIT_SECONDS = 60;
/** The longest reply a child may type on a "respond" step; it only moves the quest on. */
export const CHILD_REPLY_MAX = 2000;

/** The age bands in words, for the pickers. */
export const AGE_BAND_LABELS: Record<(typeof AGE_RANGES)[number], string> = {
	'5-7': '5 to 7 years',
	'7-9': '7 to 9 years',
	'10-12': '10 to 12 years',
	'13-15': '13 to 15 years',
	'16-17': '16 to 17 years'
};

/**
 * What a parent agrees to share about one child, word for word as /family shows it. Changing the
 * wording means a new version: consent given to an older one keeps its number.
 */
export const FAMILY_CONSENT_VERSION = 1;
export const FAMILY_CONSENT = {
	label: 'Share anonymous counts with quest authors',
	shares: [
		'How many children played and finished each quest, added up with other families who agreed.'
	],
	never: [
		'Your child’s nickname, age band or anything that points to them or to you.',
		'Which steps or choices your child made, what they typed (it is never stored), or their times.'
	],
	withdraw:
		'You can stop sharing at any time with one click; from then on your child is not counted.'
} as const;

export const CHILD_MODE_MESSAGES = {
	/** every procedure but the child's own, while a session is in child mode */
	on: 'Child mode is on: ask your grown-up',
	/** the child's procedures, outside child mode */
	off: 'This is only for child mode',
	wrongPin: 'That PIN is not right. Try again.',
	noPin: 'Set a PIN first: you need it to leave child mode.'
} as const;

const childId = z.uuid('Not a child of yours');
const scenarioId = z.uuid('Not a quest');

const nicknameSchema = z
	.string('Give your child a nickname')
	.trim()
	.min(1, 'Give your child a nickname')
	.max(NICKNAME_MAX, `Keep the nickname under ${NICKNAME_MAX} characters`);

const ageBandSchema = z.enum(AGE_RANGES, 'Pick an age band');

export const childAddSchema = z.object({ nickname: nicknameSchema, ageBand: ageBandSchema });
export const childUpdateSchema = z.object({
	childId,
	nickname: nicknameSchema,
	ageBand: ageBandSchema
});
export const childIdSchema = z.object({ childId });

export const privacySetSchema = z.object({
	childId,
	shareAggregatesWithAuthors: z.boolean()
});

const pinSchema = z
	.string('Enter a PIN')
	.regex(new RegExp(`^\\d{${PIN_MIN},${PIN_MAX}}$`), `A PIN is ${PIN_MIN} to ${PIN_MAX} digits`);

/**
 * Setting the PIN. Changing one asks for the account's password or the PIN it replaces, so a
 * child who finds the device signed in cannot change it.
 */
export const pinSetSchema = z
	.object({
		pin: pinSchema,
		pinRepeat: z.string('Repeat the PIN'),
		currentPassword: z.string().max(1000).optional(),
		currentPin: z.string().max(PIN_MAX).optional()
	})
	.refine((v) => v.pin === v.pinRepeat, {
		message: 'The two PINs are not the same',
		path: ['pinRepeat']
	});

export const parentNameSchema = z.object({
	parentName: z
		.string()
		.trim()
		.max(PARENT_NAME_MAX, `Keep your name under ${PARENT_NAME_MAX} characters`)
		.transform((v) => (v === '' ? null : v))
});

export const revealSchema = z.object({ childId, scenarioId });

/** Child mode: one quest (the child comes from the session). */
export const childQuestSchema = z.object({ scenarioId });

export const childAnswerSchema = z.object({
	scenarioId,
	stepId: z.string().trim().min(1).max(60),
	answer: z.union([
		z.object({ continue: z.literal(true) }),
		z.object({ choiceIndex: z.number().int().min(0).max(5) }),
		z.object({ text: z.string().max(CHILD_REPLY_MAX) })
	])
});

export const leaveChildModeSchema = z.object({ pin: z.string().max(100) });
