import type { QuestModule } from '../../../schemas/enums';
import type { Persona } from '../../../schemas/steps';
import type { ScenarioStep } from '../../../schemas/steps';

// A quest template: a whole quest as data, with placeholders in its text that the generator
// fills from what the parent said. Placeholders (all filled in one pass, so a parent's answer
// that happens to contain "{worry}" stays as typed):
//   {worry}    the worry, as the end of "The worry is about …"
//   {helps}    what helps, as the end of "What helps is …"
//   {grownup}  who the child turns to, in words for their age ("your grown-up", "someone you trust")
//   {breath}   a calming breath in words for their age ("three slow balloon breaths")
//   {ageBand}  the age band, in the parent-facing fields

export interface QuestTemplate {
	/** stable key, stored nowhere but handy in tests and logs */
	key: string;
	module: QuestModule;
	title: string;
	description: string;
	instructions: string;
	context: string;
	expectedOutcome: string;
	learningGoal: string;
	learningObjectives: string[];
	persona: Omit<Persona, 'age'>;
	comfortIndicators: { comfortable: string[]; uncomfortable: string[] };
	skills: string[];
	/** what the parent reads after the child finishes */
	revealMessage: string;
	steps: ScenarioStep[];
}

export const PLACEHOLDERS = ['worry', 'helps', 'grownup', 'breath', 'ageBand'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
