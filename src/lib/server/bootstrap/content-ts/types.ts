// Shape of the scenario content written for the seed. Pure data: the seed script turns each
// entry into a `scenarios` row plus its `scenario_metadata` row in one transaction.

export type SkillSlug =
	| 'risk-assessment'
	| 'safety-planning'
	| 'de-escalation'
	| 'active-listening'
	| 'self-harm-assessment'
	| 'substance-assessment'
	| 'dv-assessment'
	| 'grief-support'
	| 'anxiety-support'
	| 'rapport-building'
	| 'call-routing'
	| 'medication-support'
	| 'resource-linkage'
	| 'boundary-setting'
	| 'termination';

export type Difficulty = 'beginner' | 'intermediate' | 'advanced';
export type Mode = 'phone' | 'chat';
export type PsychologicalModule = 'IFS' | 'DBT' | 'CBT' | 'ACT';
export type CefrLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';

/**
 * One step of a scenario. Steps are played in array order unless a step says otherwise:
 * - a step with `choices` branches: the learner picks one and goes to its `next` (null ends);
 * - a step without choices goes to `next` when given (null ends), else to the following step;
 * - the last step without choices ends the scenario.
 */
export interface SeedStep {
	/** kebab-case, unique within the scenario */
	id: string;
	/** short label shown in the step list, e.g. "Opening", "Asking directly" */
	title: string;
	/** what the caller / child / conversation partner says or what happens, shown to the learner */
	prompt: string;
	/** coaching for the learner: what a good response does here (optional) */
	guidance?: string;
	choices?: { label: string; next: string | null; feedback?: string }[];
	next?: string | null;
}

export interface SeedPersona {
	name: string;
	age?: number;
	pronouns?: string;
	/** life situation and history relevant to the conversation */
	background: string;
	/** how they come across at the start: mood, speech, what they want */
	presentation: string;
	/** what changes when the learner does well / badly */
	voice?: string;
}

export interface SeedScenario {
	/** kebab-case, unique across the whole seed */
	slug: string;
	title: string;
	description: string;
	instructions: string;
	context: string;
	expectedOutcome: string;
	learningGoal: string;
	learningObjectives: string[];
	persona: SeedPersona;
	comfortIndicators: { comfortable: string[]; uncomfortable: string[] };
	mode: Mode;
	category: string;
	skills: SkillSlug[];
	difficulty: Difficulty;
	/** minutes, integer 5..60 */
	estimatedTime: number;
	psychologicalModule?: PsychologicalModule | null;
	/** e.g. '7-9', '10-12' (quests only) */
	ageRange?: string | null;
	cefrLevel?: CefrLevel | null;
	contentWarnings: string[];
	steps: SeedStep[];
	isOneTime?: boolean;
}
