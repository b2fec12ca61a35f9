import { COMFORT, INSTRUCTIONS, MODULE_CONTEXT } from './common';
import type { QuestTemplate } from './types';

// CBT for children: a worried thought is a guess to check, not a fact; a kinder, truer thought
// and a small brave step follow. Two stories: a what-if balloon, and a ladder of brave steps.

const balloon: QuestTemplate = {
	key: 'cbt-balloon',
	module: 'CBT',
	title: 'The What-If Balloon',
	description:
		'Juno the fox helps your child catch a "what-if" balloon full of worried thoughts about {worry}. Together they check the thought for clues, let some air out of it, and find a kinder, truer thought to hold instead.',
	instructions: INSTRUCTIONS,
	context: MODULE_CONTEXT.CBT,
	expectedOutcome:
		'Your child can call a worried thought a "what-if", look for one clue that it may not come true, and say a kinder, truer thought.',
	learningGoal:
		'Worried thoughts are guesses, not facts; we can check them for clues and find a truer thought.',
	learningObjectives: [
		'Notice a worried "what-if" thought',
		'Look for clues for and against it',
		'Find a kinder, truer thought',
		'Plan one small brave step'
	],
	persona: {
		name: 'Juno',
		pronouns: 'she/her',
		background: 'A clever fox with a magnifying glass who loves solving puzzles.',
		presentation: 'Curious and upbeat; thinks out loud.',
		voice: 'Treats every thought as a puzzle, never as silly or wrong.'
	},
	comfortIndicators: COMFORT,
	skills: ['anxiety-support', 'active-listening'],
	revealMessage:
		'Today your child caught a "what-if" thought about {worry} and checked it like a detective: they looked for clues, found that the thought was a guess rather than a fact, and swapped it for a kinder, truer one. They also planned a small brave step, with {helps} to help. You might ask: "Is that a what-if balloon? What are the clues?"',
	steps: [
		{
			id: 'meet-juno',
			kind: 'say',
			title: 'Meet Juno',
			prompt:
				'A fox with a magnifying glass trots up. "Hello, I am Juno. I collect what-if balloons. I think one is floating around you, full of worried thoughts about {worry}. Shall we catch it?"',
			guidance: 'Set the tone: curious, not serious. You might mime catching a balloon string.',
			feeling: { name: 'curious', intensity: 2 }
		},
		{
			id: 'catch-the-balloon',
			kind: 'say',
			title: 'Catch the balloon',
			prompt:
				'You grab the string. On the balloon it says: "What if something bad happens with {worry}?" The balloon is big and wobbly. "What does your what-if say, exactly?" asks Juno.',
			guidance:
				'Let your child say the worried thought in their own words. Write it down if they like.',
			feeling: { name: 'worried', intensity: 4 },
			effects: [{ criterion: 'notices-thoughts', delta: 1, note: 'Caught the what-if thought.' }]
		},
		{
			id: 'what-to-do',
			kind: 'choose',
			title: 'What now?',
			prompt: '"Now," says Juno, "what shall we do with this balloon?"',
			guidance:
				'If your child picks "believe it", the story shows the balloon growing, then comes back.',
			feeling: { name: 'unsure', intensity: 3 },
			choices: [
				{
					label: 'Believe it straight away',
					next: 'balloon-grows',
					feedback: 'Uh-oh, the balloon is getting bigger...'
				},
				{
					label: 'Look for clues with the magnifying glass',
					next: 'look-for-clues',
					feedback: 'Detective time!',
					effects: [
						{ criterion: 'notices-thoughts', delta: 1, note: 'Chose to check the thought.' }
					]
				}
			]
		},
		{
			id: 'balloon-grows',
			kind: 'say',
			title: 'The balloon grows',
			prompt:
				'The more you believe the what-if, the bigger the balloon gets, until it almost lifts you off your feet! Juno holds on to you. "Whoa! Believing every what-if makes them huge. Let us try the magnifying glass."',
			guidance:
				'Say: "Worried thoughts feel true, but feeling true is not the same as being true."',
			feeling: { name: 'scared', intensity: 4 },
			next: 'what-to-do'
		},
		{
			id: 'look-for-clues',
			kind: 'say',
			title: 'Looking for clues',
			prompt:
				'Through the magnifying glass you look for clues. Has this happened before? What happened then? What would you tell a friend with the same worry? Each clue lets a little air out of the balloon: pssst!',
			guidance:
				'Help your child find at least one clue that the worst may not happen, and one thing they could do if it did.',
			feeling: { name: 'thoughtful', intensity: 3 }
		},
		{
			id: 'kinder-thought',
			kind: 'choose',
			title: 'A kinder, truer thought',
			prompt:
				'The balloon is small now. "Which thought would you like to hold instead?" asks Juno.',
			guidance: 'Both are good. Your child can also make up their own.',
			feeling: { name: 'lighter', intensity: 2 },
			choices: [
				{
					label: '"It might feel hard, and I can handle hard things."',
					next: 'brave-step',
					effects: [{ criterion: 'kind-self-talk', delta: 1, note: 'Chose a kind, true thought.' }]
				},
				{
					label: '"If it goes wrong, I can tell {grownup}."',
					next: 'brave-step',
					effects: [
						{ criterion: 'asks-for-help', delta: 1, note: 'Remembered who to ask for help.' }
					]
				}
			]
		},
		{
			id: 'brave-step',
			kind: 'say',
			title: 'One small brave step',
			prompt:
				'Juno ties your new thought to a tiny balloon that floats happily. "Detectives test their ideas. What is one small brave step you could take about {worry} this week? You can bring {helps} with you."',
			guidance: 'Agree one small, doable step together, and when you will try it.',
			feeling: { name: 'brave', intensity: 2 },
			effects: [{ criterion: 'chooses-coping-step', delta: 1, note: 'Planned a small brave step.' }]
		},
		{
			id: 'case-closed',
			kind: 'say',
			title: 'Case closed',
			prompt:
				'"Case closed!" says Juno, and gives you a detective badge. "Next time a what-if balloon floats by, grab your magnifying glass." Well done, detective!',
			guidance:
				'After the brave step, talk about what actually happened compared with the what-if.',
			feeling: { name: 'proud', intensity: 1 },
			next: null
		}
	]
};

