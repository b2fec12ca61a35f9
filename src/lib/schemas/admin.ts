import { z } from './zod';
import { BACKFILL_MODES } from '../domain/metadata-analyzer';
import { ROLES, SCENARIO_STATUSES } from './enums';
import {
	difficultySchema,
	estimatedTimeSchema,
	scenarioContentSchema,
	scenarioSlugSchema,
	skillSlugSchema
} from './scenario';

// Inputs of the admin console's procedures, shared by its forms.

const scenarioId = z.uuid('Not a scenario id');
const page = z.number().int().min(1).max(10_000).default(1);

/** The slug a skill name becomes (any script): see domain/skill-slug.ts. */
export { slugFromName } from '../domain/skill-slug';

const skillName = z
	.string()
	.trim()
	.min(2, 'A skill name has at least 2 characters')
	.max(60, 'A skill name has at most 60 characters');
const skillDescription = z.string().trim().max(500, 'At most 500 characters');

export const skillCreateSchema = z.object({
	name: skillName,
	description: skillDescription.default('')
});
export type SkillCreateInput = z.input<typeof skillCreateSchema>;

/** Rename / describe. A new slug rewrites every scenario's skills array in the same transaction. */
export const skillUpdateSchema = z.object({
	slug: skillSlugSchema,
	name: skillName,
	newSlug: skillSlugSchema.optional(),
	description: skillDescription
});

export const skillSlugInputSchema = z.object({ slug: skillSlugSchema });
export const skillSetActiveSchema = z.object({ slug: skillSlugSchema, active: z.boolean() });
export const skillReorderSchema = z.object({ slugs: z.array(skillSlugSchema).min(1).max(500) });
export const skillMergeSchema = z
	.object({
		from: skillSlugSchema,
		into: skillSlugSchema,
		/** after the merge: delete the source skill (default) or keep it deactivated */
		deleteSource: z.boolean().default(true)
	})
	.refine((v) => v.from !== v.into, {
		message: 'Pick two different skills',
		path: ['into']
	});

export const metadataValuesSchema = z.object({
	skills: z
		.array(skillSlugSchema)
		.min(1, 'Pick at least one skill')
		.max(10, 'At most 10 skills')
		.refine((s) => new Set(s).size === s.length, 'A skill is listed twice'),
	difficulty: difficultySchema,
	estimatedTime: estimatedTimeSchema
});
export type MetadataValuesInput = z.infer<typeof metadataValuesSchema>;

/** `admin.scenario.updateMetadata` (PRODUCT.md). metadataVersion: the version the admin edited. */
export const updateMetadataSchema = metadataValuesSchema.extend({
	scenarioId,
	metadataVersion: z.number().int().min(1).optional()
});
export type UpdateMetadataInput = z.infer<typeof updateMetadataSchema>;

export const adminScenarioListSchema = z.object({
	search: z.string().trim().max(200).optional(),
	missing: z.boolean().default(false),
	status: z.enum(SCENARIO_STATUSES).optional(),
	skill: skillSlugSchema.optional(),
	page,
	pageSize: z.number().int().min(5).max(100).default(25)
});
export type AdminScenarioListInput = z.input<typeof adminScenarioListSchema>;

export const bulkOperationSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('set_difficulty'), difficulty: difficultySchema }),
	z.object({ kind: z.literal('set_time'), estimatedTime: estimatedTimeSchema }),
	z.object({ kind: z.literal('add_skill'), skill: skillSlugSchema }),
	z.object({ kind: z.literal('remove_skill'), skill: skillSlugSchema })
]);
export type BulkOperation = z.infer<typeof bulkOperationSchema>;

export const bulkUpdateSchema = z.object({
	scenarioIds: z
		.array(scenarioId)
		.min(1, 'Select at least one scenario')
		.max(1000)
		.refine((ids) => new Set(ids).size === ids.length, 'A scenario is selected twice'),
	operation: bulkOperationSchema
});
export type BulkUpdateInput = z.infer<typeof bulkUpdateSchema>;

export const auditListSchema = z.object({
	entityType: z.string().trim().max(40).optional(),
	entityId: z.string().trim().max(200).optional(),
	actorId: z.uuid().optional(),
	page,
	pageSize: z.number().int().min(5).max(100).default(30)
});
export type AuditListInput = z.input<typeof auditListSchema>;
export const auditIdSchema = z.object({ id: z.number().int().positive() });

