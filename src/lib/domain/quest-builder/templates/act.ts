import { COMFORT, INSTRUCTIONS, MODULE_CONTEXT } from './common';
import type { QuestTemplate } from './types';

// ACT for children: worried thoughts and feelings can come along without being in charge,
// while the child moves towards what matters. Two stories: a bus of noisy passengers, and the
// sky that holds every kind of weather.

const bus: QuestTemplate = {
	key: 'act-bus',
	module: 'ACT',
	title: 'Driving the Rainbow Bus',
	description:
		'Your child drives a rainbow bus towards a place they care about. Noisy passengers climb on, shouting worried things about {worry}. Your child learns that the passengers can ride along while the driver keeps going where they want to go.',
	instructions: INSTRUCTIONS,
	context: MODULE_CONTEXT.ACT,
	expectedOutcome:
		'Your child can name something that matters to them, notice worried thoughts as "noisy passengers", and keep going towards what matters with {helps} on board.',
	learningGoal:
		'Worried thoughts can ride along without driving; we can keep going towards what matters to us.',
	learningObjectives: [
		'Name something that matters',
		'Notice worried thoughts as passengers, not drivers',
		'Choose to keep going with the worry on board'
	],
	persona: {
		name: 'Nell',
		pronouns: 'she/her',
		background:
			'A retired bus driver who now teaches young drivers, with a whistle and a big laugh.',
		presentation: 'Warm, unflappable, and fond of silly passengers.',
		voice: 'Treats the passengers kindly but never lets them drive.'
	},
	comfortIndicators: COMFORT,
	skills: ['anxiety-support', 'boundary-setting'],
	revealMessage:
		'Today your child drove a bus towards something they care about while noisy passengers shouted worried thoughts about {worry}. They practised letting the passengers ride along without letting them drive, and kept going with {helps} on board. You might ask: "Are the passengers loud today? Where is your bus going?"',
	steps: [
		{
			id: 'the-driver-seat',
			kind: 'say',
			title: 'In the driver’s seat',
			prompt:
				'You climb into the driver’s seat of a big rainbow bus. Nell the old driver taps the wheel. "This is your bus. Where would you like to drive it? Somewhere that matters to you: being with friends, trying something new, having fun."',
			guidance:
				'Help your child pick a destination that matters to them (friends, fun, learning, family). Use their words from now on.',
			feeling: { name: 'excited', intensity: 2 }
		},
		{
			id: 'passengers',
			kind: 'say',
			title: 'Noisy passengers',
			prompt:
				'At the first stop, some noisy passengers climb aboard. They shout: "Watch out for {worry}! It will be awful! Turn around!" Your hands get sweaty on the wheel.',
			guidance:
				'Ask: "What do your noisy passengers say?" Let your child make them silly voices if they like.',
			feeling: { name: 'worried', intensity: 4 },
			effects: [{ criterion: 'notices-thoughts', delta: 1, note: 'Noticed the worried thoughts.' }]
		},
		{
			id: 'what-now',
			kind: 'choose',
			title: 'What does the driver do?',
			prompt: 'The passengers are LOUD. What do you do?',
			guidance:
				'No wrong choice. The "stop and argue" path shows the bus standing still, then comes back.',
			feeling: { name: 'torn', intensity: 4 },
			choices: [
				{
					label: 'Stop the bus and argue with them',
					next: 'stopped-bus',
					feedback: 'The bus screeches to a halt...'
				},
				{
					label: 'Say "thanks, passengers" and keep driving',
					next: 'keep-driving',
					feedback: 'Off we go!',
					effects: [
						{
							criterion: 'notices-thoughts',
							delta: 1,
							note: 'Let the worried thoughts ride along.'
						}
					]
				}
			]
		},
		{
			id: 'stopped-bus',
			kind: 'say',
			title: 'The bus stands still',
			prompt:
				'You stop and argue: "No, you are wrong!" The passengers shout even louder. The bus does not move at all. Nell chuckles: "Arguing with passengers never gets a bus anywhere. Want to try driving on?"',
			guidance:
				'Say: "Fighting worried thoughts can keep us stuck. We can let them talk and still drive."',
			feeling: { name: 'stuck', intensity: 3 },
			next: 'what-now'
		},
		{
			id: 'keep-driving',
			kind: 'say',
			title: 'Keep driving',
			prompt:
				'You say: "Thanks for trying to help, passengers. You can sit down." They keep muttering, but you keep driving. The bus rolls on towards the place that matters to you.',
			guidance:
				'The passengers do not disappear, and that is okay. Notice that the bus moves anyway.',
			feeling: { name: 'brave', intensity: 3 }
		},
		{
			id: 'bumpy-road',
			kind: 'choose',
			title: 'A bumpy road',
			prompt: 'The road gets bumpy and the passengers get louder again. What helps the driver now?',
			guidance: 'Both choices are good. Try the chosen one for real.',
			feeling: { name: 'wobbly', intensity: 3 },
			choices: [
				{
					label: 'Turn on the radio: {helps}',
					next: 'arriving',
					effects: [{ criterion: 'chooses-coping-step', delta: 1, note: 'Used what helps them.' }]
				},
				{
					label: 'Ask {grownup} to sit up front',
					next: 'arriving',
					effects: [{ criterion: 'asks-for-help', delta: 1, note: 'Asked for company on the way.' }]
				}
			]
		},
		{
			id: 'arriving',
			kind: 'say',
			title: 'Arriving',
			prompt:
				'Ding ding! You arrive. The passengers are still on board, a bit quieter now, looking out of the window. Nell blows her whistle: "You drove all the way, with the passengers on board. That is what great drivers do."',
			guidance: 'Ask: "What would be one real step towards the place that matters this week?"',
			feeling: { name: 'proud', intensity: 1 },
			next: null
		}
	]
};

