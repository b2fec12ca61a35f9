import { COMFORT, INSTRUCTIONS, MODULE_CONTEXT } from './common';
import type { QuestTemplate } from './types';

// DBT skills for children: measure how big a feeling is, pause before acting, pick a calming
// skill, and notice that feelings rise and fall. Two stories: surfing a wave, a robot's toolbox.

const wave: QuestTemplate = {
	key: 'dbt-wave',
	module: 'DBT',
	title: 'Surfing the Big Feeling Wave',
	description:
		'Coral the seal teaches your child to surf. When the worry about {worry} rises like a wave, your child measures how big it is, picks a skill, and rides the wave until it gets smaller again.',
	instructions: INSTRUCTIONS,
	context: MODULE_CONTEXT.DBT,
	expectedOutcome:
		'Your child can say how big a feeling is (small, medium or huge), knows that feelings rise and fall, and has one skill to ride the wave: {helps} or a slow breath.',
	learningGoal:
		'Big feelings are like waves: they rise, peak and fall, and we can learn to ride them.',
	learningObjectives: [
		'Measure how big a feeling is',
		'Pause before acting on a big feeling',
		'Pick a calming skill and use it',
		'Notice the feeling getting smaller'
	],
	persona: {
		name: 'Coral',
		pronouns: 'she/her',
		background: 'A sleek grey seal who has surfed every wave in the bay, big and small.',
		presentation: 'Playful and encouraging; claps her flippers a lot.',
		voice: 'Calm and steady when the waves are big; never says a feeling is silly.'
	},
	comfortIndicators: COMFORT,
	skills: ['anxiety-support', 'de-escalation'],
	revealMessage:
		'Today your child practised surfing a big feeling. When the worry about {worry} rose like a wave, they measured how big it was, paused, and picked a skill ({helps}, or a slow breath) to ride it until it got smaller. You might ask: "How big is the wave today, small, medium or huge?" and remind them: "Waves always get smaller again."',
	steps: [
		{
			id: 'on-the-beach',
			kind: 'say',
			title: 'On the beach',
			prompt:
				'The sea sparkles. A seal pops up out of the water. "Hi, I am Coral! Want to learn to surf? Not on water waves, on feeling waves. They come when we think about things like {worry}."',
			guidance: 'Get comfortable. You might mime a surfboard together.',
			feeling: { name: 'playful', intensity: 1 }
		},
		{
			id: 'the-wave-rises',
			kind: 'choose',
			title: 'The wave rises',
			prompt:
				'Think about {worry} for a moment. Out at sea, a wave starts to rise. "How big is your feeling wave right now?" asks Coral.',
			guidance:
				'Let your child pick honestly. If they show you with their hands, use their size. There are no wrong answers.',
			feeling: { name: 'worried', intensity: 3 },
			choices: [
				{
					label: 'A small wave',
					next: 'small-wave',
					effects: [
						{ criterion: 'names-feelings', delta: 1, note: 'Measured the feeling as small.' }
					]
				},
				{
					label: 'A huge wave',
					next: 'huge-wave',
					effects: [
						{ criterion: 'names-feelings', delta: 1, note: 'Measured the feeling as huge.' }
					]
				}
			]
		},
		{
			id: 'small-wave',
			kind: 'say',
			title: 'A small wave',
			prompt:
				'"A small wave is easy to notice and easy to ride," says Coral. "Let us watch it. Where do you feel it? Maybe in your tummy, maybe in your shoulders?"',
			guidance: 'Notice the body together. Small feelings are a good time to practise skills.',
			feeling: { name: 'uneasy', intensity: 2 },
			next: 'pick-a-skill'
		},
		{
			id: 'huge-wave',
			kind: 'say',
			title: 'A huge wave',
			prompt:
				'The wave is HUGE and it wants you to do something fast: run, shout, hide. Coral says: "Stop! Freeze like a statue. Take one step back. Now look around: what do you see?"',
			guidance:
				'This is the "stop" skill: freeze, step back, notice. Do it for real: freeze together, then name three things you can see.',
			feeling: { name: 'overwhelmed', intensity: 5 },
			effects: [{ criterion: 'chooses-coping-step', delta: 1, note: 'Paused before acting.' }]
		},
		{
			id: 'pick-a-skill',
			kind: 'choose',
			title: 'Pick a skill',
			prompt:
				'"Now pick your surfing skill," says Coral. "Which one will help you ride this wave?"',
			guidance: 'Both skills lead on. Try the one your child picks, for real, for about a minute.',
			feeling: { name: 'focused', intensity: 3 },
			choices: [
				{
					label: 'Take {breath}',
					next: 'breathe-the-wave',
					effects: [{ criterion: 'chooses-coping-step', delta: 1, note: 'Chose slow breathing.' }]
				},
				{
					label: 'Try {helps}',
					next: 'helps-the-wave',
					effects: [{ criterion: 'chooses-coping-step', delta: 1, note: 'Chose what helps them.' }]
				}
			]
		},
		{
			id: 'breathe-the-wave',
			kind: 'say',
			title: 'Breathing on the board',
			prompt:
				'You stand on your board and take {breath}: in through your nose, out slowly through your mouth. The board steadies. "Look," says Coral, "you are riding it!"',
			guidance: 'Breathe out longer than you breathe in. Count it together.',
			feeling: { name: 'steady', intensity: 2 },
			next: 'wave-gets-smaller'
		},
		{
			id: 'helps-the-wave',
			kind: 'say',
			title: 'Your own skill',
			prompt:
				'You try {helps}. The wave is still there, but now you are on top of it, not under it. Coral claps her flippers: "Your own skill! The best kind."',
			guidance: 'Ask: "Did it help a little or a lot?" Both answers are useful to know.',
			feeling: { name: 'steady', intensity: 2 }
		},
		{
			id: 'wave-gets-smaller',
			kind: 'say',
			title: 'The wave gets smaller',
			prompt:
				'The wave rolls on towards the beach and gets smaller and smaller until it is just a ripple. "See?" says Coral. "Every wave gets smaller in the end. And if one feels too big to ride alone, call {grownup} to surf with you."',
			guidance:
				'This is the big idea: feelings rise and fall. Remind your child they can ask for help with big waves.',
			feeling: { name: 'relieved', intensity: 1 },
			next: null
		}
	]
};

