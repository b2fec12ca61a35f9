import {
	ownerOnlyHidden,
	approvedScenario,
	signedIn,
	tag,
	type AccessCase,
	type Actor,
	type Outcome,
	type World
} from './access';

// The access matrix's rows for family.* (children, child mode, reveals). Called by access.ts while it builds ACCESS (not at
// import time), so the outcome constants and fixtures it exports are ready by then.
//
// The owner is the parent. Child mode itself is not in the matrix: starting and leaving it are
// form actions on the browser's session (a procedure would put the HTTP world's shared demo
// session into child mode for every later row), so here every actor is outside child mode and
// the child's own procedures answer FORBIDDEN; tests/integration/family.test.ts covers them in
// child mode, in process and over HTTP.

/** A fresh child of the owner's. */
export async function ownersChild(w: World) {
	const { childId } = await w.call('owner', 'family.addChild', {
		nickname: `Matrix ${tag()}`,
		ageBand: '7-9'
	});
	return childId as string;
}

/** Only a session in child mode: everyone here is outside it. */
const childModeOnly: Record<Actor, Outcome> = {
	anonymous: 'UNAUTHORIZED',
	learner: 'FORBIDDEN',
	owner: 'FORBIDDEN',
	reviewer: 'FORBIDDEN',
	admin: 'FORBIDDEN'
};

/**
 * A quest id for the child procedures (refused before it is looked at). A wrapper, not an alias:
 * this module is evaluated before access.ts has initialised its constants.
 */
const aQuest = (w: World) => approvedScenario(w);

export function familyAccess(): Record<string, AccessCase> {
	return {
		'family.children': { access: signedIn },
		'family.settings': { access: signedIn },
		'family.addChild': {
			access: signedIn,
			input: async () => ({ nickname: `Matrix ${tag()}`, ageBand: '5-7' })
		},
		'family.updateChild': {
			about: "the owner's child",
			access: ownerOnlyHidden,
			input: async (w) => ({ childId: await ownersChild(w), nickname: 'Renamed', ageBand: '10-12' })
		},
		'family.deleteChild': {
			about: "the owner's child",
			access: ownerOnlyHidden,
			input: async (w) => ({ childId: await ownersChild(w) })
		},
		'family.childProgress': {
			about: "the owner's child",
			access: ownerOnlyHidden,
			input: async (w) => ({ childId: await ownersChild(w) })
		},
		'family.setPrivacy': {
			about: "the owner's child",
			access: ownerOnlyHidden,
			input: async (w) => ({ childId: await ownersChild(w), shareAggregatesWithAuthors: true })
		},
		'family.setPin': {
			about: "each caller's own PIN (the current PIN proves a change on a second run)",
			access: signedIn,
			input: async () => ({ pin: '1234', pinRepeat: '1234', currentPin: '1234' })
		},
		'family.setParentName': {
			access: signedIn,
			input: async () => ({ parentName: `Parent ${tag()}` })
		},
		'family.reveal': {
			about:
				"the owner's child, who has not played the quest: nothing to read for anyone (the reveal itself is in family.test.ts)",
			access: { ...ownerOnlyHidden, owner: 'NOT_FOUND' },
			input: async (w) => ({ childId: await ownersChild(w), ...(await aQuest(w)) })
		},
		'family.childQuests': { about: 'outside child mode', access: childModeOnly },
		'family.childQuest': { about: 'outside child mode', access: childModeOnly, input: aQuest },
		'family.childStart': { about: 'outside child mode', access: childModeOnly, input: aQuest },
		'family.childAnswer': {
			about: 'outside child mode',
			access: childModeOnly,
			input: async (w) => ({ ...(await aQuest(w)), stepId: 'hello', answer: { continue: true } })
		}
	};
}
