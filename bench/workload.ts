import type { ScenarioListInput } from '../src/lib/schemas/scenario';

// What each benchmark scenario asks. The app and the bare baseline are sent byte-identical
// requests (same paths, query strings, bodies and cookies); only the port differs.

export const LIST_FILTERED: ScenarioListInput = {
	skills: ['risk-assessment'],
	difficulty: ['intermediate'],
	sort: 'top_rated'
};

/** Two words a learner might type; relevance is the default sort with a search. */
export const SEARCH_TEXT = 'eviction night';
export const LIST_SEARCH: ScenarioListInput = { search: SEARCH_TEXT };

/**
 * A word in most scenarios against one in few: relevance ranking must not cost in proportion to
 * the number of matches (search is by prefix, so "call" also finds caller and calling).
 */
export const SEARCH_COMMON = 'call';
export const SEARCH_RARE = 'firefighter';

export const MARKETPLACE_TRENDING: ScenarioListInput = { sort: 'trending' };

export const PAGE_PATH = '/scenarios';

/** What the PTG asks when it assigns by skill, difficulty and time. */
export const EXTERNAL_QUERY =
	'skills=risk-assessment,safety-planning&difficulty=intermediate&maxTime=30&limit=20';
export const EXTERNAL_PATH = `/api/external/scenarios?${EXTERNAL_QUERY}`;

export const SAVE_PATH = '/api/trpc/progress.save';

/** A tRPC v11 GET (not batched) with the superjson envelope, as the browser client sends it. */
export function trpcQueryPath(procedure: string, input: unknown): string {
	return `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}

export const LIST_FILTERED_PATH = trpcQueryPath('scenario.list', LIST_FILTERED);
export const LIST_SEARCH_PATH = trpcQueryPath('scenario.list', LIST_SEARCH);
export const MARKETPLACE_PATH = trpcQueryPath('marketplace.list', MARKETPLACE_TRENDING);

export function saveBody(scenarioId: string, saved: boolean): string {
	return JSON.stringify({ json: { scenarioId, saved } });
}

/**
 * The practice loop (issue 17): start an attempt, six `progress.respond` turns, finish with the
 * automatic evaluation. Played on the first of these built-in scenarios that is seeded, walking
 * it as a learner would: a reply in words where the step asks for one, the first choice where it
 * offers choices, Continue where the persona speaks.
 */
export const PRACTICE_CANDIDATES = [
	'crisis-complex-multi-issue-chat-certification',
	'crisis-complex-multi-risk-custody-loss-handgun',
	'crisis-caregiver-burnout-dementia-mother-chat'
];
export const PRACTICE_TURNS = 6;
/** A reply the detectors find things in (an open question, a reflection, a direct question). */
export const PRACTICE_REPLY =
	'It sounds like you are carrying so much right now. What has tonight been like for you? ' +
	'Are you thinking about killing yourself?';

export function trpcMutationPath(procedure: string): string {
	return `/api/trpc/${procedure}`;
}