const ladder: QuestTemplate = {
	key: 'cbt-ladder',
	module: 'CBT',
	title: 'The Brave Steps Ladder',
	description:
		'Milo the mountain goat shows your child a ladder up to a treehouse: the top rung is facing {worry}. Instead of one giant leap, your child plans small rungs, climbs one at a time, and uses {helps} when a rung feels wobbly.',
	instructions: INSTRUCTIONS,
	context: MODULE_CONTEXT.CBT,
	expectedOutcome:
		'Your child has a ladder of three small steps towards facing the worry, knows to start at the bottom, and has a plan for wobbly moments.',
	learningGoal: 'Big fears shrink when we face them in small steps, one rung at a time.',
	learningObjectives: [
		'Break a big fear into small steps',
		'Start with a step that feels only a little scary',
		'Use a coping idea on a wobbly rung',
		'Celebrate each rung climbed'
	],
	persona: {
		name: 'Milo',
		pronouns: 'he/him',
		background: 'A sure-footed mountain goat who climbs everything one hoof at a time.',
		presentation: 'Relaxed, funny and encouraging.',
		voice: 'Never rushes; celebrates every little step.'
	},
	comfortIndicators: COMFORT,
	skills: ['anxiety-support', 'safety-planning'],
	revealMessage:
		'Today your child planned a ladder of small brave steps towards {worry}, instead of one giant leap. They learned to start with the lowest rung, to use {helps} when a rung feels wobbly, and to celebrate every step. This week, help them try the first rung and praise the trying, whatever happens.',
	steps: [
		{
			id: 'the-treehouse',
			kind: 'say',
			title: 'The treehouse',
			prompt:
				'High in a tree there is a treehouse. A mountain goat is sitting on the bottom rung of a ladder. "Hi, I am Milo. Up there is a treehouse called Facing {worry}. It looks very high from here, doesn’t it?"',
			guidance: 'Ask your child how high the treehouse feels: a little, or very high?',
			feeling: { name: 'nervous', intensity: 3 },
			effects: [{ criterion: 'names-feelings', delta: 1, note: 'Said how scary the worry feels.' }]
		},
		{
			id: 'how-to-climb',
			kind: 'choose',
			title: 'How shall we climb?',
			prompt: '"How shall we get up there?" asks Milo.',
			guidance: 'If your child picks the giant leap, the story shows why small steps work better.',
			feeling: { name: 'unsure', intensity: 3 },
			choices: [
				{
					label: 'One giant leap to the top!',
					next: 'giant-leap',
					feedback: 'Boing!'
				},
				{
					label: 'Small steps, one rung at a time',
					next: 'plan-the-rungs',
					feedback: 'That is how goats climb mountains.',
					effects: [{ criterion: 'chooses-coping-step', delta: 1, note: 'Chose small steps.' }]
				}
			]
		},
		{
			id: 'giant-leap',
			kind: 'say',
			title: 'The giant leap',
			prompt:
				'You jump as high as you can... and land back on the grass with a bump. Milo chuckles kindly. "Giant leaps are hard, even for goats. Shall we try small steps?"',
			guidance:
				'Say: "When something feels very scary, doing it all at once is too much. Small steps work better."',
			feeling: { name: 'disappointed', intensity: 2 },
			next: 'how-to-climb'
		},
		{
			id: 'plan-the-rungs',
			kind: 'say',
			title: 'Planning the rungs',
			prompt:
				'Milo hands you some chalk. "Let us write three rungs. The bottom one is only a tiny bit scary. The middle one a bit more. The top one is nearly at the treehouse." What would your three rungs be?',
			guidance:
				'Make the ladder together and write it down. The first rung should feel easy; for example, talking about {worry}, then watching someone else, then trying it with you nearby.',
			feeling: { name: 'thoughtful', intensity: 2 }
		},
		{
			id: 'wobbly-rung',
			kind: 'choose',
			title: 'A wobbly rung',
			prompt: 'You climb the first rung. On the second one, your legs go wobbly. What do you do?',
			guidance: 'Both choices are good ways to handle a wobbly moment.',
			feeling: { name: 'wobbly', intensity: 4 },
			choices: [
				{
					label: 'Hold on and try {helps}',
					next: 'steady-again',
					effects: [{ criterion: 'chooses-coping-step', delta: 1, note: 'Used a coping idea.' }]
				},
				{
					label: 'Call {grownup} to hold the ladder',
					next: 'steady-again',
					effects: [
						{ criterion: 'asks-for-help', delta: 1, note: 'Asked for help on a wobbly rung.' }
					]
				}
			]
		},
		{
			id: 'steady-again',
			kind: 'say',
			title: 'Steady again',
			prompt:
				'Your legs stop wobbling. You stay on the rung until it feels a bit boring, and that is how you know it is time for the next one. Milo cheers: "The wobble went down all by itself because you stayed!"',
			guidance:
				'This is the key idea: staying with a small fear lets it shrink. Say it in your own words.',
			feeling: { name: 'steady', intensity: 2 }
		},
		{
			id: 'the-view',
			kind: 'say',
			title: 'Look how far you came',
			prompt:
				'You look down. You are already higher than you thought! "We will climb the next rungs another day," says Milo. "Every rung counts." He gives you a gold star for the bottom of your real ladder.',
			guidance: 'Pick a day for the first real rung. Praise the trying, not only success.',
			feeling: { name: 'proud', intensity: 1 },
			next: null
		}
	]
};

export const CBT_TEMPLATES: QuestTemplate[] = [balloon, ladder];
