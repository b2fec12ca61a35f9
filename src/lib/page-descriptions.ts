// What search results and link previews say about a page (<meta name="description">, written
// by the root layout). A scenario's page describes its own scenario and is left out here.

const SITE =
	'Practise hard conversations safely: crisis-line calls and chats, quests for children and ' +
	'language role-plays, with feedback on every attempt.';

const BY_ROUTE: Record<string, string> = {
	'/': SITE,
	'/scenarios':
		'The scenario library: crisis-line calls and chats, therapeutic quests and language ' +
		'role-plays, filtered by skill, difficulty and length.',
	'/marketplace':
		'Community scenarios reviewed by psychologists before they are published, by trend and rating.',
	'/tracks': 'Learning tracks: scenarios in order, from awareness to mastery.',
	'/progress': 'Your practice: attempts, skills and what to try next.',
	'/login': 'Sign in to Scenario Hub.',
	'/signup': 'Create a free Scenario Hub account to practise and keep your progress.'
};

/** Routes whose page writes its own description. */
const OWN = new Set(['/scenarios/[slug]']);

/** The description for a route id, or null when the page writes its own. */
export function pageDescription(routeId: string | null): string | null {
	if (routeId && OWN.has(routeId)) return null;
	return (routeId && BY_ROUTE[routeId]) || SITE;
}