const toolbox: QuestTemplate = {
	key: 'dbt-toolbox',
	module: 'DBT',
	title: "Bolt's Calm-Down Toolbox",
	description:
		'Bolt the robot’s warning lights flash whenever it thinks about {worry}. Your child helps Bolt read its body signals, choose tools from a calm-down toolbox, and listen to its wise mind before deciding what to do.',
	instructions: INSTRUCTIONS,
	context: MODULE_CONTEXT.DBT,
	expectedOutcome:
		'Your child can name two body signals of a big feeling, has a small calm-down toolbox of their own ({helps} among the tools), and can tell a "feeling mind" choice from a "wise mind" one.',
	learningGoal:
		'Our bodies give warning signals when feelings get big; calm-down tools and a wise mind help us choose what to do.',
	learningObjectives: [
		'Notice body signals of a big feeling',
		'Choose a calm-down tool',
		'Tell the feeling mind apart from the wise mind'
	],
	persona: {
		name: 'Bolt',
		pronouns: 'it/its',
		background: 'A small, clanky helper robot who is still learning about feelings.',
		presentation: 'Earnest and a bit clumsy; beeps when nervous.',
		voice: 'Asks the child for help, so the child becomes the expert.'
	},
	comfortIndicators: COMFORT,
	skills: ['anxiety-support', 'de-escalation'],
	revealMessage:
		'Today your child helped Bolt the robot, whose warning lights flashed about {worry}. They spotted body signals of a big feeling, chose calm-down tools ({helps} was one of them), and listened for the "wise mind" before deciding what to do. You might build a real calm-down box together this week, and ask: "What would your wise mind say?"',
	steps: [
		{
			id: 'meet-bolt',
			kind: 'say',
			title: 'Meet Bolt',
			prompt:
				'Beep, beep! A small robot rolls up. Its lights are flashing red. "Hello. I am Bolt. Every time I think about {worry}, my lights flash and my gears go wobbly. Can you help me?"',
			guidance: 'Your child is the helper here, which makes it easier to talk about feelings.',
			feeling: { name: 'curious', intensity: 2 }
		},
		{
			id: 'body-signals',
			kind: 'say',
			title: 'Warning signals',
			prompt:
				'"My lights flash, my fan whirs fast, my wheels want to roll away," says Bolt. "What does your body do when you think about {worry}? A fast heart? Hot cheeks? A tight tummy?"',
			guidance: 'Name your child’s signals together. Share one of yours too.',
			feeling: { name: 'worried', intensity: 3 },
			effects: [
				{ criterion: 'names-feelings', delta: 1, note: 'Named body signals of a big feeling.' }
			]
		},
		{
			id: 'open-the-toolbox',
			kind: 'choose',
			title: 'The toolbox',
			prompt: 'Bolt opens a shiny toolbox. "Which tool should we try first?"',
			guidance: 'Try the chosen tool for real. Both lead on.',
			feeling: { name: 'hopeful', intensity: 2 },
			choices: [
				{
					label: 'Squeeze tight, then let go like jelly',
					next: 'squeeze-tool',
					effects: [
						{ criterion: 'chooses-coping-step', delta: 1, note: 'Chose a muscle-relaxing tool.' }
					]
				},
				{
					label: '{helps}',
					next: 'own-tool',
					effects: [{ criterion: 'chooses-coping-step', delta: 1, note: 'Chose what helps them.' }]
				}
			]
		},
		{
			id: 'squeeze-tool',
			kind: 'say',
			title: 'Squeeze and let go',
			prompt:
				'You and Bolt squeeze your hands into fists, tight, tight, tight... and let go, floppy like jelly. Bolt’s lights go from red to orange. "Oooh. That helped!"',
			guidance: 'Do it two or three times: hands, shoulders, toes.',
			feeling: { name: 'looser', intensity: 2 },
			next: 'wise-mind'
		},
		{
			id: 'own-tool',
			kind: 'say',
			title: 'Your own tool',
			prompt:
				'You show Bolt your own tool: {helps}. Bolt copies you, beeping softly. Its lights go from red to orange. "You are good at this!"',
			guidance: 'Ask your child to teach you the tool, step by step.',
			feeling: { name: 'looser', intensity: 2 }
		},
		{
			id: 'wise-mind',
			kind: 'choose',
			title: 'Feeling mind or wise mind?',
			prompt:
				'Bolt hears two voices. The feeling mind says: "Run away from {worry} and never go near it!" The wise mind says: "It feels big, and I can take one small step with help." Which one should Bolt listen to?',
			guidance:
				'If your child picks the feeling mind, the story shows why and comes back. That is fine.',
			feeling: { name: 'torn', intensity: 3 },
			choices: [
				{
					label: 'The feeling mind: run away',
					next: 'feeling-mind',
					feedback: 'Bolt rolls away fast...'
				},
				{
					label: 'The wise mind: one small step with help',
					next: 'calm-lights',
					feedback: 'Bolt’s lights turn a calm green.',
					effects: [{ criterion: 'asks-for-help', delta: 1, note: 'Chose a small step with help.' }]
				}
			]
		},
		{
			id: 'feeling-mind',
			kind: 'say',
			title: 'Rolling away',
			prompt:
				'Bolt zooms away and hides behind a sofa. Its lights are still flashing. "Hmm," beeps Bolt. "Running away did not switch the lights off. Can we listen again?"',
			guidance:
				'Say: "Running away feels good for a moment, then the worry comes back." Go back to the choice.',
			feeling: { name: 'stuck', intensity: 3 },
			next: 'wise-mind'
		},
		{
			id: 'calm-lights',
			kind: 'say',
			title: 'Green lights',
			prompt:
				'Bolt’s lights glow green. "Next time I think about {worry}, I will check my signals, open my toolbox, and ask my wise mind. And I can always ask {grownup}." Bolt gives you a clanky high five.',
			guidance:
				'Make a list together of your child’s own three tools and keep it somewhere they can see.',
			feeling: { name: 'proud', intensity: 1 },
			next: null
		}
	]
};

export const DBT_TEMPLATES: QuestTemplate[] = [wave, toolbox];
