import { COMFORT, INSTRUCTIONS, MODULE_CONTEXT } from './common';
import type { QuestTemplate } from './types';

// Internal Family Systems for children: the worry is a protective part, met with curiosity and
// thanks rather than chased away. Two stories: an owl with a lantern, and a ship's crew.

const lantern: QuestTemplate = {
	key: 'ifs-lantern',
	module: 'IFS',
	title: "Pip's Lantern and the Worried Part",
	description:
		'Pip the owl carries a lantern that lights up the parts inside us. Together with Pip, your child meets the part of them that worries about {worry}, finds out what it is trying to do, and makes friends with it.',
	instructions: INSTRUCTIONS,
	context: MODULE_CONTEXT.IFS,
	expectedOutcome:
		'Your child can point to where the worried part lives in their body, say one kind thing to it, and remember one thing that helps ({helps}).',
	learningGoal:
		'Worried parts are helpers that want to keep us safe; they calm down when we listen to them kindly.',
	learningObjectives: [
		'Notice the worried feeling and where it sits in the body',
		'Say hello to the worried part instead of chasing it away',
		'Find out what the worried part is trying to protect',
		'Agree a kind plan so the worried part can come along without being in charge'
	],
	persona: {
		name: 'Pip',
		pronouns: 'they/them',
		background:
			'A small, round owl with a lantern. Pip has met many worried parts and knows they are all secretly trying to help.',
		presentation: 'Soft-voiced, curious and patient. Asks before doing anything.',
		voice:
			'Never scolds. When the child wants to push a part away, Pip dims the lantern a little and invites them to try again.'
	},
	comfortIndicators: COMFORT,
	skills: ['anxiety-support', 'active-listening'],
	revealMessage:
		'Today your child met the part of them that worries about {worry}. They found out that this part is not bad: it is trying to keep them safe. They practised saying hello to it instead of pushing it away, and remembered that {helps} can help. You might ask: "How is your worried part today? Where is it sitting?" Thank the part together when it shows up.',
	steps: [
		{
			id: 'hello-pip',
			kind: 'say',
			title: 'Hello, Pip',
			prompt:
				'A little owl lands on the window sill, holding a glowing lantern. "Hello! I am Pip. My lantern helps us see the parts inside us. I think one of your parts has been busy worrying about {worry}. Shall we go and meet it together?"',
			guidance:
				'Let your child settle in. You might ask: "Have you noticed a worried feeling about {worry}?" Any answer is fine.',
			feeling: { name: 'curious', intensity: 2 }
		},
		{
			id: 'meet-the-part',
			kind: 'choose',
			title: 'The part in the lantern light',
			prompt:
				'In the lantern light you see a small figure hugging its knees. It is the part of you that worries about {worry}. It looks up at you with big eyes. What do you want to do?',
			guidance:
				'Both choices are fine to pick. Children often try to chase a worry away first; the story shows what happens and brings them back.',
			feeling: { name: 'worried', intensity: 3 },
			choices: [
				{
					label: 'Say hello to it',
					next: 'say-hello',
					feedback: 'What a kind choice. The part peeks out a little.',
					effects: [
						{ criterion: 'kind-self-talk', delta: 1, note: 'Said hello to the worried part.' }
					]
				},
				{
					label: 'Tell it to go away',
					next: 'go-away',
					feedback: 'Lots of children want the worry gone. Let us see what happens.'
				}
			]
		},
		{
			id: 'go-away',
			kind: 'say',
			title: 'Go away, worry!',
			prompt:
				'"Go away!" you say. The little part curls up even tighter, and the worried feeling gets bigger. Pip dims the lantern softly. "Worried parts get louder when we push them away. Shall we try another way?"',
			guidance:
				'Normalise it: "When I push a worry away, it often comes back louder for me too." Then go back to the choice.',
			feeling: { name: 'frustrated', intensity: 3 },
			next: 'meet-the-part'
		},
		{
			id: 'say-hello',
			kind: 'say',
			title: 'Where does it live?',
			prompt:
				'"Hello," you say. The part stops shaking a tiny bit. Pip whispers: "Where do you feel this part in your body? In your tummy, your chest, your throat, your hands?" Put your hand on that spot, and take {breath} into it.',
			guidance:
				'Breathe together, slowly. Any spot is right. If your child cannot find it, say: "That is okay, parts can be hard to find."',
			feeling: { name: 'calmer', intensity: 2 },
			effects: [
				{ criterion: 'names-feelings', delta: 1, note: 'Found where the worried feeling lives.' }
			]
		},
		{
			id: 'its-job',
			kind: 'choose',
			title: "The part's secret job",
			prompt:
				'The part whispers: "I worry about {worry} because I want to keep you safe. That is my job." What would you like to say to it?',
			guidance:
				'Reflect the part’s fear back simply. If your child shares a real fear, listen first and give facts gently later.',
			feeling: { name: 'tender', intensity: 3 },
			choices: [
				{
					label: 'Thank you for looking after me',
					next: 'thank-you',
					feedback: 'The part smiles. Nobody has thanked it before.',
					effects: [{ criterion: 'kind-self-talk', delta: 1, note: 'Thanked the worried part.' }]
				},
				{
					label: 'What would help you feel safer?',
					next: 'what-helps',
					feedback: 'A brave and kind question.'
				}
			]
		},
		{
			id: 'what-helps',
			kind: 'say',
			title: 'What helps',
			prompt:
				'The part thinks for a moment. "Maybe {helps}? And knowing that I can always tell {grownup}." Pip’s lantern glows warmer.',
			guidance: 'Ask your child whether that is true for them too, and what else might help.',
			feeling: { name: 'hopeful', intensity: 2 },
			effects: [{ criterion: 'chooses-coping-step', delta: 1, note: 'Found something that helps.' }]
		},
		{
			id: 'thank-you',
			kind: 'say',
			title: 'Friends with the part',
			prompt:
				'"Thank you for trying to keep me safe," you say. The part stands up and gives a small wave. Pip says: "You can be the boss of your day, and this part can come along. When it gets loud, you can try {helps}, or tell {grownup}."',
			guidance:
				'This is the big idea: the worry is welcome, but not in charge. You could share a worried part of your own.',
			feeling: { name: 'warm', intensity: 2 }
		},
		{
			id: 'lantern-home',
			kind: 'say',
			title: 'A lantern to keep',
			prompt:
				'Pip gives you a tiny pretend lantern. "Whenever your worried part shows up, light this and say hello. You were kind and brave today." Goodnight, Pip!',
			guidance:
				'Later, ask: "Where is your worried part today?" Praise kindness to the worry, not only bravery.',
			feeling: { name: 'proud', intensity: 1 },
			next: null
		}
	]
};

