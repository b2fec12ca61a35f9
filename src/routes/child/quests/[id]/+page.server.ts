import { error, fail } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { childQuestSchema } from '$lib/schemas/family';
import { callerFor, loadOrError, publicMessage } from '$lib/server/trpc/caller';
import type { Actions, PageServerLoad } from './$types';

// Playing one quest in child mode, every move a form action (works without script): "Let's go"
// starts or restarts, each step answers with Next, a choice, or words that only move the quest
// on (never stored). The child layout already made sure the session is in child mode.

const NO_QUEST = 'There is no quest like that here';

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
		if (e instanceof TRPCError && e.code !== 'INTERNAL_SERVER_ERROR') {
			// A step already answered (a second tab, sent twice): the page shows where they are.
			if (e.code === 'CONFLICT' && e.message.startsWith('That step is already done')) {
				return { done: false, feedback: null, message: null };
			}
			return fail(getHTTPStatusCodeFromError(e), {
				done: false,
				feedback: null,
				message: publicMessage(e)
			});
		}
		throw e;
	}
}

/**
 * The posted form, read before anything can refuse the request: answering while a large body is
 * still arriving makes Node reset the connection, and the browser then shows a network error
 * instead of the page's plain 404 (the page fuzz found it). An unreadable body reads as empty.
 */
async function postedForm(request: Request): Promise<FormData> {
	return request.formData().catch(() => new FormData());
}

export const actions: Actions = {
	start: async (event) => {
		await postedForm(event.request);
		const scenarioId = questIdOr404(event.params.id ?? '');
		return move(async () => {
			await callerFor(event).family.childStart({ scenarioId });
			return { done: false, feedback: null, message: null };
		});
	},

	answer: async (event) => {
		const data = await postedForm(event.request);
		const scenarioId = questIdOr404(event.params.id ?? '');
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
