import type { AgeRange, BuilderStage, QuestModule } from '../../schemas/enums';

// Everything the quest builder says, in one place, so the wording can be reviewed and changed
// without touching the stage machine. Plain words for a parent: no therapy jargon beyond the
// four module names, which the parent picks from.

export const STAGE_LABELS: Record<BuilderStage, string> = {
	greeting: 'Getting started',
	collecting_info: 'Learning about your child',
	clarifying: 'Checking what I understood',
	generating: 'Writing the draft',
	reviewing: 'Reviewing the draft',
	quest_ready: 'Quest ready'
};

/** One line per approach, for a parent who has not heard of any of them. */
const MODULE_DESCRIPTIONS: Record<QuestModule, string> = {
	IFS: 'IFS (parts): the worry becomes a worried "part" of your child that they get to know and thank.',
	DBT: 'DBT (big feelings): your child notices how big a feeling is and picks a calming skill.',
	CBT: 'CBT (thoughts): your child checks a worried thought like a detective and takes a small brave step.',
	ACT: 'ACT (what matters): your child lets worried thoughts pass and moves towards what they care about.'
};

const AGE_QUESTION =
	'How old is the child this quest is for? Pick an age band: 5-7, 7-9, 10-12, 13-15 or 16-17.';

const MODULE_QUESTION = [
	'Last question: which approach should the quest use?',
	...Object.values(MODULE_DESCRIPTIONS),
	'Pick IFS, DBT, CBT or ACT. If you are not sure, CBT is a good first choice for worries.'
].join('\n');

export const MESSAGES = {
	greeting: [
		'Hello! I will help you build a short story quest for your child, about something they find hard.',
		'I will ask four quick questions, write a first draft, and show it to you before anything is saved. You can say "back" or "start over" at any time.',
		AGE_QUESTION
	].join('\n\n'),
	askAge: AGE_QUESTION,
	ageUnclear: `I could not read an age band from that. ${AGE_QUESTION} (For example "7-9", or just the child's age, like "8".)`,
	askWorry: (ageBand: string) =>
		`Thank you, a quest for ${ageBand} year olds. What is the worry about? Finish the sentence "The worry is about …" in a few words, the way your child might say it. For example: "the dark", "a new school", "Grandma being ill".`,
	worryUnclear:
		'Could you say a little more? Finish the sentence "The worry is about …", for example "sleeping on my own".',
	worryTooLong:
		'That is a lot to fit into a story. Could you say it in a few words (under 160 characters)? The details can go into your notes in the studio later.',
	askHelps: (worry: string) =>
		`Got it: the worry is about ${worry}. What already helps your child feel calmer? Finish the sentence "What helps is …", for example "a big hug", "slow breaths", "drawing", "talking to Dad". If you are not sure, say "not sure".`,
	helpsUnclear:
		'Could you say a little more? Finish the sentence "What helps is …", for example "a cuddle and a story".',
	helpsTooLong:
		'Could you say that in a few words (under 160 characters)? The quest uses it as one idea the child can try.',
	helpsDefaulted: (helps: string) =>
		`That is fine, many parents are not sure yet. I will use "${helps}", and you can change it in the studio later.`,
	askModule: MODULE_QUESTION,
	moduleUnclear: `I could not tell which approach you mean.\n\n${MODULE_QUESTION}`,
	moduleExplained: `Here is the difference in one line each.\n\n${MODULE_QUESTION}`,
	summary: (facts: { ageBand: string; worry: string; helps: string; module: QuestModule }) =>
		[
			'Here is what I have:',
			`• For: ${facts.ageBand} year olds`,
			`• The worry is about: ${facts.worry}`,
			`• What helps: ${facts.helps}`,
			`• Approach: ${MODULE_DESCRIPTIONS[facts.module]}`,
			'Shall I write the first draft? Say "yes", or tell me what to change (the age, the worry, what helps or the approach).'
		].join('\n'),
	clarifyUnclear:
		'Sorry, I did not follow. Say "yes" to write the draft, or "change the age", "change the worry", "change what helps" or "change the approach".',
	draft: (preview: { title: string; steps: number; choices: number; revealMessage: string }) =>
		[
			`Here is a first draft: "${preview.title}".`,
			`It has ${preview.steps} steps, and ${preview.choices} ${preview.choices === 1 ? 'place' : 'places'} where your child chooses what happens next.`,
			`What you will read when your child finishes: ${preview.revealMessage}`,
			'Say "create it" to save it as a draft in your studio, "try the other story" for a different one with the same approach, or "change the title to …".'
		].join('\n\n'),
	generateFailed:
		'Sorry, something went wrong while writing the draft. Say "try again" and I will write it again.',
	askTitle: 'What should the quest be called? (3 to 160 characters)',
	titleUnclear: 'A title needs 3 to 160 characters. What should the quest be called?',
	reviewUnclear:
		'Sorry, I did not follow. Say "create it", "try the other story", or "change the title to …". You can also say "change the age", "change the worry", "change what helps" or "change the approach".',
	ready: (title: string) =>
		`Done! "${title}" is now a draft in your studio. Open it there to read every step, change anything you like, and send it for review when you are happy. A psychologist reviews every quest before children can play it.`,
	startOver: `Let's start again from the beginning.\n\n${AGE_QUESTION}`,
	alreadyAtStart: `We are at the beginning already. ${AGE_QUESTION}`,
	finished:
		'This quest is finished and saved as a draft in your studio. Open it there, or start a new quest.',
	crossed:
		'This conversation moved on since you opened it: another answer was sent first (perhaps from another tab). Read the conversation again and answer from there.'
} as const;

/** The question that asks for `field` (used when going back or changing an answer). */
export function questionFor(
	field: 'ageBand' | 'worry' | 'helps' | 'module',
	context: { ageBand?: AgeRange; worry?: string }
): string {
	switch (field) {
		case 'ageBand':
			return MESSAGES.askAge;
		case 'worry':
			return MESSAGES.askWorry(context.ageBand ?? '5-17');
		case 'helps':
			return MESSAGES.askHelps(context.worry ?? 'this');
		case 'module':
			return MESSAGES.askModule;
	}
}

/** The buttons offered under the builder's last message (the same words work typed). */
export const QUICK_REPLIES = {
	clarifying: ['Yes, write the draft', 'Change the age', 'Change the worry', 'Change the approach'],
	reviewing: ['Create it', 'Try the other story', 'Change the title'],
	generating: ['Try again'],
	helps: ['Not sure']
} as const;

/** What the builder falls back to when the parent is not sure what helps. */
export const DEFAULT_HELPS = 'slow breaths and a hug';
