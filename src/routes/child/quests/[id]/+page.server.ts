import { error } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { childQuestSchema } from '$lib/schemas/family';
import { AppError } from '$lib/server/errors';
import { NO_QUEST } from '$lib/server/services/family/quest-play';
import { callerFor, loadOrError, refused } from '$lib/server/trpc/caller';
import type { Actions, PageServerLoad } from './$types';

// Playing one quest in child mode, every move a form action (works without script): "Let's go"
// starts or restarts, each step answers with Next, a choice, or words that only move the quest
// on (never stored). The child layout already made sure the session is in child mode.

function questIdOr404(id: string) {
	const parsed = childQuestSchema.safeParse({ scenarioId: id });
	if (!parsed.success) error(404, { message: NO_QUEST, code: 'NOT_FOUND' });
	return parsed.data.scenarioId;
}

export const load: PageServerLoad = async (event) => {
	await event.parent();
	const scenarioId = questIdOr404(event.params.id);
	return loadOrError(callerFor(event).family.childQuest({ scenarioId }));
};

interface MoveResult {
	done: boolean;
	feedback: string | null;
	message: string | null;
}

async function move(call: () => Promise<MoveResult>) {
	try {
		return await call();
	} catch (e) {
		// A step already answered (a second tab, sent twice): the page shows where they are.
		if (e instanceof TRPCError && e.cause instanceof AppError && e.cause.details?.stepId) {
			return { done: false, feedback: null, message: null };
		}
		return refused(e, { done: false, feedback: null });
	}
}

export const actions: Actions = {
	start: async (event) => {
		const scenarioId = questIdOr404(event.params.id ?? '');
		return move(async () => {
			await callerFor(event).family.childStart({ scenarioId });
			return { done: false, feedback: null, message: null };
		});
	},

	answer: async (event) => {
		const scenarioId = questIdOr404(event.params.id ?? '');
		const data = await event.request.formData();
		const text = (name: string, max = 100) => {
			const value = data.get(name);
			return typeof value === 'string' ? value.slice(0, max) : null;
		};
		const stepId = text('stepId') ?? '';
		const choice = text('choiceIndex', 4);
		const reply = text('reply', 2000);
		const answer =
			choice !== null
				? { choiceIndex: Number(choice) }
				: reply !== null
					? { text: reply }
					: { continue: true as const };
		return move(async () => {
			const result = await callerFor(event).family.childAnswer({ scenarioId, stepId, answer });
			return { done: result.done, feedback: result.feedback, message: null };
		});
	}
};
