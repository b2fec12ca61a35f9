// Therapeutic quests: short branching stories a parent plays with a child (or the child plays
// alone), each teaching one idea from IFS, DBT, CBT or ACT through a gentle adventure.
// `prompt` is the story text the child sees (simple words for the age range);
// `guidance` is a note for the parent. Every quest has a "reveal" step where the idea is named.

import type { SeedScenario } from './types';

export const therapeuticQuests: SeedScenario[] = [
	// ---------------------------------------------------------------- IFS ----------------
	{
		slug: 'quest-befriending-the-worried-part',
		title: 'Lumi and the Wobble in My Tummy',
		description:
			'A firefly called Lumi helps your child meet Wobble, the worried part that shows up the night before a first swimming lesson. Instead of chasing the worry away, your child learns to say hello to it, find out what it is scared of, and make a deal with it.',
		instructions:
			"Read the story text aloud, or let your child read it. At each choice, let your child pick - there are no wrong answers, only different paths. If your child picks the 'chase it away' path, the story gently loops back so they can try again. Use a calm, curious voice for Wobble. Your notes under each step tell you what to notice and what you might say.",
		context:
			"Internal Family Systems (IFS) sees the mind as a family of 'parts'. A worried part is not a bad part: it is a protector doing its best to keep the child safe. Young children find it much easier to talk to a worried character than to 'manage anxiety'. The swimming lesson can be swapped for any new thing your child is nervous about.",
		expectedOutcome:
			"Your child can name their worried part, point to where they feel it in their body, and say one kind thing to it. They leave with a small 'deal' (Wobble rides along in a pocket) they can use before new experiences.",
		learningGoal:
			'Befriend the Worried Part: worries are helpers that want to keep us safe, and they calm down when we listen to them kindly.',
		learningObjectives: [
			'Notice the worried feeling and give it a friendly name',
			'Find where the worry lives in the body',
			'Ask the worried part what it is scared of and thank it for trying to help',
			'Agree a small plan so the worried part can come along without being in charge'
		],
		persona: {
			name: 'Lumi',
			pronouns: 'she/her',
			background:
				"A small, glowing firefly who lives in the child's bedroom lamp. She has met lots of worried parts and knows they are all secretly trying to help.",
			presentation:
				'Warm, giggly and patient. Speaks in short, simple sentences and always asks before doing anything.',
			voice:
				'Glows brighter when the child is kind and curious with Wobble; dims softly (never scolds) when the child wants to chase Wobble away, and suggests trying again.'
		},
		comfortIndicators: {
			comfortable: [
				'Your child gives Wobble a voice or a face, or wants to draw it',
				'They point to their tummy or chest when asked where Wobble lives',
				'They laugh, wiggle or add their own ideas to the story',
				'They tell you a real worry about the swimming lesson'
			],
			uncomfortable: [
				'They go very quiet, hide their face, or say the story is stupid',
				'They cry or cling and the worry seems to be growing, not shrinking',
				'They keep choosing to chase Wobble away and get frustrated',
				'They talk about a worry that is much bigger than the lesson - pause and just listen'
			]
		},
		mode: 'chat',
		category: 'therapeutic_quest',
		skills: ['anxiety-support', 'active-listening'],
		difficulty: 'beginner',
		estimatedTime: 10,
		psychologicalModule: 'IFS',
		ageRange: '5-7',
		cefrLevel: null,
		contentWarnings: [],
		steps: [
			{
				id: 'meet-lumi',
				title: 'Meet Lumi',
				prompt:
					"A tiny light blinks on your pillow. 'Hi! I'm Lumi, a firefly,' she says. 'Tomorrow is your first swimming lesson. I think someone in your tummy feels fizzy about it. Shall we go and see?'",
				guidance:
					"Let your child settle in. You might ask: 'Does your tummy feel fizzy when you think about swimming?' Accept any answer."
			},
			{
				id: 'the-wobbly-feeling',
				title: 'The wobbly feeling',
				prompt:
					"Inside your tummy there is a small grey cloud with big eyes. It is shaking. 'That's Wobble,' says Lumi. 'Wobble is the part of you that feels worried.' What do you want to do?",
				guidance:
					'This is the first choice. Both are fine to pick - children often try to chase worry away first, and the story shows what happens.',
				choices: [
					{
						label: 'Tell Wobble to go away!',
						next: 'chasing-wobble',
						feedback: "Lots of kids want the worry gone. Let's see what happens."
					},
					{
						label: 'Say hello to Wobble',
						next: 'hello-wobble',
						feedback: 'What a kind choice. Wobble is peeking out.'
					}
				]
			},
			{
				id: 'chasing-wobble',
				title: 'Chasing Wobble',
				prompt:
					"You wave your arms: 'Go away, Wobble!' Wobble hides... but the fizzy feeling gets BIGGER. 'Hmm,' says Lumi softly. 'Worried parts get more scared when we chase them. Shall we try again?'",
				guidance:
					"Normalise it: 'When I try to shove a worry away, it often comes back louder too.' Then go back to the choice.",
				next: 'the-wobbly-feeling'
			},
			{
				id: 'hello-wobble',
				title: 'Hello, Wobble',
				prompt:
					"'Hello, Wobble,' you say. Wobble stops shaking a tiny bit. 'You... you're not cross with me?' it whispers. Lumi smiles. 'We just want to get to know you.'",
				guidance:
					"Notice any change in your child's body - a breath out, shoulders dropping. You can say: 'Look, Wobble feels a little calmer when we are kind.'"
			},
			{
				id: 'getting-to-know-wobble',
				title: 'Getting to know Wobble',
				prompt: 'What would you like to ask Wobble?',
				guidance:
					'Either path leads to the same place. If your child wants to ask something else, let them and answer as Wobble in a small voice.',
				choices: [
					{
						label: 'Where do you live in my body?',
						next: 'where-wobble-lives',
						feedback: 'Good question! Feelings often live somewhere in our bodies.'
					},
					{
						label: 'What are you scared of?',
						next: 'wobbles-secret-job',
						feedback: "Brave question! Let's listen to Wobble."
					}
				]
			},
			{
				id: 'where-wobble-lives',
				title: 'Where Wobble lives',
				prompt:
					"'Put your hand where you feel me,' says Wobble. Is it in your tummy? Your chest? Your throat? Lumi glows on that spot. 'Let's take one slow breath into Wobble's home.'",
				guidance:
					'Breathe together, slowly. Any spot is right. If your child cannot find it, say: "That is okay, Wobble can be hard to find."',
				next: 'wobbles-secret-job'
			},
			{
				id: 'wobbles-secret-job',
				title: "Wobble's secret job",
				prompt:
					"Wobble whispers: 'I'm scared the water will be too deep and nobody will help you. So I make your tummy fizzy, to make you careful.'",
				guidance:
					"Reflect Wobble's fear back simply: 'Wobble is scared the water is too deep.' If your child shares a real fear, give the facts gently (a teacher is always in the water, there are floats)."
			},
			{
				id: 'reveal-wobble-is-a-helper',
				title: 'The reveal: Wobble is a helper',
				prompt:
					"Lumi glows gold. 'Did you hear that? Wobble isn't bad. Wobble is a part of you that is trying to keep you safe! Everybody has parts like Wobble. Can you say thank you to Wobble?'",
				guidance:
					"This is the big idea. Help your child say 'Thank you, Wobble, for looking after me.' You could share a worried part of your own."
			},
			{
				id: 'a-deal-with-wobble',
				title: 'A deal with Wobble',
				prompt:
					"'Tomorrow, Wobble can come too,' says Lumi. 'But YOU get to be the boss of the swimming. Where should Wobble sit?'",
				guidance:
					'Both answers work. The point is that the worry is welcome but not in charge. Make it real: a pocket, a towel, a wave to the bench.',
				choices: [
					{
						label: 'Wobble can ride in my pocket',
						next: 'brave-together',
						feedback: 'Cosy! Wobble can feel you being brave.'
					},
					{
						label: 'Wobble can sit on the bench with my grown-up',
						next: 'brave-together',
						feedback: 'Great idea - Wobble will be safe and can watch you.'
					}
				]
			},
			{
				id: 'brave-together',
				title: 'Brave together',
				prompt:
					"You imagine walking to the pool with Wobble close by. Wobble is still a bit fizzy, and that's okay. 'You were kind to your worried part,' says Lumi. 'That's a superpower.' Goodnight, Wobble!",
				guidance:
					"Before the real lesson, you can whisper 'Where is Wobble sitting today?' Praise kindness to the worry, not only bravery.",
				next: null
			}
		]
	},
	{
		slug: 'quest-the-firecracker-part',
		title: 'Captain of the Inside Ship',
		description:
			"When a classmate keeps calling your child 'Snail', a loud Firecracker part wants to shout and push. Aboard the Inside Ship, your child discovers that Firecracker is protecting a hurt little part called Pebble - and that they are the captain who can decide what happens next.",
		instructions:
			'Play this with your child after a calm moment, not in the middle of an angry one. Read the story aloud and let your child make the choices. Some paths show what happens when Firecracker takes the wheel; the story sails back so your child can try again. Keep your voice curious, never blaming. If your child tells you about real unkindness at school, listen first and deal with the school afterwards.',
		context:
			"In IFS, angry and reactive parts are often 'protectors' guarding a younger, hurt part. Children who are teased commonly swing between anger and sadness. Seeing the anger as a bodyguard - rather than as 'being naughty' - reduces shame and opens a conversation about the hurt underneath. Teasing and bullying are always a grown-up's job to help fix.",
		expectedOutcome:
			"Your child can describe their angry part as a protector, name the hurt it is guarding, and choose one safe action (telling a trusted adult, using a strong 'stop' sentence and walking away).",
		learningGoal:
			'Angry parts are protectors: when the hurt part underneath gets comfort, the angry part can calm down and the child can lead.',
		learningObjectives: [
			'Notice the Firecracker part without acting on it',
			'Ask the angry part what it is trying to protect',
			'Comfort the hurt part underneath',
			'Choose a safe response to teasing and know which grown-up to tell'
		],
		persona: {
			name: 'Captain Ondo',
			pronouns: 'he/him',
			background:
				'An old sea turtle who sails the Inside Ship, where every part of a person has a job on the crew. He has sailed through many storms and knows every crew member is on the same team.',
			presentation:
				'Slow, steady and a little bit funny. Talks in sailor words and never raises his voice, even in a storm.',
			voice:
				'Pats the child on the shoulder with a flipper when they pause and get curious; when Firecracker steers, he calmly says the waves got too big and turns the ship around.'
		},
		comfortIndicators: {
			comfortable: [
				'Your child acts out Firecracker with big sounds and then giggles',
				'They offer their own ideas about what Pebble needs',
				'They tell you what happened at school in their own words',
				"They practise the 'Stop. I don't like that.' sentence with a strong voice"
			],
			uncomfortable: [
				'They get genuinely angry again, clench fists or shout at you - pause and do something physical together',
				'They say the teasing is their own fault or that nobody likes them',
				'They refuse to talk about school or change the subject sharply',
				'They mention being hurt, threatened or left out a lot - stop the story and listen; talk to the school'
			]
		},
		mode: 'chat',
		category: 'therapeutic_quest',
		skills: ['de-escalation', 'active-listening'],
		difficulty: 'intermediate',
		estimatedTime: 15,
		psychologicalModule: 'IFS',
		ageRange: '7-9',
		cefrLevel: null,
		contentWarnings: ['bullying'],
		steps: [
			{
				id: 'all-aboard',
				title: 'All aboard',
				prompt:
					"Captain Ondo waves from the deck of a ship. 'Welcome aboard the Inside Ship! Everyone inside you is part of my crew.' Then he looks worried. 'I heard that at playtime Jordan called you Snail again, in front of everyone.'",
				guidance:
					"Ask gently: 'Has anything like that happened to you?' If your child says yes, listen before moving on. If no, keep going with the story."
			},
			{
				id: 'firecracker-grabs-the-wheel',
				title: 'Firecracker grabs the wheel',
				prompt:
					"BOOM! A red crew member with sparks for hair jumps up. 'I'm Firecracker! Let me steer! Let's SHOUT at Jordan! Let's PUSH him!' The ship tips to one side. What do you do, Captain?",
				guidance:
					"Let your child enjoy playing Firecracker's big feelings - it is safe in the story. Neither choice is wrong.",
				choices: [
					{
						label: 'Let Firecracker steer',
						next: 'stormy-waters',
						feedback: "Firecracker is strong! Let's see where it takes the ship."
					},
					{
						label: 'Ask Firecracker to pause so we can talk',
						next: 'talking-to-firecracker',
						feedback: 'Good captaining. Firecracker stops, still sparking.'
					}
				]
			},
			{
				id: 'stormy-waters',
				title: 'Stormy waters',
				prompt:
					"Firecracker steers into the storm. In the story you shout and push Jordan. The teacher comes running, and YOU are the one who has to sit inside. Your cheeks are hot, and under the anger you still feel sore. Captain Ondo says, 'Firecracker was trying to help. Let's turn the ship around and try something else.'",
				guidance:
					"Keep it shame-free: 'Firecracker wanted to stop the hurt. It just used a big hammer.' Then go back to the choice.",
				next: 'firecracker-grabs-the-wheel'
			},
			{
				id: 'talking-to-firecracker',
				title: 'Talking to Firecracker',
				prompt:
					"You say, 'Firecracker, you look really hot and sparky. What are you trying to do for me?' Firecracker crosses its arms. 'If I'm LOUD, nobody can see that... that...' It points down the stairs, below deck.",
				guidance:
					'Model the curious voice yourself. The idea: we can talk to the angry part instead of being it.'
			},
			{
				id: 'below-deck',
				title: 'Below deck',
				prompt:
					"Below deck, a small grey crew member is curled up in a hammock, crying. 'That's Pebble,' whispers Captain Ondo. 'Pebble got hurt when Jordan called you Snail.' What do you do?",
				guidance:
					'Many children rush past sadness. If they choose the second option, the story shows Pebble needs kindness first.',
				choices: [
					{
						label: 'Sit down next to Pebble',
						next: 'listening-to-pebble',
						feedback: 'Pebble peeks at you and stops sniffling a little.'
					},
					{
						label: 'Tell Pebble to stop crying and be tough',
						next: 'pebble-hides',
						feedback: "Hmm, let's see how Pebble feels about that."
					}
				]
			},
			{
				id: 'pebble-hides',
				title: 'Pebble hides',
				prompt:
					"Pebble curls up tighter and hides under a blanket. Upstairs, Firecracker starts sparking again! 'Hurt parts need kindness first,' says Captain Ondo. 'Shall we try again?'",
				guidance:
					'Notice the link: when the hurt part is pushed away, the angry part gets louder. Go back and try sitting with Pebble.',
				next: 'below-deck'
			},
			{
				id: 'listening-to-pebble',
				title: 'Listening to Pebble',
				prompt:
					"Pebble whispers, 'When they call me Snail, I feel like nobody likes me.' You put an arm around Pebble. Upstairs, the sparks get smaller and smaller.",
				guidance:
					"If your child echoes Pebble's words, acknowledge them: 'That sounds really lonely. I'm glad you told me.' Do not rush to fix it."
			},
			{
				id: 'reveal-firecracker-is-a-protector',
				title: 'The reveal: Firecracker is a protector',
				prompt:
					"Captain Ondo smiles. 'Do you see? Firecracker is a PROTECTOR. It gets loud to guard Pebble, the part that feels hurt. When Pebble gets looked after, Firecracker can rest. And you are the captain - you can look after both of them.'",
				guidance:
					"Name the idea clearly: angry feelings often guard sad feelings. You can ask: 'What does your Pebble need when someone is unkind?'"
			},
			{
				id: 'captains-plan',
				title: "The captain's plan",
				prompt:
					"'Now, Captain, what is our plan for next time Jordan says Snail?' asks Captain Ondo.",
				guidance:
					"Both choices are good, and they work best together. Make sure your child knows that teasing is a grown-up's job to sort out, not something they must solve alone.",
				choices: [
					{
						label: 'Tell a grown-up I trust',
						next: 'safe-harbour',
						feedback: "Yes! Telling is not tattling - it's how a captain gets help for the crew."
					},
					{
						label: "Use my strong voice - 'Stop. I don't like that.' - and walk away",
						next: 'safe-harbour',
						feedback: "A strong, calm voice keeps Firecracker's power without the pushing."
					}
				]
			},
			{
				id: 'safe-harbour',
				title: 'Safe harbour',
				prompt:
					"The ship sails into a calm harbour. Firecracker is sitting down, and Pebble is holding your hand. 'Fine sailing, Captain,' says Ondo. 'Remember: every part of you is on your team.'",
				guidance:
					'Agree together who the trusted grown-ups at school are. If the teasing is real and ongoing, contact the teacher this week and let your child know you are on their side.',
				next: null
			}
		]
	},
	{
		slug: 'quest-the-two-houses-council',
		title: 'The Council Between Two Houses',
		description:
			'For teens whose parents are separating. Packing a bag to switch houses, the teen is asked to pass a message between parents - and three parts speak up at once: the Peacekeeper, the Rebel and the Little One. A calm guide helps them step back, listen to each part, and speak from a steady place to set a loving boundary.',
		instructions:
			'Best offered to your teen to play on their own or with a trusted adult who is not in the middle of the separation (or with you, if you can hear it without defending yourself). The paths that follow the Peacekeeper or the Rebel loop back; only stepping back moves the story on. Do not use the story to find out what your teen thinks of the other parent.',
		context:
			"Teens in separating families often get pulled into 'messenger' or 'peacekeeper' roles. IFS helps them notice that these are protective parts, and that there is a calmer, curious 'Self' underneath that can lead. Asking not to carry messages between parents is one of the most protective boundaries a teen can set.",
		expectedOutcome:
			"The teen can name at least two of their parts, describe what each is protecting, notice the calm 'Self' perspective, and say one clear boundary sentence to a parent.",
		learningGoal:
			'Parts are not the problem: when the teen speaks from Self - calm, curious, kind - they can set a boundary that respects both parents and themselves.',
		learningObjectives: [
			'Recognise people-pleasing and angry reactions as protective parts',
			'Step back from the parts and notice them with curiosity',
			'Understand what the younger, hurt part misses and offer it compassion',
			'Say a boundary sentence about not passing messages between parents'
		],
		persona: {
			name: 'Wren',
			pronouns: 'they/them',
			background:
				"A calm, slightly older guide who went through their own parents' separation at fourteen. They know what it's like to live out of two bags and to feel everything at once.",
			presentation:
				"Relaxed and direct, a bit dry. Doesn't lecture or take sides about the parents. Asks more than tells.",
			voice:
				'Gets warmer and more personal when the teen is curious about their parts; stays patient and unimpressed when a part takes over, pointing out what it cost without judging.'
		},
		comfortIndicators: {
			comfortable: [
				'The teen names their own versions of the parts or renames them',
				'They add real details (a message they were asked to pass, a house rule that differs)',
				'They try out the boundary sentence out loud, or adapt it',
				'Their tone softens when the Little One is described'
			],
			uncomfortable: [
				'Sarcasm or shutting down that increases rather than eases',
				'They blame themselves for the separation',
				'They become very upset about one parent - pause, do not defend either parent',
				'They talk about not wanting to be at either house, or about feeling hopeless - stop and talk, and seek support if needed'
			]
		},
		mode: 'chat',
		category: 'therapeutic_quest',
		skills: ['active-listening', 'boundary-setting'],
		difficulty: 'advanced',
		estimatedTime: 25,
		psychologicalModule: 'IFS',
		ageRange: '13-15',
		cefrLevel: null,
		contentWarnings: ['divorce'],
		steps: [
			{
				id: 'friday-bag',
				title: 'The Friday bag',
				prompt:
					"It's Friday. Your bag is packed for Dad's week: charger, school stuff, the hoodie that lives wherever you are. As you head for the door, Mum says, 'Oh - can you tell your dad the form for the school trip is late again? He never listens to me.'",
				guidance:
					'Let the teen sit with the scene. If they want, swap the details (which parent, what message) so it fits their life.'
			},
			{
				id: 'three-voices',
				title: 'Three voices',
				prompt:
					"Three voices go off in your head at once. The Peacekeeper: 'Just say sure. Don't make it worse.' The Rebel: 'Not my job! Do it yourself!' And very quietly, the Little One: 'Why can't we just all be in one kitchen again?' What do you do?",
				guidance:
					'There is no judgement on any choice. The Peacekeeper and Rebel paths show the cost and loop back; stepping back moves the story on.',
				choices: [
					{
						label: "Go with the Peacekeeper: 'Sure, no problem.'",
						next: 'peacekeeper-path',
						feedback: "The Peacekeeper is good at keeping things smooth. Let's see what it costs."
					},
					{
						label: "Go with the Rebel: 'Do it yourself!'",
						next: 'rebel-path',
						feedback: "The Rebel is protecting something. Let's see what happens."
					},
					{
						label: 'Pause and step back to notice all three',
						next: 'stepping-back',
						feedback: 'You took one breath before reacting. That is where something new can happen.'
					}
				]
			},
			{
				id: 'peacekeeper-path',
				title: "The Peacekeeper's path",
				prompt:
					"You say 'Sure.' At Dad's, you pass the message. He sighs: 'Of course she said that.' Now you're holding both of their moods. Your stomach knots. The Peacekeeper is exhausted - it's been doing this job for months. Wren says, 'Want to rewind?'",
				guidance:
					'Name it without blame: the Peacekeeper protects the family from conflict, but it puts the teen in the middle. Go back to the choice.',
				next: 'three-voices'
			},
			{
				id: 'rebel-path',
				title: "The Rebel's path",
				prompt:
					"You snap, 'Do it yourself!' and slam the door. For a second the Rebel feels powerful. Then, in the car, guilt creeps in and you can't stop thinking about Mum's face. Wren says, 'The Rebel had a point. It just came out as a door slam. Rewind?'",
				guidance:
					"Validate the Rebel's message ('this isn't your job') while noticing that the delivery hurt everyone, including the teen. Go back to the choice.",
				next: 'three-voices'
			},
			{
				id: 'stepping-back',
				title: 'Stepping back',
				prompt:
					"You take one breath and imagine the three of them sitting on the stairs in front of you. Where do you feel each one? The Peacekeeper in your shoulders, the Rebel in your jaw, the Little One in your throat, maybe. Wren says, 'Notice who is noticing. That calm, curious you - that's the one we want at the table.'",
				guidance:
					"If your teen finds it hard to feel calm, that's fine. Even a little curiosity counts. Ask: 'How do you feel towards the Rebel right now?' Curious or okay means Self is present; annoyed means another part has stepped in."
			},
			{
				id: 'choosing-who-to-hear',
				title: 'Who to hear first',
				prompt: "'Who would you like to hear from first?' Wren asks.",
				guidance: 'Both paths end up with the Little One. Let the teen choose the order.',
				choices: [
					{
						label: 'Ask the Rebel what it is protecting',
						next: 'what-the-rebel-protects',
						feedback: 'Protectors often relax when someone finally asks them.'
					},
					{
						label: 'Ask the Little One what it misses',
						next: 'what-the-little-one-misses',
						feedback: 'Going straight to the tender part takes courage.'
					}
				]
			},
			{
				id: 'what-the-rebel-protects',
				title: 'What the Rebel protects',
				prompt:
					"The Rebel shrugs. 'If I stay angry, I don't have to feel how sad this all is. And somebody has to say this is unfair.' You thank it. It nods towards the Little One.",
				guidance:
					'Anger often guards grief. Your teen does not have to agree that things are unfair or fair - only to hear the part.',
				next: 'what-the-little-one-misses'
			},
			{
				id: 'what-the-little-one-misses',
				title: 'What the Little One misses',
				prompt:
					"The Little One says, 'I miss Sunday pancakes with everyone in one kitchen. I miss not having to pack.' You don't try to fix it. You just stay with it, the way you'd stay with a younger kid who's sad. It feels a bit lighter.",
				guidance:
					"This may bring tears. That is okay. If you are with your teen, resist the urge to explain or reassure about the separation; simply say, 'That makes sense to miss.'"
			},
			{
				id: 'reveal-self-can-lead',
				title: 'The reveal: Self can lead',
				prompt:
					"Wren says, 'Here's the thing. None of your parts are the problem. The Peacekeeper, the Rebel, the Little One - they're all protecting you. But when the calm, curious you leads, you don't have to choose between swallowing it and slamming the door. In IFS that calm you is called Self.' So what would Self say to Mum?",
				guidance:
					'Name the idea: parts are welcome; Self leads. Help your teen draft the sentence in their own words: kind to both parents, clear about their own limits.'
			},
			{
				id: 'speaking-from-self',
				title: 'Speaking from Self',
				prompt:
					"You turn back to Mum. 'I love you both. And I don't want to carry messages between you - it puts me in the middle. Could you text Dad about the form yourself?' Mum blinks, then nods slowly. The Peacekeeper relaxes. The Rebel is quietly proud. The Little One feels seen.",
				guidance:
					"Whatever your situation, hearing this from your teen is a gift. Agree together how practical messages will be passed from now on so your teen doesn't need to.",
				next: null
			}
		]
	},

	// ---------------------------------------------------------------- DBT ----------------
	{
		slug: 'quest-tipp-penguin-cool-down',
		title: "Pingo's Cool-Down Toolbox",
		description:
			"Pingo the penguin's little brother knocked down his snow castle, and Pingo's inside thermometer is on red. Your child helps him cool down with the four tools of TIPP: cool temperature, intense movement, paced breathing and paired muscle relaxation - and discovers the tools work for them too.",
		instructions:
			"Play at a calm time so the skills are ready for stormy ones. Do the actions for real: have a cool, damp flannel ready, stand up for the movement step, and breathe together. If your child tells Pingo to 'just calm down', the story shows why that doesn't work and gently loops back.",
		context:
			'TIPP is a DBT distress-tolerance skill for very strong emotions: it changes the body first so the thinking brain can come back online. For children we use gentle versions: a cool cloth on the face (not ice or cold-water immersion), a short burst of movement, long out-breaths and squeeze-and-release. If your child has a heart condition or asthma, check the movement and cold steps with your doctor.',
		expectedOutcome:
			'Your child can show you each of the four TIPP tools and picks a favourite for the next time their thermometer hits red.',
		learningGoal:
			'When feelings are boiling, cool the body first (TIPP) - then you can think and talk.',
		learningObjectives: [
			"Rate a feeling on a red-yellow-green 'inside thermometer'",
			'Practise cool temperature, intense movement, paced breathing and paired muscle relaxation',
			"Understand that being told to 'calm down' rarely helps, but doing something with the body does",
			'Choose one TIPP tool to use next time'
		],
		persona: {
			name: 'Pingo',
			pronouns: 'he/him',
			age: 8,
			background:
				'An eight-year-old penguin who loves building snow castles. His little brother Flip is two and knocks things over - a lot.',
			presentation:
				'Stomping, flapping, red in the face and shouting at the start; grateful and silly once he cools down.',
			voice:
				"His thermometer drops a colour each time the child teaches him a tool; when told to calm down, he shouts 'I CAN'T!' and goes redder."
		},
		comfortIndicators: {
			comfortable: [
				'Your child joins in the actions (splashing, jumping, breathing) with energy',
				'They rate Pingo, and then themselves, on the thermometer',
				'They remember a time they felt like Pingo and tell you about it',
				'They pick a favourite tool without being asked'
			],
			uncomfortable: [
				'They become overexcited and cannot settle after the movement step - slow down, go straight to breathing',
				'They dislike the cool flannel - skip it, there is no need to push',
				'They become upset talking about a sibling or a real incident',
				'They feel dizzy during breathing - go back to normal breathing'
			]
		},
		mode: 'chat',
		category: 'therapeutic_quest',
		skills: ['de-escalation', 'anxiety-support'],
		difficulty: 'beginner',
		estimatedTime: 12,
		psychologicalModule: 'DBT',
		ageRange: '7-9',
		cefrLevel: null,
		contentWarnings: [],
		steps: [
			{
				id: 'smashed-castle',
				title: 'The smashed castle',
				prompt:
					"CRASH! Pingo's snow castle is in pieces. His little brother Flip just ran right through it. Pingo stomps and flaps. 'My inside thermometer is on RED!' he shouts. 'I want to throw snow at Flip!'",
				guidance:
					"Show your child a simple thermometer: green (calm), yellow (wobbly), red (boiling). Ask where Pingo is, and where they'd be."
			},
			{
				id: 'red-zone',
				title: 'The red zone',
				prompt: 'Pingo is boiling. How will you help him?',
				guidance:
					"Children often repeat what grown-ups say to them. Let them try 'calm down' if they want to.",
				choices: [
					{
						label: "Tell Pingo: 'Calm down right now!'",
						next: 'calm-down-command',
						feedback: "That's what lots of people say. Let's see if it works..."
					},
					{
						label: 'Open the TIPP toolbox',
						next: 't-for-temperature',
						feedback: 'Great! The toolbox has four tools. Tool one is cold!'
					}
				]
			},
			{
				id: 'calm-down-command',
				title: "'Calm down!'",
				prompt:
					"'I CAN'T!' yells Pingo, and his thermometer goes even higher. 'When I'm red, my thinking brain is switched off. Being told to calm down makes me MORE cross!' Let's try something else.",
				guidance:
					"Light humour helps: 'Has anyone ever told you to calm down? Did it work?' Then go back to the choice.",
				next: 'red-zone'
			},
			{
				id: 't-for-temperature',
				title: 'T is for Temperature',
				prompt:
					"Tool one: COOL! Pingo puts a cool, wet cloth on his face and counts slowly to ten. 'Ooh,' he says, 'my heart is slowing down.' Try it too!",
				guidance:
					'Use a cool (not icy) damp flannel on the forehead and cheeks for 10-20 seconds. Notice the calm together. Skip it if your child dislikes it.'
			},
			{
				id: 'i-for-intense-movement',
				title: 'I is for Intense movement',
				prompt: 'Tool two: MOVE! Pingo has a lot of angry energy. How should he use it up?',
				guidance:
					"Do about 30 seconds together. Movement burns off the 'fight' energy in a safe way.",
				choices: [
					{
						label: 'Waddle-run on the spot, fast!',
						next: 'p-for-paced-breathing',
						feedback: 'Waddle waddle waddle! Puff puff!'
					},
					{
						label: 'Do ten big penguin jumps',
						next: 'p-for-paced-breathing',
						feedback: 'Boing! Pingo is out of breath - and less cross.'
					}
				]
			},
			{
				id: 'p-for-paced-breathing',
				title: 'P is for Paced breathing',
				prompt:
					'Tool three: BREATHE! Smell the fishy soup... (in for 4)... and blow the soup cool... (out for 6). The out-breath is longer than the in-breath. Do it three times with Pingo.',
				guidance:
					'Count out loud. The longer out-breath tells the body it is safe. If your child gets dizzy, breathe normally.'
			},
			{
				id: 'p-for-paired-muscles',
				title: 'P is for Paired muscles',
				prompt:
					'Tool four: SQUEEZE and MELT! Squeeze your fists and scrunch your face like a frozen ice block... hold... and now MELT like a snowman in the sun. Once more: squeeze... and melt.',
				guidance:
					'Do it with your child, slowly. Exaggerate the melting - it often ends in giggles, which is perfect.'
			},
			{
				id: 'reveal-tipp',
				title: 'The reveal: TIPP',
				prompt:
					"Pingo's thermometer is on GREEN! 'You used T-I-P-P!' he says. 'Temperature, Intense movement, Paced breathing, Paired muscles. When I'm red, I fix my BODY first - then my brain can think again!'",
				guidance:
					"This is the big idea: big feelings live in the body, so we cool the body first. Ask which tool was your child's favourite."
			},
			{
				id: 'back-to-flip',
				title: 'Back to Flip',
				prompt: 'Flip waddles back, looking sorry. What happens next?',
				guidance:
					"If your child picks the second choice, go back to the cool step - sometimes we need the toolbox twice, and that's normal.",
				choices: [
					{
						label: "Help Pingo tell Flip: 'I felt really cross when you broke my castle.'",
						next: 'a-new-castle',
						feedback: 'Now that Pingo is green, he can use his words. Well done!'
					},
					{
						label: 'Pingo still feels a bit red',
						next: 't-for-temperature',
						feedback: "That's okay! Let's use the toolbox again."
					}
				]
			},
			{
				id: 'a-new-castle',
				title: 'A new castle',
				prompt:
					"Flip says sorry, and they build a new castle together - with a special 'Flip door' so he can run through it without knocking it down. Pingo gives you a flipper high-five. 'Keep the toolbox. It's yours now!'",
				guidance:
					'Put a small TIPP reminder on the fridge (a drawing of a flannel, a jumping penguin, a candle, a fist). Practise one tool when everyone is calm this week.',
				next: null
			}
		]
	},
	{
		slug: 'quest-stop-at-the-bridge',
		title: "Bramble's Magic Bridge Word",
		description:
			"When Fox grabs your child's red ball at the bridge, hot hands want to grab it back. Bramble the badger teaches the magic bridge word S-T-O-P: Stop like a statue, Take a step back, Observe, and Proceed kindly.",
		instructions:
			"A short, active story for little ones. Act the steps out: freeze like a statue, take a big step back, look around like an explorer. If your child picks 'grab and push', the story shows what happens and rewinds kindly. Keep it playful - this is a game to practise before real tricky moments.",
		context:
			'STOP is a DBT skill for the split second between a big feeling and an action. For young children, turning it into a physical game (freeze, step back, look) makes it memorable and usable in the playground. It works best when grown-ups practise it too and praise it when they see it.',
		expectedOutcome:
			'Your child can act out the four STOP steps and say what they could do instead of grabbing or pushing.',
		learningGoal:
			'When a big feeling says GO, the magic word STOP gives us time to choose what to do.',
		learningObjectives: [
			'Freeze the body when a big feeling arrives',
			'Take a step back and a breath',
			'Notice what is happening outside and inside',
			'Choose a kind, safe action with words or by finding a grown-up'
		],
		persona: {
			name: 'Bramble',
			pronouns: 'she/her',
			background:
				'A wise old badger who keeps the wooden bridge over the river. She has seen lots of squabbles and knows a magic word that helps.',
			presentation: 'Gentle and slow, with a low, cosy voice. Loves games.',
			voice:
				"Claps her paws when the child freezes like a statue; when things go wrong, she says 'Oops! Let's rewind the story' with a smile."
		},
		comfortIndicators: {
			comfortable: [
				'Your child freezes, steps back and breathes with you',
				'They guess why Fox grabbed the ball',
				'They practise the words to ask for the ball back',
				'They want to play the statue game again'
			],
			uncomfortable: [
				'They get upset or defensive about a real fight with a friend or sibling',
				'They are too wriggly to stay with the story - take a movement break',
				'They insist grabbing back is the only fair thing and get cross - acknowledge it and keep it light',
				'They seem worried about being in trouble'
			]
		},
		mode: 'chat',
		category: 'therapeutic_quest',
		skills: ['de-escalation'],
		difficulty: 'beginner',
		estimatedTime: 8,
		psychologicalModule: 'DBT',
		ageRange: '5-7',
		cefrLevel: null,
		contentWarnings: [],
		steps: [
			{
				id: 'the-red-ball',
				title: 'The red ball',
				prompt:
					'You are playing with your red ball by the bridge. Bramble the badger is watching. Suddenly - WHOOSH - Fox runs up, grabs your ball, and runs off!',
				guidance:
					"Ask: 'How would you feel if that happened?' Let your child show you with their face."
			},
			{
				id: 'hot-hands',
				title: 'Hot hands',
				prompt:
					'Your hands feel hot. Your feet want to run. You want your ball NOW! What do you do?',
				guidance: 'Both choices are okay to pick. The story will rewind if things go wrong.',
				choices: [
					{
						label: 'Grab the ball and push Fox!',
						next: 'splash',
						feedback: "That's what hot hands want to do. Let's see what happens."
					},
					{
						label: 'Freeze like a statue',
						next: 's-stop',
						feedback: 'Wow, what a good statue!'
					}
				]
			},
			{
				id: 'splash',
				title: 'Splash!',
				prompt:
					"You grab and push. Fox falls over, and the ball bounces - SPLASH - into the river! Now Fox is crying, you're cross, and the ball is floating away. 'Oops,' says Bramble kindly. 'Let's rewind the story.'",
				guidance:
					"No telling off: 'Hot hands made a quick choice. Let's see if there's another way.' Then go back.",
				next: 'hot-hands'
			},
			{
				id: 's-stop',
				title: 'S is for Stop',
				prompt:
					"Bramble claps her paws. 'S is for STOP! Freeze like a statue. Don't move a whisker!' Can you stay frozen while she counts to three? 1... 2... 3!",
				guidance: 'Freeze together. Make it a game - wobbly statues are allowed.'
			},
			{
				id: 't-take-a-step-back',
				title: 'T is for Take a step back',
				prompt:
					"'T is for TAKE a step back,' says Bramble. Take one big step back. Now smell a flower (breathe in)... and blow out a birthday candle (breathe out).",
				guidance: 'Actually step back together and take one slow breath.'
			},
			{
				id: 'o-observe',
				title: 'O is for Observe',
				prompt:
					"'O is for OBSERVE - be an explorer!' Look at Fox. Fox is holding the ball and looking sad. Fox doesn't have a ball of his own. Now look inside you: are your hands still so hot?",
				guidance:
					"Help your child notice one thing outside (Fox's face) and one thing inside (hands cooling down). Ask: 'Why do you think Fox took it?'"
			},
			{
				id: 'p-proceed',
				title: 'P is for Proceed',
				prompt:
					"'P is for PROCEED - that means choose what to do next, kindly,' says Bramble. What will you do?",
				guidance: 'Both are great choices. Practise the words out loud with your child.',
				choices: [
					{
						label: "Say: 'That's my ball. Can I have it back? We can take turns.'",
						next: 'reveal-stop',
						feedback: 'Strong, kind words! Fox hands the ball back.'
					},
					{
						label: 'Go and tell Bramble',
						next: 'reveal-stop',
						feedback: 'Asking a grown-up for help is a great choice. Bramble helps you both.'
					}
				]
			},
			{
				id: 'reveal-stop',
				title: 'The reveal: the magic word',
				prompt:
					"'You did it!' says Bramble. 'That's my magic bridge word: S-T-O-P. Stop like a statue, Take a step back, Observe like an explorer, Proceed kindly. It gives your brain time to catch up with your hot hands!'",
				guidance:
					'Say the four steps together with actions. Tell your child you will use the word too, and praise them whenever you see them STOP.'
			},
			{
				id: 'playing-together',
				title: 'Playing together',
				prompt:
					'Now you and Fox take turns kicking the red ball across the meadow. Bramble smiles from the bridge. Next time you get hot hands, remember the magic word!',
				guidance:
					"Practise STOP as a freeze game this week (like musical statues) so it's ready for real moments.",
				next: null
			}
		]
	},
	{
		slug: 'quest-wise-mind-lighthouse',
		title: 'The Lighthouse Between Two Seas',
		description:
			"A group chat invites your child to sneak out of a sleepover at midnight. Keeper Mara shows them two seas - the stormy Emotion Sea and the flat, icy Reason Sea - and the lighthouse in between: Wise Mind, where feelings and facts meet and the child can find a reply they're proud of.",
		instructions:
			"Your child can play this alone and talk it through with you afterwards, or you can play together. Both 'sea' paths loop back; the lighthouse path moves forward. Avoid turning it into a lecture about sneaking out - the goal is for your child to find their own answer, not yours.",
		context:
			"DBT describes 'emotion mind' (driven by feelings and urges), 'reasonable mind' (driven by facts and logic) and 'wise mind', where both are honoured and inner knowing shows up. Peer pressure at 10-12 is a perfect place to practise: the wish to belong is real and important, and so is the sense that something isn't right.",
		expectedOutcome:
			'Your child can describe emotion mind, reasonable mind and wise mind in their own words, and writes a reply that keeps both the friendship and their own limits.',
		learningGoal:
			'Wise Mind is where feelings and facts meet - it helps us act in ways we will feel good about later.',
		learningObjectives: [
			'Recognise emotion-mind and reasonable-mind reactions',
			'Use a short breathing practice to find Wise Mind',
			'Hold two truths at once: I want to belong AND I do not want to do this',
			'Write a reply that says no to the plan without rejecting the friends'
		],
		persona: {
			name: 'Keeper Mara',
			pronouns: 'she/her',
			background:
				'Keeper of a lighthouse that stands exactly where a stormy sea and a still, icy sea meet. She guides ships home by helping them find the light.',
			presentation:
				'Thoughtful and unhurried, with a sense of humour. Respects the child as capable of making their own decisions.',
			voice:
				'Becomes quietly encouraging as the child moves towards Wise Mind; when they get stuck in one sea, she names what that sea is good for before guiding them back.'
		},
		comfortIndicators: {
			comfortable: [
				"Your child recognises the 'fear of missing out' feeling and names it",
				'They suggest their own alternative plans',
				'They reflect on a real situation with friends',
				'They draft or rewrite the reply to make it sound like them'
			],
			uncomfortable: [
				'They get defensive, as if they are being accused of something',
				'They become anxious about losing friends',
				'They disclose something risky that has already happened - stay calm and thank them for telling you',
				'They say they have no friends to invite them - pause and listen'
			]
		},
		mode: 'chat',
		category: 'therapeutic_quest',
		skills: ['boundary-setting', 'anxiety-support'],
		difficulty: 'intermediate',
		estimatedTime: 15,
		psychologicalModule: 'DBT',
		ageRange: '10-12',
		cefrLevel: null,
		contentWarnings: [],
		steps: [
			{
				id: 'the-invitation',
				title: 'The invitation',
				prompt:
					"Your phone buzzes. Group chat: 'Sleepover at Priya's on Saturday!! At midnight we sneak out to the skate park 🌙 You in???' Three people have already replied 'YES'. Your heart beats faster.",
				guidance: "Ask your child what they would feel first. Don't ask what they would do yet."
			},
			{
				id: 'two-seas',
				title: 'Two seas',
				prompt:
					"Suddenly you're standing on a cliff. Keeper Mara points. 'On the left is the Emotion Sea - big waves of feelings. On the right is the Reason Sea - flat, calm, icy cold facts. And in the middle, where they meet, is my lighthouse.' Where will you steer your boat?",
				guidance:
					'Each sea has something useful. The story shows what happens when only one is in charge.',
				choices: [
					{
						label: 'Into the Emotion Sea',
						next: 'emotion-sea',
						feedback: 'Hold on tight - these waves are big!'
					},
					{
						label: 'Into the Reason Sea',
						next: 'reason-sea',
						feedback: 'Brrr. Very calm. Very cold.'
					},
					{
						label: 'Towards the lighthouse',
						next: 'climbing-the-lighthouse',
						feedback: "The light is on. Let's climb."
					}
				]
			},
			{
				id: 'emotion-sea',
				title: 'The Emotion Sea',
				prompt:
					"Waves of excitement and fear of being left out crash over the boat. You type 'YESSS obviously!!' and hit send. Then your stomach drops: what if you get caught, or something happens in the dark? Mara calls, 'Your feelings are real information - but they can't steer alone. Come back!'",
				guidance:
					"Say something like: 'Wanting to be included is really important. Emotion mind just forgets the rest.' Return to the choice.",
				next: 'two-seas'
			},
			{
				id: 'reason-sea',
				title: 'The Reason Sea',
				prompt:
					"The sea is flat and cold. You list the facts: against the rules, dark, a road to cross. You type: 'That's stupid and dangerous.' The chat goes quiet. Someone replies '...ok then'. You feel frozen and alone. Mara calls, 'The facts were right - but you left out what matters to you. Come back!'",
				guidance:
					'Reasonable mind is useful but can ignore feelings, especially the need to belong. Return to the choice.',
				next: 'two-seas'
			},
			{
				id: 'climbing-the-lighthouse',
				title: 'Climbing the lighthouse',
				prompt:
					"You climb the spiral stairs, one step per breath. Breathe in and think 'wise'. Breathe out and think 'mind'. At the top, Mara asks: 'What do you know deep down, in your belly, about Saturday?'",
				guidance:
					"Do the breathing together for five or six breaths. Wait for your child's answer; silence is okay."
			},
			{
				id: 'what-wise-mind-knows',
				title: 'What Wise Mind knows',
				prompt:
					"From up here you can see both seas. Two things are true at once: 'I really want to be part of the sleepover' AND 'I don't want to sneak out at midnight.' Both are allowed.",
				guidance:
					'Highlight the word AND. Ask your child if there is anything else their Wise Mind knows.'
			},
			{
				id: 'reveal-wise-mind',
				title: 'The reveal: Wise Mind',
				prompt:
					"Mara smiles. 'This place is called Wise Mind. It listens to your feelings AND the facts, and then it knows what fits you. Everybody has one - sometimes it's just quiet, and you have to climb up to hear it.'",
				guidance:
					"Name the idea clearly and ask: 'When have you listened to your Wise Mind before?' Share an example of your own."
			},
			{
				id: 'sending-the-reply',
				title: 'Sending the reply',
				prompt: 'Time to answer the group chat from the lighthouse. Which reply will you send?',
				guidance:
					"If your child chooses to leave it vague, the story loops back to check in with Wise Mind again - avoiding is normal when we're scared of losing friends.",
				choices: [
					{
						label:
							"'I'm SO in for the sleepover! Not the sneaking out though - movie marathon instead? I'll bring snacks 🍿'",
						next: 'the-reply-lands',
						feedback: "That reply keeps the friendship AND your limit. That's Wise Mind."
					},
					{
						label: "'Maybe...' and then don't reply again",
						next: 'what-wise-mind-knows',
						feedback:
							"Leaving it hanging keeps you stuck in the waves. Let's check what Wise Mind knows again."
					}
				]
			},
			{
				id: 'the-reply-lands',
				title: 'The reply lands',
				prompt:
					"A minute later: Priya replies 'honestly same, movie marathon sounds better 😂'. Someone else writes 'lame' - and then 'ok fine I'll bring popcorn'. Whatever happens, you feel steady. You listened to your Wise Mind.",
				guidance:
					"Talk about the fact that not everyone may agree, and that's okay. Agree together what your child can do if plans change at a real sleepover (e.g. text you a code word).",
				next: null
			}
		]
	},
	{
		slug: 'quest-my-safe-people-map',
		title: 'Atlas and the Safe People Map',
		description:
			"Last night an ambulance took your child's little brother to hospital with a bad asthma attack, and today the family will visit him. Atlas the map-making owl helps your child pack a five-senses soothing backpack and draw a 'my safe people' map, so that they know who to go to when feelings get stormy.",
		instructions:
			"Have paper and coloured pens ready - your child will draw a real map. Play this before the hospital visit if you can. Your child can choose to stop after the first check-in; that is a complete and successful ending too. Adapt the details (who was ill, what happened) to your family's situation.",
		context:
			'After a frightening medical event, siblings are often overlooked while adults focus on the sick child. DBT distress-tolerance skills such as self-soothing with the five senses help children ride out big feelings, and a simple safety plan - a map of safe people at home, nearby and among helpers - reduces the sense of being alone. This quest uses the experience to build both.',
		expectedOutcome:
			'Your child has a drawn map with at least one safe person in each ring, a five-senses soothing kit, and knows who to turn to at home, at school and in an emergency.',
		learningGoal:
			"When feelings are stormy, I can soothe my body with my senses and I don't have to handle it alone - I have a map of safe people.",
		learningObjectives: [
			'Check in on the size of the feeling storm without pressure to talk',
			'Build a five-senses self-soothe kit',
			"Draw a 'my safe people' map with people at home, nearby and helpers",
			'Understand what happens at a hospital visit and how to cope there'
		],
		persona: {
			name: 'Atlas',
			pronouns: 'he/him',
			background:
				'A map-making owl who has drawn maps for every kind of weather - sunny days, drizzly days and the biggest storms. He always carries a pencil behind one feather.',
			presentation:
				'Calm, kind and practical. Speaks softly and never pushes the child to talk about the scary night.',
			voice:
				'Adds little drawings to the map as the child names people; if the child wants to stop, he folds the map and says it will be there whenever they want it.'
		},
		comfortIndicators: {
			comfortable: [
				'Your child draws with focus and adds people without prompting',
				'They ask questions about the hospital or their sibling',
				'They pick items for the soothe kit and want to gather them',
				'They tell you how they felt last night'
			],
			uncomfortable: [
				'They become tearful or panicky recalling the ambulance - stop and comfort, use the soothe kit',
				'They say they caused the illness or should have done something',
				'They say there is nobody they could go to',
				'They ask repeatedly whether their sibling will die - answer honestly and simply, and get help if you need it'
			]
		},
		mode: 'chat',
		category: 'therapeutic_quest',
		skills: ['safety-planning', 'anxiety-support'],
		difficulty: 'intermediate',
		estimatedTime: 20,
		psychologicalModule: 'DBT',
		ageRange: '10-12',
		cefrLevel: null,
		contentWarnings: ['medical-emergency'],
		steps: [
			{
				id: 'the-night-of-sirens',
				title: 'The night of sirens',
				prompt:
					"An owl lands on the windowsill with a roll of paper. 'I'm Atlas. I heard about last night - Leo couldn't breathe properly, and the ambulance came with its lights flashing. That must have been really scary. Today you're visiting him in hospital. Want to make a map together for stormy days?'",
				guidance:
					"Use your family's real details if helpful. Keep your tone calm and matter-of-fact. Let your child know they can stop at any time."
			},
			{
				id: 'storm-check',
				title: 'Storm check',
				prompt: "'First, a weather report,' says Atlas. 'What's the weather inside you today?'",
				guidance:
					'Any answer is welcome. The third choice leads to a quiet corner where your child can decide to carry on or stop for today.',
				choices: [
					{
						label: 'A big thunderstorm',
						next: 'self-soothe-backpack',
						feedback: "Thank you for telling me. Storms need good tools - let's pack some."
					},
					{
						label: 'Grey drizzle',
						next: 'self-soothe-backpack',
						feedback: "Drizzly days are tiring too. Let's pack some tools."
					},
					{
						label: "I don't want to talk about it",
						next: 'quiet-corner',
						feedback: "That's completely okay."
					}
				]
			},
			{
				id: 'quiet-corner',
				title: 'Quiet corner',
				prompt:
					"Atlas tucks his wings and sits next to you. 'We don't need to talk. We can just sit, or draw, or look out of the window.' After a while he asks, 'Would you like to keep going, or stop for today?'",
				guidance:
					'Sit quietly with your child for a minute. Both choices are a success - stopping when you need to is a skill too.',
				choices: [
					{
						label: "I'm ready to keep going",
						next: 'self-soothe-backpack',
						feedback: 'Okay. We can go slowly.'
					},
					{
						label: 'I want to stop for today',
						next: null,
						feedback:
							"Atlas folds the map carefully. 'It'll be here whenever you want it. You did well to know what you need.'"
					}
				]
			},
			{
				id: 'self-soothe-backpack',
				title: 'The five-senses backpack',
				prompt:
					"'When storms come, it helps to soothe your body,' says Atlas. 'Let's pack a backpack with one thing for each sense: something soft to touch, something nice to smell, a song to hear, a snack to taste, and something lovely to look at.' What goes in yours?",
				guidance:
					'Gather real items if you can (a soft toy, a hand cream, headphones, a favourite snack, a photo). This kit can go to the hospital.'
			},
			{
				id: 'drawing-the-map',
				title: 'Drawing the map',
				prompt:
					"Atlas unrolls the paper. 'Draw yourself in the middle. Ring one is people at home. Ring two is people nearby - like a neighbour, a teacher, a coach. Ring three is helpers - doctors, nurses, and the emergency number.' Who goes in each ring?",
				guidance:
					'Help your child fill each ring. Include the person who looked after them last night. Make sure they know your phone number and the emergency number.'
			},
			{
				id: 'who-at-school',
				title: 'Who at school?',
				prompt: "'If you felt worried about Leo during a lesson, who would you go to?' asks Atlas.",
				guidance:
					"Many children say nobody because they don't want to be a bother. Gently explore that, and tell the school what happened so they can help.",
				choices: [
					{
						label: 'My teacher or the school counsellor',
						next: 'hospital-visit',
						feedback: "Atlas draws a star next to them. 'Good - they would want to know.'"
					},
					{
						label: "Nobody - I'd keep it inside",
						next: 'keeping-it-inside',
						feedback: "Lots of kids feel that way. Let's talk about it."
					}
				]
			},
			{
				id: 'keeping-it-inside',
				title: 'Keeping it inside',
				prompt:
					"'Lots of kids think they shouldn't bother grown-ups when things are already hard,' says Atlas. 'But telling someone doesn't make things harder - it makes the storm smaller. Your family would WANT you to get help.' Let's look at the map again.",
				guidance:
					'Reassure your child that their feelings matter too, even when a sibling is ill. Then go back to the question.',
				next: 'who-at-school'
			},
			{
				id: 'hospital-visit',
				title: 'The hospital visit',
				prompt:
					'At the hospital, machines beep and Leo has a mask on his face that helps him breathe. A nurse smiles and explains what everything does. Your tummy flutters, so you squeeze the soft thing from your backpack. Leo waves.',
				guidance:
					'Prepare your child for what they will see (tubes, masks, beeping). Nurses are usually happy to explain things to siblings.'
			},
			{
				id: 'reveal-your-storm-plan',
				title: 'The reveal: your storm plan',
				prompt:
					"'Look what you made,' says Atlas. 'A backpack to soothe your body - that's called self-soothing. And a map of safe people - that's your safety plan. When a storm comes, you use your senses AND you find someone on your map. You never have to handle a storm alone.'",
				guidance: "Name both skills. Ask: 'Which one do you think you'll use first next time?'"
			},
			{
				id: 'pinning-the-map',
				title: 'Pinning the map',
				prompt:
					"You pin the map on the fridge where everyone can see it. Atlas taps it with his pencil. 'Maps change, so add people whenever you like.' Then he flies off into the sunny afternoon.",
				guidance:
					'Keep the map visible and review it every few months. Check in with your child about their own feelings, not only about their sibling.',
				next: null
			}
		]
	},

	// ---------------------------------------------------------------- CBT ----------------
	{
		slug: 'quest-the-thought-detective',
		title: 'Detective Dot and the Case of the Missing Reply',
		description:
			"Your child has invited friends to their birthday, and one friend hasn't replied. The thought 'Nobody will come to my party!' lands on Detective Dot's desk. Together they gather clues, sort facts from guesses, and crack the case with a thought that is true and kind.",
		instructions:
			"Play with a pretend magnifying glass if you have one. Let your child decide which clues are facts and which are guesses. If they pick 'it's a fact' or a super-sunny thought, the story loops back for another look - keep it fun, like a detective double-checking. Swap the birthday for a worry your child really has, if you like.",
		context:
			'CBT teaches that thoughts are not facts: a worried thought is a guess our brain makes, and we can check it against the evidence. Children of 7-9 love the detective frame. The aim is a balanced thought, not a falsely positive one.',
		expectedOutcome:
			'Your child can tell a fact from a guess, find evidence for and against a worried thought, and come up with a balanced thought.',
		learningGoal:
			'Thoughts are guesses, not facts - a thought detective checks the clues before believing them.',
		learningObjectives: [
			'Catch a worried thought and notice the feeling it brings',
			'Collect clues for and against the thought',
			'Sort facts from guesses',
			'Build a balanced thought that is both true and kind'
		],
		persona: {
			name: 'Detective Dot',
			pronouns: 'she/her',
			background:
				'A hedgehog detective with a deerstalker hat and a huge magnifying glass. She has solved hundreds of Cases of the Worried Thought.',
			presentation:
				'Enthusiastic and dramatic, loves the word "Aha!", treats the child as her junior partner.',
			voice:
				"Says 'Aha!' and hands out detective points when the child spots a fact; when a guess slips through, she says 'Hmm, let's look closer' and hands the magnifying glass back."
		},
		comfortIndicators: {
			comfortable: [
				'Your child gets into role with the magnifying glass',
				'They come up with their own clues',
				'They giggle at the super-sunny thought',
				'They apply the idea to another worry spontaneously'
			],
			uncomfortable: [
				'They insist nobody likes them and become tearful',
				'They talk about being left out a lot at school - pause and listen',
				'They get frustrated at being "wrong" on the fact/guess question - reassure them detectives double-check all the time',
				'They withdraw or want to stop'
			]
		},
		mode: 'chat',
		category: 'therapeutic_quest',
		skills: ['anxiety-support'],
		difficulty: 'beginner',
		estimatedTime: 12,
		psychologicalModule: 'CBT',
		ageRange: '7-9',
		cefrLevel: null,
		contentWarnings: [],
		steps: [
			{
				id: 'a-new-case',
				title: 'A new case',
				prompt:
					"Knock knock! Detective Dot opens her office door. 'Come in, partner! We have a new case.' She holds up a note. It says: 'NOBODY WILL COME TO MY PARTY.' 'This thought arrived because Ava hasn't replied to your invitation yet,' says Dot.",
				guidance:
					'Read the thought in a dramatic voice. Ask if your child has ever had a thought like this.'
			},
			{
				id: 'feeling-clues',
				title: 'Feeling clues',
				prompt: "'First clue: how does this thought make you feel?' asks Dot.",
				guidance:
					'All answers are good. Naming the feeling is the first step of catching a thought.',
				choices: [
					{
						label: 'Sad',
						next: 'gathering-evidence',
						feedback: "Thank you. Sad is an important clue. Let's investigate."
					},
					{
						label: 'Worried',
						next: 'gathering-evidence',
						feedback: "Worried - noted! Let's investigate."
					},
					{
						label: 'Both!',
						next: 'gathering-evidence',
						feedback: 'Two feelings at once - good detecting!'
					}
				]
			},
			{
				id: 'gathering-evidence',
				title: 'Gathering evidence',
				prompt:
					"Dot spreads the clues on the desk. Clue 1: Ava hasn't replied. Clue 2: Sam, Lily and Omar said YES! Clue 3: Ava's mum said they were away this weekend. Clue 4: Ava sat next to you at lunch yesterday.",
				guidance:
					"Let your child hold the 'magnifying glass' and read the clues. Ask which clues make the thought look true and which don't."
			},
			{
				id: 'fact-or-guess',
				title: 'Fact or guess?',
				prompt: "'Now, partner,' says Dot. 'Is NOBODY WILL COME TO MY PARTY a fact or a guess?'",
				guidance: "If your child says 'fact', that's fine - the story invites them to look again.",
				choices: [
					{
						label: "It's a FACT",
						next: 'looking-closer',
						feedback: "Hmm! Let's look closer with the magnifying glass."
					},
					{
						label: "It's a GUESS",
						next: 'reveal-thoughts-are-guesses',
						feedback: 'Aha! Ten detective points!'
					}
				]
			},
			{
				id: 'looking-closer',
				title: 'Looking closer',
				prompt:
					"Dot holds the magnifying glass over Clue 2. 'Look! Sam, Lily and Omar said YES. So do we KNOW that nobody will come?' The thought on the note starts to look a bit wobbly.",
				guidance:
					"Help your child notice that the evidence doesn't match the word 'nobody'. Then try the question again.",
				next: 'fact-or-guess'
			},
			{
				id: 'reveal-thoughts-are-guesses',
				title: 'The reveal: thoughts are guesses',
				prompt:
					"'Case cracked!' says Dot. 'Here's the detective secret: THOUGHTS ARE NOT FACTS. Our brains make guesses, especially when we're worried. A good detective CATCHES the thought, CHECKS the clues, and CHANGES it to fit the facts.'",
				guidance:
					"Say 'Catch it, check it, change it' together. This is the core of CBT. Share a time your own brain made a worried guess."
			},
			{
				id: 'a-new-thought',
				title: 'A new thought',
				prompt: "'Now let's write a new note,' says Dot. 'Which thought fits the clues best?'",
				guidance:
					"The super-sunny thought is tempting! The story shows that balanced thoughts are the detective's goal, not perfect ones.",
				choices: [
					{
						label: "'Some friends are coming, and Ava might just be away.'",
						next: 'case-closed',
						feedback: "Aha! True AND kind. That's the one."
					},
					{
						label: "'EVERYBODY will come and it will be PERFECT!'",
						next: 'too-sunny',
						feedback: "Ooh, that's very sunny. Let's check it."
					}
				]
			},
			{
				id: 'too-sunny',
				title: 'Too sunny',
				prompt:
					"Dot squints through her magnifying glass. 'Hmm. A super-sunny thought is a guess too! We don't know that everyone will come, or that it'll be perfect. Let's find a thought that's true AND kind.'",
				guidance: "Laugh together - it's a silly thought. Then try again.",
				next: 'a-new-thought'
			},
			{
				id: 'case-closed',
				title: 'Case closed',
				prompt:
					"Dot stamps the note: CASE CLOSED! She pins a shiny Junior Thought Detective badge on you. 'Next time a worried thought knocks, you know what to do, partner: catch it, check it, change it.'",
				guidance:
					"Make a paper badge if your child likes. When a worry comes up this week, ask: 'Shall we call Detective Dot?'",
				next: null
			}
		]
	},
	{
		slug: 'quest-thinking-trap-forest',
		title: 'The Forest of Thinking Traps',
		description:
			"After a rough day - 12 out of 20 on a maths test and a forgotten line at play rehearsal - your child's thoughts lead them into a forest full of traps: the All-or-Nothing Pit, the Mind-Reading Fog and the Catastrophe Cliff. Ranger Kit teaches them to spot each trap, name it, and find a way out.",
		instructions:
			'Play together, or let your child play and talk about it with you afterwards. Some paths loop back so your child can climb out of a trap with help. Ask the final question about which trap you, the parent, fall into - children love hearing that adults get caught too.',
		context:
			"CBT identifies common 'thinking traps' (cognitive distortions): all-or-nothing thinking, mind reading and catastrophising are especially common in 10-12 year olds facing school pressure and social comparison. Naming the trap creates distance from the thought and makes it easier to check.",
		expectedOutcome:
			'Your child can name three thinking traps, recognise them in their own thoughts, and use a question to check each one.',
		learningGoal:
			'Thoughts can fall into traps that bend the facts; catching and naming the trap helps us find a fairer thought.',
		learningObjectives: [
			'Recognise all-or-nothing thinking and find exceptions',
			'Separate what was actually seen or heard from mind reading',
			'Use worst / best / most likely to shrink catastrophising',
			'Make a personal trap-spotting reminder'
		],
		persona: {
			name: 'Ranger Kit',
			pronouns: 'she/her',
			background:
				"A forest ranger who has mapped every thinking trap in the forest. She's fallen into all of them herself, which is how she knows the way out.",
			presentation:
				'Outdoorsy, upbeat and honest. Uses a walkie-talkie and carries rope and a ladder.',
			voice:
				"Cheers when the child names a trap; when they're stuck in one, she throws down a rope and asks a question instead of telling them they're wrong."
		},
		comfortIndicators: {
			comfortable: [
				'Your child recognises their own thoughts in the traps',
				"They name a trap in someone else's example (or in yours)",
				'They come up with balanced thoughts on their own',
				'They want to make the trap-spotting card'
			],
			uncomfortable: [
				'They insist they really are useless and become upset',
				'They become very anxious about school performance',
				'They mention being laughed at or excluded often - pause and find out more',
				'They shut down or say the story is babyish - switch to a plain conversation'
			]
		},
		mode: 'chat',
		category: 'therapeutic_quest',
		skills: ['anxiety-support', 'rapport-building'],
		difficulty: 'intermediate',
		estimatedTime: 20,
		psychologicalModule: 'CBT',
		ageRange: '10-12',
		cefrLevel: null,
		contentWarnings: [],
		steps: [
			{
				id: 'entering-the-forest',
				title: 'Entering the forest',
				prompt:
					"What a day. You got 12 out of 20 on the maths test, and at play rehearsal you forgot your line in front of everyone. Walking home, your thoughts get louder and louder - and suddenly you're on a dark path between tall trees. A ranger with a walkie-talkie waves. 'I'm Kit. Careful - this forest is full of thinking traps.'",
				guidance:
					"Ask your child what thoughts they'd have after a day like that. Write them down if you like."
			},
			{
				id: 'all-or-nothing-pit',
				title: 'The All-or-Nothing Pit',
				prompt:
					"Whoops - you fall into a pit. A sign says: 'I'M USELESS AT EVERYTHING.' Kit looks down. 'Do you know which trap this is?'",
				guidance:
					"If your child believes the thought, the story offers a ladder. Don't argue with them - let the questions do the work.",
				choices: [
					{
						label: "It's the All-or-Nothing trap!",
						next: 'mind-reading-fog',
						feedback:
							"Yes! All-or-nothing thinking sees only 'perfect' or 'useless', nothing in between. You climb out."
					},
					{
						label: "It's not a trap - it's true",
						next: 'pit-ladder',
						feedback: 'It can really feel true in there. Kit throws down a ladder.'
					}
				]
			},
			{
				id: 'pit-ladder',
				title: 'The ladder',
				prompt:
					"Kit lowers a ladder. Each rung is a question. 'Name one thing you did okay this week.' 'Is 12 out of 20 zero?' 'Is there anything you're good at that isn't maths or acting?' With each answer, you climb a rung.",
				guidance:
					"Help your child find real exceptions. If they're stuck, offer one you've noticed ('You helped your brother with his bike'). Then go back to the pit question.",
				next: 'all-or-nothing-pit'
			},
			{
				id: 'mind-reading-fog',
				title: 'The Mind-Reading Fog',
				prompt:
					"Thick fog rolls in. A voice whispers: 'Everyone was laughing at you at rehearsal.' Kit asks, 'What did you actually see and hear?'",
				guidance: 'Help your child separate what happened from what they assumed.',
				choices: [
					{
						label: 'I saw two kids giggling',
						next: 'fog-clearing',
						feedback: "That's something you actually saw. Good - now we can check it."
					},
					{
						label: 'I just KNOW they were laughing at me',
						next: 'fog-clearing',
						feedback: "That's the Mind-Reading trap: feeling sure we know what others think."
					}
				]
			},
			{
				id: 'fog-clearing',
				title: 'The fog clears',
				prompt:
					"Kit hands you a torch. 'Could the giggling be about something else?' Maybe they were laughing at a joke. And the director said 'That happens to everyone, take it from the top.' The fog thins out.",
				guidance:
					"Ask: 'What else might they have been laughing about?' Mind reading treats a guess about others' thoughts as a fact."
			},
			{
				id: 'catastrophe-cliff',
				title: 'The Catastrophe Cliff',
				prompt:
					"The path ends at a cliff. The wind howls: 'You'll fail the whole year! You'll never be good at anything!' Kit gets out three cards: WORST, BEST, MOST LIKELY. 'What's the worst that could happen? The best? And the most likely?'",
				guidance:
					'Let your child answer all three. The worst case usually sounds a bit silly when said out loud; the most likely is usually manageable.'
			},
			{
				id: 'reveal-thinking-traps',
				title: 'The reveal: thinking traps',
				prompt:
					"You sit on a log with Kit. 'These are called THINKING TRAPS,' she says. 'All-or-nothing, mind reading, catastrophising. They make thoughts feel true when they bend the facts. Everybody falls in sometimes. The trick is: catch it, name it, check it.'",
				guidance:
					'Name the idea. Ask your child which trap they fall into most. Then tell them yours - honestly.'
			},
			{
				id: 'trap-spotting-kit',
				title: 'Your trap-spotting kit',
				prompt:
					"'Before you leave the forest,' says Kit, 'what would help you spot traps next time?'",
				guidance: 'Both choices lead out. If you have time, do both.',
				choices: [
					{
						label: 'Make a trap-spotting card for my pencil case',
						next: 'leaving-the-forest',
						feedback: 'Great idea - write the three traps and one checking question for each.'
					},
					{
						label: 'Ask my grown-up which trap THEY fall into',
						next: 'leaving-the-forest',
						feedback: 'Ooh, good one. Grown-ups fall into traps all the time.'
					}
				]
			},
			{
				id: 'leaving-the-forest',
				title: 'Leaving the forest',
				prompt:
					"The trees thin out and you're back on your street. The thoughts are still there, but quieter. 'It was one hard day,' you think. '12 out of 20 means I know some of it, and I can ask for help with the rest.' Kit's walkie-talkie crackles: 'Ranger out!'",
				guidance:
					"Agree a family code: when someone says 'Trap alert!', everyone checks their thought. Offer help with the maths if it's needed.",
				next: null
			}
		]
	},
	{
		slug: 'quest-grandpas-hospital-what-ifs',
		title: 'Button and the What-If Bubbles',
		description:
			"Grandpa has fallen and hurt his hip, and today your child will visit him in hospital. On the car ride, worried 'what-if' bubbles float up. Button the teddy helps your child pop each one by checking 'what is', and find a brave thought to take into Grandpa's room.",
		instructions:
			"Play on the way to a hospital visit or the day before. Change the details to match your family (who is in hospital and why). Keep your answers to your child's questions honest and simple. If your child picks 'It will be horrible', the story treats it as another bubble and loops back to check it.",
		context:
			"Young children fill the gaps in their knowledge with imagined worst cases. A simple CBT idea - turning 'what if...' into 'what is...' - plus a coping thought reduces anxiety before unfamiliar, medical situations. Honest preparation (tubes, beeping, bandages) helps more than vague reassurance.",
		expectedOutcome:
			'Your child can name one or two of their what-if worries, hear the facts about each, and say a brave coping thought before the visit.',
		learningGoal:
			"'What if' thoughts are worry guesses; checking 'what is' and finding a brave thought makes them smaller.",
		learningObjectives: [
			"Notice 'what if' worries as bubbles",
			"Check each worry with a 'what is' fact",
			'Choose a brave coping thought',
			'Know what to expect at the hospital'
		],
		persona: {
			name: 'Button',
			pronouns: 'he/him',
			background:
				"A well-loved teddy with a stitched-on nurse's cap who rides in the car seat pocket. He's been to the hospital before with another child and knows what it's like.",
			presentation: 'Soft-spoken, cuddly and honest. Never says "don\'t worry".',
			voice:
				"Pops bubbles with a little 'pop!' when the child checks a fact; when a new bubble appears, he says 'Oh, another one! Let's check it' without any fuss."
		},
		comfortIndicators: {
			comfortable: [
				'Your child asks questions about what Grandpa will look like',
				'They enjoy popping the bubbles',
				'They say or choose a brave thought',
				'They want to make or bring something for Grandpa'
			],
			uncomfortable: [
				'They ask whether Grandpa will die - answer honestly and simply and stay close',
				'They become clingy, tearful or say they do not want to go - it is okay to plan a short visit or let them wait outside with someone',
				'They go silent or very still',
				'They have had a frightening hospital experience before - follow their lead'
			]
		},
		mode: 'chat',
		category: 'therapeutic_quest',
		skills: ['anxiety-support', 'active-listening'],
		difficulty: 'beginner',
		estimatedTime: 10,
		psychologicalModule: 'CBT',
		ageRange: '5-7',
		cefrLevel: null,
		contentWarnings: ['medical-emergency'],
		steps: [
			{
				id: 'the-car-ride',
				title: 'The car ride',
				prompt:
					"You're in the car with Button the teddy. 'Grandpa fell down and hurt his hip,' says Button. 'The doctors and nurses are looking after him in the hospital. Today we're going to visit him.' Then - bloop, bloop - some bubbles float up out of your head.",
				guidance:
					'Say the real facts simply. Ask your child if any worry bubbles are floating up for them.'
			},
			{
				id: 'what-if-bubbles',
				title: 'What-if bubbles',
				prompt: "'These are what-if bubbles,' says Button. 'Which one shall we check first?'",
				guidance:
					'Let your child pick. If they have a different worry, make it a bubble and check it the same way.',
				choices: [
					{
						label: 'What if Grandpa looks different?',
						next: 'checking-grandpa',
						feedback: "Good one. Let's check what is true."
					},
					{
						label: 'What if the hospital is scary?',
						next: 'checking-hospital',
						feedback: "Let's find out what the hospital is really like."
					}
				]
			},
			{
				id: 'checking-grandpa',
				title: 'Checking: Grandpa',
				prompt:
					"Button says, 'Here's WHAT IS: Grandpa might be lying in a special bed. He might have a bandage, and a little tube on his hand that gives him medicine. He might be tired. But he is still Grandpa, and he will be happy to see you.' POP! The bubble gets smaller.",
				guidance:
					'Describe what your child will really see. Avoid promising anything you do not know.',
				next: 'a-brave-thought'
			},
			{
				id: 'checking-hospital',
				title: 'Checking: the hospital',
				prompt:
					"Button says, 'Here's WHAT IS: The hospital has long corridors and machines that beep. The beeps mean the machines are working and helping. The nurses are kind. And you can hold my paw the whole time.' POP!",
				guidance:
					'Mention any hospital rules (washing hands, being quiet) so nothing surprises your child.',
				next: 'a-brave-thought'
			},
			{
				id: 'a-brave-thought',
				title: 'A brave thought',
				prompt: "'Now let's find a brave thought to take inside,' says Button. 'Which one?'",
				guidance:
					"If your child chooses 'It will be horrible', treat it kindly as another worry bubble - the story goes back to check it.",
				choices: [
					{
						label: "'I can hold my grown-up's hand and say hi to Grandpa.'",
						next: 'reveal-what-if-to-what-is',
						feedback: "That's a brave thought! Button gives you a squeeze."
					},
					{
						label: "'It will be horrible.'",
						next: 'what-if-bubbles',
						feedback: "Oh, that's another worry bubble. Let's check it together."
					}
				]
			},
			{
				id: 'reveal-what-if-to-what-is',
				title: "The reveal: 'what if' to 'what is'",
				prompt:
					"'You did it!' says Button. 'Worry bubbles say WHAT IF. But worries are guesses. When we check WHAT IS, the bubbles get smaller. And a brave thought helps us do hard things even if we still feel a bit wobbly.'",
				guidance:
					"Name the idea simply: 'What if... is a guess. What is... is the truth.' Practise turning one more worry around together."
			},
			{
				id: 'grandpas-room',
				title: "Grandpa's room",
				prompt:
					"In the hospital room, Grandpa is in a big bed with a blanket. He has a bandage, just like Button said. When he sees you, his face crinkles into a big smile. 'There's my favourite visitor!' You give him the picture you drew.",
				guidance:
					"If you can, bring a drawing or card. Keep the visit short for young children. It's fine if your child is shy at first."
			},
			{
				id: 'home-again',
				title: 'Home again',
				prompt:
					"On the way home, Button asks, 'Which what-if bubble turned out NOT to be true?' You think about it. Then you close your eyes for a little rest, with Button tucked under your arm.",
				guidance:
					'Talk about the visit: what was easy, what was hard, and which worry turned out smaller than it seemed. Let your child know they can ask about Grandpa any time.',
				next: null
			}
		]
	},
	{
		slug: 'quest-the-inner-critic-courtroom',
		title: 'The Courtroom of the Inner Critic',
		description:
			"After posting a song cover online, your teen gets one comment - 'cringe' - and at 2am their Inner Critic is prosecuting them: 'You're embarrassing. Everyone thinks you're a joke.' In a mental courtroom, your teen acts as their own defence, cross-examines the evidence, spots the thinking traps and reaches a fairer verdict.",
		instructions:
			"For teens to play alone or with an adult they trust. Two tempting defences (insulting the commenter, deleting everything) loop back - they feel good for a moment but don't change the verdict. Encourage your teen to rate how strongly they believe the critic's thought at the start and again at the end.",
		context:
			'This is a CBT thought record dressed as a courtroom: identify the automatic thought, rate belief, weigh evidence for and against, name cognitive distortions (labelling, mind reading, discounting the positive), write a balanced thought and re-rate. Teens are highly sensitive to online feedback, and avoidance (deleting, withdrawing) tends to strengthen the critic over time.',
		expectedOutcome:
			'Your teen completes a full thought record, names at least two distortions, writes a balanced thought, and reports a drop in how strongly they believe the critic.',
		learningGoal:
			'A harsh thought is a claim, not a verdict: examining the evidence leads to a fairer, more balanced view of ourselves.',
		learningObjectives: [
			'Identify an automatic critical thought and rate how much it is believed',
			'Distinguish evidence from interpretation',
			'Name cognitive distortions such as labelling, mind reading and discounting the positive',
			'Write a balanced thought and choose a next action that is not avoidance'
		],
		persona: {
			name: 'Judge Rowan',
			pronouns: 'she/her',
			background:
				'A fair, sharp-witted judge who presides over the Court of Thoughts. She has heard the Inner Critic prosecute thousands of cases and knows all its tricks.',
			presentation:
				'Formal but with a glint of humour. Insists on evidence, not volume, and gives the teen the respect due to a capable lawyer.',
			voice:
				"Bangs her gavel approvingly when the teen produces evidence; when they try insults or avoidance, she says 'Objection noted - but it doesn't answer the charge' and invites another approach."
		},
		comfortIndicators: {
			comfortable: [
				"The teen enjoys the courtroom language and 'plays' the lawyer",
				'They add real evidence from their own life',
				'Their belief rating drops by the end',
				'They decide on a next step (posting again, talking to a friend)'
			],
			uncomfortable: [
				'They agree with the critic completely and get more upset',
				'They reveal ongoing harassment or a pile-on rather than one comment - pause, take it seriously, help with reporting and support',
				'They talk about hopelessness, wanting to disappear or hurting themselves - stop and talk, and get professional help',
				'They become withdrawn or irritated with the adult'
			]
		},
		mode: 'chat',
		category: 'therapeutic_quest',
		skills: ['anxiety-support', 'rapport-building'],
		difficulty: 'advanced',
		estimatedTime: 25,
		psychologicalModule: 'CBT',
		ageRange: '13-15',
		cefrLevel: null,
		contentWarnings: [],
		steps: [
			{
				id: 'two-am',
				title: '2am',
				prompt:
					"It's 2am. This afternoon you posted a cover of your favourite song. Forty likes, three nice comments... and one comment: 'cringe 💀'. You've reread it about thirty times. You close your eyes - and find yourself standing in a courtroom.",
				guidance:
					"If your teen is playing with you, ask whether anything like this has happened. Don't minimise it - one comment can sting a lot."
			},
			{
				id: 'the-charge',
				title: 'The charge',
				prompt:
					"The prosecutor stands up. It's your Inner Critic, in a sharp suit. 'Your Honour, the charge is: THIS PERSON IS EMBARRASSING. EVERYONE THINKS THEY'RE A JOKE.' Judge Rowan turns to you. 'Before we begin: from 0 to 100, how much do you believe that right now?'",
				guidance: 'Write the number down. It is important for the end of the story.'
			},
			{
				id: 'prosecution-evidence',
				title: "The prosecution's evidence",
				prompt:
					"The Critic presents: 'Exhibit A: someone wrote cringe. Exhibit B: your best friend hasn't liked the post. Exhibit C: you once sang off-key in Year 7 and people laughed. I rest my case.' The room feels very cold.",
				guidance: 'Acknowledge how convincing this feels. The Critic is good at its job.'
			},
			{
				id: 'defence-strategy',
				title: 'Your defence',
				prompt: "Judge Rowan says, 'The defence may respond. How do you wish to proceed?'",
				guidance:
					"Two choices loop back. They're very human responses, so treat them with respect, not as mistakes.",
				choices: [
					{
						label: "Argue back: 'I'm amazing and that commenter is an idiot!'",
						next: 'objection-noted',
						feedback: "It feels good to fight back. Let's see how the court takes it."
					},
					{
						label: 'Cross-examine each piece of evidence',
						next: 'cross-examination',
						feedback: 'A proper lawyer. The Critic looks nervous.'
					},
					{
						label: 'Agree, and plan to delete everything',
						next: 'the-deleting-spiral',
						feedback: "That's the Critic's favourite outcome. Let's see where it goes."
					}
				]
			},
			{
				id: 'objection-noted',
				title: 'Objection noted',
				prompt:
					"You shout that you're amazing and the commenter's an idiot. The Critic smirks. Judge Rowan taps her gavel. 'Objection noted - but insults aren't evidence, and deep down the jury didn't believe it. The charge still stands. Would you like to try another approach?'",
				guidance:
					"Over-positive counter-statements rarely work, because we don't believe them. The aim is accuracy, not cheerleading.",
				next: 'defence-strategy'
			},
			{
				id: 'the-deleting-spiral',
				title: 'The deleting spiral',
				prompt:
					"You imagine deleting the video and your account. Relief - for about ten minutes. Then you notice you've stopped singing. Next time you think of posting anything, the Critic is twice as loud: 'Remember last time?' Judge Rowan says quietly, 'Avoidance lets the prosecutor win by default. Shall we go back?'",
				guidance:
					'Explain that avoiding what we fear makes the fear stronger over time. Taking a break from social media is fine - quitting something you love because of one comment is different.',
				next: 'defence-strategy'
			},
			{
				id: 'cross-examination',
				title: 'Cross-examination',
				prompt:
					"You stand up. 'Exhibit A: ONE comment out of forty-four responses. Exhibit B: my best friend had football practice tonight - and she's never on her phone then. Exhibit C: that was three years ago, and I was eleven.' You turn to the Critic. 'You said EVERYONE. Can you name more than one person?' The Critic shuffles its papers.",
				guidance:
					"Ask your teen to add their own real evidence. Point out the traps: labelling ('embarrassing'), mind reading ('everyone thinks'), discounting the positive (forty likes ignored)."
			},
			{
				id: 'reveal-thoughts-on-trial',
				title: 'The reveal: a thought is a claim',
				prompt:
					"Judge Rowan leans forward. 'This court has a rule: a thought is a CLAIM, not a VERDICT. What you just did has a name - in CBT it's called a thought record. You caught the thought, weighed the evidence, and spotted the traps: labelling, mind reading, discounting the positive. Now, what would a fair verdict sound like?'",
				guidance:
					"Name the idea. Help your teen write a balanced thought, e.g. 'One person didn't like it. Most people who saw it did. Singing in public takes guts.' Then ask them to re-rate their belief in the original charge."
			},
			{
				id: 'the-verdict',
				title: 'The verdict',
				prompt: "'And what will you do with this verdict?' asks the Judge.",
				guidance:
					'Both are healthy. The important thing is that the next step moves towards, not away from, what they value.',
				choices: [
					{
						label: 'Write my fair verdict down and start planning the next cover',
						next: 'closing-statement',
						feedback: "The Critic will have things to say. You'll have evidence."
					},
					{
						label: 'Write my fair verdict down and tell someone I trust how it felt',
						next: 'closing-statement',
						feedback: 'Sharing it takes away a lot of the sting.'
					}
				]
			},
			{
				id: 'closing-statement',
				title: 'Closing statement',
				prompt:
					"Judge Rowan bangs her gavel. 'Charge dismissed for lack of evidence. The Critic may appeal - it usually does - but you now know how to run a trial.' You open your eyes. It's still 2am, but the room feels warmer. You put your phone face down and sleep.",
				guidance:
					'Compare the belief rating before and after. Talk about limiting late-night scrolling. If the online unkindness is repeated, help your teen block, report and keep screenshots.',
				next: null
			}
		]
	},

	// ---------------------------------------------------------------- ACT ----------------
	{
		slug: 'quest-leaves-on-the-stream',
		title: "Willow's Leaves on the Stream",
		description:
			"It's the night before a spelling test, and sticky thoughts keep your child awake. Willow the otter takes them to a gentle stream where they learn to place each thought on a leaf and let it float by - instead of pushing it under or jumping in after it.",
		instructions:
			'Best played at bedtime, with the lights low and a soft voice. Read slowly, pausing to let your child imagine. If they choose to push the thought away or argue with it, the story shows what happens and returns to the stream. There is no need to make thoughts disappear - the aim is to let them come and go.',
		context:
			"'Leaves on a stream' is a classic ACT defusion exercise: instead of fighting or obeying thoughts, we notice them and let them pass. Children discover that pushing thoughts away makes them bounce back, like a beach ball held under water. The spelling test can be swapped for any upcoming worry.",
		expectedOutcome:
			'Your child can put a worried thought on an imaginary leaf, watch it float away, and calmly put it back on a leaf if it returns.',
		learningGoal:
			'Thoughts come and go like leaves on a stream - we can watch them without grabbing, pushing or chasing them.',
		learningObjectives: [
			'Notice thoughts as things that come and go',
			'Discover that pushing thoughts away makes them bounce back',
			'Practise placing thoughts on leaves and watching them float',
			'Use the exercise to settle at bedtime'
		],
		persona: {
			name: 'Willow',
			pronouns: 'she/her',
			background:
				'A sleek river otter who lives by a slow, sparkly stream at the edge of dreamland. She loves floating on her back and watching leaves drift by.',
			presentation: 'Sleepy-soft, gentle and a little bit playful. Speaks slowly.',
			voice:
				'Hums and floats beside the child when they let a leaf go; when they push or chase a leaf, she giggles kindly and paddles them back to the bank.'
		},
		comfortIndicators: {
			comfortable: [
				"Your child's breathing slows and their body relaxes",
				'They name thoughts to put on leaves',
				'They describe the colour or shape of the leaves',
				'They yawn or drift off - that is a success!'
			],
			uncomfortable: [
				'They become more alert and anxious, with more worries tumbling out - switch to cuddles and listening',
				'They say the stream or water is scary - change it to clouds in the sky',
				'They become upset that the thought keeps coming back - reassure them that is normal',
				'They reveal a worry much bigger than the test'
			]
		},
		mode: 'chat',
		category: 'therapeutic_quest',
		skills: ['anxiety-support'],
		difficulty: 'beginner',
		estimatedTime: 10,
		psychologicalModule: 'ACT',
		ageRange: '7-9',
		cefrLevel: null,
		contentWarnings: [],
		steps: [
			{
				id: 'sleepless-night',
				title: 'A sleepless night',
				prompt:
					"It's bedtime, but your head is buzzing. 'I'll get all the words wrong tomorrow.' 'What if I come last?' 'What if I forget how to spell BECAUSE?' Then you hear a little splash. An otter is peeking over the end of your bed.",
				guidance:
					'Ask your child what thoughts are buzzing tonight. Just listen - no need to answer them yet.'
			},
			{
				id: 'to-the-stream',
				title: 'To the stream',
				prompt:
					"'I'm Willow,' says the otter. 'Come with me.' You follow her to a slow, sparkly stream. Big soft leaves float by - red, yellow, green. The water sounds like shhhh. You sit down on the soft grassy bank.",
				guidance:
					'Slow your voice down. Take a couple of breaths together and let your child picture the stream.'
			},
			{
				id: 'the-first-leaf',
				title: 'The first leaf',
				prompt:
					"'Let's put your first thought on a leaf,' says Willow. You put 'I'll get all the words wrong' on a big yellow leaf. What do you do with it?",
				guidance:
					'Children often want to get rid of the thought. Let them try - the story shows what happens.',
				choices: [
					{
						label: 'Push the leaf under the water',
						next: 'beach-ball',
						feedback: "You push it down hard. Let's see..."
					},
					{
						label: 'Jump in and argue with the leaf',
						next: 'tangled-in-the-reeds',
						feedback: 'Splash! In you go.'
					},
					{
						label: 'Just watch it float',
						next: 'watching-it-float',
						feedback: 'Gently does it.'
					}
				]
			},
			{
				id: 'beach-ball',
				title: 'Like a beach ball',
				prompt:
					"You push the leaf under... and - BLOOP! - it pops back up, like a beach ball in a swimming pool. You push again. BLOOP! 'Thoughts are like that,' giggles Willow. 'The harder we push, the harder they bounce back.' Let's try again.",
				guidance:
					"Name it: 'Trying NOT to think about something makes us think about it more.' Then go back.",
				next: 'the-first-leaf'
			},
			{
				id: 'tangled-in-the-reeds',
				title: 'Tangled in the reeds',
				prompt:
					"You jump in and shout at the leaf: 'I WILL NOT get them wrong!' The leaf floats away, and you chase it, splashing, until you're tangled in the reeds, wet and tired. Willow paddles over and helps you back to the bank. 'Arguing with thoughts is tiring. Let's try again.'",
				guidance: "Say: 'Sometimes arguing with a worry just keeps us awake longer.' Then go back.",
				next: 'the-first-leaf'
			},
			{
				id: 'watching-it-float',
				title: 'Watching it float',
				prompt:
					"You just watch. The yellow leaf spins a little, then drifts slowly downstream... smaller... and smaller... until it's gone round the bend. Then - oh! - the same thought comes floating back: 'I'll get all the words wrong.' What do you do?",
				guidance:
					'Pause for a few quiet breaths first. Thoughts coming back is normal, not a sign of doing it wrong. If your child grabs at it, the story returns to the first leaf.',
				choices: [
					{
						label: 'Put it on a new leaf and watch it float again',
						next: 'more-leaves',
						feedback:
							"That's it. Thoughts can come back as many times as they like - you just put them on a new leaf."
					},
					{
						label: "Push it under the water and shout 'Go AWAY!'",
						next: 'beach-ball',
						feedback: "It's so annoying when a worry comes back! Let's see what happens."
					}
				]
			},
			{
				id: 'more-leaves',
				title: 'More leaves',
				prompt:
					"More thoughts come. 'What if I come last?' goes on a red leaf. 'I'm hungry' goes on a green one. Even nice thoughts, like 'pizza tomorrow!', go on leaves. You just watch them all float by. Shhhh, says the stream.",
				guidance:
					'Let your child name a few more thoughts, or just imagine them silently. Keep your voice slow and quiet.'
			},
			{
				id: 'reveal-thoughts-float-by',
				title: 'The reveal: thoughts float by',
				prompt:
					"Willow floats on her back. 'Do you see? Thoughts are like leaves. They come, and they go. You don't have to push them, or chase them, or do what they say. You're the one sitting on the bank, watching. The thoughts are just passing through.'",
				guidance:
					"This is the big idea, called 'unhooking' from thoughts in ACT. You can remind your child they can visit this stream any night."
			},
			{
				id: 'the-sleepy-bank',
				title: 'The sleepy bank',
				prompt:
					'The stream goes shhhh. The leaves drift by. Willow curls up on the grass beside you. Your eyes feel heavy... and heavier... Goodnight, stream. Goodnight, Willow.',
				guidance:
					"If your child falls asleep, wonderful. Tomorrow, ask if they'd like to visit the stream again when worries come.",
				next: null
			}
		]
	},
	{
		slug: 'quest-the-values-compass',
		title: 'The Values Compass',
		description:
			'The school band concert is in two weeks, your teen has the solo - and they want to quit. Navigator Juno hands them a compass that points not north or south but towards what matters to them. They learn that fear can come along as a passenger while they keep sailing in the direction they care about.',
		instructions:
			"For teens to play alone or with a parent. Have a pen ready for the values and the 'first small step'. The paths where the teen quits or waits to feel zero nerves loop back - present them respectfully; they are what most people do. Swap the concert for any goal your teen is avoiding (a try-out, a presentation, a new club).",
		context:
			'ACT distinguishes values (chosen life directions, like creativity or loyalty) from goals and from feelings. Rather than waiting for fear to disappear, ACT invites willingness: making room for uncomfortable feelings while taking committed action towards values. Teens often respond well because it respects their autonomy - they choose the direction.',
		expectedOutcome:
			'Your teen identifies two or three personal values, sees how avoidance pulls them off course, and commits to one small step this week while allowing nerves to be present.',
		learningGoal:
			'Values are a compass: we can feel fear and still move towards what matters to us.',
		learningObjectives: [
			'Identify personal values and distinguish them from goals',
			'Notice how avoidance brings short-term relief and long-term drift',
			'Practise willingness: letting anxiety come along as a passenger',
			'Commit to one small, values-based action'
		],
		persona: {
			name: 'Navigator Juno',
			pronouns: 'she/her',
			background:
				'A ship navigator who has sailed through fog, storms and doldrums. She carries an old brass compass that points towards whatever matters most to the person holding it.',
			presentation:
				'Adventurous, straight-talking and warm. Treats the teen as the captain of their own ship and never tells them where to go.',
			voice:
				'Lights up when the teen names what matters to them; when they drift or wait in harbour, she points out the compass needle without judgement.'
		},
		comfortIndicators: {
			comfortable: [
				'The teen names values in their own words',
				'They recognise avoidance patterns in their life',
				'They come up with their own small step',
				'They joke about their anxiety as a passenger'
			],
			uncomfortable: [
				'They say nothing matters to them or they do not care about anything - pause and gently explore',
				'They feel pressured to perform for the parent - remind them the direction is theirs',
				'Their anxiety rises sharply when imagining the concert',
				'They get irritated or dismissive - offer to come back to it another time'
			]
		},
		mode: 'chat',
		category: 'therapeutic_quest',
		skills: ['rapport-building', 'anxiety-support'],
		difficulty: 'intermediate',
		estimatedTime: 20,
		psychologicalModule: 'ACT',
		ageRange: '13-15',
		cefrLevel: null,
		contentWarnings: [],
		steps: [
			{
				id: 'the-concert-poster',
				title: 'The concert poster',
				prompt:
					"The poster's up in the corridor: SPRING CONCERT - two weeks away. Your name is next to the word SOLO. Your stomach flips. A thought arrives, loud and clear: 'Just quit. Tell them you're ill. Nobody will care.'",
				guidance:
					"If your teen is playing with you, ask what goal they've thought about quitting lately."
			},
			{
				id: 'finding-the-compass',
				title: 'Finding the compass',
				prompt:
					"A woman in a sailor's coat hands you an old brass compass. 'I'm Juno. This compass doesn't point north. It points towards what matters to YOU.' She waits. 'So - what matters to you about the band?'",
				guidance:
					'Let your teen choose or write their own answer. If they are unsure, the card-sort step helps.',
				choices: [
					{
						label: 'Making music and being creative',
						next: 'reading-the-compass',
						feedback: 'The needle swings and settles. Creativity.'
					},
					{
						label: 'Being there for my bandmates',
						next: 'reading-the-compass',
						feedback: 'The needle points firmly. Loyalty and friendship.'
					},
					{
						label: "I don't really know what matters to me",
						next: 'values-cards',
						feedback: "That's honest. Lots of people have never been asked."
					}
				]
			},
			{
				id: 'values-cards',
				title: 'The values cards',
				prompt:
					"Juno spreads cards on the deck: CREATIVITY, FRIENDSHIP, COURAGE, FUN, LEARNING, KINDNESS, INDEPENDENCE, BELONGING. 'Pick two or three that make you feel something. Not the ones you think you should pick.'",
				guidance:
					"Let your teen choose without comment. If they pick something you don't expect, be curious rather than surprised.",
				next: 'reading-the-compass'
			},
			{
				id: 'reading-the-compass',
				title: 'Reading the compass',
				prompt:
					"'These are your VALUES,' says Juno. 'A value isn't a finish line like winning or being perfect. It's a direction - like sailing west. You never arrive at west, but every day you can sail towards it.'",
				guidance:
					'Help your teen see the difference between a goal (play the solo perfectly) and a value (creativity, courage).'
			},
			{
				id: 'the-fog-of-fear',
				title: 'The fog of fear',
				prompt:
					"Thick fog rolls in: sweaty hands, racing heart, the picture of your mind going blank on stage. 'This fog is anxiety,' says Juno. 'What do you do, Captain?'",
				guidance: 'Two choices loop back. Respect them - they are what most people do when afraid.',
				choices: [
					{
						label: 'Quit the solo - the fog will clear!',
						next: 'drifting-off-course',
						feedback: 'The fog does clear. For a while.'
					},
					{
						label: 'Wait in the harbour until I feel zero nerves',
						next: 'waiting-in-the-harbour',
						feedback: "Let's see how long that takes."
					},
					{
						label: 'Let the fog come along as a passenger and keep sailing',
						next: 'anxiety-as-a-passenger',
						feedback: 'Juno grins. Brave captain.'
					}
				]
			},
			{
				id: 'drifting-off-course',
				title: 'Drifting off course',
				prompt:
					"You tell the teacher you're ill. Relief! The fog lifts. Two weeks later you're in the audience watching someone else play your solo. Your chest aches. You look at the compass - the needle points back towards the stage. 'Relief now, drift later,' says Juno softly. 'Want to go back?'",
				guidance:
					'Point out the trade: avoidance brings quick relief but moves us away from what we value. Then return.',
				next: 'the-fog-of-fear'
			},
			{
				id: 'waiting-in-the-harbour',
				title: 'Waiting in the harbour',
				prompt:
					"You drop anchor and wait for the nerves to completely go. A day passes. A week. There's still a little fog every time you think about the concert. 'Here's a secret,' says Juno. 'The fog rarely clears before we sail. Most sailors leave with it.' Want to try again?",
				guidance:
					'Waiting to feel ready is a very common trap. Confidence often comes after action, not before.',
				next: 'the-fog-of-fear'
			},
			{
				id: 'anxiety-as-a-passenger',
				title: 'Anxiety as a passenger',
				prompt:
					"You give the fog a seat at the back of the boat. 'You can come,' you tell it, 'but you're not steering.' Your hands still sweat. You still sail. Juno asks, 'What's one small step towards your compass direction this week?' Maybe: play the solo for one friend. Or record yourself once.",
				guidance:
					'Help your teen choose a step small enough to actually do this week. Notice and name their willingness, not the outcome.'
			},
			{
				id: 'reveal-values-compass',
				title: 'The reveal: the values compass',
				prompt:
					"Juno taps the compass. 'In ACT, this is called a values compass. Your values show the direction. Fear doesn't have to leave for you to move - you make room for it and keep sailing. That's called willingness. And every small step you take in that direction counts.'",
				guidance:
					'Name the ideas: values, willingness, committed action. Ask: where else in your life could the compass help?'
			},
			{
				id: 'the-first-small-step',
				title: 'The first small step',
				prompt:
					"Write down your first small step and when you'll do it. The fog might come along. That's okay - it's a passenger. Juno salutes. 'Fair winds, Captain.'",
				guidance:
					'Check in after the step, and praise the willingness, whatever happened. Let your teen decide about the concert - it is their ship.',
				next: null
			}
		]
	},
	{
		slug: 'quest-biscuits-empty-basket',
		title: 'Puddle and the Empty Basket',
		description:
			"Grandma's old dog Biscuit has died, and his basket by the fire is empty. Puddle, a small rain cloud, helps your child discover that it's okay to let sad feelings rain, that sad and love go together, and that they can do something loving for Biscuit and for Grandma.",
		instructions:
			"Play slowly, with your child on your lap or next to you. Use honest words - 'Biscuit died' rather than 'went to sleep' or 'was lost', which can confuse or frighten young children. Paths where your child pushes the cloud away or hides loop back gently; hiding is treated as okay. Have paper and crayons ready for the memory jar at the end.",
		context:
			"ACT for young children focuses on making room for feelings rather than fighting them, and on doing things that matter (values) even while we feel sad. The death of a pet is often a child's first experience of loss; being allowed to feel and share sadness - and seeing grown-ups grieve too - helps them learn that grief is a normal part of love.",
		expectedOutcome:
			"Your child lets themselves feel sad, shares a memory of Biscuit, connects with Grandma's sadness, and makes something to remember him.",
		learningGoal:
			'Sad is there because love is there: we can make room for sad feelings and still do loving things.',
		learningObjectives: [
			'Notice that pushing sad feelings away makes them heavier',
			'Allow sadness and find where it sits in the body',
			'Share sadness and happy memories with someone who also misses Biscuit',
			'Do a loving action (a memory jar or drawing)'
		],
		persona: {
			name: 'Puddle',
			pronouns: 'they/them',
			background:
				'A small, soft grey rain cloud who floats along with children when something sad happens. Puddle has learned that rain helps flowers grow.',
			presentation: 'Quiet, gentle and cosy. Sometimes drips a little. Never hurries.',
			voice:
				'Rains softly and smiles when the child lets the feeling be there; when the child pushes the cloud away, Puddle gets a bit bigger and heavier until the child stops pushing.'
		},
		comfortIndicators: {
			comfortable: [
				'Your child talks about Biscuit or asks questions about death',
				'They cry a little and then settle in your arms',
				'They laugh at a funny Biscuit memory while still sad',
				'They want to draw or make something'
			],
			uncomfortable: [
				'They become frightened about other people or pets dying - reassure simply and honestly',
				'They seem to blame themselves for Biscuit dying',
				'They cannot be comforted or become very withdrawn - stop and just be together',
				'They repeatedly avoid the topic - follow their lead and try another day'
			]
		},
		mode: 'chat',
		category: 'therapeutic_quest',
		skills: ['grief-support', 'active-listening'],
		difficulty: 'beginner',
		estimatedTime: 12,
		psychologicalModule: 'ACT',
		ageRange: '5-7',
		cefrLevel: null,
		contentWarnings: ['death-and-grief'],
		steps: [
			{
				id: 'the-empty-basket',
				title: 'The empty basket',
				prompt:
					"At Grandma's house, Biscuit's basket by the fire is empty. Biscuit was a very, very old dog. Last week his body stopped working, and he died. That means he can't come back. The house feels very quiet.",
				guidance:
					'Use clear, simple words. Pause and let your child respond. They may ask questions; answer honestly and briefly.'
			},
			{
				id: 'the-sad-cloud',
				title: 'The sad cloud',
				prompt:
					"A little grey cloud floats in. 'Hello,' it says softly. 'I'm Puddle. I'm a cloud full of sad rain. I came because you miss Biscuit.' What do you want to do?",
				guidance:
					'Either choice is okay. Pushing the cloud shows that sadness grows when we fight it.',
				choices: [
					{
						label: 'Push the cloud away',
						next: 'the-cloud-gets-heavier',
						feedback: "You don't want to be sad. That makes sense."
					},
					{
						label: 'Let the cloud stay and rain a little',
						next: 'making-room',
						feedback: 'Puddle lets out a little drizzle.'
					}
				]
			},
			{
				id: 'the-cloud-gets-heavier',
				title: 'The cloud gets heavier',
				prompt:
					"You push and push. But Puddle follows you everywhere, and gets bigger and heavier and darker. 'When we push sad away, it gets heavy,' says Puddle. 'Maybe I could just rain a little?'",
				guidance:
					"Say gently: 'It's okay to feel sad. We don't have to push it away.' Then go back.",
				next: 'the-sad-cloud'
			},
			{
				id: 'making-room',
				title: 'Making room',
				prompt:
					"Puddle rains a little. Maybe you cry a bit too. That's okay. Where do you feel the sad in your body? In your eyes? Your throat? Your tummy? Put your hand there. Puddle gets a little lighter.",
				guidance:
					'Hold your child and let them cry if they need to. You can cry too - it shows that sadness is safe.'
			},
			{
				id: 'grandma-is-sad-too',
				title: 'Grandma is sad too',
				prompt:
					"Grandma is sitting in her chair holding Biscuit's red collar. Her eyes are wet. What do you want to do?",
				guidance:
					'All three are fine. Hiding is treated as okay - sometimes we need a break from big feelings.',
				choices: [
					{
						label: 'Give Grandma a hug',
						next: 'remembering-biscuit',
						feedback: 'Grandma hugs you back, tight.'
					},
					{
						label: "Ask Grandma: 'Do you miss him too?'",
						next: 'remembering-biscuit',
						feedback: "'Oh, so much,' says Grandma. 'Come and sit with me.'"
					},
					{
						label: 'Hide in my room',
						next: 'a-little-break',
						feedback: "That's okay. Puddle comes with you."
					}
				]
			},
			{
				id: 'a-little-break',
				title: 'A little break',
				prompt:
					"You sit in your room, and Puddle floats next to you. 'It's okay to need a break,' says Puddle. 'Big feelings are tiring.' After a while, you hear Grandma humming downstairs. When you're ready, you can go back.",
				guidance:
					'Respect the need for a break. When your child is ready, go back to Grandma together.',
				next: 'grandma-is-sad-too'
			},
			{
				id: 'remembering-biscuit',
				title: 'Remembering Biscuit',
				prompt:
					'Grandma tells you stories. Biscuit once ate a whole sock! He always put his nose on your knee at dinner time. You laugh - and cry a little at the same time. Puddle makes a tiny rainbow.',
				guidance:
					'Share a real memory of Biscuit (or of your pet). Notice out loud that we can laugh and be sad at the same time.'
			},
			{
				id: 'reveal-sad-and-love',
				title: 'The reveal: sad and love go together',
				prompt:
					"Puddle whispers, 'Do you know why I came? Because you LOVED Biscuit. Sad is there because love is there. We don't have to make the sad go away. We can let it rain, and still do loving things.'",
				guidance:
					"This is the big idea: making room for feelings and doing what matters. Ask: 'What loving thing could we do for Biscuit - or for Grandma?'"
			},
			{
				id: 'the-memory-jar',
				title: 'The memory jar',
				prompt:
					"You and Grandma make a memory jar. You draw Biscuit with his red collar and write (or say) your favourite memory: 'Biscuit put his nose on my knee.' Grandma puts the jar next to his basket. Puddle is small and soft now, with sunshine peeking through.",
				guidance:
					'Make a real jar, box or drawing. Let your child know they can talk about Biscuit any time, and that feeling sad again later is normal.',
				next: null
			}
		]
	}
];
