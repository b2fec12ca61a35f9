// Which rubric a scenario's attempts are scored against when it names none: language
// role-plays (a CEFR level) use the can-do rubric, quests (an age range or a therapeutic
// module) the children's one, everything else the crisis-line conversation rubric.

export const DEFAULT_RUBRICS = {
	language: 'cefr-can-do',
	quest: 'childrens-quest',
	conversation: 'crisis-line-conversation'
} as const;

export function rubricKeyFor(scenario: {
	rubric: string | null;
	cefrLevel: string | null;
	ageRange: string | null;
	psychologicalModule: string | null;
}): string {
	if (scenario.rubric) return scenario.rubric;
	if (scenario.cefrLevel) return DEFAULT_RUBRICS.language;
	if (scenario.ageRange || scenario.psychologicalModule) return DEFAULT_RUBRICS.quest;
	return DEFAULT_RUBRICS.conversation;
}
