import { and, desc, eq, sql } from 'drizzle-orm';
import { previewOf } from '../../../domain/quest-builder/generate';
import { MESSAGES, STAGE_LABELS } from '../../../domain/quest-builder/messages';
import {
	advance,
	quickReplies,
	startState,
	type BuilderState
} from '../../../domain/quest-builder/stages';
import { readContext, type BuilderReplyInput } from '../../../schemas/quest-builder';
import { scenarioContentSchema, type ScenarioContent } from '../../../schemas/scenario';
import type { Executor } from '../../db/client';
import { questBuilderSessions } from '../../db/schema';
import { AppError } from '../../errors';
import { createDraft } from '../authoring/studio';
import { knownSkillSlugs } from '../catalog/create';
import type { Viewer } from '../catalog/detail';

// The guided quest builder's conversations (quest_builder_sessions). The stage machine is pure
// (domain/quest-builder/stages.ts); this file reads a conversation, asks the machine, and stores
// the answer. A reply is applied only if the conversation is still the one it was read from (its
// length is the version), so of two replies sent at once one wins and the other is a CONFLICT,
// never both applied to the same question. A reply that says which conversation it answered
// (`seenMessages`, as the page does) is refused once that has moved on, however late it comes.
// Confirming the draft creates an ordinary studio draft in the same transaction.

type SessionRow = typeof questBuilderSessions.$inferSelect;
type Message = SessionRow['conversation'][number];

/** A conversation stops taking replies at this many messages (a runaway loop, not a parent). */
const MAX_MESSAGES = 400;

const NOT_FOUND = 'No quest builder conversation with that id';

function draftOf(raw: unknown): ScenarioContent | null {
	if (!raw) return null;
	const parsed = scenarioContentSchema.safeParse(raw);
	return parsed.success ? parsed.data : null;
}

function stateOf(row: SessionRow): BuilderState {
	return { stage: row.stage, context: readContext(row.context), draft: draftOf(row.currentGraph) };
}

async function ownSession(db: Executor, userId: string, sessionId: string) {
	const [row] = await db
		.select()
		.from(questBuilderSessions)
		.where(and(eq(questBuilderSessions.id, sessionId), eq(questBuilderSessions.userId, userId)))
		.limit(1);
	if (!row) throw new AppError('NOT_FOUND', NOT_FOUND);
	return row;
}

export async function startBuilderSession(db: Executor, userId: string) {
	const { state, message } = startState();
	const [row] = await db
		.insert(questBuilderSessions)
		.values({
			userId,
			stage: state.stage,
			context: state.context,
			conversation: [{ role: 'builder', text: message, at: new Date().toISOString() }]
		})
		.returning({ id: questBuilderSessions.id, stage: questBuilderSessions.stage });
	return { sessionId: row.id, stage: row.stage };
}

/** A conversation as the page shows it: messages, answers so far, the draft, the way on. */
export async function getBuilderSession(db: Executor, userId: string, sessionId: string) {
	const row = await ownSession(db, userId, sessionId);
	const state = stateOf(row);
	return {
		id: row.id,
		stage: row.stage,
		stageLabel: STAGE_LABELS[row.stage],
		conversation: row.conversation,
		context: state.context,
		quickReplies: [...quickReplies(state)],
		draft: state.draft ? previewOf(state.draft) : null,
		scenarioId: row.scenarioId,
		createdAt: row.createdAt,
		updatedAt: row.updatedAt
	};
}

/** The caller's conversations, newest change first (to resume an unfinished one). */
export async function listBuilderSessions(db: Executor, userId: string) {
	const rows = await db
		.select({
			id: questBuilderSessions.id,
			stage: questBuilderSessions.stage,
			context: questBuilderSessions.context,
			title: sql<string | null>`${questBuilderSessions.currentGraph} ->> 'title'`,
			scenarioId: questBuilderSessions.scenarioId,
			createdAt: questBuilderSessions.createdAt,
			updatedAt: questBuilderSessions.updatedAt
		})
		.from(questBuilderSessions)
		.where(eq(questBuilderSessions.userId, userId))
		.orderBy(desc(questBuilderSessions.updatedAt), desc(questBuilderSessions.id))
		.limit(50);
	return rows.map(({ context, ...row }) => {
		const known = readContext(context);
		return {
			...row,
			stageLabel: STAGE_LABELS[row.stage],
			ageBand: known.ageBand ?? null,
			worry: known.worry ?? null,
			module: known.module ?? null
		};
	});
}

/** Only the skills that exist and are active: an admin may have retired one a template names. */
async function withKnownSkills(db: Executor, content: ScenarioContent): Promise<ScenarioContent> {
	if (content.skills.length === 0) return content;
	const known = await knownSkillSlugs(db, content.skills);
	return { ...content, skills: content.skills.filter((s) => known.has(s)) };
}

export async function replyToBuilder(db: Executor, user: Viewer, input: BuilderReplyInput) {
	const row = await ownSession(db, user.id, input.sessionId);
	if (row.stage === 'quest_ready') throw new AppError('CONFLICT', MESSAGES.finished);
	if (input.seenMessages !== undefined && input.seenMessages !== row.conversation.length) {
		throw new AppError('CONFLICT', MESSAGES.crossed);
	}
	if (row.conversation.length >= MAX_MESSAGES) {
		throw new AppError(
			'CONFLICT',
			'This conversation has become very long. Start a new quest to carry on.'
		);
	}
	const { state, message, create } = advance(stateOf(row), input.text);
	const at = new Date().toISOString();
	const conversation: Message[] = [
		...row.conversation,
		{ role: 'parent', text: input.text, at },
		{ role: 'builder', text: message, at }
	];
	return db.transaction(async (tx) => {
		// Claims the conversation: the row lock this takes makes a concurrent reply wait, and
		// once it commits that reply's condition no longer holds.
		const claimed = await tx
			.update(questBuilderSessions)
			.set({
				stage: state.stage,
				context: state.context,
				currentGraph: state.draft,
				conversation,
				updatedAt: sql`now()`
			})
			.where(
				and(
					eq(questBuilderSessions.id, row.id),
					eq(questBuilderSessions.stage, row.stage),
					sql`jsonb_array_length(${questBuilderSessions.conversation}) = ${row.conversation.length}`
				)
			)
			.returning({ id: questBuilderSessions.id });
		if (claimed.length === 0) throw new AppError('CONFLICT', MESSAGES.crossed);
		if (create && state.draft) {
			const draft = await createDraft(tx, user, await withKnownSkills(tx, state.draft));
			await tx
				.update(questBuilderSessions)
				.set({ scenarioId: draft.id })
				.where(eq(questBuilderSessions.id, row.id));
			return { stage: state.stage, message, scenarioId: draft.id };
		}
		return { stage: state.stage, message, scenarioId: row.scenarioId };
	});
}