const sky: QuestTemplate = {
	key: 'act-sky',
	module: 'ACT',
	title: 'I Am the Sky',
	description:
		'Wisp the little cloud shows your child that they are like the big, wide sky, and worried thoughts about {worry} are just weather passing through. Your child practises watching thoughts float by, then chooses a small step towards something they love.',
	instructions: INSTRUCTIONS,
	context: MODULE_CONTEXT.ACT,
	expectedOutcome:
		'Your child can watch a worried thought "float by" for a few breaths, and names one thing they love and one small step towards it.',
	learningGoal:
		'We are like the sky: worried thoughts and feelings are weather that comes and goes.',
	learningObjectives: [
		'Notice a worried thought as weather passing through',
		'Let a thought float by instead of fighting it',
		'Name something that matters and take a small step towards it'
	],
	persona: {
		name: 'Wisp',
		pronouns: 'they/them',
		background: 'A small, fluffy cloud who has drifted across every sky in the world.',
		presentation: 'Dreamy, gentle and a little giggly.',
		voice: 'Speaks slowly; loves pointing out shapes in clouds.'
	},
	comfortIndicators: COMFORT,
	skills: ['anxiety-support', 'active-listening'],
	revealMessage:
		'Today your child practised being "the sky": noticing worried thoughts about {worry} as weather that passes through, instead of fighting them. They let a thought float by, named something they love, and chose a small step towards it with {helps} to help. You might ask: "What is the weather like inside today?" and remind them: "The sky is always bigger than the storm."',
	steps: [
		{
			id: 'meet-wisp',
			kind: 'say',
			title: 'Meet Wisp',
			prompt:
				'Lie back and look up. A small cloud drifts down to say hello. "Hi, I am Wisp! Did you know you are like the sky? Big and wide. Thoughts and feelings are just weather passing through you."',
			guidance: 'If you can, lie down together or look out of a window at the sky.',
			feeling: { name: 'calm', intensity: 1 }
		},
		{
			id: 'storm-cloud',
			kind: 'say',
			title: 'A storm cloud',
			prompt:
				'A grey storm cloud rolls in. It rumbles on and on about {worry}, louder and louder. The sky feels dark. Wisp whispers: "That is a worry cloud. What does it feel like inside you?"',
			guidance: 'Name the feeling together: scared, nervous, heavy? Where is it in the body?',
			feeling: { name: 'worried', intensity: 4 },
			effects: [
				{ criterion: 'names-feelings', delta: 1, note: 'Named the feeling of the worry cloud.' }
			]
		},
		{
			id: 'the-cloud-choice',
			kind: 'choose',
			title: 'What to do with the cloud',
			prompt: 'What would you like to do with the worry cloud?',
			guidance:
				'If your child picks "blow it away", the story shows it coming back, then returns here.',
			feeling: { name: 'unsure', intensity: 3 },
			choices: [
				{
					label: 'Blow it away as hard as I can',
					next: 'blowing',
					feedback: 'Whoooosh!'
				},
				{
					label: 'Watch it float by',
					next: 'float-by',
					feedback: 'Let’s watch together.',
					effects: [
						{ criterion: 'notices-thoughts', delta: 1, note: 'Let the worried thought pass.' }
					]
				}
			]
		},
		{
			id: 'blowing',
			kind: 'say',
			title: 'Whoosh!',
			prompt:
				'You blow and blow. The cloud wobbles away... and drifts right back, a little bigger. Wisp giggles kindly. "Clouds do not like being pushed. But they always move on if we just watch."',
			guidance: 'Say: "When I try to push a thought away, I think about it even more."',
			feeling: { name: 'frustrated', intensity: 3 },
			next: 'the-cloud-choice'
		},
		{
			id: 'float-by',
			kind: 'say',
			title: 'Floating by',
			prompt:
				'You take {breath} and just watch. The worry cloud floats slowly across the sky... past the sun... and away over the hills. The sky is still there, big and blue. "See?" says Wisp. "You are the sky."',
			guidance: 'Breathe slowly together. Notice together that the feeling changed, even a little.',
			feeling: { name: 'lighter', intensity: 2 }
		},
		{
			id: 'what-you-love',
			kind: 'choose',
			title: 'Sunshine',
			prompt:
				'The sun comes out. "The sun is the things you love," says Wisp. "Even with a worry cloud around, what would you like to do today?"',
			guidance: 'Both choices lead on. Ask what your child really loves doing.',
			feeling: { name: 'hopeful', intensity: 2 },
			choices: [
				{
					label: 'Something fun with {grownup}',
					next: 'small-step',
					effects: [
						{ criterion: 'asks-for-help', delta: 1, note: 'Chose time with a trusted person.' }
					]
				},
				{
					label: 'Something I love, with {helps} to help',
					next: 'small-step',
					effects: [
						{ criterion: 'chooses-coping-step', delta: 1, note: 'Planned a step with what helps.' }
					]
				}
			]
		},
		{
			id: 'small-step',
			kind: 'say',
			title: 'A small step',
			prompt:
				'"Clouds may come back," says Wisp, "and that is okay. You can watch them float by and still do what you love." Wisp drifts up, up, up. "Bye! Remember: you are the sky."',
			guidance: 'Plan one small step towards what your child loves, even with the worry around.',
			feeling: { name: 'peaceful', intensity: 1 },
			next: null
		}
	]
};

export const ACT_TEMPLATES: QuestTemplate[] = [bus, sky];
