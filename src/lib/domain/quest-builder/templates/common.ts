import type { QuestModule } from '../../../schemas/enums';

// Parent-facing text every template shares: how to play, what the approach is, and the signs to
// watch. Written once so the eight templates stay consistent and short.

export const INSTRUCTIONS =
	'Sit together and read the story aloud, or let your child read it. At each choice, let your child pick: there are no wrong answers, only different paths, and a path that does not help gently leads back. Your notes under each step say what to notice and what you might say. Stop whenever your child has had enough.';

export const MODULE_CONTEXT: Record<QuestModule, string> = {
	IFS: 'This quest borrows an idea from Internal Family Systems (IFS): the mind is like a family of "parts", and a worried part is not bad, it is trying to protect. Children find it easier to talk kindly to a worried character than to "manage anxiety". Written for {ageBand} year olds, about a worry about {worry}.',
	DBT: 'This quest borrows skills from Dialectical Behaviour Therapy (DBT) for children: noticing how big a feeling is, pausing before acting, and picking a calming skill. Feelings rise and fall like waves; the skills help a child ride them. Written for {ageBand} year olds, about a worry about {worry}.',
	CBT: 'This quest borrows from Cognitive Behavioural Therapy (CBT) for children: a worried thought is a guess, not a fact, so we look for clues, find a kinder and truer thought, and take one small brave step. Written for {ageBand} year olds, about a worry about {worry}.',
	ACT: 'This quest borrows from Acceptance and Commitment Therapy (ACT) for children: worried thoughts and feelings can come along for the ride without being in charge, while the child moves towards what matters to them. Written for {ageBand} year olds, about a worry about {worry}.'
};

export const COMFORT = {
	comfortable: [
		'Your child adds their own ideas, names or drawings to the story',
		'They tell you something real about the worry',
		'They laugh, relax their shoulders or breathe out',
		'They want to try the calming idea for real'
	],
	uncomfortable: [
		'They go very quiet, hide their face or want to stop',
		'The worry seems to grow instead of shrink',
		'They talk about something much bigger than this worry: pause the story and just listen'
	]
};

/** Added to every reveal message: when a story is not enough. */
export const REVEAL_FOOTNOTE =
	'If the worry stays big for weeks, or gets in the way of sleep, school or play, talk to your family doctor or your child’s school counsellor.';
