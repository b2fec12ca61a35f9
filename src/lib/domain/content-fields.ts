// A scenario's fields as people read them, for the warning scanner's findings and the review
// desk's list of what a revision changed.

const FIELD_LABELS: Record<string, string> = {
	learningObjectives: 'learning objectives',
	persona: 'persona',
	comfortIndicators: 'comfort indicators',
	mode: 'mode',
	category: 'category',
	skills: 'skills',
	difficulty: 'difficulty',
	estimatedTime: 'time',
	psychologicalModule: 'module',
	ageRange: 'age range',
	revealMessage: 'reveal message',
	layout: 'graph layout',
	cefrLevel: 'language level',
	contentWarnings: 'content warnings',
	steps: 'steps',
	stateVariables: 'state variables',
	rubric: 'rubric',
	isOneTime: 'one-time',
	visibility: 'visibility',
	title: 'title',
	description: 'description',
	instructions: 'instructions',
	context: 'context',
	expectedOutcome: 'expected outcome',
	learningGoal: 'learning goal',
	'persona.name': 'persona name',
	'persona.background': 'persona background',
	'persona.presentation': 'how the persona presents',
	'persona.voice': "persona's voice"
};

const STEP_FIELDS: Record<string, string> = {
	modelResponse: 'model response',
	suggestions: 'suggestions',
	heard: 'reply rules',
	effects: 'effects',
	kind: 'kind',
	feeling: 'feeling'
};

/** A field path as people read it: 'steps.2.choices.0.feedback' -> 'step 3, choice 1 feedback'. */
export function fieldLabel(path: string): string {
	if (FIELD_LABELS[path]) return FIELD_LABELS[path];
	const n = (i: string) => Number(i) + 1;
	const parts = path.split('.');
	if (parts[0] === 'learningObjectives') return `learning objective ${n(parts[1])}`;
	if (parts[0] === 'comfortIndicators') {
		return `${parts[1] === 'comfortable' ? 'sign of comfort' : 'sign of discomfort'} ${n(parts[2])}`;
	}
	if (parts[0] === 'stateVariables') return `state variable ${n(parts[1])}`;
	if (parts[0] === 'steps') {
		const step = `step ${n(parts[1])}`;
		if (parts[2] === 'choices') {
			const choice = `${step}, choice ${n(parts[3])}`;
			if (parts[4] === 'feedback') return `${choice} feedback`;
			return parts[4] === 'effects' ? `${choice} effects` : choice;
		}
		if (parts[2] === 'branches') return `${step}, branch ${n(parts[3])}`;
		return `${step} ${STEP_FIELDS[parts[2]] ?? parts[2]}`;
	}
	return path;
}