export const BACKFILL_SCOPES = ['missing', 'all'] as const;
export const backfillGenerateSchema = z.object({
	scope: z.enum(BACKFILL_SCOPES).default('missing'),
	/** `add` keeps what is set and adds what the text mentions; `replace` must be chosen */
	mode: z.enum(BACKFILL_MODES).default('add')
});
export const backfillDecideSchema = z.object({
	id: z.uuid(),
	decision: z.enum(['accept', 'reject', 'reset']),
	/** the admin's edit of the proposal, accepted as it is */
	values: metadataValuesSchema.optional()
});
export const backfillDecideAllSchema = z.object({ decision: z.enum(['accept', 'reject']) });

export const userListSchema = z.object({
	search: z.string().trim().max(200).optional(),
	role: z.enum(ROLES).optional(),
	page,
	pageSize: z.number().int().min(5).max(100).default(25)
});
export type UserListInput = z.input<typeof userListSchema>;
export const userSetRoleSchema = z.object({ userId: z.uuid(), role: z.enum(ROLES) });
export const userSetDisabledSchema = z.object({ userId: z.uuid(), disabled: z.boolean() });

export const apiKeyCreateSchema = z.object({
	name: z.string().trim().min(2, 'At least 2 characters').max(80, 'At most 80 characters')
});
export const apiKeyIdSchema = z.object({ id: z.uuid() });

export const flagSetSchema = z.object({
	key: z.string().trim().min(1).max(80),
	enabled: z.boolean()
});

// Scenario export / import: the JSON round-trips through import (matched by slug).

export const SCENARIO_EXPORT_FORMAT = 'scenario-hub/scenarios';

export const scenarioExportItemSchema = scenarioContentSchema.safeExtend({
	slug: scenarioSlugSchema,
	status: z.enum(SCENARIO_STATUSES),
	isActive: z.boolean().default(true),
	/** e-mail of the author's account; null for built-in scenarios */
	authorEmail: z.string().trim().toLowerCase().max(254).nullable().default(null)
});
export type ScenarioExportItem = z.infer<typeof scenarioExportItemSchema>;

export const scenarioExportDocumentSchema = z.object({
	format: z.literal(SCENARIO_EXPORT_FORMAT),
	version: z.literal(1),
	exportedAt: z.string().optional(),
	scenarios: z.array(z.unknown()).max(5000)
});

export const scenarioImportSchema = z.object({ document: z.unknown() });

// Legacy progress (seed 004): JSON lines from the old `scenario_attempts` and
// `scenario_outcomes` tables, one row per line, told apart by `table`.

const legacyRef = {
	userId: z.string().trim().min(1).max(200).optional(),
	userEmail: z.string().trim().toLowerCase().max(254).optional(),
	scenarioId: z.string().trim().min(1).max(200).optional(),
	scenarioSlug: z.string().trim().max(120).optional()
};
const isoDate = z.coerce.date({ message: 'Not a date' });

export const legacyAttemptSchema = z.object({
	table: z.literal('scenario_attempts'),
	id: z.union([z.string().min(1).max(200), z.number().int()]),
	...legacyRef,
	startedAt: isoDate,
	/** when the attempt ended; missing for attempts that were never finished */
	endedAt: isoDate.nullable().optional(),
	/** seconds */
	timeSpent: z.number().int().min(0).max(86_400).nullable().optional()
});

export const legacyOutcomeSchema = z.object({
	table: z.literal('scenario_outcomes'),
	id: z.union([z.string().min(1).max(200), z.number().int()]).optional(),
	/** the attempt this outcome closes, when the old row had one */
	attemptId: z
		.union([z.string().min(1).max(200), z.number().int()])
		.nullable()
		.optional(),
	...legacyRef,
	completed: z.boolean().default(false),
	saved: z.boolean().optional(),
	rating: z.number().int().min(1).max(5).nullable().optional(),
	review: z.string().max(2000).nullable().optional(),
	createdAt: isoDate
});

export const legacyLineSchema = z.discriminatedUnion('table', [
	legacyAttemptSchema,
	legacyOutcomeSchema
]);
export type LegacyLine = z.infer<typeof legacyLineSchema>;
export type LegacyAttempt = z.infer<typeof legacyAttemptSchema>;
export type LegacyOutcome = z.infer<typeof legacyOutcomeSchema>;

export const legacyImportSchema = z.object({
	text: z.string().max(50_000_000),
	/** validate and report without writing anything */
	dryRun: z.boolean().default(false)
});