const crew: QuestTemplate = {
	key: 'ifs-ship',
	module: 'IFS',
	title: 'Captain of the Kind Ship',
	description:
		'Your child is the captain of a ship with a busy crew: a lookout who shouts about {worry}, and a grumpy part who wants to grab the wheel. As a calm, kind captain, your child listens to each crew member and decides who steers.',
	instructions: INSTRUCTIONS,
	context: MODULE_CONTEXT.IFS,
	expectedOutcome:
		'Your child can tell apart the worried part and the calm, kind "captain" in them, and can listen to a worry without letting it steer.',
	learningGoal:
		'We all have many parts; a calm, kind captain can listen to each of them and still choose the course.',
	learningObjectives: [
		'Notice different parts: a worried one, a cross one, a calm one',
		'Listen to what the worried part is afraid of',
		'Stay the calm captain and choose what happens next'
	],
	persona: {
		name: 'Gull',
		pronouns: 'she/her',
		background: 'The ship’s old seagull, who has seen many captains learn to steer through storms.',
		presentation: 'Cheerful, a little bossy, and full of sea sayings.',
		voice:
			'Gently points out which part is talking, and always hands the wheel back to the captain.'
	},
	comfortIndicators: COMFORT,
	skills: ['anxiety-support', 'de-escalation'],
	revealMessage:
		'Today your child captained a ship whose crew were their own parts: a lookout worrying about {worry}, a grumpy part wanting to grab the wheel, and their calm, kind captain self. They practised listening to the worried part and then choosing the course themselves, with {helps} on board. You might ask: "Who is shouting on your ship today? What does the captain say?"',
	steps: [
		{
			id: 'all-aboard',
			kind: 'say',
			title: 'All aboard',
			prompt:
				'You stand on the deck of a wooden ship. Gull the seagull lands on the wheel. "Ahoy, Captain! That is you! Your crew are the parts inside you. Let us see who is on deck today."',
			guidance: 'Play along: a captain’s hat, a salute. The idea is that your child is in charge.',
			feeling: { name: 'excited', intensity: 2 }
		},
		{
			id: 'the-lookout',
			kind: 'say',
			title: 'The lookout shouts',
			prompt:
				'High up in the crow’s nest, the lookout is shouting: "Danger ahead! It is {worry}!" Your tummy goes tight. Gull says: "That is your worried part. It is loud because it cares."',
			guidance:
				'Ask: "Do you feel the lookout anywhere in your body right now?" Name it together: "That is your worried part."',
			feeling: { name: 'worried', intensity: 4 },
			effects: [{ criterion: 'names-feelings', delta: 1, note: 'Noticed the worried part.' }]
		},
		{
			id: 'who-steers',
			kind: 'choose',
			title: 'Who grabs the wheel?',
			prompt:
				'A grumpy part stomps up: "Turn back! Hide below deck! Never go near {worry}!" It reaches for the wheel. What does the captain do?',
			guidance:
				'There is no wrong choice. If the grumpy part steers, the story shows a storm, then comes back.',
			feeling: { name: 'tense', intensity: 4 },
			choices: [
				{
					label: 'Let the grumpy part steer',
					next: 'the-storm',
					feedback: 'Hold on tight!'
				},
				{
					label: 'Keep your hands on the wheel and listen',
					next: 'captain-listens',
					feedback: 'A steady captain. The crew goes quiet to hear you.',
					effects: [
						{ criterion: 'kind-self-talk', delta: 1, note: 'Stayed the calm captain and listened.' }
					]
				}
			]
		},
		{
			id: 'the-storm',
			kind: 'say',
			title: 'The storm',
			prompt:
				'The grumpy part spins the wheel this way and that. Waves crash, the ship rocks, and everyone feels more scared. Gull flaps back to you: "Parts mean well, Captain, but they steer badly. Take {breath}, and take the wheel back."',
			guidance:
				'Breathe together. Say: "Big feelings can grab the wheel sometimes. We can always take it back."',
			feeling: { name: 'scared', intensity: 4 },
			next: 'who-steers'
		},
		{
			id: 'captain-listens',
			kind: 'say',
			title: 'The captain listens',
			prompt:
				'You call up to the lookout: "I hear you. What are you scared of?" The lookout climbs down. "I am scared about {worry}. I shout so that you will be careful." Gull nods: "Every part has a job."',
			guidance:
				'Listen to what your child says the lookout is scared of. Do not fix it yet; just say "That makes sense."',
			feeling: { name: 'listened to', intensity: 3 }
		},
		{
			id: 'set-the-course',
			kind: 'choose',
			title: 'Setting the course',
			prompt:
				'"Thank you, lookout," you say. "You can stay on deck. But I am the captain." What will you bring on the journey to help the crew feel safe?',
			guidance: 'Both choices lead on. Make it real: what would your child actually bring?',
			feeling: { name: 'brave', intensity: 3 },
			choices: [
				{
					label: 'Bring {helps}',
					next: 'calm-seas',
					effects: [
						{ criterion: 'chooses-coping-step', delta: 1, note: 'Chose something that helps.' }
					]
				},
				{
					label: 'Bring {grownup} along as first mate',
					next: 'calm-seas',
					effects: [
						{ criterion: 'asks-for-help', delta: 1, note: 'Chose to bring a trusted person.' }
					]
				}
			]
		},
		{
			id: 'calm-seas',
			kind: 'say',
			title: 'Calm seas',
			prompt:
				'The sails fill, the sea grows calm, and the lookout hums a song. The grumpy part sits down and has a biscuit. Gull salutes you: "Well steered, Captain. Every part on board, and you at the wheel."',
			guidance:
				'Praise the listening as much as the bravery. Ask: "What will the captain say next time the lookout shouts?"',
			feeling: { name: 'proud', intensity: 1 },
			next: null
		}
	]
};

export const IFS_TEMPLATES: QuestTemplate[] = [lantern, crew];
