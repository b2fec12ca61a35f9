import { scenarioToYaml } from '../../src/lib/domain/scenario-yaml';
import type { AccessCase, World } from './access';
import { draftContent, ok, ownApproved, ownDraft, ownerOnlyHidden, signedIn } from './access';

// The access matrix's rows for questBuilder.* and studio YAML. Called by access.ts while it builds ACCESS (not at
// import time), so the outcome constants and fixtures it exports are ready by then.

/** A fresh conversation of the owner's, past the greeting. */
async function ownSession(w: World) {
	const { sessionId } = await w.call('owner', 'questBuilder.start');
	await w.call('owner', 'questBuilder.reply', { sessionId, text: '8' });
	return sessionId as string;
}

export function questBuilderAccess(): Record<string, AccessCase | AccessCase[]> {
	return {
		// The guided quest builder: a conversation is its starter's alone.
		'questBuilder.start': { access: signedIn },
		'questBuilder.mine': { access: signedIn },
		'questBuilder.get': {
			about: "the owner's conversation",
			access: ownerOnlyHidden,
			input: async (w) => ({ sessionId: await ownSession(w) })
		},
		'questBuilder.reply': {
			about: "the owner's conversation",
			access: ownerOnlyHidden,
			input: async (w) => ({ sessionId: await ownSession(w), text: 'the dark' })
		},

		// Studio YAML: export whatever the caller may open; import is always a new draft of theirs.
		'studio.exportYaml': [
			{
				about: "the owner's private draft",
				access: {
					anonymous: 'UNAUTHORIZED',
					learner: 'NOT_FOUND',
					owner: ok,
					reviewer: 'NOT_FOUND',
					admin: ok
				},
				input: async (w) => ({ scenarioId: (await ownDraft(w)).id })
			},
			{
				about: "the owner's approved public scenario",
				access: signedIn,
				input: async (w) => ({ scenarioId: (await ownApproved(w)).id })
			}
		],
		'studio.importYaml': {
			access: signedIn,
			input: async () => ({ yaml: scenarioToYaml(draftContent()) })
		}
	};
}
