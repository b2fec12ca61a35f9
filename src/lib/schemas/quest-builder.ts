import { z } from './zod';
import { AGE_RANGES, QUEST_MODULES } from './enums';
import { SCENARIO_LIMITS } from './scenario';

// The guided quest builder (PRODUCT.md, "Quests for children and families"): the procedures'
// inputs, and the shape of what a conversation remembers (`quest_builder_sessions.context`).

export const BUILDER_LIMITS = {
	/** the longest answer a parent may send in one reply */
	reply: 2000,
	/** the worry and what helps go into the child's story, so they stay short */
	worry: 160,
	helps: 160,
	titleMin: 3,
	title: SCENARIO_LIMITS.title
} as const;

export const builderSessionIdSchema = z.object({
	sessionId: z.uuid('Not a quest builder session')
});

export const builderReplySchema = z.object({
	sessionId: z.uuid('Not a quest builder session'),
	text: z
		.string()
		.trim()
		.min(1, 'Write an answer first')
		.max(BUILDER_LIMITS.reply, `Keep an answer under ${BUILDER_LIMITS.reply} characters`),
	/**
	 * How many messages the parent had in front of them when answering (optional). With it, an
	 * answer to a question that has since moved on (a second tab, a double submit) is refused
	 * instead of being read as the answer to the next question.
	 */
	seenMessages: z.number().int().min(0).max(100_000).optional()
});
export type BuilderReplyInput = z.output<typeof builderReplySchema>;

/**
 * What the parent has told the builder so far. Every field is optional because the conversation
 * fills them one by one; `asking` is a follow-up question the builder is waiting on.
 */
export const builderContextSchema = z.object({
	ageBand: z.enum(AGE_RANGES).optional(),
	worry: z.string().max(BUILDER_LIMITS.worry).optional(),
	helps: z.string().max(BUILDER_LIMITS.helps).optional(),
	module: z.enum(QUEST_MODULES).optional(),
	/** which of the module's templates the draft uses */
	templateIndex: z.number().int().min(0).max(20).optional(),
	/** the parent's own title, instead of the template's */
	title: z.string().max(BUILDER_LIMITS.title).optional(),
	asking: z.enum(['title']).optional()
});
export type BuilderContext = z.infer<typeof builderContextSchema>;

/** The fields collected in order (the first missing one is the next question). */
export const CONTEXT_FIELDS = ['ageBand', 'worry', 'helps', 'module'] as const;
export type ContextField = (typeof CONTEXT_FIELDS)[number];

/** A stored context, read defensively: anything that does not fit is dropped, not trusted. */
export function readContext(raw: unknown): BuilderContext {
	const parsed = builderContextSchema.safeParse(raw);
	return parsed.success ? parsed.data : {};
}
