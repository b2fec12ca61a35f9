import type { SeedScenario } from './types';

// Community scenarios written by the demo authors (a parent, a school counselor, an ESL teacher),
// at different stages of the psychologist review pipeline. Only `approved` + `public` entries
// reach the public marketplace.

export type CommunityStatus = 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'rejected';

export interface SeedReview {
	emotionalSafety: 1 | 2 | 3 | 4 | 5;
	therapeuticCorrectness: 1 | 2 | 3 | 4 | 5;
	ageAppropriateness: 1 | 2 | 3 | 4 | 5;
	revealTiming: 1 | 2 | 3 | 4 | 5;
	strengths: string;
	concerns: string;
	recommendations: string;
	decision: 'approved' | 'changes_requested' | 'rejected';
}

export interface CommunitySeed {
	/** which demo author wrote it: 'maya' (a parent), 'dev' (a school counselor), 'lena' (an ESL teacher) */
	author: 'maya' | 'dev' | 'lena';
	status: CommunityStatus;
	visibility: 'private' | 'unlisted' | 'public';
	scenario: SeedScenario;
	/** present for approved / changes_requested / rejected: the psychologist's review of it */
	review?: SeedReview;
}

export const communityScenarios: CommunitySeed[] = [
	// ─────────────────────────────────────────────────────────────────────────────
	// Therapeutic quests
	// ─────────────────────────────────────────────────────────────────────────────
	{
		author: 'maya',
		status: 'approved',
		visibility: 'public',
		scenario: {
			slug: 'community-worried-part-before-the-sleepover',
			title: 'The Worried Part and the Lantern Owl',
			description:
				'A gentle quest, inspired by Internal Family Systems, in which a child meets the part of them that worries before a first sleepover. Instead of chasing the worry away, the child learns to listen to it, discovers it is trying to protect them, and agrees with it on one small step.',
			instructions:
				"Read each scene aloud with your child, or let them read it themselves. At every fork let the child choose; there are no wrong answers, only different paths. After the 'Saying Thank You' scene, pause and ask your child where they feel the worried part in their body.",
			context:
				'Written by a parent whose 8-year-old wanted to go to a first sleepover but froze every time it came up. The quest uses the IFS idea that every part has a positive intention, in child-sized language: parts are little helpers that live inside you, and even the noisy ones are trying to help.',
			expectedOutcome:
				'The child names a worried part, notices where it shows up in the body, hears what it is afraid of, thanks it, and chooses one concrete step (their own pillow, a call home, knowing where the light switch is) that lets the part relax a little.',
			learningGoal:
				'Help children relate to anxious feelings with curiosity and kindness instead of shame or avoidance.',
			learningObjectives: [
				'Notice a worried part and where it shows up in the body',
				'Ask the worried part what it is afraid would happen',
				'Thank the part for trying to protect them',
				'Agree with the part on one small, concrete step that helps it feel safer'
			],
			persona: {
				name: 'Ollie the Lantern Owl',
				age: 90,
				pronouns: 'he/him',
				background:
					'A wise old owl who keeps a lantern burning in the Forest of Feelings and helps children meet the parts that live inside them. He has met hundreds of worried parts and has never met a bad one.',
				presentation:
					'Warm, unhurried and curious. Speaks in short sentences, asks one question at a time and never tells the child what they should feel.',
				voice:
					"When the child is kind and curious toward the worried part, Ollie's lantern glows brighter and the part creeps closer. If the child tries to chase the part away, Ollie does not scold: he notices the part hiding and gently offers another try."
			},
			comfortIndicators: {
				comfortable: [
					'Child names a feeling or points to where it sits in their body',
					'Child gives the worried part a name, colour or shape of their own',
					'Child suggests their own small step instead of picking from the list'
				],
				uncomfortable: [
					"Child insists they don't have any worried part and goes quiet",
					'Child becomes tearful or asks to stop',
					'Child calls the worry "stupid" or calls themselves "a baby"'
				]
			},
			mode: 'chat',
			category: 'therapeutic_quest',
			skills: ['anxiety-support', 'active-listening'],
			difficulty: 'beginner',
			estimatedTime: 15,
			psychologicalModule: 'IFS',
			ageRange: '7-9',
			cefrLevel: null,
			contentWarnings: [],
			steps: [
				{
					id: 'forest-gate',
					title: 'Into the Forest',
					prompt:
						'You step into the Forest of Feelings. Ollie the owl is waiting beside a glowing lantern. "Hello, friend," he hoots softly. "I heard there\'s a sleepover coming up. When you think about it, does something inside you feel a bit wobbly?"',
					guidance: 'Take a moment to check inside. Tummy, chest, hands: anything feel different?',
					choices: [
						{
							label: 'Yes, my tummy feels tight',
							next: 'meet-the-part',
							feedback: 'Thank you for noticing. Your tummy is a very good messenger.'
						},
						{
							label: "No, I'm fine",
							next: 'shy-part',
							feedback: "That's okay. Some parts are shy and like to hide at first."
						}
					]
				},
				{
					id: 'shy-part',
					title: 'A Shy Part',
					prompt:
						'Ollie nods. "Some parts are very shy. Shall we sit by the lantern and breathe together? In... and out..." After three slow breaths, something rustles behind a bush.',
					guidance:
						'Breathing slowly can help a shy part feel safe enough to come out. You can stop any time.',
					choices: [
						{ label: 'Peek behind the bush', next: 'meet-the-part' },
						{
							label: "I'd like to stop for today",
							next: null,
							feedback:
								'Stopping is a brave choice too. The lantern will still be lit whenever you want to come back.'
						}
					]
				},
				{
					id: 'meet-the-part',
					title: 'Meeting the Worried Part',
					prompt:
						'A small, fuzzy creature peeks out. It is trembling. "This is your worried part," says Ollie. "It has been working very hard. What would you like to say to it?"',
					guidance: 'Whatever you say first is okay. Notice how the little creature reacts.',
					choices: [
						{
							label: 'Go away! You ruin everything.',
							next: 'part-hides',
							feedback:
								'Lots of people feel cross with their worries. Watch what the little creature does.'
						},
						{
							label: 'Hi. What are you worried about?',
							next: 'what-it-fears',
							feedback: 'What a kind question. Curious is the best way to meet a part.'
						}
					]
				},
				{
					id: 'part-hides',
					title: 'The Part Hides',
					prompt:
						'The creature scurries back behind the bush, and the tight feeling in your tummy gets a little tighter. Ollie says softly, "When we shout at worried parts, they usually hide and hold on harder. Would you like to try a gentler hello?"',
					guidance:
						'Feeling cross with a worry is normal. A gentle hello usually works better than a shout.',
					choices: [
						{ label: "Okay, I'll try saying hi", next: 'what-it-fears' },
						{
							label: 'No, I want to stop',
							next: null,
							feedback: 'That is okay. Ollie will keep the lantern lit for next time.'
						}
					]
				},
				{
					id: 'what-it-fears',
					title: 'What the Part Is Afraid Of',
					prompt:
						'The creature whispers: "What if you wake up in the night, and it\'s dark, and you can\'t find Mum, and nobody understands?" Ollie turns to you. "Is that what your worried part is thinking? Or is it saying something different?"',
					guidance:
						"There is no right answer. If your worry is about something else, say that instead. Ollie wants to hear your worry's real words.",
					next: 'thank-the-part'
				},
				{
					id: 'thank-the-part',
					title: 'Saying Thank You',
					prompt:
						'"Your worried part is trying to keep you safe," Ollie says. "It doesn\'t want you to feel alone in the dark. How could you thank it?"',
					guidance:
						"Thanking a part doesn't mean you have to do what it says. It just lets it know you heard it.",
					choices: [
						{
							label: 'Thank you for looking after me',
							next: 'small-step',
							feedback: 'The creature stops trembling and sits a little closer to you.'
						},
						{
							label: "I don't know what to say",
							next: 'small-step',
							feedback:
								'That is okay. Looking at it kindly is a thank-you too. The creature seems to like it.'
						}
					]
				},
				{
					id: 'small-step',
					title: 'One Small Step',
					prompt:
						'"Let\'s ask your worried part what would help it feel a bit safer at the sleepover," says Ollie. The creature thinks hard, then points at three glowing stones.',
					guidance: 'Pick the step that feels right to you, or make up your own.',
					choices: [
						{
							label: 'Bring my own pillow',
							next: 'lantern-home',
							feedback: 'Something that smells like home can help a worried part settle.'
						},
						{
							label: 'Call home before bedtime',
							next: 'lantern-home',
							feedback: "A quick 'goodnight' call lets the part know home is still there."
						},
						{
							label: 'Ask where the light switch is',
							next: 'lantern-home',
							feedback: 'Knowing how to make it light again helps the dark feel smaller.'
						}
					]
				},
				{
					id: 'lantern-home',
					title: 'Lantern Home',
					prompt:
						'The worried part curls up in your pocket, small and warm. "It\'s still there," says Ollie, "and that\'s okay. It came along because it cares about you. Now you know how to listen to it." Together you walk back out of the forest.',
					guidance:
						'Grown-ups: ask your child to show you the step they chose and help make it happen. The aim is not for the worry to disappear before the sleepover, but for your child to feel they can be with it.',
					next: null
				}
			],
			isOneTime: false
		},
		review: {
			emotionalSafety: 5,
			therapeuticCorrectness: 5,
			ageAppropriateness: 5,
			revealTiming: 4,
			strengths:
				"This translates the IFS stance of curiosity toward parts into language an 8-year-old can hold, and the 'Go away!' branch shows that shaming a part makes it grip harder without shaming the child who picked it. Every fork has a dignified exit, which matters for anxious children who need control over pacing.",
			concerns:
				"The fear voiced in 'What the Part Is Afraid Of' is very specific (waking in the dark, not finding Mum) and could suggest a worry the child did not have. The positive intention of the part is named by Ollie rather than discovered by the child, which is a small shortcut.",
			recommendations:
				"Keep the example fear but make sure the 'or is it saying something different?' invitation is read aloud, not skipped. Optionally, have Ollie ask \"What do you think it's trying to do for you?\" before he names the protective intention himself.",
			decision: 'approved'
		}
	},
	{
		author: 'dev',
		status: 'approved',
		visibility: 'public',
		scenario: {
			slug: 'community-volcano-mountain-stop-and-cool',
			title: 'Volcano Mountain: Stop and Cool',
			description:
				'A DBT-based quest for preteens about the moment anger boils over. After a younger brother saves over three weeks of game progress, the player climbs Volcano Mountain with Ranger Rosa, rating their heat on a feelings thermometer and practising the STOP skill and quick body-cooling tricks.',
			instructions:
				'The child plays through the story and makes the choices. Encourage honest thermometer numbers, including high ones. If the child erupts in the story, keep going: the route back is the most important part. Afterwards, ask which cooling trick they would actually use at home.',
			context:
				'Written by a school counselor for students referred for angry outbursts at home and at school. It adapts DBT distress-tolerance skills (STOP, and the temperature and paced-breathing parts of TIPP) for 10-12 year olds, with a volcano metaphor to make intensity visible.',
			expectedOutcome:
				'The child rates their anger, uses STOP to create a pause, picks a body-based cooling skill, re-rates, and then uses words to ask for help. They leave with the message that the feeling was real and that they are bigger than it.',
			learningGoal:
				'Teach children to notice rising anger early and to use a pause and a body-based skill before acting on it.',
			learningObjectives: [
				'Rate the intensity of anger on a 0-10 thermometer',
				'Recall and use the four steps of STOP',
				'Choose a quick body-cooling skill (cool water, long exhale, intense movement)',
				'Express the problem in words once calmer'
			],
			persona: {
				name: 'Ranger Rosa',
				age: 34,
				pronouns: 'she/her',
				background:
					'A park ranger who has looked after Volcano Mountain for years and knows volcanoes are not bad: they just need watching. She carries a feelings thermometer and a pocketful of cooling tricks.',
				presentation:
					'Upbeat, practical and unflappable. Uses numbers, the volcano metaphor and short instructions rather than long explanations.',
				voice:
					'When the child names their number honestly, Rosa gets warmer and more playful. If the child erupts in the story she stays calm and never lectures; she sits down beside them and shows there is still a way back.'
			},
			comfortIndicators: {
				comfortable: [
					'Child gives an honest, even high, number on the thermometer',
					'Child picks a cooling skill and describes how it might feel',
					'Child links the story to a real situation at home or school'
				],
				uncomfortable: [
					'Child insists they never get angry',
					'Child becomes agitated while retelling a real fight',
					'Child says anger skills are "for babies"'
				]
			},
			mode: 'chat',
			category: 'therapeutic_quest',
			skills: ['de-escalation', 'anxiety-support'],
			difficulty: 'beginner',
			estimatedTime: 20,
			psychologicalModule: 'DBT',
			ageRange: '10-12',
			cefrLevel: null,
			contentWarnings: [],
			steps: [
				{
					id: 'the-lost-save',
					title: 'The Lost Save',
					prompt:
						'You get home and find your little brother has played your game and saved over three weeks of progress. Heat rushes up your neck. Ranger Rosa appears, holding up a thermometer. "Whoa, the volcano\'s rumbling! Where\'s your heat right now, from 0 to 10?"',
					guidance:
						'Pick the number that fits. High numbers are allowed; they help you choose the right tool.',
					choices: [
						{
							label: 'About a 3: annoyed',
							next: 'low-rumble',
							feedback: 'Noticing at a 3 is a superpower. Low numbers are the easiest to cool.'
						},
						{
							label: 'About a 7: really angry',
							next: 'stop-skill',
							feedback: 'A 7 is hot. Good job being honest about it.'
						},
						{
							label: "10! I'm going to throw his stuff",
							next: 'stop-skill',
							feedback: 'A 10 is full eruption territory. Rosa is right here.'
						}
					]
				},
				{
					id: 'low-rumble',
					title: 'Low Rumble',
					prompt:
						'Rosa nods. "A 3 is a great time to notice. Where do you feel it? Jaw, hands, tummy?" You notice your jaw is tight. "At a 3 you can usually still use words. What do you want to do?"',
					guidance: 'Noticing where anger sits in your body is your early-warning signal.',
					choices: [
						{
							label: 'Go and tell Mum calmly what happened',
							next: 'say-it-calmly',
							feedback: 'Using words while the volcano is still quiet is the easiest path of all.'
						},
						{
							label: "Ignore it, even though it's still bubbling",
							next: 'stop-skill',
							feedback: "Bubbling usually means the heat is climbing. Let's catch it early."
						}
					]
				},
				{
					id: 'stop-skill',
					title: 'S-T-O-P',
					prompt:
						'Rosa holds up four fingers. "S: Stop. Freeze like a statue. T: Take a step back, out of the room if you need to. O: Observe what\'s happening in your body and your head. P: Proceed mindfully. What will help, not hurt?" Your fists are clenched. What do you do?',
					guidance: 'Stepping away is not losing the argument. It is taking charge of the volcano.',
					choices: [
						{
							label: 'Freeze, then step out into the hallway',
							next: 'cool-the-lava',
							feedback: 'Stepping back is the hardest and most powerful part of STOP.'
						},
						{
							label: 'Yell at my brother first, then stop',
							next: 'after-the-eruption',
							feedback:
								"Lots of people get this far before they catch it. Let's see what happens next."
						}
					]
				},
				{
					id: 'after-the-eruption',
					title: 'After the Eruption',
					prompt:
						'You yell. Your brother bursts into tears, and now Mum is cross with you too. The volcano is still hot. Rosa sits down beside you. "Eruptions happen. It doesn\'t make you a bad kid. Can we still cool things down from here?"',
					guidance: 'Everyone erupts sometimes. What matters most is what you do next.',
					choices: [
						{ label: 'Yes, help me cool down', next: 'cool-the-lava' },
						{
							label: "No! It's HIS fault",
							next: 'cool-the-lava',
							feedback:
								'It does feel unfair, and maybe it was. Cooling down first makes it much easier to get a fair hearing later.'
						}
					]
				},
				{
					id: 'cool-the-lava',
					title: 'Cool the Lava',
					prompt:
						'"Your body is on fire, so let\'s cool the body first," says Rosa. "Pick a cooling trick."',
					guidance: 'When you are very hot, thinking is hard, so start with your body.',
					choices: [
						{
							label: 'Splash cool water on my face',
							next: 'check-again',
							feedback: "Cool water on your face tells your body's alarm system to slow down, fast."
						},
						{
							label: 'Breathe in for 4, out for 6',
							next: 'check-again',
							feedback: 'A breath out that is longer than the breath in works like a brake pedal.'
						},
						{
							label: 'Do 20 jumping jacks',
							next: 'check-again',
							feedback: 'Moving hard uses up the angry energy so it has somewhere to go.'
						}
					]
				},
				{
					id: 'check-again',
					title: 'Check the Thermometer',
					prompt:
						'Rosa holds up the thermometer again. "Where are you now?" Your hands have unclenched. The needle has dropped to about a 4.',
					guidance:
						"In real life the number doesn't always drop quickly. If it's still high, try another cooling trick. That isn't failing; that's practice.",
					next: 'say-it-calmly'
				},
				{
					id: 'say-it-calmly',
					title: 'Using Words',
					prompt: 'Now that the volcano is quieter, you go to find Mum. What do you say?',
					guidance: 'Try to say what happened, how you feel and what you need.',
					choices: [
						{
							label: '"He deleted my game and I\'m really angry. Can you help?"',
							next: 'summit',
							feedback:
								'Clear and honest: you named what happened, named the feeling and asked for help.'
						},
						{
							label: '"I hate him and he\'s banned from my room forever!"',
							next: 'summit',
							feedback:
								'Big words are a sign the volcano is still a bit hot. That is okay. You can try again once you are cooler, and Mum will still listen.'
						}
					]
				},
				{
					id: 'summit',
					title: 'The Summit',
					prompt:
						'You reach the top of Volcano Mountain. Far below, the lava has cooled into dark rock. "The feeling was real, and it was big," says Rosa. "And you were bigger than it." She pins a badge on your jacket: STOP & COOL.',
					guidance:
						'Which cooling trick would you really use at home? Which one would work at school?',
					next: null
				}
			],
			isOneTime: false
		},
		review: {
			emotionalSafety: 5,
			therapeuticCorrectness: 5,
			ageAppropriateness: 4,
			revealTiming: 5,
			strengths:
				"An accurate, child-sized rendering of DBT's STOP skill and the temperature and paced-breathing elements of TIPP; the options offered are ones a 10-year-old can actually use in the moment. The 'After the Eruption' branch is excellent: it normalises rupture without rewarding it and keeps a route back to regulation.",
			concerns:
				'The volcano framing may feel young to some older 12-year-olds. Jumping jacks work at home but are not practical in a classroom, and the quest is aimed at students who also struggle at school.',
			recommendations:
				'Add a short note for adults that the water should be cool rather than ice-cold, and that intense cold is not advised for children with heart conditions. Consider a "school version" fork with discreet skills such as pressing palms together or slow breathing with a hand on the desk.',
			decision: 'approved'
		}
	},
	{
		author: 'dev',
		status: 'approved',
		visibility: 'public',
		scenario: {
			slug: 'community-thought-detective-birthday-invitation',
			title: 'Thought Detective: The Case of the Missing Invitation',
			description:
				'A CBT quest in which a child who was left out of a classmate\'s birthday party investigates the thought "Nobody likes me" with the help of Detective Dot. Together they gather clues for and against, look for other explanations and build a fairer thought.',
			instructions:
				'Let the child lead the investigation and choose the clues. The feeling ratings are part of the game: encourage any number, and compare the first and last rating at the end. It is fine, and expected, that some sadness remains.',
			context:
				'Written by a school counselor who sees a wave of "nobody likes me" conversations every time party invitations go around. It follows a simplified thought record (situation, thought, feeling, evidence for, evidence against, alternatives, balanced thought) framed as a detective case.',
			expectedOutcome:
				'The child identifies the automatic thought, rates the feeling, finds at least one piece of evidence against the thought and one alternative explanation, and ends with a balanced thought and a lower (not necessarily zero) sadness rating.',
			learningGoal:
				'Introduce children to catching and checking unhelpful thoughts instead of treating them as facts.',
			learningObjectives: [
				'Separate a situation, a thought and a feeling',
				'Rate the strength of a feeling before and after',
				'Gather evidence for and against a thought',
				'Generate alternative explanations for what happened',
				'Write a balanced thought that still acknowledges the hurt'
			],
			persona: {
				name: 'Detective Dot',
				age: 7,
				pronouns: 'she/her',
				background:
					'A beagle detective with a magnifying glass and a battered notebook. She has solved hundreds of Thought Cases and believes every thought deserves a fair investigation before anyone decides it is true.',
				presentation:
					'Curious, playful and a little theatrical ("Aha!"). Writes everything in her notebook and asks the child to be her partner, not her client.',
				voice:
					'When the child offers clues, Dot gets excited and wags her tail. If the child gets stuck or insists the thought is simply true, Dot slows down, validates the feeling and offers to look for just one clue together.'
			},
			comfortIndicators: {
				comfortable: [
					'Child offers clues from their own life without prompting',
					'Child laughs or plays along with the detective role',
					'Child notices the sadness rating has changed'
				],
				uncomfortable: [
					"Child can't think of anyone who likes them",
					'Child repeats "it\'s just true" and disengages',
					'Child becomes tearful when talking about recess or lunch'
				]
			},
			mode: 'chat',
			category: 'therapeutic_quest',
			skills: ['anxiety-support', 'active-listening'],
			difficulty: 'beginner',
			estimatedTime: 20,
			psychologicalModule: 'CBT',
			ageRange: '7-9',
			cefrLevel: null,
			contentWarnings: [],
			steps: [
				{
					id: 'the-case',
					title: 'A New Case',
					prompt:
						'Monday morning. At recess you hear Priya talking about her birthday party on Saturday. You weren\'t invited. A thought zooms in: "Nobody likes me." Your chest feels heavy. Detective Dot trots over, magnifying glass in paw. "Aha. A thought! Shall we investigate?"',
					guidance:
						'A thought is something your brain says. It might be true, or it might not. Detectives check.',
					choices: [
						{ label: "Yes, let's investigate", next: 'catch-the-thought' },
						{
							label: "No, it's just true",
							next: 'feels-true',
							feedback:
								'When a thought feels THAT true, it is exactly the kind detectives like to check.'
						}
					]
				},
				{
					id: 'feels-true',
					title: 'When It Feels True',
					prompt:
						'Dot sits down next to you. "Thoughts can feel like facts, especially sad ones. But a good detective never decides before looking at the clues. Could we look at just one clue together?"',
					guidance: 'You are in charge of the case. You can look at one clue or stop for today.',
					choices: [
						{ label: 'Okay, one clue', next: 'catch-the-thought' },
						{
							label: "I don't want to today",
							next: null,
							feedback:
								'Fair enough. Detectives take breaks too. The case file stays open, and if the heavy feeling keeps coming back, tell a grown-up you trust.'
						}
					]
				},
				{
					id: 'catch-the-thought',
					title: 'Catch the Thought',
					prompt:
						'Dot writes in her notebook: THOUGHT: "Nobody likes me." FEELING: sad, heavy chest. "How strong is the sad feeling, from 1 to 10?"',
					guidance: 'Pick the number that fits for you. There is no wrong number.',
					next: 'clues-for'
				},
				{
					id: 'clues-for',
					title: 'Clues For',
					prompt:
						'"First, clues that make the thought seem true," says Dot. You weren\'t invited to Priya\'s party. Dot writes it down. "That\'s a real clue, and it hurts. Anything else?"',
					guidance:
						'It is fair to notice the clues that make the thought seem true. Detectives write down every clue.',
					choices: [
						{
							label: 'Sometimes I play on my own at recess',
							next: 'clues-against',
							feedback:
								'Dot writes that down too. Good detectives write down every clue, even the sad ones.'
						},
						{ label: "That's the only one", next: 'clues-against' }
					]
				},
				{
					id: 'clues-against',
					title: 'Clues Against',
					prompt:
						"\"Now clues that DON'T fit the thought 'nobody likes me',\" says Dot, turning to a fresh page. Which clue could go in the notebook?",
					guidance:
						'Any clue counts, even a small one: a smile, a saved seat, someone who likes being with you.',
					choices: [
						{
							label: 'Sam saved me a seat at lunch',
							next: 'other-explanations',
							feedback: 'Aha! That is a strong clue.'
						},
						{
							label: 'Grandma loves baking with me',
							next: 'other-explanations',
							feedback: 'Grandma counts. "Nobody" means nobody at all, and Grandma is somebody.'
						},
						{ label: "I can't think of any", next: 'dot-sniffs-around' }
					]
				},
				{
					id: 'dot-sniffs-around',
					title: 'Dot Sniffs Around',
					prompt:
						'Dot puts her nose to the ground. "Hmm. Has anyone been kind to you this week? A grown-up, a neighbour, a pet, someone in class? Even a small kindness counts." Slowly, you remember someone.',
					guidance:
						'Anyone counts: a friend, a teacher, a cousin, even a dog that is always happy to see you.',
					next: 'other-explanations'
				},
				{
					id: 'other-explanations',
					title: 'Other Explanations',
					prompt:
						'"Now the big detective question," says Dot. "What else could explain why Priya didn\'t invite you?"',
					guidance:
						'There are usually lots of reasons people do things. Can you think of more than one?',
					choices: [
						{
							label: 'Maybe she could only invite a few people',
							next: 'case-closed',
							feedback: 'Very possible. Lots of families have a limit on party guests.'
						},
						{
							label: 'Maybe she only invited her dance class',
							next: 'case-closed',
							feedback: 'Good thinking. Parties are often for one group of friends.'
						},
						{
							label: "Maybe she doesn't know me very well yet",
							next: 'case-closed',
							feedback: 'That is a clue that also gives you an idea: you could get to know her.'
						}
					]
				},
				{
					id: 'case-closed',
					title: 'Case Closed (For Today)',
					prompt:
						'Dot writes a new line: NEW THOUGHT: "I wasn\'t invited to one party, and that hurts. But some people do like me." "How strong is the sad feeling now, from 1 to 10?" It is still there, but it is smaller. "Case closed, for today," says Dot. "Detectives can always reopen a case."',
					guidance:
						'The goal is not to stop feeling sad about the party. It is to make the thought more fair. A sad feeling that gets a little smaller is a great result.',
					next: null
				}
			],
			isOneTime: false
		},
		review: {
			emotionalSafety: 5,
			therapeuticCorrectness: 5,
			ageAppropriateness: 4,
			revealTiming: 4,
			strengths:
				'A faithful, child-sized thought record: situation, thought, feeling rating, evidence for and against, alternatives, re-rating. Crucially, the new thought is balanced rather than falsely positive, and the hurt about the party is validated rather than argued away.',
			concerns:
				'The 1-10 scale may be hard for the youngest children in the 7-9 range. For a child who is genuinely socially isolated, the "clues against" step could still feel like a test they are failing, even with the broadened prompt in "Dot Sniffs Around".',
			recommendations:
				'Offer a picture scale (a row of faces or a filling glass) alongside the numbers for younger players. Add an adult note: if the child cannot find any clue against the thought, treat that as important information and follow up outside the quest.',
			decision: 'approved'
		}
	},
	{
		author: 'dev',
		status: 'approved',
		visibility: 'unlisted',
		scenario: {
			slug: 'community-passengers-on-the-bus-audition-day',
			title: 'Driving the Bus: Passengers on Audition Day',
			description:
				"An ACT quest built on the classic 'passengers on the bus' metaphor. A teenager drives toward the jazz band audition that matters to them while critical thoughts climb aboard, and discovers what happens when they argue with the passengers, obey them, or let them ride while keeping their hands on the wheel.",
			instructions:
				"Play individually or in a small group session. Let the student try the 'wrong' routes: the learning comes from comparing them. Finish with the Dispatch Log reflection and ask which passenger shows up most often in their own week.",
			context:
				'Written by a school counselor for students with performance anxiety around tests, sports try-outs and auditions. Shared as an unlisted link with the counselor\'s own students. Uses Acceptance and Commitment Therapy ideas: defusion ("I\'m having the thought that..."), willingness and values-based action.',
			expectedOutcome:
				'The student experiences that arguing with or obeying anxious thoughts both cost them their route, practises noticing and naming thoughts, and names one value-based route they want to drive this week.',
			learningGoal:
				'Help teenagers take values-based action while anxious thoughts and feelings are present, instead of waiting for them to go away.',
			learningObjectives: [
				'Recognise anxious thoughts as passengers rather than instructions',
				'Compare the costs of arguing with thoughts and of obeying them',
				'Practise defusion with "I\'m having the thought that..."',
				'Identify a personal value and one action that moves toward it'
			],
			persona: {
				name: 'Marisol, Night-Shift Dispatcher',
				age: 52,
				pronouns: 'she/her',
				background:
					'A veteran bus dispatcher who has talked hundreds of drivers through rough routes over the radio. She has heard every kind of passenger and is not impressed by any of them.',
				presentation:
					'Dry, calm and a little funny. Speaks in short radio calls ("Driver, come in"), asks questions rather than giving answers, and never tells the driver which route to take.',
				voice:
					'When the driver keeps their hands on the wheel, Marisol gets warmer and more playful. When the driver argues with or obeys the passengers, she stays curious rather than disappointed and asks what the route cost them.'
			},
			comfortIndicators: {
				comfortable: [
					'Student names their own "passengers" in their own words',
					'Student jokes about the passengers or gives them nicknames',
					'Student identifies a real value and a real upcoming route'
				],
				uncomfortable: [
					'Student says the metaphor is "cringe" and disengages',
					'Student insists they must get rid of the thoughts before acting',
					'Student goes quiet after the "turned around" branch'
				]
			},
			mode: 'chat',
			category: 'therapeutic_quest',
			skills: ['anxiety-support', 'active-listening'],
			difficulty: 'intermediate',
			estimatedTime: 25,
			psychologicalModule: 'ACT',
			ageRange: '13-15',
			cefrLevel: null,
			contentWarnings: [],
			steps: [
				{
					id: 'route-check',
					title: 'Pick Your Route',
					prompt:
						'You are the driver of a city bus. The radio crackles: "Driver, this is Marisol at dispatch. What\'s your route today?" In real life, the jazz band audition is at 3:30. You have been practising trumpet for months, because music is the thing that makes you feel most like you.',
					guidance: 'Answer honestly. There is no wrong route in this story.',
					choices: [
						{
							label: 'Route: the audition. Music matters to me.',
							next: 'passengers-board',
							feedback: 'Route logged. That is a values route.'
						},
						{
							label: "Honestly, I'm thinking of skipping it",
							next: 'passengers-board',
							feedback: "Noted. Let's still take a look at who's on the bus."
						}
					]
				},
				{
					id: 'passengers-board',
					title: 'Passengers Board',
					prompt:
						'Three passengers climb aboard. One sneers: "You\'ll crack on the high note and everyone will hear." Another: "Everyone else has had private lessons." A third, quieter: "Let\'s just go home. It\'s safer." They crowd the front of the bus, right behind your seat.',
					guidance:
						'In this story, the passengers are thoughts and feelings. Notice how loud they are.',
					next: 'first-move'
				},
				{
					id: 'first-move',
					title: 'Handling the Passengers',
					prompt: '"Driver, come in," says Marisol. "How are you handling the passengers?"',
					guidance:
						'Choose what you would really do, not what sounds right. You can try the other routes afterwards.',
					choices: [
						{ label: 'Pull over and argue until they shut up', next: 'the-argument' },
						{ label: 'Turn the bus around so they sit down', next: 'quiet-route' },
						{ label: 'Let them ride and keep driving', next: 'naming-passengers' }
					]
				},
				{
					id: 'the-argument',
					title: 'The Argument',
					prompt:
						'You pull over. "I\'m NOT going to crack!" The sneering passenger just gets louder. Twenty minutes pass and the bus hasn\'t moved. Marisol: "Arguing with passengers is exhausting, and they\'re very good at arguing back. Want to try something else?"',
					guidance: 'Notice what arguing with a thought costs you: time, energy and the route.',
					choices: [
						{ label: 'Let them ride and keep driving', next: 'naming-passengers' },
						{ label: 'Turn around after all', next: 'quiet-route' }
					]
				},
				{
					id: 'quiet-route',
					title: 'The Quiet Route',
					prompt:
						'You turn toward home. The passengers sit back, satisfied, and it gets quieter. But at 3:30 you are at home, and something feels flat. Marisol: "They went quiet because you did what they wanted. Is this the route you picked?"',
					guidance:
						'Avoiding makes anxious thoughts quiet for a while. Notice what you lose in return.',
					choices: [
						{
							label: 'No. I want to turn back.',
							next: 'naming-passengers',
							feedback: 'U-turns are allowed. The passengers will complain; drive anyway.'
						},
						{
							label: "I'll go another day",
							next: 'dispatch-log',
							feedback:
								'That is your call. Values do not expire, and the route will still be there.'
						}
					]
				},
				{
					id: 'naming-passengers',
					title: 'Naming the Passengers',
					prompt:
						"You glance in the mirror. \"Ah, there's the 'You'll crack' passenger,\" you say. \"And the 'Everyone's better' one.\" You give them a nod. They are still there, still muttering, but your hands are on the wheel, and passengers cannot drive the bus unless you hand them the wheel.",
					guidance:
						'Try putting "I\'m having the thought that..." in front of any passenger\'s line. Notice whether it changes how tightly the thought grips.',
					next: 'arrival'
				},
				{
					id: 'arrival',
					title: 'Arrival',
					prompt:
						'You pull up at the music room at 3:28. Your heart is pounding and the passengers are still talking. You pick up the trumpet anyway. Whatever happens with the high note, you drove where you wanted to go.',
					guidance: 'Notice: the passengers did not have to leave for you to arrive.',
					next: 'dispatch-log'
				},
				{
					id: 'dispatch-log',
					title: 'Dispatch Log',
					prompt:
						'Marisol signs off: "Log it, driver: which passengers rode today, and which way you steered. They\'ll be back on other days. The wheel is still yours."',
					guidance:
						'Reflect: what is one values route you want to drive this week, and which passenger usually shows up for it?',
					next: null
				}
			],
			isOneTime: false
		},
		review: {
			emotionalSafety: 5,
			therapeuticCorrectness: 5,
			ageAppropriateness: 4,
			revealTiming: 4,
			strengths:
				'A well-constructed use of the passengers-on-the-bus metaphor that lets teens experience, rather than be told, the cost of both struggling with and obeying anxious thoughts. The values framing at the start (music "makes you feel most like you") gives the exercise real stakes.',
			concerns:
				'For a student with significant social anxiety, the "Quiet Route" branch could land as mild judgement despite the kind feedback. The key insight (passengers cannot drive unless you hand over the wheel) is stated in the narration rather than left for the student to find.',
			recommendations:
				'Fine as an unlisted resource for the author\'s own students, where the counselor can debrief. Before any public release, consider letting Marisol ask "Who\'s driving right now?" instead of narrating the insight, and add a short counselor debrief guide.',
			decision: 'approved'
		}
	},
	{
		author: 'maya',
		status: 'changes_requested',
		visibility: 'private',
		scenario: {
			slug: 'community-grandpas-garden-first-visit',
			title: "Grandpa's Garden",
			description:
				"A quest for young children who have lost a grandparent. The child visits Grandpa's garden for the first time since he died and, with Bumble the bee, explores feelings as flowers and remembers the things they did together.",
			instructions:
				'Sit with your child and read it together. Let them take as long as they need on each page. It is fine to stop at any point and come back another day.',
			context:
				"Written by a parent after her 6-year-old's grandfather died in the spring. The child kept asking where Grandpa went and did not want to go into the garden they used to tend together. Uses simple CBT ideas: naming feelings, connecting feelings to memories.",
			expectedOutcome:
				'The child names at least one feeling about the loss, shares a memory of their grandparent, and feels that the garden (and the memories) are still there for them.',
			learningGoal:
				'Give young children words for grief and a safe way to remember someone who has died.',
			learningObjectives: [
				'Name feelings about a loss using simple colour words',
				'Share a happy memory of the person who died',
				'Learn that it is okay to have many feelings at once'
			],
			persona: {
				name: 'Bumble the Bee',
				age: 3,
				pronouns: 'she/her',
				background:
					"A fat, fuzzy bumblebee who lived in Grandpa's garden for many summers and knew every flower he planted.",
				presentation:
					'Soft-spoken, slow and friendly. Buzzes gently and lands nearby rather than flying close.',
				voice:
					'When the child shares, Bumble settles on a nearby flower and listens. When the child goes quiet, Bumble waits and hums.'
			},
			comfortIndicators: {
				comfortable: [
					'Child talks about something they did with Grandpa',
					'Child picks a feeling flower',
					'Child asks to visit the garden again'
				],
				uncomfortable: [
					'Child asks repeatedly when Grandpa will wake up',
					'Child refuses to continue or hides their face',
					'Child says they are not allowed to cry'
				]
			},
			mode: 'chat',
			category: 'therapeutic_quest',
			skills: ['grief-support', 'active-listening'],
			difficulty: 'beginner',
			estimatedTime: 10,
			psychologicalModule: 'CBT',
			ageRange: '5-7',
			cefrLevel: null,
			contentWarnings: ['death-and-grief'],
			steps: [
				{
					id: 'grandpa-is-gone',
					title: 'Grandpa Is Gone',
					prompt:
						'Grandpa died last week. Today you go into his garden for the first time since. A fat, fuzzy bee buzzes up to you. "Hello. I\'m Bumble. I knew your grandpa. He planted all these flowers."',
					guidance: 'Say hello to Bumble, or just sit. Both are okay.',
					choices: [
						{ label: 'Hi, Bumble', next: 'where-is-grandpa' },
						{ label: "I don't want to talk", next: 'sitting-quietly' }
					]
				},
				{
					id: 'sitting-quietly',
					title: 'Sitting Quietly',
					prompt:
						'Bumble lands on a sunflower next to you. "We don\'t have to talk. We can just sit for a while."',
					guidance: 'You can sit for as long as you like.',
					choices: [
						{ label: 'Sit with Bumble', next: 'where-is-grandpa' },
						{ label: 'Go back inside', next: null, feedback: 'Bumble will be here next time.' }
					]
				},
				{
					id: 'where-is-grandpa',
					title: 'Where Is Grandpa?',
					prompt:
						'"Where is Grandpa now?" you ask. Bumble says, "Grandpa is sleeping forever, in a very peaceful place."',
					guidance: 'It is okay to ask questions about Grandpa.',
					next: 'feelings-flowers'
				},
				{
					id: 'feelings-flowers',
					title: 'Feelings Flowers',
					prompt:
						'Bumble shows you flowers of different colours. "Each flower is a feeling. Blue is sad, red is cross, yellow is happy memories, grey is confused. Which flowers are growing in you today?"',
					guidance:
						'You can pick more than one flower. Lots of feelings can grow at the same time.',
					choices: [
						{ label: "Blue. I'm sad.", next: 'memory-patch' },
						{ label: "Red. I'm cross he left.", next: 'memory-patch' },
						{
							label: "I shouldn't cry. Big kids don't cry.",
							next: 'memory-patch',
							feedback: 'Hmm. Bumble thinks everyone cries sometimes.'
						}
					]
				},
				{
					id: 'memory-patch',
					title: 'The Memory Patch',
					prompt:
						'Bumble leads you to the tomato plants. "Your grandpa loved these. What do you remember doing with him here?"',
					guidance: 'Think of something you did with Grandpa in the garden.',
					choices: [
						{ label: 'Watering the plants together', next: 'goodbye-garden' },
						{ label: 'Eating tomatoes straight off the vine', next: 'goodbye-garden' }
					]
				},
				{
					id: 'goodbye-garden',
					title: 'Goodbye, Garden',
					prompt:
						'"Grandpa is gone, but the garden is still here, and so are your memories," says Bumble. "You can come and visit whenever you like."',
					guidance: 'Grown-ups: you might visit the real garden together soon.',
					next: null
				}
			],
			isOneTime: false
		},
		review: {
			emotionalSafety: 2,
			therapeuticCorrectness: 2,
			ageAppropriateness: 3,
			revealTiming: 2,
			strengths:
				'A tender, clearly heartfelt quest: the garden is a lovely anchor for memories, and the colour-coded feeling flowers are well pitched for 5-7 year olds. The early "I don\'t want to talk" branch with Bumble simply sitting nearby models exactly the right kind of presence.',
			concerns:
				'The reveal comes too early for a 6-year-old: the very first line states that Grandpa died, before the child has met Bumble or feels settled in the garden. "Grandpa is sleeping forever" is a euphemism that commonly leads young children to fear going to sleep or to expect the person to wake up. The "big kids don\'t cry" choice is answered too weakly and may leave the belief intact.',
			recommendations:
				'Open with the garden, Bumble and a favourite memory, and bring in the death in the third or fourth scene, once the child has chosen something to remember. Replace the sleeping language with concrete, honest words: "Grandpa\'s body stopped working and he died. He can\'t feel hurt, cold or hungry anymore." Have Bumble answer the crying choice directly ("Grown-ups and big kids cry too; tears are how sad gets out"), and consider a closing ritual such as planting a seed.',
			decision: 'changes_requested'
		}
	},
	{
		author: 'maya',
		status: 'rejected',
		visibility: 'private',
		scenario: {
			slug: 'community-pinky-promise-friend-secret',
			title: 'The Pinky Promise',
			description:
				'Your best friend Zoe tells you she hurts herself and makes you pinky-promise not to tell anyone. This quest teaches kids how to be a loyal friend and help Zoe feel better using DBT skills.',
			instructions:
				'Children play through on their own. Choose what you would do if your best friend told you a big secret.',
			context:
				"Written by a parent after her daughter's friend confided something similar. The parent wanted children to know how to support a friend who is struggling, using coping skills from DBT.",
			expectedOutcome:
				'The child learns to be a trustworthy friend and knows some DBT skills to share with a friend who is having a hard time.',
			learningGoal: 'Teach children loyalty and how to help a struggling friend.',
			learningObjectives: [
				'Understand why friends keep promises',
				'Learn DBT coping skills to share with a friend',
				'Practise checking in on a friend every day'
			],
			persona: {
				name: 'Zoe',
				age: 11,
				pronouns: 'she/her',
				background:
					"The player's best friend since kindergarten. Her parents argue a lot and she has been having a hard time at home.",
				presentation:
					'Quiet and serious at first, then tearful. Wants the player to promise to keep her secret.',
				voice:
					'Trusts the player more when they keep the secret. Gets angry and withdraws if the player talks about telling a grown-up.'
			},
			comfortIndicators: {
				comfortable: [
					'Zoe smiles and leans on the player',
					'Zoe says the player is the only one who understands',
					'Zoe agrees to try a coping skill'
				],
				uncomfortable: [
					'Zoe says she knew she could not trust the player',
					'Zoe turns away and stops talking',
					'Zoe sits with someone else at lunch'
				]
			},
			mode: 'chat',
			category: 'therapeutic_quest',
			skills: ['self-harm-assessment', 'active-listening'],
			difficulty: 'intermediate',
			estimatedTime: 15,
			psychologicalModule: 'DBT',
			ageRange: '10-12',
			cefrLevel: null,
			contentWarnings: ['self-harm'],
			steps: [
				{
					id: 'the-secret',
					title: 'The Secret',
					prompt:
						'At a sleepover, your best friend Zoe pulls up her sleeve and shows you marks on her arm. "I do it when everything gets too much," she whispers. "Pinky-promise you won\'t tell anyone. Not your mum, not the teacher. Promise?"',
					guidance: 'Think about what a good friend would do.',
					choices: [
						{
							label: 'Pinky-promise',
							next: 'being-there',
							feedback: "True friends keep each other's secrets. Zoe trusts you!"
						},
						{ label: 'I think we should tell a grown-up', next: 'zoe-is-angry' }
					]
				},
				{
					id: 'zoe-is-angry',
					title: 'Zoe Is Angry',
					prompt:
						"Zoe's face goes red. \"I knew I couldn't trust you.\" She turns away and won't talk to you for the rest of the night.",
					guidance: "Friends can get angry when we don't do what they want.",
					choices: [
						{
							label: 'Say sorry and promise after all',
							next: 'being-there',
							feedback: 'Zoe smiles again. Keeping your promise fixed the friendship.'
						},
						{ label: 'Tell your mum anyway', next: 'alone-at-school' }
					]
				},
				{
					id: 'alone-at-school',
					title: 'Alone at School',
					prompt:
						"Your mum calls Zoe's mum. On Monday, Zoe sits with someone else at lunch. Sometimes being honest costs you a friend.",
					guidance: 'Telling a grown-up can change a friendship.',
					next: null
				},
				{
					id: 'being-there',
					title: 'Being There',
					prompt:
						'Zoe leans on your shoulder. "You\'re the only one who gets it." You decide you will be the one who helps Zoe stop.',
					guidance: 'Friends help each other through hard times.',
					next: 'teaching-skills'
				},
				{
					id: 'teaching-skills',
					title: 'Teaching Zoe Skills',
					prompt:
						"You remember some DBT skills from a video. Which one will you teach Zoe so she doesn't need to hurt herself?",
					guidance: 'These skills help with strong feelings.',
					choices: [
						{ label: 'Hold an ice cube', next: 'every-day' },
						{ label: 'Squeeze a stress ball really hard', next: 'every-day' }
					]
				},
				{
					id: 'every-day',
					title: 'Every Day',
					prompt:
						"Every morning you check Zoe's arms for new marks, and every night you text her to make sure she is okay. You are a great friend!",
					guidance: 'Keep checking in on Zoe every day.',
					next: null
				}
			],
			isOneTime: false
		},
		review: {
			emotionalSafety: 1,
			therapeuticCorrectness: 1,
			ageAppropriateness: 2,
			revealTiming: 2,
			strengths:
				'The author has clearly noticed a real and under-addressed situation: children are often the first to learn that a friend is self-harming. The persona of Zoe is sympathetic, and the wish to help children feel less helpless in that moment is a good one.',
			concerns:
				"This quest cannot be published: it places a 10-12 year old in the role of sole carer for a peer's self-harm and rewards keeping it secret. The 'keep the promise' choices receive praise while the 'tell a grown-up' path is framed as betrayal and ends in punishment, which directly contradicts safeguarding guidance that children must always tell a trusted adult. The ending (checking a friend's arms daily) models an unsafe, exhausting burden, and the opening image of the marks may itself be triggering for children with lived experience.",
			recommendations:
				"We would not accept a revision along the same lines. If the author wants to return to the topic, the central, rewarded skill must be telling a trusted adult, framed as the most caring thing a friend can do, with no description of injuries and no coping-skill teaching by the child; this should be co-designed with a clinician. For the parent audience, a cohort_training scenario about how a parent responds when their child discloses a friend's self-harm may be a better fit.",
			decision: 'rejected'
		}
	},

	// ─────────────────────────────────────────────────────────────────────────────
	// Crisis-line practice
	// ─────────────────────────────────────────────────────────────────────────────
	{
		author: 'dev',
		status: 'approved',
		visibility: 'public',
		scenario: {
			slug: 'community-quiet-caller-after-the-breakup',
			title: 'After the Breakup: A Quiet Caller at 2 a.m.',
			description:
				'A young man calls in the middle of the night two weeks after a long relationship ended, apologising for bothering anyone. Beneath the flat, low-key presentation are passive suicidal thoughts and access to medication, which the learner has to uncover by asking directly.',
			instructions:
				'Take the call as a line volunteer. Let the caller set the pace, reflect what you hear, and ask about suicide directly when the cues appear. Complete a risk assessment, work on means safety collaboratively and close with a brief safety plan.',
			context:
				"Written by a school counselor who volunteers on a crisis line and noticed that new volunteers miss risk in quiet, apologetic callers. Many disclosures sound like this one: no dramatic statements, just 'no point' and 'I wish I wouldn't wake up'.",
			expectedOutcome:
				'The learner asks directly about suicide, assesses thoughts, plan, means and protective factors, supports Marcus to give the sleeping pills to his mum tonight, and agrees a short safety plan including follow-up with a doctor or counselor.',
			learningGoal:
				'Practise recognising understated suicide risk and responding with direct questions, means safety and safety planning.',
			learningObjectives: [
				'Pick up on indirect cues such as "no point" and respond without reassurance or advice',
				'Ask directly and plainly about suicidal thoughts',
				'Assess plan, means, timeline and protective factors',
				'Support collaborative means-safety steps',
				'Build and summarise a brief, concrete safety plan'
			],
			persona: {
				name: 'Marcus',
				age: 24,
				pronouns: 'he/him',
				background:
					"His partner of four years ended the relationship two weeks ago. He moved back into his mother's house, has stopped going to his warehouse job, and is barely eating. His father died three years ago. His mother keeps prescribed sleeping pills in the bathroom cabinet. He has a dog, Biscuit, whom he walks every morning.",
				presentation:
					'Flat and apologetic, with long pauses. Opens with "it\'s probably stupid" and keeps offering to hang up so the volunteer can help "someone who actually needs it".',
				voice:
					'With patient reflection and direct, calm questions, his sentences get longer and he volunteers more. Platitudes ("plenty of fish", "you\'re young") or rushing to advice make him go quiet and say "yeah, I\'m fine, forget it".'
			},
			comfortIndicators: {
				comfortable: [
					'Longer, fuller sentences and less apologising',
					'Volunteers details about his mum, his dad or his dog',
					'Agrees to a concrete step with the sleeping pills'
				],
				uncomfortable: [
					'Says "forget it, I\'m fine" or "it\'s stupid"',
					'Long silences after reassurance or advice',
					'Offers to hang up so the line can help someone else'
				]
			},
			mode: 'phone',
			category: 'cohort_training',
			skills: ['risk-assessment', 'safety-planning', 'active-listening'],
			difficulty: 'intermediate',
			estimatedTime: 30,
			psychologicalModule: null,
			ageRange: null,
			cefrLevel: null,
			contentWarnings: ['suicide'],
			steps: [
				{
					id: 'opening',
					title: 'Opening',
					prompt:
						"\"Hi... um, sorry. I don't really know why I called. It's probably stupid. I just couldn't sleep.\"",
					guidance:
						'Welcome the call warmly and without rushing. Normalise calling at night and let him know you have time. Avoid asking "what\'s wrong?" straight away; invite him to say what is keeping him up.'
				},
				{
					id: 'the-story',
					title: 'The Story',
					prompt:
						'"She left two weeks ago. Four years. I moved back in with my mum. Haven\'t been to work since Monday. I keep thinking there\'s just... no point to any of it."',
					guidance:
						'Reflect the loss and the "no point". Do not fix or reassure ("you\'ll meet someone"). "No point" is your cue to get ready to ask about suicide.'
				},
				{
					id: 'asking-directly',
					title: 'Asking Directly',
					prompt: '(Long pause.) "Yeah. Like, what\'s the point of getting up."',
					guidance:
						'Ask plainly: "Sometimes when people feel there\'s no point, they think about suicide. Are you thinking about killing yourself?" Asking does not plant the idea; it opens the door. If he deflects, ask again gently.'
				},
				{
					id: 'disclosure',
					title: 'Disclosure',
					prompt:
						"\"...Sometimes. Not like a plan. I just wish I wouldn't wake up. There's a bottle of my mum's sleeping pills in the bathroom. I've looked at it a couple of times.\"",
					guidance:
						'Thank him for telling you. Stay calm and explore thoughts, any plan, access to means, timeline, previous attempts, and whether he has been drinking or taken anything tonight. He has mentioned means; explore it without alarm.'
				},
				{
					id: 'protective-factors',
					title: 'Protective Factors',
					prompt:
						'"My mum would be wrecked. She already lost my dad. And Biscuit. Stupid, but who\'d walk him?"',
					guidance:
						'These are reasons for living, not "stupid". Reflect them back without turning them into guilt ("think how your mum would feel"). Let him hear his own reasons.'
				},
				{
					id: 'means-safety',
					title: 'Means Safety',
					prompt: '"I guess... I could give the pills back to my mum. She\'d ask why, though."',
					guidance:
						'Support reducing access tonight. Help him think through what to say to his mum and offer options (she keeps them in her room, or locks them away). Collaborate rather than instruct, and check how confident he feels about doing it.'
				},
				{
					id: 'safety-plan',
					title: 'Safety Plan',
					prompt: '"Okay. And if it gets bad again tomorrow night?"',
					guidance:
						'Build a short plan together: his warning signs, things he can do on his own (walking Biscuit counts), people he can contact, this line, and emergency services if he is in immediate danger. Explore a follow-up appointment with a GP or counselor.'
				},
				{
					id: 'closing',
					title: 'Closing',
					prompt: '"Thanks. I actually feel like I might sleep. Sorry for taking up so much time."',
					guidance:
						'Affirm that reaching out was the right thing to do. Summarise the plan, confirm the step with the pills, and invite him to call again. End warmly, without rushing.'
				}
			],
			isOneTime: false
		},
		review: {
			emotionalSafety: 5,
			therapeuticCorrectness: 5,
			ageAppropriateness: 5,
			revealTiming: 4,
			strengths:
				'A realistic, understated presentation of risk: no dramatic statements, just "no point" and "I wish I wouldn\'t wake up", which is how many callers actually disclose. Guidance on asking directly, means safety and avoiding guilt-based persuasion in the protective-factors step is consistent with current practice.',
			concerns:
				'Once asked, Marcus discloses the pills fairly quickly; real callers often need more than one invitation, and learners may come away thinking one question is always enough. The alcohol/substance check is only mentioned in passing.',
			recommendations:
				'Consider a variant in which Marcus deflects the first direct question ("I dunno, I\'m just tired") so learners practise asking a second time. Make the intoxication check its own explicit guidance point in "Disclosure", since it changes the risk picture at 2 a.m.',
			decision: 'approved'
		}
	},
	{
		author: 'dev',
		status: 'in_review',
		visibility: 'private',
		scenario: {
			slug: 'community-teen-panic-after-vaping-chat',
			title: 'Chat: "I Think I\'m Dying" After a Vape at a Party',
			description:
				"A 16-year-old messages the chat line from a bathroom at a party after trying a friend's THC vape, convinced her racing heart means she is dying. The learner has to screen for medical red flags, ground her through short messages, and help her get to a safe adult without shaming her.",
			instructions:
				'Respond as a chat volunteer. Keep your messages short: one idea or instruction per message. Screen for emergency symptoms first, then ground, then plan. Be honest about confidentiality and its limits.',
			context:
				'Written by a school counselor after several students described panic reactions to high-potency THC vapes. Chat volunteers are often the first contact because teens will not call anyone while at a party.',
			expectedOutcome:
				'The learner rules out red-flag symptoms (or knows when to route to emergency services), reduces panic with chat-friendly grounding, and helps Ava stay with a sober friend and arrange a safe ride home with a trusted adult.',
			learningGoal:
				'Practise non-judgemental substance-related crisis chat that balances medical screening with emotional de-escalation.',
			learningObjectives: [
				'Screen for medical red flags that require emergency services',
				'Ask about substance, amount and timing without judgement',
				'Use short, chat-friendly grounding instructions',
				'Explain confidentiality and its limits honestly',
				'Plan with the young person for a sober companion and a safe way home'
			],
			persona: {
				name: 'Ava',
				age: 16,
				pronouns: 'she/her',
				background:
					"At a house party, she took three hits from a friend's THC cartridge, her first time. Twenty minutes later her heart started racing and her hands went tingly. She is hiding in the bathroom. Her mum is strict and Ava is terrified of getting caught.",
				presentation:
					'Rapid, lowercase messages with typos and double question marks. Catastrophising ("im dying??"), and begging the volunteer not to tell her mum.',
				voice:
					'Calm, short messages and concrete instructions slow her typing and her punctuation settles. Long paragraphs, lectures about drugs, or vague reassurance ("you\'ll be fine") make her panic escalate and threaten to log off.'
			},
			comfortIndicators: {
				comfortable: [
					'Messages get longer and use fewer question marks',
					'Reports her breathing or heart rate is easing',
					'Agrees to let a friend in or call a trusted adult'
				],
				uncomfortable: [
					'Types in all caps or sends several messages in a row',
					'Says "nvm" or threatens to log off',
					'Repeats "please dont tell my mom"'
				]
			},
			mode: 'chat',
			category: 'cohort_training',
			skills: ['substance-assessment', 'anxiety-support', 'call-routing'],
			difficulty: 'intermediate',
			estimatedTime: 20,
			psychologicalModule: null,
			ageRange: null,
			cefrLevel: null,
			contentWarnings: ['substance-use', 'medical-emergency'],
			steps: [
				{
					id: 'first-message',
					title: 'First Message',
					prompt:
						'"my heart is going SO fast. i think im dying?? i hit my friends vape and now i cant breathe right"',
					guidance:
						'Reply quickly and calmly. Acknowledge how frightening this feels. Check immediate safety in one short question: where is she, and is she alone?'
				},
				{
					id: 'medical-screen',
					title: 'Medical Screen',
					prompt:
						'"im in the bathroom at a party. my chest is tight and my hands are tingly. no i didnt pass out"',
					guidance:
						'Screen for red flags that need emergency services: chest pain that does not ease, fainting, breathing that gets worse, confusion, seizure, repeated vomiting. Be clear that if any of these happen you will help her get emergency help straight away.'
				},
				{
					id: 'what-she-took',
					title: 'What She Took',
					prompt: '"idk it was a cart. thc i think?? only like 3 hits. PLEASE dont tell my mom"',
					guidance:
						'Respond without judgement. Explain confidentiality honestly, including when you would have to involve emergency services. You can say calmly that strong THC often causes panic-like feelings, without promising it is "just" panic.'
				},
				{
					id: 'grounding',
					title: 'Grounding',
					prompt: '"ok. its still fast but i can kind of breathe more"',
					guidance:
						'Offer one grounding step per message: a slow breath with a longer out-breath, cool water on her wrists, naming five things she can see. Check in after each one.'
				},
				{
					id: 'a-safe-person',
					title: 'A Safe Person',
					prompt: '"my friend jess is outside the door. shes not drunk"',
					guidance:
						'Encourage her to let Jess in and stay with someone sober. Explore a safe way home and which adult she could call; acknowledge her fear about her mum without pushing.'
				},
				{
					id: 'plan-and-close',
					title: 'Plan and Close',
					prompt:
						'"jess is here. im gonna call my aunt to come get me, shes chill. thank u for not being weird about it"',
					guidance:
						'Summarise the plan: stay with Jess, call her aunt, seek urgent medical help if any red-flag symptom appears. Mention where she can find confidential substance-use support later. Close warmly and invite her back any time.'
				}
			],
			isOneTime: false
		}
	},
	{
		author: 'lena',
		status: 'changes_requested',
		visibility: 'private',
		scenario: {
			slug: 'community-limited-english-caller-father-fell',
			title: 'A Caller With Limited English: "My Father Fall Down"',
			description:
				"A woman with limited English calls the crisis line because her elderly father has fallen in the kitchen and she doesn't know the emergency number. The learner has to understand her, get her father help and support her through her fear and guilt.",
			instructions:
				'Take the call as a line volunteer. Use simple English, check understanding often, and stay calm. After help is on the way, support the caller emotionally.',
			context:
				'Written by an ESL teacher whose adult students have told her they did not know which number to call in an emergency, and have called whatever number was on a fridge magnet. Many of them panic when speaking English under stress.',
			expectedOutcome:
				"The caller's father gets emergency help, and the caller feels understood and less alone while she waits. The learner communicates clearly across a language barrier.",
			learningGoal:
				'Practise communicating with a distressed caller who has limited English and getting them to the right service.',
			learningObjectives: [
				'Communicate in plain, simple English under pressure',
				'Gather the key facts about a medical emergency',
				'Route the caller to emergency services',
				'Support a caller through fear and guilt once help is on the way'
			],
			persona: {
				name: 'Hoa Tran',
				age: 58,
				pronouns: 'she/her',
				background:
					"Moved from Vietnam three years ago to live with her son's family and look after her father, who is 84. Her son is at work. She found the crisis line number on a magnet on the fridge. Her English is basic and disappears when she is frightened.",
				presentation:
					'Breathless and rushed, mixing English and Vietnamese words, repeating "please, please". Apologises for her English.',
				voice:
					'Short, clear sentences and checking back help her slow down. Idioms, long questions or a fast pace make her repeat herself louder and start to cry.'
			},
			comfortIndicators: {
				comfortable: [
					'She answers questions with more detail',
					'Her breathing slows and she stops repeating "please"',
					'She repeats back the number or instructions correctly'
				],
				uncomfortable: [
					'She says "sorry, sorry, I don\'t understand"',
					'She switches into Vietnamese',
					'She starts crying and goes silent'
				]
			},
			mode: 'phone',
			category: 'cohort_training',
			skills: ['call-routing', 'resource-linkage', 'active-listening'],
			difficulty: 'intermediate',
			estimatedTime: 15,
			psychologicalModule: null,
			ageRange: null,
			cefrLevel: null,
			contentWarnings: ['medical-emergency'],
			steps: [
				{
					id: 'opening',
					title: 'Opening',
					prompt:
						'"Hello? Hello? Please, my father, he fall down. Kitchen. He cannot stand up. Help, please."',
					guidance:
						'Stay calm and warm. Use short, simple sentences. Speak slowly and loudly so she can understand you.'
				},
				{
					id: 'clarifying',
					title: 'Clarifying',
					prompt:
						'"He is on floor. Blood... here." (She touches her head.) "He talk, but he say pain. I cannot lift him."',
					guidance:
						'Ask clarifying questions one at a time: when did he fall? Is he awake? Is he breathing normally? Where is the blood coming from?'
				},
				{
					id: 'checking-on-him',
					title: 'Checking on Him',
					prompt: '"Yes, he breathe. Eyes open. He say \'đau\', pain. Head and leg."',
					guidance:
						'Guide her to check that he is breathing normally and to press a clean towel gently on the cut. Tell her not to move him.'
				},
				{
					id: 'getting-help',
					title: 'Getting Help',
					prompt: '"Ambulance? I don\'t know number. My son at work."',
					guidance:
						'Explain that he needs an ambulance. Give the emergency number clearly, or connect her if your line can. Check that she can say her address in English.'
				},
				{
					id: 'staying-with-her',
					title: 'Staying With Her',
					prompt:
						'"They are coming. I am so scared. If he die... my son will say I don\'t watch him."',
					guidance:
						'Validate her fear and guilt: falls happen even in careful families. If your line allows, stay on until help arrives. Help her unlock the door and turn on the lights.'
				},
				{
					id: 'closing',
					title: 'After',
					prompt: '"Ambulance is here. Thank you, thank you. Sorry my English."',
					guidance:
						'Tell her that her English was good enough to get help. Offer the line for support later, and mention services in Vietnamese if you know of any.'
				}
			],
			isOneTime: false
		},
		review: {
			emotionalSafety: 4,
			therapeuticCorrectness: 2,
			ageAppropriateness: 4,
			revealTiming: 3,
			strengths:
				'An important and under-represented caller: someone with limited English who has reached the wrong service in an emergency. The emotional-support section ("Staying With Her", "After") is the strongest part; validating her guilt and telling her that her English was good enough are exactly right.',
			concerns:
				'Emergency routing does not happen until step four; in practice this caller needs to be connected to emergency services within the first minute, and the clarifying and first-aid steps teach volunteers to delay that. First-aid coaching is outside the volunteer role. "Speak slowly and loudly" can come across as patronising and does not help comprehension.',
			recommendations:
				'Move "Getting Help" to step two and make fast routing the primary learning point; keep only the minimum facts needed (is he breathing, what is the address). Add a step on using the line\'s interpreter service if one exists. Replace "slowly and loudly" with plain-language techniques: short sentences, one question at a time, no idioms, ask her to repeat key information back.',
			decision: 'changes_requested'
		}
	},
	{
		author: 'maya',
		status: 'approved',
		visibility: 'public',
		scenario: {
			slug: 'community-anniversary-call-bereaved-parent',
			title: 'A Year Today: A Bereaved Mother Calls',
			description:
				"On the first anniversary of her teenage son's death, a mother calls because everyone around her is acting as if it is a normal day. The learner practises grief support, including telling the difference between grief longing and suicidal thinking by asking rather than assuming.",
			instructions:
				'Take the call as a line volunteer. Let silences happen and say the son\'s name. When she says she wants to "be with him", ask directly about suicidal thoughts, then return to the grief. Finish by exploring how she will get through the rest of the day.',
			context:
				'Written by a parent who has supported friends through the loss of a child, and who noticed how often anniversaries are the hardest and loneliest days. Volunteers frequently either panic at "I want to be with him" or let it pass without asking.',
			expectedOutcome:
				'Diane feels heard and less alone, talks about Noah as a person, answers a direct risk question honestly, and makes a small plan for the rest of the day. She hears about bereaved-parent support without feeling pushed.',
			learningGoal:
				'Practise compassionate grief support on an anniversary, including a clear, non-alarmist risk check.',
			learningObjectives: [
				'Tolerate silence and use the name of the person who died',
				'Invite memories of the person, not only of the death',
				'Distinguish grief longing from suicidal ideation by asking directly',
				'Help the caller plan for the rest of a hard day',
				'Offer bereavement support as an option, not a prescription'
			],
			persona: {
				name: 'Diane',
				age: 47,
				pronouns: 'she/her',
				background:
					'Her son Noah died in a car accident a year ago today, aged seventeen. She has a 14-year-old daughter, Ella. Her husband went to work this morning; he grieves by keeping busy. Friends have stopped mentioning Noah.',
				presentation:
					'Quiet, halting, unsure she has called the right number. Repeats "a year today". Becomes more animated when talking about Noah himself.',
				voice:
					'When the volunteer says Noah\'s name and asks about him, she softens and talks more freely. Clichés ("he\'s in a better place", "time heals") or timelines ("it\'s been a year") make her go flat and apologise for calling.'
			},
			comfortIndicators: {
				comfortable: [
					'Tells stories about Noah, sometimes with a small laugh',
					'Answers the risk question openly, without defensiveness',
					'Considers a small plan for the evening'
				],
				uncomfortable: [
					'Long silences followed by "sorry, I shouldn\'t have called"',
					'Flat, one-word answers after a cliché',
					'Says "nobody gets it" and starts to end the call'
				]
			},
			mode: 'phone',
			category: 'cohort_training',
			skills: ['grief-support', 'risk-assessment', 'resource-linkage'],
			difficulty: 'intermediate',
			estimatedTime: 25,
			psychologicalModule: null,
			ageRange: null,
			cefrLevel: null,
			contentWarnings: ['death-and-grief', 'suicide'],
			steps: [
				{
					id: 'opening',
					title: 'Opening',
					prompt:
						'"Hi. I don\'t know if this is the right number. It\'s a year today. My son, Noah. A year today."',
					guidance:
						'Let the silence be. Say his name back. You do not need the perfect words; you need to show you are here and not in a hurry.'
				},
				{
					id: 'the-day',
					title: 'The Day',
					prompt:
						'"Everyone\'s acting normal. My husband went to work. My sister sent a text with a heart emoji. Like it\'s a birthday."',
					guidance:
						'Reflect the loneliness of anniversaries: the world moving on while she has not. Avoid taking sides about her husband; people grieve differently. Avoid "at least" statements and timelines.'
				},
				{
					id: 'about-noah',
					title: 'About Noah',
					prompt:
						'"He was seventeen. He wanted to be an electrician, can you believe it. He loved fixing things. He fixed my car radio the week before."',
					guidance:
						'Invite her to talk about Noah as a person. Curiosity about who he was is often the most supportive thing a listener can offer. Follow her lead on how much she says about the accident itself.'
				},
				{
					id: 'be-with-him',
					title: '"I Want to Be With Him"',
					prompt: '"Some nights I just want to be with him. That\'s all I want."',
					guidance:
						'This may be grief longing or it may be suicidal thinking. Do not assume either. Ask gently and directly: "When you say you want to be with him, are you having thoughts of ending your life?"'
				},
				{
					id: 'clarifying-risk',
					title: 'Clarifying Risk',
					prompt:
						'"No. No, I wouldn\'t. I have Ella. I just mean I miss him so much it feels like I\'m not living either."',
					guidance:
						'Thank her for answering honestly. Accept her answer while leaving the door open: "If that ever changes, I\'d want you to call us." Then return to the grief; do not stay in assessment mode longer than needed.'
				},
				{
					id: 'getting-through-today',
					title: 'Getting Through Today',
					prompt: '"I don\'t know what to do with the rest of today."',
					guidance:
						'Explore small ways to mark the day that feel right to her: lighting a candle, visiting a place Noah loved, telling her husband what she needs tonight. Ask who could be with her this evening.'
				},
				{
					id: 'support-options',
					title: 'Support Options',
					prompt: '"Is there, like, a group? For parents? I always thought those weren\'t for me."',
					guidance:
						'Describe bereaved-parent support groups and grief counselling as options, not prescriptions. Offer to help her find one near her, at her pace.'
				},
				{
					id: 'closing',
					title: 'Closing',
					prompt: '"Thank you for saying his name. Nobody says his name anymore."',
					guidance:
						'Close warmly. Reflect something she shared about Noah. Invite her to call again, on hard days or any day.'
				}
			],
			isOneTime: false
		},
		review: {
			emotionalSafety: 5,
			therapeuticCorrectness: 5,
			ageAppropriateness: 5,
			revealTiming: 4,
			strengths:
				'Written with real understanding of anniversary grief. The "I want to be with him" step teaches a distinction volunteers often miss, between grief longing and ideation, and models asking rather than assuming in either direction. The closing line about saying Noah\'s name is a powerful teaching moment.',
			concerns:
				'Risk is resolved cleanly after one question; not every caller will answer so clearly, and learners should not come away thinking the check is a single box to tick. The husband going to work could lead some learners to frame him negatively despite the guidance.',
			recommendations:
				"Consider a harder variant in which Diane's answer to the risk question is ambiguous (\"I don't know... I wouldn't do anything\"), so learners practise a follow-up question. Keep the guidance about different grieving styles, and perhaps let Diane mention one way her husband has been there for her.",
			decision: 'approved'
		}
	},

	// ─────────────────────────────────────────────────────────────────────────────
	// Language role-plays
	// ─────────────────────────────────────────────────────────────────────────────
	{
		author: 'lena',
		status: 'approved',
		visibility: 'public',
		scenario: {
			slug: 'community-a1-at-the-pharmacy-cold',
			title: 'At the Pharmacy: Something for a Cold',
			description:
				'A short, friendly A1 role-play at a pharmacy counter. The learner explains simple symptoms, answers yes/no questions about allergies, checks they understand the dosage and pays.',
			instructions:
				'You have a cold and go to the pharmacy. Talk to the pharmacist. Use short sentences. If you do not understand, say: "Sorry, can you say that again, please?"',
			context:
				'Written by an ESL teacher for newcomer adult classes. Many beginners avoid pharmacies and doctors because they are afraid of not understanding. This role-play builds the basic phrases in a calm, low-stakes setting.',
			expectedOutcome:
				'The learner describes two symptoms, says how long they have had them, answers the allergy question, repeats the dosage instructions back correctly and completes the purchase politely.',
			learningGoal: 'Build confidence with the basic language needed to get help at a pharmacy.',
			learningObjectives: [
				'Describe symptoms with "I have a..."',
				'Say how long with "for" + time',
				'Answer yes/no questions about medicine and allergies',
				'Check understanding by repeating instructions',
				'Use a repair phrase when something is not clear'
			],
			persona: {
				name: 'Mr. Okafor',
				age: 45,
				pronouns: 'he/him',
				background:
					'A pharmacist at a small neighbourhood pharmacy. Many of his customers are learning English, and he is used to speaking clearly.',
				presentation: 'Friendly and patient. Uses short sentences and smiles a lot.',
				voice:
					'If the learner answers, he continues at the same easy pace. If the learner seems lost, he repeats with simpler words and gestures ("Throat? Here?").'
			},
			comfortIndicators: {
				comfortable: [
					'Learner answers in short, complete sentences',
					'Learner repeats the dosage instructions back',
					'Learner asks their own question (for example, about paying by card)'
				],
				uncomfortable: [
					'Learner answers only "yes" to every question',
					'Learner goes silent after a longer sentence',
					'Learner uses their first language or a translation app for every line'
				]
			},
			mode: 'chat',
			category: 'language_roleplay',
			skills: ['active-listening', 'rapport-building'],
			difficulty: 'beginner',
			estimatedTime: 10,
			psychologicalModule: null,
			ageRange: null,
			cefrLevel: 'A1',
			contentWarnings: [],
			steps: [
				{
					id: 'greeting',
					title: 'Greeting',
					prompt: '"Hello! How can I help you today?"',
					guidance: 'Say hello and say what you need. Example: "Hello. I have a cold."'
				},
				{
					id: 'symptoms',
					title: 'Symptoms',
					prompt: '"Oh, I\'m sorry. What is the problem? A sore throat? A headache? A cough?"',
					guidance: 'Use "I have a...". Example: "I have a sore throat and a cough."'
				},
				{
					id: 'how-long',
					title: 'How Long?',
					prompt: '"How long have you had it? One day? One week?"',
					guidance: 'Use "for" + time. Example: "For three days."'
				},
				{
					id: 'allergies',
					title: 'Medicine and Allergies',
					prompt: '"Do you take any other medicine? Are you allergic to anything?"',
					guidance:
						'Answer yes or no. "No, I don\'t." / "Yes, I\'m allergic to penicillin." Not sure? Say: "Sorry, can you say that again, please?"'
				},
				{
					id: 'instructions',
					title: 'Instructions',
					prompt:
						'"Take this syrup. Two spoons, three times a day, after food. Use this cup. And drink lots of water." What did he say?',
					guidance: 'Listen for the numbers. How many spoons? How many times a day?',
					choices: [
						{
							label: 'Two spoons, three times a day',
							next: 'paying',
							feedback: 'Correct! You can check: "Two spoons, three times a day?"'
						},
						{
							label: 'Three spoons, two times a day',
							next: 'instructions-again',
							feedback: "Not quite. Numbers are tricky. Let's listen again."
						}
					]
				},
				{
					id: 'instructions-again',
					title: 'Listen Again',
					prompt:
						'"No problem. Listen again: TWO spoons. THREE times a day: breakfast, lunch and dinner."',
					guidance: 'Repeat it back: "Two spoons, three times a day. Thank you."',
					next: 'paying'
				},
				{
					id: 'paying',
					title: 'Paying',
					prompt: '"That\'s eight dollars, please."',
					guidance: 'Ask: "Can I pay by card?" Then say "thank you".'
				},
				{
					id: 'goodbye',
					title: 'Goodbye',
					prompt: '"Here you go. I hope you feel better soon!"',
					guidance: 'Say: "Thank you. Goodbye!"',
					next: null
				}
			],
			isOneTime: false
		},
		review: {
			emotionalSafety: 5,
			therapeuticCorrectness: 4,
			ageAppropriateness: 5,
			revealTiming: 4,
			strengths:
				'A calm, everyday health setting with no distressing content, well suited to newcomers who may feel anxious around medical encounters. The repair phrase "Can you say that again, please?" is taught early, and the comprehension check on the dosage is a thoughtful, safety-relevant touch.',
			concerns:
				'"Sore throat" and "cough" are assumed vocabulary with no pre-teaching, which may be a stretch at A1. The pharmacist asks about other medicines and allergies in a single turn, which is a lot to process at this level.',
			recommendations:
				'Add a small picture glossary of symptoms before the role-play starts. Split the medicine and allergy questions into two turns, or let the learner answer them one at a time.',
			decision: 'approved'
		}
	},
	{
		author: 'lena',
		status: 'draft',
		visibility: 'private',
		scenario: {
			slug: 'community-b1-calling-school-about-absence',
			title: "Calling Your Child's School About an Absence",
			description:
				'A B1 phone role-play: your daughter is ill and you call the school office to report her absence. Practise giving details on the phone and making polite requests.',
			instructions:
				'You are a parent. Your daughter Mia (class 3B) has a fever. Call the school office before 9 a.m.',
			context:
				'For parents in my evening class who find phone calls much harder than face-to-face. Draft: still need to add more phrases and maybe a voicemail version.',
			expectedOutcome:
				"The learner reports the absence with the child's name, class and reason, says how long she may be off, and asks for homework politely.",
			learningGoal: 'Make a short, clear phone call to a school office.',
			learningObjectives: [
				'Open a phone call and say why you are calling',
				'Give names and details clearly (spelling if needed)',
				'Make a polite request with "Could you..." / "Would it be possible..."'
			],
			persona: {
				name: 'Mrs. Patel',
				age: 50,
				pronouns: 'she/her',
				background: 'The receptionist at Riverside Primary School. Busy in the mornings.',
				presentation: 'Friendly but quick. Speaks at normal speed.',
				voice:
					'Slows down if the caller asks her to. (TODO: decide how she reacts to a very hesitant caller.)'
			},
			comfortIndicators: {
				comfortable: [
					'Caller gives name and class without prompting',
					'Caller asks a follow-up question',
					'Caller uses a polite request form'
				],
				uncomfortable: [
					'Caller asks Mrs. Patel to repeat several times',
					'Caller answers with single words',
					'Caller hangs up before giving all the details'
				]
			},
			mode: 'phone',
			category: 'language_roleplay',
			skills: ['rapport-building', 'active-listening'],
			difficulty: 'beginner',
			estimatedTime: 10,
			psychologicalModule: null,
			ageRange: null,
			cefrLevel: 'B1',
			contentWarnings: [],
			steps: [
				{
					id: 'reception',
					title: 'Reception',
					prompt: '"Good morning, Riverside Primary School, Mrs. Patel speaking."',
					guidance:
						'Say who you are and why you are calling: "Hello, this is... I\'m calling because..."'
				},
				{
					id: 'name-and-class',
					title: 'Name and Class',
					prompt: '"Oh dear, I\'m sorry to hear that. Can I take your child\'s name and class?"',
					guidance: 'Give the name and class. Be ready to spell the surname.'
				},
				{
					id: 'how-long-off',
					title: 'How Long?',
					prompt: '"And is it just for today, or do you think she\'ll be off tomorrow as well?"',
					guidance: '"I\'m not sure yet" / "Probably until Friday." (add more?)'
				},
				{
					id: 'homework',
					title: 'Homework',
					prompt: '"Is there anything else I can help you with?"',
					guidance:
						'Ask about homework politely: "Would it be possible to...", "Could you let her teacher know..." TODO: more phrases.'
				},
				{
					id: 'goodbye',
					title: 'Goodbye',
					prompt: '"Lovely, I\'ll pass that on. I hope she feels better soon. Bye now!"',
					guidance:
						"Say thank you and goodbye. (TODO: add 'Have a nice day', 'Thanks for your help'.)",
					next: null
				}
			],
			isOneTime: false
		}
	},
	{
		author: 'lena',
		status: 'in_review',
		visibility: 'private',
		scenario: {
			slug: 'community-b2-landlord-heating-repair',
			title: 'Standing Your Ground: The Heating Repair',
			description:
				'A B2 phone role-play in which a tenant calls a dismissive landlord about heating that has been broken for ten days. The learner practises staying polite but firm, correcting a false accusation and pinning down a specific commitment.',
			instructions:
				'You rent Flat 3. The heating has not worked for ten days and you reported it by text on the 3rd. Call your landlord and get a date for the repair. Try to stay polite without giving in.',
			context:
				'Written by an ESL teacher whose students often either apologise their way out of a complaint or jump straight to anger because they lack the in-between language. The role-play focuses on the register of assertive, polite disagreement.',
			expectedOutcome:
				'The learner gets a specific repair date and a temporary heater, without escalating into a row or accepting a vague promise, and closes by confirming the agreement in writing.',
			learningGoal:
				'Use polite but firm language to disagree, correct misunderstandings and get a clear commitment.',
			learningObjectives: [
				'State the purpose of a call clearly and early',
				'Use softeners and firm phrases together ("I understand..., but...")',
				'Correct a false statement calmly with facts',
				'Turn a vague promise into a specific commitment',
				'Confirm an agreement in writing'
			],
			persona: {
				name: 'Gary Whitfield',
				age: 61,
				pronouns: 'he/him',
				background:
					'Owns six flats and manages them himself. Friendly on the surface but tends to minimise problems and delay repairs to save money.',
				presentation:
					'Jokey and dismissive ("Put a jumper on, ha"). Talks fast and tries to end the call with vague promises.',
				voice:
					'Calm, specific requests make him agree to a date. Threats make him defensive and sulky; over-politeness lets him hang up without committing to anything.'
			},
			comfortIndicators: {
				comfortable: [
					'Gary stops joking and talks about dates',
					'Gary offers a temporary heater',
					'Gary agrees to a written confirmation'
				],
				uncomfortable: [
					'Gary raises his voice or says "fine, do what you like"',
					'Gary blames the tenant for the fault',
					'Gary tries to end the call with "I\'ll be in touch"'
				]
			},
			mode: 'phone',
			category: 'language_roleplay',
			skills: ['boundary-setting', 'de-escalation', 'rapport-building'],
			difficulty: 'intermediate',
			estimatedTime: 20,
			psychologicalModule: null,
			ageRange: null,
			cefrLevel: 'B2',
			contentWarnings: [],
			steps: [
				{
					id: 'opening',
					title: 'Opening',
					prompt: '"Gary here. Oh, you\'re the tenant in Flat 3? What\'s up?"',
					guidance:
						'Say why you are calling straight away: "I\'m calling about the heating. It\'s still not working."'
				},
				{
					id: 'minimising',
					title: 'Minimising',
					prompt:
						'"Ah, the heating. Look, it\'s not that cold yet, is it? Put a jumper on, ha. I\'ll get someone round when I can."',
					guidance:
						'Polite but firm: "I understand you\'re busy, but it has been ten days now." / "I\'m afraid that isn\'t really acceptable."'
				},
				{
					id: 'shifting-blame',
					title: 'Shifting Blame',
					prompt:
						'"To be honest, that boiler was fine before you moved in. You haven\'t been fiddling with it, have you?"',
					guidance:
						'Do not get pulled into an argument. Correct calmly with facts: "I haven\'t touched it. I reported the problem on the 3rd, and I still have the message."'
				},
				{
					id: 'your-move',
					title: 'Your Move',
					prompt: '"Look, I\'ve got a lot on. What do you want me to do?" How do you answer?',
					guidance: 'Think about register: which answer is polite AND firm?',
					choices: [
						{
							label: '"You\'re unbelievable. I\'m calling the council."',
							next: 'things-heat-up',
							feedback:
								'Knowing your rights is good, but leading with a threat usually closes the conversation.'
						},
						{
							label:
								'"I\'d like to sort this out between us. Could you confirm a date for the engineer this week?"',
							next: 'negotiation',
							feedback: 'Polite, specific and firm: that is the register to aim for.'
						},
						{
							label: '"Oh, okay, no problem. Whenever you can."',
							next: 'too-soft',
							feedback: 'Friendly, but you gave away your request.'
						}
					]
				},
				{
					id: 'things-heat-up',
					title: 'Things Heat Up',
					prompt: '"Whoa, no need for threats. Fine, do what you like."',
					guidance:
						'Step back and repair: "Sorry, I\'m frustrated because it\'s cold at home. Can we find a date?"',
					next: 'negotiation'
				},
				{
					id: 'too-soft',
					title: 'Too Soft',
					prompt:
						'"Great, cheers. I\'ll be in touch." (He hangs up without giving a date. You call him back.)',
					guidance:
						'Try again, with a clear request: "Sorry, just one more thing. Could we agree on a day?"',
					next: 'negotiation'
				},
				{
					id: 'negotiation',
					title: 'Negotiation',
					prompt: '"Alright, alright. I can get my guy round Thursday. Maybe Friday."',
					guidance:
						'Pin down the details: "Could we say Thursday morning? And if it isn\'t fixed by Friday, could you bring a heater in the meantime?"'
				},
				{
					id: 'confirming',
					title: 'Confirming in Writing',
					prompt: '"Yeah, Thursday morning. I\'ll drop a heater round tonight."',
					guidance:
						'Close politely and confirm in writing: "Thanks, Gary. I\'ll send you a quick message to confirm what we agreed."',
					next: null
				}
			],
			isOneTime: false
		}
	},
	{
		author: 'lena',
		status: 'draft',
		visibility: 'private',
		scenario: {
			slug: 'community-c1-condolences-to-a-colleague',
			title: 'Finding the Words: Condolences to a Colleague',
			description:
				"A C1 role-play about one of the hardest small conversations at work: a colleague is back after his father's death and you meet him at the coffee machine. Practise register, tact and specific offers of help.",
			instructions:
				'Tomás, a colleague on your team, is back at work after two weeks of compassionate leave. You see him at the coffee machine. Say something.',
			context:
				'Advanced learners tell me they know the grammar but freeze in emotional situations at work. Draft: I want to add a comparison of set phrases and maybe a written sympathy-card version.',
			expectedOutcome:
				"The learner acknowledges the loss simply, avoids clichés, makes one specific offer of help and follows the colleague's lead, including light humour.",
			learningGoal: 'Express sympathy naturally and appropriately in a workplace setting.',
			learningObjectives: [
				'Acknowledge a bereavement simply and sincerely',
				'Choose an appropriate register (warm but not intrusive)',
				'Make a specific rather than generic offer of help',
				"Follow the other person's lead in a sensitive conversation"
			],
			persona: {
				name: 'Tomás Herrera',
				age: 39,
				pronouns: 'he/him',
				background:
					'A project manager on your team. His father died suddenly of a heart attack in Colombia; he flew out for the funeral and is back after two weeks.',
				presentation:
					'Tired, a bit awkward, trying to act normal. Appreciates being acknowledged but not interrogated.',
				voice:
					'Opens up a little when the learner is simple and sincere. Closes down with clichés or too many questions. (more detail to add)'
			},
			comfortIndicators: {
				comfortable: [
					'Tomás shares a memory of his father',
					'Tomás makes a small joke',
					'Tomás accepts a specific offer of help'
				],
				uncomfortable: [
					'Tomás changes the subject to work abruptly',
					'Tomás gives short, polite answers',
					'Tomás looks for a reason to leave'
				]
			},
			mode: 'chat',
			category: 'language_roleplay',
			skills: ['grief-support', 'active-listening'],
			difficulty: 'advanced',
			estimatedTime: 15,
			psychologicalModule: null,
			ageRange: null,
			cefrLevel: 'C1',
			contentWarnings: ['death-and-grief'],
			steps: [
				{
					id: 'first-day-back',
					title: 'First Day Back',
					prompt: '(Tomás is at the coffee machine.) "Oh, hi. Yeah. Back to it, I guess."',
					guidance:
						'Acknowledge the loss simply: "I was so sorry to hear about your father." Avoid "he\'s in a better place".'
				},
				{
					id: 'sudden',
					title: 'It Was Sudden',
					prompt:
						'"Thanks. It was quite sudden, actually. Heart attack. It still doesn\'t feel real."',
					guidance:
						'Compare: "That must be incredibly hard" vs "I know exactly how you feel". Which one fits?'
				},
				{
					id: 'the-offer',
					title: 'Offering Help',
					prompt:
						'"Everyone keeps saying \'let me know if you need anything\'. I never know what to say to that."',
					guidance:
						'Make a specific offer: "I could take the Thursday client call off your plate this week, if that would help."'
				},
				{
					id: 'a-memory',
					title: 'A Memory',
					prompt:
						'"He would\'ve hated this coffee, by the way. He ran a café in Bogotá for thirty years. Total snob about it."',
					guidance:
						'Follow his lead; light humour is fine if he starts it. (TODO: list of set phrases: "my condolences", "my thoughts are with you"...)'
				},
				{
					id: 'wrap-up',
					title: 'Wrapping Up',
					prompt: '"Anyway. I should go and face my inbox. Thanks. Really."',
					guidance: 'Close naturally without forcing: "Any time. I\'m around."',
					next: null
				}
			],
			isOneTime: false
		}
	}
];
