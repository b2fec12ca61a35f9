import type { SeedScenario } from './types';

// Crisis-line training scenarios, set A. Original writing for Scenario Hub.
// Clinical frame: direct asking about suicide (Columbia-style questions), collaborative safety
// planning, means safety, least-invasive intervention, warm transfers, and honest limits of
// confidentiality. No method detail: every scenario centres on the counselor's skills.

export const crisisScenariosA: SeedScenario[] = [
	// 1 ─ beginner · chat · active-listening
	{
		slug: 'crisis-first-time-chatter-exam-stress',
		title: 'Routine first contact: exam-week panic',
		description:
			"A first-time chatter, a university student two days from a final she cannot afford to fail, reaches out while her heart is racing. She is not sure her problem 'counts'. A gentle scenario for practising reflective listening, grounding and a routine suicide screen.",
		instructions:
			"Welcome the chatter and make clear that she does not need to be 'in crisis enough' to reach out. Use open questions and reflections before offering any ideas. Offer a short grounding exercise with her permission. Ask directly about suicide even though she opens by saying she is not suicidal, then help her choose one or two small steps for tonight.",
		context:
			"It is 11:40 p.m. during exam week. Priya has never contacted a crisis line before; she found the chat link on her university's wellbeing page. She has been awake since 4 a.m., has had three coffees and has not eaten since lunch. Her organic chemistry final is in two days and her scholarship depends on passing.",
		expectedOutcome:
			'Priya feels heard rather than fixed, her breathing settles, and the counselor has asked about suicide plainly and recorded a low-risk screen. She leaves with a small plan for tonight and knows she can come back.',
		learningGoal:
			'Use reflective listening and a brief grounding exercise to settle an anxious first-time chatter while still completing a direct suicide screen.',
		learningObjectives: [
			"Normalise reaching out and reduce the chatter's worry about 'wasting time'",
			'Reflect both content and feeling before offering suggestions',
			'Offer a grounding or paced-breathing exercise with consent',
			'Ask directly about thoughts of suicide, even after an early denial',
			'Co-create one or two concrete steps for the next few hours'
		],
		persona: {
			name: 'Priya Raman',
			age: 19,
			pronouns: 'she/her',
			background:
				'Second-year pharmacy student and the first in her family to attend university; her parents took on extra work to help pay her fees. She failed a midterm and fears losing her scholarship.',
			presentation:
				'Types in fast bursts with typos, apologises often and says twice that she is probably overreacting. Wants to feel less panicky, not to be told to study harder.',
			voice:
				"When reflected accurately she slows down, writes longer messages and starts to name what she needs. If rushed into tips or minimised, she replies 'ok thanks' and tries to leave the chat."
		},
		comfortIndicators: {
			comfortable: [
				'Messages get longer and the typos ease off',
				'She stops apologising for taking up time',
				'She reports her breathing or heart rate settling',
				'She suggests her own next step'
			],
			uncomfortable: [
				"Short replies such as 'ok' or 'i guess'",
				'She says she should go and study instead',
				'She repeats that her problem is stupid',
				'Long gaps with no reply'
			]
		},
		mode: 'chat',
		category: 'onboarding',
		skills: ['active-listening', 'anxiety-support', 'rapport-building', 'risk-assessment'],
		difficulty: 'beginner',
		estimatedTime: 10,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: [],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt:
					'hi sorry idk if this is the right place. im not like suicidal or anything i just cant breathe properly and my final is in 2 days',
				guidance:
					'Thank her for reaching out and say clearly that this is the right place for what she is feeling. Reflect the panic and the pressure in one or two sentences, then invite her to say more with an open question.'
			},
			{
				id: 'the-pressure',
				title: 'Hearing the story',
				prompt:
					'i failed my midterm. if i fail this one i lose my scholarship and my parents basically gave up everything to get me here. ive read the same page like 20 times',
				guidance:
					"Reflect the weight she is carrying (the scholarship, her parents' sacrifice, fear of letting them down). Resist problem-solving yet. A reflection such as 'it sounds like it's not just an exam, it's everything your family has put in' tends to land."
			},
			{
				id: 'grounding',
				title: 'Settling the body',
				prompt: 'my heart is going so fast. ive been up since 4 and had like 3 coffees',
				guidance:
					'Ask whether she would like to try something to help her body settle, and only continue if she agrees. Walk her through slow paced breathing or a 5-4-3-2-1 senses exercise in short messages, checking in after each part.'
			},
			{
				id: 'screening',
				title: 'Asking directly',
				prompt:
					'ok thats a bit better actually. sorry this is so dumb. and like i said im not suicidal, i just want this feeling to stop',
				guidance:
					"Normalise her reaction, then ask plainly: 'When people feel this overwhelmed they sometimes have thoughts of suicide. Have you had any thoughts of killing yourself, now or in the past?' She answers no to both. Accept the answer, thank her, and note protective factors she mentions (her plans, her family, reaching out)."
			},
			{
				id: 'small-plan',
				title: 'Small next steps',
				prompt: 'no, honestly never. so what do i even do tonight',
				guidance:
					'Collaborate rather than prescribe: explore options such as eating something, stopping caffeine, sleeping before the next study block, and emailing her advisor or the campus counselling service about support. Let her choose one or two and put them in her own words.'
			},
			{
				id: 'closing',
				title: 'Closing warmly',
				prompt:
					'ok. im going to email my advisor and try to actually sleep. thank you for not making me feel stupid',
				guidance:
					'Summarise what she noticed and what she decided, affirm that reaching out was a good choice, and invite her to return any time, including before or after the exam. End the chat warmly.'
			}
		],
		isOneTime: false
	},

	// 2 ─ beginner · phone · active-listening
	{
		slug: 'crisis-routine-check-in-lonely-evening',
		title: 'Routine check-in: a long, quiet evening',
		description:
			'A retired teacher who lives alone calls because evenings feel long since her children moved abroad. A short call for practising presence, reflective listening and a routine screen without rushing.',
		instructions:
			'Let the caller lead and use minimal encouragers, open questions and reflections of feeling. Ask directly about suicide at a natural point, in a calm, matter-of-fact way. Before closing, explore one small connection she could make this week.',
		context:
			'It is a weekday evening around 8 p.m. Margaret has called the line twice before over the past year, each time briefly. Nothing specific has happened today; the anniversary of her retirement reminded her how busy her life used to be. She is sitting by the window with a cup of tea and the television muted.',
		expectedOutcome:
			'Margaret feels listened to, the counselor completes a screen that comes back low-risk, and she names one connection to try this week. The call ends within a few minutes, warmly and unhurried.',
		learningGoal:
			'Offer steady, reflective presence to a lonely caller and complete a routine suicide screen without it feeling like a checklist.',
		learningObjectives: [
			'Use minimal encouragers and open questions to let the caller lead',
			'Reflect underlying feelings such as loneliness and loss of purpose',
			'Ask directly about suicide in a natural, non-alarming way',
			'Identify one existing or new source of connection'
		],
		persona: {
			name: 'Margaret Okafor',
			age: 72,
			pronouns: 'she/her',
			background:
				'Retired primary-school teacher, born in Nigeria, who has lived in the same city apartment for thirty years. Her two children live abroad and call on Sundays; her husband died eight years ago.',
			presentation:
				"Polite and chatty, calls the counselor 'dear', and apologises for having 'nothing dramatic' to report. Wants company and to feel she still matters.",
			voice:
				"With warmth and reflection she becomes more open and talks about missing her pupils. If the counselor sounds rushed or scripted, she says 'I won't keep you' and starts to wind down the call."
		},
		comfortIndicators: {
			comfortable: [
				'She laughs or shares a small story from her teaching days',
				'She speaks at an easy pace with fewer apologies',
				"She responds to reflections with 'yes, that's exactly it'"
			],
			uncomfortable: [
				"She says 'I won't keep you, you must be busy'",
				"Answers shrink to 'yes' and 'no'",
				'She apologises again for calling'
			]
		},
		mode: 'phone',
		category: 'onboarding',
		skills: ['active-listening', 'rapport-building', 'resource-linkage'],
		difficulty: 'beginner',
		estimatedTime: 5,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: [],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt:
					"Good evening, dear. I'm sorry, it's nothing dramatic. The evenings just get very long, and I thought I'd hear a voice.",
				guidance:
					"Welcome her warmly and make clear that this is a fine reason to call. A simple 'I'm glad you called; tell me about your evening' invites her to lead."
			},
			{
				id: 'her-day',
				title: 'Listening to her day',
				prompt:
					"It was thirty years ago this week that I retired. I used to have forty children shouting my name. Now the telephone rings on Sundays, and that's it.",
				guidance:
					'Reflect the feeling underneath the facts: the contrast between a full, needed life and the quiet now. Use short encouragers and let silences breathe; she will fill them.'
			},
			{
				id: 'screen',
				title: 'A gentle screen',
				prompt: "Some evenings I wonder what I'm still here for, if I'm honest.",
				guidance:
					"Ask directly and calmly: 'When you wonder that, do you ever have thoughts of ending your life?' She says no, she has never considered it and her faith and her grandchildren matter to her. Thank her for answering, reflect those reasons, and do not over-probe a clear denial."
			},
			{
				id: 'connection',
				title: 'One small connection',
				prompt:
					"There's a reading group at the library. I went once, then it rained, and then I didn't go back.",
				guidance:
					'Explore what she enjoyed about it and what might help her return, rather than telling her to go. You might mention a friendly-call or volunteer reading programme if she is interested. Let her choose.'
			},
			{
				id: 'closing',
				title: 'Closing',
				prompt: "Perhaps I'll go on Thursday. Thank you, dear, it's been lovely to talk.",
				guidance:
					'Briefly summarise what she shared and her plan for Thursday, tell her she is welcome to call again, and say goodbye without hurrying.'
			}
		],
		isOneTime: false
	},

	// 3 ─ advanced · phone · risk-assessment (branching: means safety)
	{
		slug: 'crisis-veteran-anniversary-night',
		title: 'Veteran on the anniversary of a loss',
		description:
			"A combat veteran calls on the twenty-second anniversary of the day two men from his unit were killed. He has been drinking and has a handgun in the house. The scenario focuses on direct risk assessment and collaborative means safety with someone who distrusts 'the system'.",
		instructions:
			'Build trust without scripted gratitude or clichés. Ask directly about suicide and complete a structured risk assessment: ideation, plan, intent, means, prior attempts, and protective factors. When the firearm comes up, work collaboratively on time and distance between him and the gun rather than issuing ultimatums. Finish with a written-down safety plan and an agreed follow-up.',
		context:
			"It is just after 10 p.m. Ray lives alone with his dog in a small house outside town. He has had three or four beers, has not eaten, and has been looking at old photos. He is connected to veterans' health services but missed his last two appointments.",
		expectedOutcome:
			'Ray agrees that his friend Luis will hold the pistol for now, a brief safety plan is in place, and he accepts a follow-up call tomorrow. Emergency services are not needed because he engages collaboratively and the risk is reduced.',
		learningGoal:
			'Assess suicide risk directly and negotiate firearm means safety collaboratively with a veteran who values autonomy.',
		learningObjectives: [
			'Ask about suicide directly and assess plan, intent, means and history',
			'Recognise anniversary reactions, alcohol and a firearm as compounding risk factors',
			'Use collaborative language to create time and distance from a firearm',
			'Repair trust after a misstep without abandoning the safety conversation',
			'Build a safety plan that includes veteran-specific supports and a follow-up'
		],
		persona: {
			name: "Raymond 'Ray' Delgado",
			age: 58,
			pronouns: 'he/him',
			background:
				'Army veteran with two deployments; divorced, one sister nearby, a nephew he is close to, and an elderly dog named Sarge. On this date twenty-two years ago two men from his squad were killed in a vehicle he was meant to be in.',
			presentation:
				"Clipped, dry humour, long pauses. Tests whether the counselor can 'handle it' and bristles at anything that sounds like a script.",
			voice:
				"Straight, calm questions earn more openness and eventually relief. Ultimatums, pity or 'thank you for your service' boilerplate make him go quiet or threaten to hang up."
		},
		comfortIndicators: {
			comfortable: [
				'He uses the names of the men he lost',
				'He answers questions fully instead of deflecting with jokes',
				'He mentions his dog, sister or nephew unprompted',
				'He starts planning concrete steps with the counselor'
			],
			uncomfortable: [
				"He says 'this is why guys don't call these lines'",
				'Sarcastic one-word answers',
				'He threatens to hang up',
				"He minimises: 'forget it, I'm fine'"
			]
		},
		mode: 'phone',
		category: 'advanced',
		skills: ['risk-assessment', 'safety-planning', 'rapport-building', 'grief-support'],
		difficulty: 'advanced',
		estimatedTime: 45,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide', 'firearms', 'death-and-grief', 'substance-use'],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt:
					"Yeah. I don't really know why I called. It's a date thing. Twenty-two years today.",
				guidance:
					"Stay steady and curious. Something like 'I'm glad you called. What happened twenty-two years ago?' invites the story without pushing. Avoid filling his pauses."
			},
			{
				id: 'the-story',
				title: 'Hearing the loss',
				prompt:
					"Lost two of my guys that day. Mendez and Cole. I was supposed to be in that truck. Every year I tell myself I'm fine, and every year I'm sitting here with a beer and the photos.",
				guidance:
					"Reflect the grief and the survivor's guilt in plain language and use the names he gave. Do not reassure him it wasn't his fault; acknowledge how heavy it is to carry. Note alcohol use and isolation as risk factors."
			},
			{
				id: 'asking-directly',
				title: 'Asking directly',
				prompt: "Been thinking everybody'd be better off. Sarge would be fine with my sister.",
				guidance:
					"Ask directly: 'Are you thinking about killing yourself?' He says yes, more tonight than in a long time. Continue calmly: has he thought about how, does he intend to act, has he made any preparations, has he ever attempted before? He says he thought of his pistol and has made no other preparations, and he once 'came close' ten years ago."
			},
			{
				id: 'means',
				title: 'The pistol',
				prompt:
					"It's in the nightstand. Loaded. Look, I'm not gonna do anything stupid. I just like knowing it's there.",
				guidance:
					'A loaded firearm, alcohol, an anniversary, past near-attempt and current ideation together make this high risk. Aim for time and distance between Ray and the gun, using his own values and his word.',
				choices: [
					{
						label:
							"Acknowledge that the gun matters to him, then ask whether he'd be willing to put some distance between himself and it tonight, such as someone he trusts holding it for a while",
						next: 'means-plan',
						feedback:
							'Collaborative, autonomy-respecting means counselling is the most effective route. Framing it as temporary and his choice keeps him engaged.'
					},
					{
						label:
							"Tell him he has to get rid of the gun right now or you'll have to send the police",
						next: 'repair-trust',
						feedback:
							"An ultimatum threatens his autonomy and confirms his fear of 'the system'. Emergency response is for imminent danger when collaboration fails, not an opening move."
					},
					{
						label: 'Take him at his word and move on to coping strategies',
						next: 'repair-means',
						feedback:
							'Skipping means safety misses the single most protective step available. A firearm is the most lethal means; it must be addressed.'
					}
				]
			},
			{
				id: 'means-plan',
				title: 'Time and distance',
				prompt:
					"My buddy Luis has a safe; he'd take it, no questions, he's done it for me before. I'd drive it over, but... yeah, I've had a few. He could come get it.",
				guidance:
					'Affirm the plan and that he is thinking clearly about not driving. Suggest he calls Luis now while you stay on the line, and that the ammunition goes with Luis or is stored separately. Confirm there are no other firearms in the house.'
			},
			{
				id: 'safety-plan',
				title: 'Building the plan',
				prompt: "Luis says he's on his way. Now what, I just sit here?",
				guidance:
					"Use the wait to build a safety plan in his words: warning signs (the anniversary, drinking alone, the photos), things that help (walking Sarge, calling his sister), people he can contact, the veterans' crisis line and his care team, and reasons for living. Ask him to write it down or text it to himself."
			},
			{
				id: 'closing',
				title: 'Handing over',
				prompt: "That's him pulling in. ...Thanks. Didn't think I'd say that tonight.",
				guidance:
					'Summarise what he did tonight and the plan. Ask permission for a follow-up call tomorrow and encourage him to rebook his missed appointment. Thank him for trusting you, and document the risk assessment and means plan.',
				next: null
			},
			{
				id: 'repair-trust',
				title: 'Repairing trust',
				prompt:
					"Send the cops? That's exactly why guys like me don't call you people. Maybe I should just hang up.",
				guidance:
					"Own the misstep directly: 'You're right, I came in too hard. I don't want to send anyone; I want us to figure out tonight together.' Then return to the means conversation with a collaborative question about who might hold the gun for a while.",
				next: 'means-plan'
			},
			{
				id: 'repair-means',
				title: 'Coming back to the gun',
				prompt:
					"Huh. You're the first person who didn't freak out about the pistol. Guess it stays where it is, then.",
				guidance:
					"Recognise that you skipped means safety and come back to it honestly: 'Actually, I'd like to go back to the pistol, because it matters.' Ask what would make it harder to reach tonight and who could hold it.",
				next: 'means-plan'
			}
		],
		isOneTime: false
	},

	// 4 ─ advanced · chat · risk-assessment
	{
		slug: 'crisis-new-parent-intrusive-thoughts-chat',
		title: 'New parent at 3 a.m.: frightening thoughts',
		description:
			'A mother of a seven-week-old baby writes in the middle of the night, exhausted and terrified by unwanted images of her baby being hurt. She fears that saying so will get her baby taken away. The counselor must separate distressing intrusive thoughts from intent, screen for postpartum psychosis and for her own suicide risk.',
		instructions:
			"Respond to the disclosure calmly and without alarm. Explore whether the thoughts are unwanted and distressing or accompanied by any wish or intent, and ask about confusion, voices or beliefs that seem unusual. Be honest about confidentiality and your center's reporting policy. Ask directly about suicide and link her to perinatal mental health support and her own care providers.",
		context:
			"It is 3:10 a.m. Mei Lin's partner works night shifts and her mother-in-law, who lives with them, is asleep. The baby has just settled after two hours of crying. Mei Lin has a history of anxiety, but this is the first time she has reached out for help since giving birth.",
		expectedOutcome:
			'Mei Lin feels less alone and less ashamed. The counselor has established that the thoughts are unwanted and horrifying to her, with no signs of psychosis, and that she has passive thoughts of death with no plan or intent. She agrees to tell her partner in the morning and to contact her midwife or doctor the same day.',
		learningGoal:
			'Assess risk to self and others in a perinatal crisis while responding to intrusive-thought disclosures without stigma.',
		learningObjectives: [
			'Respond to disclosures about harm to a baby calmly and without judgement',
			'Distinguish unwanted intrusive thoughts from intent and screen for psychotic symptoms',
			'Explain limits of confidentiality honestly and accurately',
			'Ask directly about suicide and assess plan, intent and protective factors',
			"Link to perinatal mental health care and the caller's own providers"
		],
		persona: {
			name: 'Mei Lin Chen',
			age: 31,
			pronouns: 'she/her',
			background:
				'Accountant on parental leave; first baby, born seven weeks ago after a difficult delivery. Her partner works nights and her mother-in-law lives with them; she has had anxiety since her teens.',
			presentation:
				'Writes in careful, self-critical sentences, then deletes and re-sends. Desperately wants to be told she is not a monster, and is braced for judgement.',
			voice:
				"Calm, non-shocked curiosity helps her open up and her messages soften. Any hint of alarm, or questions that sound like an investigation, makes her say 'forget it' and go silent."
		},
		comfortIndicators: {
			comfortable: [
				'She shares more detail without being asked',
				"She uses words like 'relief' or 'I've never said this out loud'",
				'She asks what help would look like',
				'She mentions her partner as someone she could tell'
			],
			uncomfortable: [
				"She writes 'forget it' or 'never mind'",
				'She asks repeatedly whether someone will take her baby',
				'Long silences after a question',
				'She insists she is a terrible mother'
			]
		},
		mode: 'chat',
		category: 'advanced',
		skills: ['risk-assessment', 'anxiety-support', 'resource-linkage'],
		difficulty: 'advanced',
		estimatedTime: 35,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide'],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt:
					'is this only for suicide stuff. i dont even know what this is. i have a 7 week old and i cant do this',
				guidance:
					"Reassure her that this line is for anyone who is struggling, and that new parents often reach out at exactly this hour. Reflect her exhaustion and invite her to tell you what's happening."
			},
			{
				id: 'exhaustion',
				title: 'The exhaustion',
				prompt:
					'she only stops crying if im holding her. i havent slept more than 2 hours in a row in weeks. everyone keeps saying this is the happy part',
				guidance:
					'Reflect the gap between what she was told to expect and what she is living. Validate sleep deprivation as a real, heavy strain. Keep your messages short; she is exhausted.'
			},
			{
				id: 'disclosure',
				title: 'The disclosure',
				prompt:
					'i keep getting these horrible pictures in my head of something happening to her. like me dropping her on the stairs. i would never. im scared to tell anyone because theyll take her away',
				guidance:
					"Stay calm and thank her for trusting you. Ask how she feels when the pictures come (frightened, disgusted) and what she does about them. Gently ask whether she ever feels any wish to act on them, and whether she has noticed confusion, hearing or seeing things others don't, or beliefs that feel strange. Do not diagnose."
			},
			{
				id: 'clarifying',
				title: 'Unwanted, not wanted',
				prompt:
					'no god no, they make me feel sick. ive stopped carrying her on the stairs and im not hearing voices or anything. i just feel like a monster. are you going to report me',
				guidance:
					"Reflect that the horror she feels and the steps she takes to keep her baby safe show how unwanted these thoughts are; many new parents experience this and it is treatable. Answer the reporting question honestly according to your center's policy: nothing she has described suggests her baby is in danger from her."
			},
			{
				id: 'suicide-ask',
				title: 'Asking about her own safety',
				prompt: 'sometimes i think shed be better off with someone who is actually good at this',
				guidance:
					"Ask directly: 'Are you having thoughts of suicide, or of not being here?' She says she sometimes wishes she wouldn't wake up, has not thought about how, and would not leave her daughter. Explore frequency, any history, and what stops her. Record passive ideation with no plan or intent."
			},
			{
				id: 'next-steps',
				title: 'Getting support',
				prompt:
					'my husband gets home at 7. i guess i could show him this chat. i dont want to be a burden on him either',
				guidance:
					'Support the idea of telling her husband and explore how she might start. Encourage her to contact her midwife, health visitor or doctor today, and offer perinatal mental health resources from your directory. Agree what she can do if the thoughts change: if they start to feel like urges, if she feels confused, or if suicidal thoughts grow, she should seek urgent help and can contact the line any time.'
			},
			{
				id: 'closing',
				title: 'Closing',
				prompt: 'ok. i think i can sleep a bit now while shes down. thank you for not freaking out',
				guidance:
					'Summarise her plan (rest, talk to her husband at 7, call her provider) and affirm her courage in saying this out loud. Invite her back any time, day or night, and close warmly.'
			}
		],
		isOneTime: false
	},

	// 5 ─ intermediate · phone · safety-planning
	{
		slug: 'crisis-farmer-after-crop-loss',
		title: 'Farmer after a hailstorm wipes out the harvest',
		description:
			'A third-generation grain farmer calls because his wife insisted. A hailstorm destroyed his crop weeks before harvest, the bank loan is due and he has started thinking his life insurance is worth more than he is. A scenario on building a practical safety plan that fits rural life, including firearms on the farm.',
		instructions:
			'Respect his pride and his knowledge of his own situation; avoid jargon. Ask directly about suicide and assess plan, intent and means. Discuss firearm storage in a farm context without demanding removal. Build a concrete safety plan with him and link him to farm-specific financial and stress supports.',
		context:
			"It is 6 a.m.; Dale has been up since four doing sums at the kitchen table. The hailstorm came through nine days ago. Crop insurance will cover only part of the loss and an operating loan is due in the autumn. His wife Karen stuck the line's number on the fridge and told him to call.",
		expectedOutcome:
			'Dale acknowledges thoughts of suicide without a plan, agrees his son will hold the key to the gun cabinet for the coming weeks, and has a written safety plan plus contact details for farm financial counselling. He plans to show the plan to Karen.',
		learningGoal:
			'Build a collaborative, rural-appropriate safety plan, including firearm means safety, with a reluctant caller.',
		learningObjectives: [
			'Engage a reluctant caller whose culture values self-reliance',
			'Ask directly about suicide and recognise financial loss as a risk factor',
			'Discuss firearm storage respectfully in a farming context',
			"Co-create a safety plan using the caller's own words and supports",
			'Link to farm-specific financial and stress resources'
		],
		persona: {
			name: 'Dale Hendricks',
			age: 54,
			pronouns: 'he/him',
			background:
				'Third-generation grain farmer; married to Karen for 30 years, with a grown son Josh who farms with him. Keeps rifles for pests, as most neighbours do.',
			presentation:
				"Gruff, practical, speaks in short sentences. Says 'farmers don't call hotlines' and wants a solution, not sympathy.",
			voice:
				"Plain talk and respect for his expertise earn longer answers and eventually dry humour. Jargon, pity or lectures about guns make him shut down with 'I've got chores.'"
		},
		comfortIndicators: {
			comfortable: [
				'He explains how the farm works, like teaching the counselor',
				'He mentions Karen or Josh with warmth',
				'He agrees to write things down',
				'He asks a practical question about resources'
			],
			uncomfortable: [
				'He says he has chores to get to',
				"He answers 'fine' or 'don't know' repeatedly",
				'He becomes defensive about the rifles',
				"He minimises: 'other folks have it worse'"
			]
		},
		mode: 'phone',
		category: 'cohort_training',
		skills: ['safety-planning', 'risk-assessment', 'resource-linkage'],
		difficulty: 'intermediate',
		estimatedTime: 30,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide', 'firearms'],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt: 'My wife put this number on the fridge. Said call or she would. So here I am.',
				guidance:
					'Acknowledge that it took something to dial, and that Karen must care about him. Ask an open question about what has been going on, with no pressure.'
			},
			{
				id: 'the-loss',
				title: 'The storm',
				prompt:
					"Hail came through a week ago Tuesday. Twenty minutes and the whole year's gone. My granddad broke that ground. I'm going to be the one who loses it.",
				guidance:
					"Reflect the loss beyond money: heritage, identity, a year's work. Let him explain the practicalities; treating him as the expert builds rapport."
			},
			{
				id: 'asking-directly',
				title: 'Asking directly',
				prompt: 'Some nights I figure the life insurance is worth more than I am.',
				guidance:
					"Ask plainly: 'Are you thinking about suicide?' He says the thought has been coming more often, that he has not made a plan and would not do that to Karen, 'but it's there'. Ask about past attempts (none), drinking (a little more than usual) and how strong the thoughts get."
			},
			{
				id: 'means',
				title: 'Rifles on the farm',
				prompt: "We've got rifles. It's a farm. Everybody does.",
				guidance:
					'Normalise his reason for having them, then ask about storage and whether someone else could hold the key or the ammunition during these hard weeks. Frame it as what many farmers do in a tough season, temporary and his decision.'
			},
			{
				id: 'safety-plan',
				title: 'Building the plan',
				prompt:
					"Josh could keep the cabinet key, I suppose. He wouldn't ask why. What else goes on this list of yours?",
				guidance:
					'Build the plan step by step in his language: warning signs (up at 4 doing sums, avoiding Karen), what helps (walking the fields at dawn, coffee with his neighbour who went through a drought year), people to call, professional help including his doctor and the line, and reasons for living. Ask him to write it down.'
			},
			{
				id: 'resources',
				title: 'Practical help',
				prompt: "I don't need a shrink. I need a banker who'll listen.",
				guidance:
					'Take the practical need seriously: share farm financial counselling, agricultural mediation or extension office contacts and any farm stress line your directory lists. Gently add that his doctor can help with the sleep and stress, without insisting on therapy.'
			},
			{
				id: 'closing',
				title: 'Closing',
				prompt: "Alright. I'll show Karen this list. And I'll give Josh the key tonight.",
				guidance:
					'Summarise the plan and his commitments, thank him for the honesty, and offer a follow-up call if your line provides one. Let him know he can call back any time, including from the tractor cab.'
			}
		],
		isOneTime: false
	},

	// 6 ─ beginner · phone · grief-support
	{
		slug: 'crisis-widower-first-months',
		title: "Widower in the first months after his wife's death",
		description:
			'An 80-year-old man calls four months after his wife of 54 years died. He found her handwriting on an old grocery list and has not been able to stop crying. A scenario on companioning grief, avoiding clichés, and screening an older man for suicide.',
		instructions:
			"Invite stories about his wife and use her name. Avoid reassurances such as 'she's in a better place' or 'time heals'. Ask gently about eating and sleeping, then ask directly about suicide: older men who are recently bereaved are at elevated risk. Help him identify one source of connection.",
		context:
			"It is mid-afternoon on a grey Sunday. Harold's daughter lives three states away and gave him the number after a worrying phone call. He has been living on toast and tinned soup. The hospice that cared for his wife has sent bereavement leaflets he has not opened.",
		expectedOutcome:
			'Harold feels that his grief and his wife are being honoured. The counselor learns that he has passive thoughts of not waking up but no plan or intent, and he agrees to try the church lunch on Tuesday and to call the hospice bereavement service.',
		learningGoal:
			'Companion an older bereaved caller through their grief while completing a direct, respectful suicide screen.',
		learningObjectives: [
			'Invite and reflect memories of the person who died, using their name',
			'Avoid clichés and premature reassurance',
			'Check basic self-care such as eating and sleeping',
			'Ask directly about suicide with an older, bereaved man',
			'Link to bereavement support such as hospice services or faith community'
		],
		persona: {
			name: 'Harold Kowalski',
			age: 80,
			pronouns: 'he/him',
			background:
				'Retired machinist, Polish-American, married to Irene for 54 years until she died of cancer four months ago. Irene managed the household and their social life.',
			presentation:
				'Slow, courteous, with long pauses. Tells small stories about Irene and apologises when his voice breaks.',
			voice:
				"When the counselor uses Irene's name and lets him talk, he brightens and speaks more freely. Clichés or hurried questions make him apologise and say he should let you go."
		},
		comfortIndicators: {
			comfortable: [
				'He tells another story about Irene',
				'He laughs softly at a memory',
				"He says 'nobody lets me talk about her'",
				'He considers a suggestion rather than dismissing it'
			],
			uncomfortable: [
				"He says 'I should let you go'",
				"Long silences followed by 'never mind'",
				"He repeats that he's just an old man being silly"
			]
		},
		mode: 'phone',
		category: 'onboarding',
		skills: ['grief-support', 'active-listening', 'risk-assessment', 'resource-linkage'],
		difficulty: 'beginner',
		estimatedTime: 15,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['death-and-grief', 'suicide'],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt:
					"Hello? I'm not sure I dialled right. My daughter said this was a line where you could just... talk.",
				guidance:
					"Reassure him he has the right number and that talking is exactly what it's for. Ask gently what's on his mind today."
			},
			{
				id: 'the-list',
				title: 'The grocery list',
				prompt:
					'Irene did everything. Bills, birthdays, all of it. Yesterday I found her grocery list in the pocket of her coat. I just sat down in the hallway with it.',
				guidance:
					"Use Irene's name and reflect what that moment was like. Invite more: 'Tell me about Irene.' Do not hurry to comfort; let him describe her."
			},
			{
				id: 'quiet-house',
				title: 'Getting worse, not better',
				prompt:
					"Everyone said the first months are the hardest. It's getting worse, not better. The house is so quiet. I have toast for supper most nights.",
				guidance:
					'Normalise that grief often deepens once the funeral and visitors are over. Ask about eating, sleeping and how he fills his days, without lecturing.'
			},
			{
				id: 'screen',
				title: 'Asking directly',
				prompt: "Some mornings I think, what's the point of getting up.",
				guidance:
					"Ask directly and gently: 'Harold, sometimes when people lose someone they love this much they think about ending their life. Have you been having thoughts like that?' He says he sometimes hopes he won't wake up, but he would never do anything: 'Irene would have my hide.' Ask whether the thoughts have included any way of doing it (no) and reflect his reasons for staying."
			},
			{
				id: 'connection',
				title: 'Connection',
				prompt:
					"The pastor keeps asking me to come to the Tuesday lunch. I haven't gone. Irene was the one who talked to people.",
				guidance:
					"Explore what makes going hard and what might make it easier (someone to sit with, going for just half an hour). Mention that hospices usually offer free bereavement support to families for a year or more, and ask if he'd like to call them."
			},
			{
				id: 'closing',
				title: 'Closing',
				prompt: "Talking about her helped. Nobody says her name anymore. Maybe I'll go on Tuesday.",
				guidance:
					'Reflect how much Irene is still part of him, summarise his plan (Tuesday lunch, hospice call, telling his daughter about today) and invite him to call again, especially on hard days or anniversaries.'
			}
		],
		isOneTime: false
	},

	// 7 ─ intermediate · chat · self-harm-assessment (branching: confidentiality)
	{
		slug: 'crisis-teen-self-harm-chat',
		title: 'Teen chat: self-harm after a hard day at school',
		description:
			"A 15-year-old opens the chat by asking whether the counselor will 'call someone'. They have been self-harming for months and did so again tonight. The scenario practises honest confidentiality, non-judgemental self-harm assessment, a separate suicide question and youth-friendly coping planning.",
		instructions:
			'Answer the confidentiality question honestly: do not promise total secrecy and do not open with demands for identifying details. Respond to the self-harm disclosure calmly, check whether the injury needs medical care, and explore its function. Ask separately and directly about suicide. Build a plan for tonight without demanding that they stop self-harming.',
		context:
			'It is 10:30 p.m. on a school night. Jordan is in their bedroom; their mom and stepdad are downstairs watching TV. Since coming out to a few friends in the spring, Jordan has been left out of a group chat and mocked in the hallway. They found the chat link on a social media post.',
		expectedOutcome:
			'Jordan trusts the counselor enough to share what happened, the wound does not need emergency care, and suicidal thoughts are passive with no plan or intent. Jordan chooses two coping alternatives for tonight and considers telling the school counselor or their aunt.',
		learningGoal:
			'Assess self-harm and suicide risk with a young person while being honest about confidentiality.',
		learningObjectives: [
			'Explain confidentiality and its limits in language a teenager trusts',
			'Respond to self-harm disclosures calmly and check for medical need',
			'Explore the function of self-harm and its frequency and escalation',
			'Ask about suicide separately and directly',
			'Co-create coping alternatives and identify a trusted adult'
		],
		persona: {
			name: 'Jordan',
			age: 15,
			pronouns: 'they/them',
			background:
				'Lives with their mom and stepdad; recently came out as nonbinary to a few friends and has since been excluded and teased at school. Has been self-harming since March to cope with overwhelming feelings.',
			presentation:
				"Guarded, lowercase, short messages, testing whether the counselor can be trusted. Wants relief and someone who won't panic.",
			voice:
				'Honesty and calm earn longer, more open messages and even a joke. Overpromising, lecturing or asking for their address makes them disappear.'
		},
		comfortIndicators: {
			comfortable: [
				'Messages get longer and include feelings',
				"They share something they haven't told anyone",
				'They ask the counselor a question back',
				'They suggest a coping idea themselves'
			],
			uncomfortable: [
				"Replies shrink to 'idk' or 'k'",
				"They ask again whether you'll tell their parents",
				"They say 'this was stupid'",
				'Long gaps that suggest they might leave'
			]
		},
		mode: 'chat',
		category: 'cohort_training',
		skills: ['self-harm-assessment', 'rapport-building', 'safety-planning'],
		difficulty: 'intermediate',
		estimatedTime: 20,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['self-harm', 'suicide', 'bullying'],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt: 'hey. can i ask something without u calling someone',
				guidance:
					"Welcome them and say you're glad they reached out. Invite the question without making promises yet."
			},
			{
				id: 'confidentiality',
				title: 'Will you tell?',
				prompt: 'like if i tell u something will u tell my parents',
				guidance: 'This moment decides whether Jordan stays. Be honest, brief and warm.',
				choices: [
					{
						label:
							"Explain that what they share stays between you in almost all cases, and that you'd only involve others if their life were in immediate danger, and you'd talk with them about it first",
						next: 'disclosure',
						feedback:
							"Honest, plain limits build trust. Young people usually accept limits they understand; what they can't forgive is being surprised later."
					},
					{
						label: 'Promise that everything stays 100% secret, no matter what',
						next: 'repair-promise',
						feedback:
							'You cannot keep that promise if there is imminent danger or a disclosure your center must act on. Breaking it later would feel like betrayal.'
					},
					{
						label: 'Ask for their full name, age and address before you go any further',
						next: null,
						feedback:
							'Demanding identifying details up front feels like surveillance; Jordan closes the chat. Identifying information is only sought when risk requires it.'
					}
				]
			},
			{
				id: 'disclosure',
				title: 'The disclosure',
				prompt:
					'ok. i cut tonight. not like to die or anything. it just makes everything go quiet for a bit',
				guidance:
					'Thank them for telling you and stay calm. Ask whether the injury needs medical attention (still bleeding, deep, signs of infection) without asking for graphic detail. Reflect the relief it gives them before exploring anything else.'
			},
			{
				id: 'assessment',
				title: 'Understanding the self-harm',
				prompt:
					'its not deep. i cleaned it. ive been doing it since like march. more lately. people at school have been really bad since i came out',
				guidance:
					'Explore frequency, whether it is escalating, what happens before (triggers) and after (relief, shame). Reflect the bullying and the pain of being excluded. Note escalation as a risk factor.'
			},
			{
				id: 'suicide-ask',
				title: 'Asking about suicide',
				prompt:
					'sometimes i think about not being here. not a plan or anything. just like itd be easier',
				guidance:
					"Ask directly: 'When you think about not being here, do you have thoughts of killing yourself?' Jordan says sometimes, passing, no plan, no intent, never attempted. Explore what keeps them going (their cat, their aunt, drawing) and reflect it back."
			},
			{
				id: 'coping-plan',
				title: 'Plan for tonight',
				prompt: 'what am i supposed to do instead when it gets that loud',
				guidance:
					'Offer choices rather than rules: holding ice, intense exercise, loud music, drawing on skin with a marker, texting a friend. Ask which have helped even a little. Explore a trusted adult (aunt, school counselor) and LGBTQ+ youth support services, and let them know they can come back tonight. Do not require a promise to stop.',
				next: null
			},
			{
				id: 'repair-promise',
				title: 'Correcting a promise',
				prompt:
					'ok good bc if u tell anyone im done. ...actually wait. what if it was something really bad',
				guidance:
					"Correct yourself now, before the disclosure: 'I want to be honest with you. I said everything stays secret, and that wasn't quite right. Almost everything does; if your life were in immediate danger I'd want to get you help, and I'd talk with you first.' Own the correction and invite them to continue.",
				next: 'disclosure'
			}
		],
		isOneTime: false
	},

	// 8 ─ intermediate · phone · call-routing (branching: imminent third-party risk)
	{
		slug: 'crisis-third-party-friend-goodbye-post',
		title: "Third-party caller: a friend's goodbye post",
		description:
			'A college student calls in a panic about her friend, who has posted what looks like a goodbye message and is not answering his phone. The counselor gathers what is known, recognises imminent risk, guides the caller to get emergency help to her friend, and then supports the caller herself.',
		instructions:
			"Help the caller slow down enough to share the key facts: what was posted and when, the friend's history, his location and whether he is alone. Recognise signs of imminent risk and guide her to emergency services for a welfare check, following your center's protocol for third-party calls. Then attend to the caller's own distress, guilt and safety.",
		context:
			"It is 12:15 a.m. Sofia saw her friend Marcus's story about half an hour ago. Marcus's father died in the winter and he has been withdrawn since. He lives alone in an apartment about twenty minutes away. Sofia is in her dorm room with her phone on speaker.",
		expectedOutcome:
			"Sofia calls emergency services for a welfare check at Marcus's address while the counselor stays with her. She feels supported rather than blamed, has someone with her, and knows she can call back.",
		learningGoal:
			'Gather third-party information efficiently, recognise imminent risk and route help to the person at risk while supporting the caller.',
		learningObjectives: [
			'Gather key facts from a distressed third-party caller',
			'Identify signs of imminent risk in a third-party report',
			'Guide the caller to emergency services or a welfare check per center protocol',
			"Support the caller's feelings of guilt and fear",
			"Check the caller's own wellbeing and support network"
		],
		persona: {
			name: 'Sofia Alvarez',
			age: 22,
			pronouns: 'she/her',
			background:
				'College senior studying education; close friend of Marcus since first year. Her family is Colombian-American and lives several hours away.',
			presentation:
				'Speaks fast, breathless and scattered, jumps between details. Wants someone to tell her what to do.',
			voice:
				"Clear, calm, structured questions help her focus and her voice steadies. Vague reassurance or 'wait and see' advice makes her more frantic."
		},
		comfortIndicators: {
			comfortable: [
				'She answers questions one at a time',
				'Her breathing becomes audibly slower',
				'She takes action when guided',
				"She says 'okay, okay, I can do that'"
			],
			uncomfortable: [
				'She talks over the counselor',
				"She repeats 'what do I do' without taking in answers",
				'She blames herself loudly',
				"She says she'll just drive over herself"
			]
		},
		mode: 'phone',
		category: 'cohort_training',
		skills: ['call-routing', 'risk-assessment', 'resource-linkage'],
		difficulty: 'intermediate',
		estimatedTime: 20,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide', 'death-and-grief'],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt:
					"Hi, I'm not the one who... it's my friend. He posted something really scary and he's not answering his phone.",
				guidance:
					"Acknowledge her fear and that she did the right thing by calling. Let her know you'll work through this together and start with what he posted."
			},
			{
				id: 'what-was-posted',
				title: 'What was posted',
				prompt:
					"It says 'thank you for everything, I'm sorry, I'm done.' With a picture of his dog. About half an hour ago. He's been really depressed since his dad died.",
				guidance:
					'Gather facts calmly: exact wording, time, his recent history, any prior attempts or talk of suicide. Keep your questions short and one at a time.'
			},
			{
				id: 'key-facts',
				title: 'Where and who',
				prompt:
					"Last week he texted me that he'd been 'looking things up'. He lives alone, his roommate moved out. I have his address. He's not answering anyone.",
				guidance:
					'Confirm his address, whether anyone could be with him and whether he has access to means. A goodbye message, recent research, isolation, loss and no response together suggest imminent risk.'
			},
			{
				id: 'decision',
				title: 'What do I do?',
				prompt: 'What do I do? Should I just keep trying him? Should I drive over?',
				guidance: 'This is the moment to route help to Marcus quickly and safely.',
				choices: [
					{
						label:
							"Explain that this sounds like an emergency and guide her to call emergency services now for a welfare check at his address, staying on the line with her (or conferencing per your center's protocol)",
						next: 'welfare-check',
						feedback:
							'Imminent third-party risk calls for the fastest route to trained responders. Staying connected helps her act instead of freeze.'
					},
					{
						label: 'Suggest she keep texting him and see whether he replies in the next hour',
						next: 'repair-delay',
						feedback:
							'Waiting loses critical time. A goodbye post and no response is not a wait-and-see situation.'
					},
					{
						label: 'Suggest she drive over alone and check on him',
						next: 'repair-delay',
						feedback:
							'This delays professional help and could expose her to a traumatic scene or danger. Emergency services should go first.'
					}
				]
			},
			{
				id: 'welfare-check',
				title: 'After the call',
				prompt:
					"Okay, I called, they're sending someone. I'm so scared I did the wrong thing. He's going to hate me.",
				guidance:
					'Affirm that she did what a caring friend does; his anger, if it comes, is survivable and far better than the alternative. Explain in simple terms what a welfare check usually involves. Stay with her while she waits.'
			},
			{
				id: 'caller-care',
				title: 'Caring for the caller',
				prompt:
					"I keep thinking I should have seen it. He told me he was looking things up and I just said 'don't talk like that'.",
				guidance:
					'Reflect her guilt without arguing with it, and reframe gently: she noticed, she acted tonight. Ask how she is doing, including whether she has had thoughts of suicide herself, as a brief screen. Ask who can be with her now.'
			},
			{
				id: 'closing',
				title: 'Closing',
				prompt: "My roommate just came back. Can I call back if I hear something? Or if I don't?",
				guidance:
					"Say yes, clearly. Summarise what she did, suggest she lets her roommate know what's happening, and remind her the line is there for her too, tonight and in the days ahead. Document the third-party report and actions taken.",
				next: null
			},
			{
				id: 'repair-delay',
				title: 'Rethinking the plan',
				prompt: "But what if an hour is too late? What if I get there and... I can't do that.",
				guidance:
					"Acknowledge that she's right to be worried and that you want to change your advice: this needs emergency help now. Guide her to call emergency services for a welfare check, and stay on the line.",
				next: 'welfare-check'
			}
		],
		isOneTime: false
	},

	// 9 ─ advanced · phone · substance-assessment (branching: medical emergency)
	{
		slug: 'crisis-intoxicated-caller-pills-and-alcohol',
		title: 'Urgent late-night call: intoxicated caller who mixed pills and alcohol',
		description:
			'A laid-off construction foreman calls at 2 a.m., slurring, after his wife left with the children. Partway through he mentions taking sleeping pills with a bottle of whiskey. The counselor must recognise a possible medical emergency, assess suicidal intent and coordinate emergency help without losing him.',
		instructions:
			"Use short, simple sentences and a calm, even tone; do not lecture about drinking. Assess substances precisely: what, how much and when. Treat combined depressants as a medical emergency regardless of intent, and move toward emergency medical help per your center's protocol. Ask directly about suicide, address access to the remaining pills, and stay on the line until help arrives.",
		context:
			"It is 2:05 a.m. Terry is at home alone in a rented house. His wife took their two children to her mother's two days ago. He lost his job six weeks ago. He has a prescription for sleeping pills from his doctor.",
		expectedOutcome:
			'The counselor identifies the combination of sleeping pills and alcohol and establishes that Terry considered taking more to die. With his address and agreement, emergency medical help is coordinated and the counselor stays on the line until his neighbour and the paramedics arrive.',
		learningGoal:
			'Recognise and respond to a substance-related medical emergency while assessing suicide risk in an intoxicated caller.',
		learningObjectives: [
			'Adapt communication style to an intoxicated caller',
			'Ask specifically about substances: type, amount and timing',
			'Recognise combined sedatives and alcohol as a medical emergency',
			'Assess suicidal intent and reduce access to remaining means',
			'Coordinate emergency help while staying connected'
		],
		persona: {
			name: "Terrence 'Terry' Walsh",
			age: 44,
			pronouns: 'he/him',
			background:
				'Construction foreman laid off six weeks ago; married 15 years with two children aged 8 and 11. Drinking has increased since the layoff; his wife left after an argument two days ago.',
			presentation:
				'Slurred, repetitive, swings between sarcasm and tears. Expects to be judged for drinking.',
			voice:
				'Patient, non-judgemental questions keep him talking and cooperative. Lectures or alarm make him defensive; silences and drowsiness are warning signs that the substances are taking hold.'
		},
		comfortIndicators: {
			comfortable: [
				'He answers questions directly, even if slowly',
				'He mentions his kids with tenderness',
				'He accepts a suggestion such as unlocking the door',
				'He agrees to let someone check on him'
			],
			uncomfortable: [
				"He says 'here comes the lecture'",
				'Speech becomes noticeably slower or he stops responding',
				"He says he's going to lie down",
				"He becomes hostile about 'calling the cavalry'"
			]
		},
		mode: 'phone',
		category: 'advanced',
		skills: ['substance-assessment', 'risk-assessment', 'call-routing', 'de-escalation'],
		difficulty: 'advanced',
		estimatedTime: 40,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['substance-use', 'suicide', 'medical-emergency'],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt:
					"Y'know what... (laughs) you're gonna tell me to put the bottle down, right? Everybody does.",
				guidance:
					"Don't take the bait and don't lecture. 'I'm not here to tell you what to do. I'm glad you called. What's going on tonight?' Keep sentences short."
			},
			{
				id: 'the-story',
				title: 'What happened',
				prompt:
					"She took the kids to her mother's, said she's done. Can't blame her. Lost my job, now this... some father.",
				guidance:
					'Reflect the loss and shame briefly. Begin to gauge how much he has had to drink and over what time, in a curious, non-judgemental tone.'
			},
			{
				id: 'substances',
				title: "What he's taken",
				prompt:
					"Most of a bottle. Since dinner, I guess. And a couple of my sleeping pills, to knock me out. Doesn't matter.",
				guidance:
					'This changes the call. Sleeping pills plus heavy drinking can slow breathing and is potentially life-threatening, whatever his intent.',
				choices: [
					{
						label:
							'Calmly ask exactly what he took, how many and when, explain that pills and alcohol together can be dangerous, and ask where he is',
						next: 'medical-check',
						feedback:
							'Precise, calm questions establish the medical picture and start the path to help without sounding like an alarm.'
					},
					{
						label: "Ask why he's been drinking so much and whether he's ever tried a support group",
						next: 'repair-medical',
						feedback: 'This is a lecture in disguise, and it misses a possible medical emergency.'
					},
					{
						label:
							'Reassure him that a couple of pills is probably fine and keep talking about his wife',
						next: 'repair-medical',
						feedback:
							'Counselors cannot judge medical safety. Mixing sedatives and alcohol must be treated as an emergency until a medical professional says otherwise.'
					}
				]
			},
			{
				id: 'medical-check',
				title: 'Medical picture',
				prompt: "Two, maybe three? Around half an hour ago. I'm not trying to die tonight... am I?",
				guidance:
					"Answer honestly that you're worried about his safety because of the combination. Get his address and whether anyone is nearby. Then ask directly about suicide: did he take the pills wanting to die, and has he thought about taking more?"
			},
			{
				id: 'intent-and-means',
				title: 'Intent and the rest of the pills',
				prompt:
					"Thought about it. Thought about taking the whole bottle. Didn't. Put it back in the cabinet.",
				guidance:
					"Reflect the part of him that put the bottle back. Ask him to put the remaining pills somewhere out of reach, such as outside the front door or with a neighbour, while you stay on the line. Explain that you'd like paramedics to check him because of what he's taken, and seek his agreement per your center's protocol."
			},
			{
				id: 'getting-help',
				title: 'Getting help there',
				prompt:
					"My neighbour Dave's up, his light's on. ...Fine. Call whoever. I'll unlock the door.",
				guidance:
					'Coordinate emergency medical help (warm conference or supervisor-initiated dispatch, per protocol) and keep him talking. Ask him to unlock the door and sit somewhere safe. Encourage him to call Dave over. Stay on the line until help arrives, then document and arrange follow-up if your center offers it.',
				next: null
			},
			{
				id: 'repair-medical',
				title: 'Drowsiness',
				prompt:
					"(Speech slower, longer pauses.) ...I'm just real tired now. Gonna lie down for a bit.",
				guidance:
					"Recognise growing drowsiness as a danger sign. Interrupt gently but clearly: 'Terry, before you lie down, I need to ask you some questions about the pills.' Return at once to what, how much and when, and his location.",
				next: 'medical-check'
			}
		],
		isOneTime: false
	},

	// 10 ─ intermediate · phone · boundary-setting (branching: call plan)
	{
		slug: 'crisis-frequent-caller-call-plan',
		title: 'Frequent caller: holding a kind boundary',
		description:
			'A caller who contacts the line several times a day, and has an agreed call plan, asks the counselor to stay on longer than the plan allows and mentions suicide in passing. The scenario practises assessing risk freshly each time, holding a boundary with warmth, and ending a call well.',
		instructions:
			'Greet the caller warmly and refer to her call plan without making it sound like a punishment. When she mentions suicide, ask directly and compare the answer to her usual baseline, rather than dismissing it. Hold the agreed time limit kindly, use the remaining time to plan her evening, and end the call clearly and warmly.',
		context:
			'Lorraine is known to the line and has a care plan agreed with her therapist and the center: one call of about ten minutes per shift, with a focus on planning her day. Her notes show she often mentions wanting to die, has never attempted, and has consistently denied plan or intent. Tonight is her first call of this shift.',
		expectedOutcome:
			'The counselor assesses risk freshly (unchanged from baseline), keeps to the call plan without shaming her, helps her plan her evening and ends on time with a warm goodbye. Lorraine feels cared for even though the call is brief.',
		learningGoal:
			'Hold a consistent, compassionate boundary with a frequent caller while still assessing risk each time.',
		learningObjectives: [
			"Use the caller's care plan consistently and warmly",
			"Assess suicide risk each call and compare it with the caller's baseline",
			'Set and restate time boundaries without shaming',
			'Repair the relationship after a boundary misstep',
			'End a call clearly, with a summary and a plan'
		],
		persona: {
			name: 'Lorraine Pike',
			age: 61,
			pronouns: 'she/her',
			background:
				'Former bookkeeper on disability for chronic depression; lives alone in a flat with thin walls. Sees a therapist every two weeks and has a sister who rarely calls back.',
			presentation:
				"Familiar, slightly wry, a little demanding. Knows the line's routines and tests them, often by mentioning the longer calls other counselors gave her.",
			voice:
				'Warm consistency settles her and she cooperates with planning. Vague limits invite more pushing; shaming comments make her hurt and raise the stakes.'
		},
		comfortIndicators: {
			comfortable: [
				'She agrees to a small plan for the evening',
				"She jokes about her neighbours' music",
				'She accepts the end of the call with a goodbye',
				'She mentions her therapist appointment'
			],
			uncomfortable: [
				"She compares you to 'the other girl' who talked longer",
				'She repeats the same complaint in a loop',
				'She escalates statements about dying when the call nears its end',
				"She says 'nobody wants me, not even you lot'"
			]
		},
		mode: 'phone',
		category: 'cohort_training',
		skills: ['boundary-setting', 'termination', 'risk-assessment', 'active-listening'],
		difficulty: 'intermediate',
		estimatedTime: 20,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide'],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt: "It's me again. Lorraine. I know, I know, you'll say I've already called today.",
				guidance:
					"Greet her by name with genuine warmth. Note it's her first call on this shift and gently frame the call: 'We've got about ten minutes together, like usual. What's happening this evening?'"
			},
			{
				id: 'her-evening',
				title: 'Her evening',
				prompt:
					"Nothing's different. The neighbours have the music up again. My sister still hasn't rung back. Three days now.",
				guidance:
					'Reflect feelings briefly (frustration, feeling forgotten). Keep the focus on tonight rather than going over the long history again.'
			},
			{
				id: 'suicide-mention',
				title: 'The familiar statement',
				prompt: 'Maybe I should just end it all. Then everyone can have their peace and quiet.',
				guidance:
					"Do not dismiss it as routine. Ask directly: 'Are you thinking about killing yourself tonight?' She says, 'No. I say that. I'm not going to do anything.' Check for changes from her baseline: any plan, new stressors, drinking, access to means. All are unchanged. Acknowledge the pain behind the words."
			},
			{
				id: 'boundary',
				title: 'Can you stay longer?',
				prompt:
					"Can't you stay on a bit longer? The other girl last night talked to me for an hour.",
				guidance:
					'This is the boundary moment. Consistency across counselors is what makes a call plan work.',
				choices: [
					{
						label:
							'Acknowledge that she wants more time, kindly restate the ten-minute plan, and offer to use the minutes left to plan her evening',
						next: 'plan-evening',
						feedback:
							'Warm and clear. Holding the plan consistently is caring: it keeps the line predictable and supports her therapy goals.'
					},
					{
						label: 'Agree to stay on as long as she needs, since she mentioned suicide',
						next: 'repair-extend',
						feedback:
							'Her risk is at baseline. Extending the call because of a familiar statement reinforces the pattern and undermines her care plan.'
					},
					{
						label: "Tell her she's tying up the line for people in a real crisis",
						next: 'repair-shame',
						feedback:
							"Shaming damages trust and can raise risk. The boundary can be held without suggesting she doesn't matter."
					}
				]
			},
			{
				id: 'plan-evening',
				title: 'Planning the evening',
				prompt:
					"Fine. I could do the crossword. My programme's on at eight. I suppose I could put the radio on to drown out next door.",
				guidance:
					'Help her make the plan concrete: crossword, programme at eight, radio, a cup of tea. Link to her care plan, e.g. noting this for her therapist on Thursday, and mention a warmline if your directory has one for non-crisis talk.'
			},
			{
				id: 'ending',
				title: 'Ending the call',
				prompt: "So that's it, then.",
				guidance:
					'End clearly and warmly: summarise her plan, acknowledge that today was hard, remind her when she can call next under her plan, and say goodbye. Avoid opening new topics. Document per her care plan.',
				next: null
			},
			{
				id: 'repair-extend',
				title: 'Forty minutes later',
				prompt:
					'(Forty minutes later.) And another thing about my sister: she always did this, even when we were girls...',
				guidance:
					"Notice the drift and the lack of focus. Name it kindly and take responsibility: 'I think I let us go past our usual time, Lorraine, and that's on me. Let's use the next few minutes to plan your evening.'",
				next: 'plan-evening'
			},
			{
				id: 'repair-shame',
				title: 'Hurt',
				prompt: "Real crisis? So I'm not real? Fine. Maybe I'll go and do something real then.",
				guidance:
					"Apologise sincerely and without defensiveness. Because her statement has changed, ask again directly about suicide and check whether anything has shifted. Once she says she isn't going to act, restate the plan kindly and move to planning her evening.",
				next: 'plan-evening'
			}
		],
		isOneTime: false
	},

	// 11 ─ advanced · phone · dv-assessment (branching: limited time)
	{
		slug: 'crisis-urgent-dv-caller-must-hang-up',
		title: 'Urgent DV call: caller who may have to hang up',
		description:
			'A woman whispers from her bathroom while her husband is in the shower; last night he put his hands on her neck, and she has minutes, not an hour. The counselor must set up call safety first, assess lethality quickly and respond well when the call cuts off, and again when she calls back two days later.',
		instructions:
			"Establish call safety first: how long she has, what she'll do if he comes in, and whether yes/no questions would help. Prioritise lethality indicators such as strangulation, threats to kill, weapons and escalation, and recommend medical care after strangulation. Do not pressure her to leave; help her plan around her own choices. If the line drops, follow your center's protocol and do not call back unless she has said it is safe.",
		context:
			'It is 7:20 a.m. Fatima is calling from her own mobile phone in the bathroom. Her children, aged 6 and 9, are asleep. Her husband controls the household money and keeps her passport. Last night, during an argument, he grabbed her by the neck for a few seconds.',
		expectedOutcome:
			'The counselor quickly agrees a safety plan for the call, identifies strangulation and threats about the children as serious danger signs, and gives her one or two key points before the call is cut off. When she calls back she is connected by warm transfer to a DV advocate.',
		learningGoal:
			'Conduct a time-limited, safety-first domestic violence assessment and respond appropriately to a sudden disconnection.',
		learningObjectives: [
			'Establish call safety and a plan for interruption before anything else',
			'Prioritise lethality indicators, especially strangulation',
			"Support the caller's autonomy instead of pressuring her to leave",
			"Be aware of children's exposure and your center's reporting policy",
			'Respond to a sudden hang-up safely and use a warm transfer on callback'
		],
		persona: {
			name: 'Fatima Haddad',
			age: 34,
			pronouns: 'she/her',
			background:
				"Born in Lebanon, moved abroad eight years ago for her husband's work; two children aged 6 and 9. Has no income of her own, a sister in another city, and is unsure of her immigration rights.",
			presentation:
				"Whispering, rushed, asks whether what happened is 'normal'. Frightened, ashamed, and listening for the shower to stop.",
			voice:
				'Efficient, calm, yes/no-friendly questions let her share what matters. Long open questions or pressure to leave make her panic and end the call.'
		},
		comfortIndicators: {
			comfortable: [
				'She answers yes/no questions quickly',
				'She shares a key fact such as the passport or the threats',
				'She repeats back the code phrase or plan',
				'On callback, her voice is steadier and she asks practical questions'
			],
			uncomfortable: [
				"She says 'I have to go' repeatedly",
				'She goes silent, listening for him',
				"She defends him: 'he's not always like this'",
				"She says she can't leave and shouldn't have called"
			]
		},
		mode: 'phone',
		category: 'advanced',
		skills: ['dv-assessment', 'safety-planning', 'call-routing'],
		difficulty: 'advanced',
		estimatedTime: 30,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['domestic-violence'],
		steps: [
			{
				id: 'opening',
				title: 'Whispered opening',
				prompt:
					"(Whispering.) I can't talk long. He's in the shower. I just... I need to know if what he did is normal.",
				guidance:
					'Lower your own voice and pace. Thank her for calling and acknowledge she has little time. Your first priority is call safety.'
			},
			{
				id: 'call-safety',
				title: 'Setting up safety',
				prompt: "He'll be out in maybe five minutes. Maybe less.",
				guidance: 'Every minute counts. Choose how to use them.',
				choices: [
					{
						label:
							"Agree a plan first: if he comes in she can hang up or say 'wrong number'; offer yes/no questions; ask if she is in danger right now",
						next: 'lethality',
						feedback: 'Setting up safety first protects her and makes the remaining minutes usable.'
					},
					{
						label: 'Ask her to start from the beginning and tell you the whole history',
						next: 'repair-time',
						feedback:
							'A full history is not possible in five minutes. Open-ended storytelling uses up the time she needs for safety.'
					}
				]
			},
			{
				id: 'lethality',
				title: 'Danger signs',
				prompt:
					'Yes, okay. ...He put his hands on my neck last night, only for a second. The kids were asleep.',
				guidance:
					'Say clearly that no, this is not normal, and that hands on the neck are one of the most serious danger signs, even if it lasted seconds. Ask yes/no: has he threatened to kill her? Does he have weapons? Is it getting worse? Recommend a medical check, since injuries from strangulation can appear later.'
			},
			{
				id: 'children',
				title: 'The children',
				prompt:
					"He says if I leave I'll never see the kids again. He keeps my passport in his office.",
				guidance:
					"Reflect how frightening the threat is. Check the children's immediate safety. Be aware of your center's policy on children exposed to violence and be transparent if it applies. Name that DV advocates can help with custody and immigration questions."
			},
			{
				id: 'quick-plan',
				title: 'One or two key points',
				prompt: "I can't leave. Not today. Where would I even go?",
				guidance:
					"Respect her decision. Offer one or two essentials: a code word with her sister, keeping her phone charged, safe rooms with exits, and that emergency services are there if he hurts her again. Ask if there's a safe time to call back, and suggest deleting the call from her log if that is safe."
			},
			{
				id: 'sudden-end',
				title: 'The line drops',
				prompt:
					"(A door opens; her voice changes.) No, thank you, I don't need anything, wrong number. (The line disconnects.)",
				guidance:
					"Do not call back unless she told you it was safe. Follow your center's protocol: if she had disclosed immediate danger and an address, emergency services may be warranted; here she did not. Document what you know and take a moment to debrief with your supervisor.",
				next: 'callback'
			},
			{
				id: 'callback',
				title: 'Two days later',
				prompt:
					"(Two days later, from a pharmacy phone.) It's me, from Tuesday. The woman with the... I have twenty minutes. I want to know my options.",
				guidance:
					'Welcome her back and confirm she is safe to talk now. Continue the safety plan (documents, money, the passport, the code word) and offer a warm transfer to a DV advocate who can discuss shelter, protective orders and immigration rights; stay on the line to introduce her.',
				next: null
			},
			{
				id: 'repair-time',
				title: 'Running out of time',
				prompt:
					'It started years ago, when we moved here, he... (pause) I think the water just stopped.',
				guidance:
					"Pivot at once to essentials: 'Fatima, if he comes in, hang up or say wrong number. Are you in danger right now? Can you call back when it's safe?' There may be no time for more.",
				next: 'sudden-end'
			}
		],
		isOneTime: false
	},

	// 12 ─ beginner · phone · rapport-building (branching: prank opening)
	{
		slug: 'crisis-prank-call-that-is-real',
		title: 'Prank-seeming call that turns out to be real',
		description:
			'A call opens with laughter in the background and a joke about someone wanting to die. Handled calmly, the friends drift away and a 14-year-old boy admits it is not entirely a joke: he is being humiliated online. A scenario on never dismissing a call and on building rapport with a young teenager.',
		instructions:
			'Respond to the apparent prank calmly and neutrally, leaving the door open for anyone who wants to talk for real; do not lecture or hang up. When the caller becomes serious, build rapport, reflect the bullying and ask directly about suicide. Be honest about confidentiality and help him think of a trusted adult and practical steps about the online posts.',
		context:
			'It is 4:30 p.m. on a weekday. Tyler and two classmates are in a park after school. For two weeks an edited photo of Tyler has been circulating in a class group chat. His friends think calling the line is funny; Tyler went along with it.',
		expectedOutcome:
			"Tyler stays on the line alone, shares what's been happening and answers the suicide question honestly (passive thoughts, no plan). He leaves with a plan to tell his older cousin or school counselor and to report the posts.",
		learningGoal:
			'Treat every call as potentially real and build rapport quickly with a young teen who opens with a joke.',
		learningObjectives: [
			'Respond to apparent prank calls calmly, without lecturing or hanging up',
			'Recognise when a joke masks a real concern',
			'Build rapport with a young teenager in plain, non-patronising language',
			'Ask directly about suicide with a young person',
			'Explain confidentiality limits and identify a trusted adult'
		],
		persona: {
			name: 'Tyler Nguyen',
			age: 14,
			pronouns: 'he/him',
			background:
				'Eighth grader, Vietnamese-American, lives with his parents and grandmother; close to an older cousin at college. Classmates have been sharing an edited, mocking photo of him.',
			presentation:
				"Starts off laughing along with his friends, then goes quiet and mumbles once they leave. Embarrassed and unsure whether he's allowed to be upset.",
			voice:
				"A calm, non-judgemental tone makes him open up in short bursts. Lectures or sarcasm make him say 'whatever' and end the call."
		},
		comfortIndicators: {
			comfortable: [
				'He stays on the line after his friends leave',
				'He explains what happened in his own words',
				'He mentions his cousin or grandmother',
				'He asks what he could actually do'
			],
			uncomfortable: [
				"He says 'whatever' or 'it's fine'",
				'He laughs nervously and changes the subject',
				"He asks if he's in trouble",
				'He says he should go'
			]
		},
		mode: 'phone',
		category: 'cohort_training',
		skills: ['rapport-building', 'risk-assessment', 'active-listening'],
		difficulty: 'beginner',
		estimatedTime: 15,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['bullying', 'suicide'],
		steps: [
			{
				id: 'opening',
				title: "The 'prank'",
				prompt:
					"(Laughter in the background.) Uh, yeah, my friend here wants to kill himself 'cause he's ugly. (More laughing; someone says 'dude, stop'.)",
				guidance: 'How you respond in the first seconds decides whether anyone stays on.',
				choices: [
					{
						label:
							"Stay calm and neutral: 'I'm here if anyone there wants to talk for real. That's exactly what this line is for.'",
						next: 'quiet',
						feedback:
							"Calm neutrality doesn't reward the joke, and it leaves the door open for whoever needs it."
					},
					{
						label: 'Say prank calls waste resources and hang up',
						next: null,
						feedback:
							"Many 'prank' calls contain a real concern. Hanging up can confirm a young person's belief that no one will take them seriously."
					},
					{
						label: 'Lecture them that they are blocking the line for people who actually need it',
						next: 'repair-lecture',
						feedback:
							"A lecture makes a struggling caller feel he doesn't deserve help, and he may not try again."
					}
				]
			},
			{
				id: 'quiet',
				title: 'The others leave',
				prompt: "(Background noise fades.) ...They left. It's kinda... it's not totally a joke.",
				guidance:
					"Slow down and soften. Thank him for staying on. 'I'm really glad you stayed. What's been going on?' Don't ask for his name unless he offers it."
			},
			{
				id: 'the-photo',
				title: "What's been happening",
				prompt:
					"People keep posting this edited picture of me. Everyone in my grade's seen it. My friends think it's funny, so I laugh too.",
				guidance:
					"Reflect how humiliating and lonely that must be, including having to laugh along. Validate that being upset is reasonable. Ask how long it's been going on and how it's affecting him."
			},
			{
				id: 'asking-directly',
				title: 'Asking directly',
				prompt: "Sometimes I think it'd be easier to just not exist, you know?",
				guidance:
					"Ask directly: 'When you think that, are you thinking about killing yourself?' He says he has thought about it, has no plan and has never tried. Ask what helps him keep going (his cousin, gaming with his grandmother watching) and reflect it back."
			},
			{
				id: 'next-steps',
				title: 'What next',
				prompt: "Don't tell my mom. She'll freak out.",
				guidance:
					"Explain honestly what stays private and when you'd need to get help. Explore a trusted person he could tell (his cousin, a school counselor) and practical steps: reporting the posts on the platform, saving screenshots, telling the school. Invite him to call back any time.",
				next: null
			},
			{
				id: 'repair-lecture',
				title: 'After the lecture',
				prompt:
					'(The laughing stops and the others drift away.) ...Whatever, sorry. It was kind of a dare. But...',
				guidance:
					"Drop the lecture entirely and lead with warmth: 'That's okay. I'm still here. It sounded like there might be a \"but\".' Let him take his time.",
				next: 'the-photo'
			}
		],
		isOneTime: false
	},

	// 13 ─ intermediate · phone · de-escalation (branching: angry opening)
	{
		slug: 'crisis-angry-caller-after-long-hold',
		title: 'Angry caller after a long hold',
		description:
			'A man who waited twenty minutes in the queue opens the call shouting. Beneath the anger are a denied disability claim, an eviction notice and a fear that he is failing his daughter. The scenario practises de-escalation, finding the feeling under the anger and asking about suicide once he has calmed.',
		instructions:
			'Do not defend the line or the wait. Acknowledge his experience specifically and genuinely, lower your own voice and slow your pace. Reflect the emotion beneath the anger (fear, shame) and ask directly about suicide when he is calm enough to answer. Close with honest, concrete linkage to practical help.',
		context:
			'It is 9 p.m. on a Friday and the line is busy. Dmitri has been on hold for twenty minutes. Earlier today he received a letter denying his disability claim after a back injury at work, and last week an eviction notice gave him thirty days. His 10-year-old daughter stays with him on weekends.',
		expectedOutcome:
			"Dmitri calms, shares what's really happening, and reports thoughts of being 'better off gone' without plan or intent. He leaves with contacts for legal aid and emergency rental assistance and a plan for the weekend with his daughter.",
		learningGoal:
			'De-escalate an angry caller and uncover the distress and risk beneath the anger.',
		learningObjectives: [
			'Acknowledge anger genuinely without defending or scripting',
			'Use voice, pace and specific reflections to de-escalate',
			'Identify the emotions beneath anger',
			'Ask directly about suicide once the caller is calmer',
			'Link to concrete practical resources honestly'
		],
		persona: {
			name: 'Dmitri Volkov',
			age: 39,
			pronouns: 'he/him',
			background:
				'Warehouse worker, Russian-born, injured his back lifting at work eight months ago. Separated; his daughter Nadia stays with him on weekends. Proud of never having asked for help before.',
			presentation:
				'Loud, sarcastic, challenges the counselor from the first second. Wants to be taken seriously.',
			voice:
				'Specific acknowledgement and a calm tone bring his volume down and reveal fear and shame. Defensiveness, scripts or threats to end the call escalate him quickly.'
		},
		comfortIndicators: {
			comfortable: [
				'His volume drops and sentences lengthen',
				"He says 'sorry for yelling'",
				'He talks about his daughter',
				'He asks a real question about what can be done'
			],
			uncomfortable: [
				'He mocks phrases he hears as scripted',
				'Volume increases, he interrupts',
				"He says 'nobody cares, you're all the same'",
				'He makes hopeless statements in anger'
			]
		},
		mode: 'phone',
		category: 'cohort_training',
		skills: ['de-escalation', 'active-listening', 'risk-assessment', 'resource-linkage'],
		difficulty: 'intermediate',
		estimatedTime: 20,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide'],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt:
					'Twenty minutes! Twenty minutes on hold to a CRISIS line. What if I was dying? Does anybody there actually care?',
				guidance:
					'Let him finish. Do not justify the wait. Your tone (low, steady, unhurried) matters more than your words here.'
			},
			{
				id: 'first-response',
				title: 'The first response',
				prompt: "And don't give me that 'I hear you' script.",
				guidance: "He's testing whether you are real.",
				choices: [
					{
						label:
							"Acknowledge it specifically: 'Twenty minutes is a long time when you're at the end of your rope. I'm sorry. I'm here now and I'm not going anywhere.'",
						next: 'venting',
						feedback:
							"Specific, genuine acknowledgement without excuses lowers the temperature and shows you're listening."
					},
					{
						label: 'Explain that call volumes are high on Friday nights and everyone has to wait',
						next: 'escalation',
						feedback: 'Even if true, explaining sounds like defending the system against him.'
					},
					{
						label: "Tell him you'll have to end the call if he keeps raising his voice",
						next: 'escalation',
						feedback:
							'Limits on abusive behaviour are legitimate, but he is angry, not abusive. A premature limit escalates him and risks losing a caller in crisis.'
					}
				]
			},
			{
				id: 'venting',
				title: 'What happened',
				prompt:
					"They denied my claim. My back's wrecked, I can't lift anything, and now there's a notice on my door. Thirty days.",
				guidance:
					"Reflect the facts and the injustice he feels. Keep your voice lower than his. Short reflections ('Denied, and thirty days to find a home') show you're tracking."
			},
			{
				id: 'underneath',
				title: 'Underneath the anger',
				prompt:
					"(Quieter.) I've got a daughter. Ten years old. What kind of father can't keep a roof over her?",
				guidance:
					'Name the feeling beneath the anger: fear and shame about failing her. Let a silence sit. Acknowledge how much he clearly loves her.'
			},
			{
				id: 'asking-directly',
				title: 'Asking directly',
				prompt: "Honestly? Some days I think it'd be easier for everyone if I wasn't around.",
				guidance:
					"Ask directly: 'Are you having thoughts of killing yourself?' He says the thought comes, he has no plan, and 'I'd never do that to Nadia.' Explore how often, any past attempts (none) and what's different tonight. Reflect Nadia as his reason."
			},
			{
				id: 'practical-help',
				title: 'Practical help',
				prompt: "So what, you've got a magic fix?",
				guidance:
					"Be honest: no magic fix, but some real options. Offer legal aid or advocacy for appealing the claim, tenant rights and emergency rental assistance, and a general community help line if available. Agree what he'll do this weekend with Nadia and that he can call back, and wrap up.",
				next: null
			},
			{
				id: 'escalation',
				title: 'Escalation',
				prompt:
					"(Shouting.) Yeah, that's what I thought. Nobody cares. Maybe I'll just make it easy for all of you.",
				guidance:
					"Don't argue. Apologise simply, slow down and acknowledge that he feels unheard. His last sentence may be a risk statement: note it and return to it once he is calmer. Invite him to tell you what's happened.",
				next: 'venting'
			}
		],
		isOneTime: false
	},

	// 14 ─ advanced · chat · de-escalation
	{
		slug: 'crisis-escalating-chat-rage-at-former-boss',
		title: 'Escalating chat: rage toward a former boss',
		description:
			"A young man fired in front of his colleagues writes that his manager 'should feel what this feels like'. He knows where the manager lives and hasn't slept in two days. The counselor must de-escalate, assess the risk of harm to others and to himself, and follow the center's protocol on threats to third parties.",
		instructions:
			"Validate the anger and humiliation without endorsing harm. Ask calmly and directly whether he is thinking about hurting his manager, and assess plan, means, intent, timeline and history. Be transparent about your center's confidentiality limits for threats to others and consult your supervisor as protocol requires. Also ask about suicide, then help him create distance from the manager and a plan for tonight.",
		context:
			"It is 1:30 a.m. Noah was fired from his tech support job this morning. He has had little sleep for two days and has been drinking energy drinks. He has been scrolling his former manager's social media, which shows the manager's house. He has no history of violence that he mentions.",
		expectedOutcome:
			"Noah's anger lessens, he confirms he has no weapon, no intention to hurt his manager and no plan to go to the house, and he describes passive suicidal thoughts without plan. He agrees to stay at his brother's tonight and to stop checking the manager's posts. The counselor consults a supervisor and documents the assessment.",
		learningGoal:
			'De-escalate a chatter expressing anger toward a specific person while assessing risk to others and to self.',
		learningObjectives: [
			'Validate anger without endorsing harmful intentions',
			'Ask directly about thoughts of harming another person',
			'Assess plan, means, intent, timeline and history of violence',
			'Recognise when supervisor consultation and confidentiality limits apply',
			'Assess suicide risk alongside risk to others and agree concrete distance-creating steps'
		],
		persona: {
			name: 'Noah Fischer',
			age: 26,
			pronouns: 'he/him',
			background:
				'Worked in tech support for three years, lives alone, has an older brother nearby. Feels he was singled out by a manager he says mocked him for months.',
			presentation:
				"All-caps bursts, fast messages, swearing. Says he needs to vent 'before he does something he regrets'. Wants to be believed.",
			voice:
				'Validation of the humiliation and steady, unshocked questions slow his typing and soften his tone. Moralising or panic makes him more defiant and vague about his plans.'
		},
		comfortIndicators: {
			comfortable: [
				'He stops using all caps',
				'He explains what happened in detail rather than threatening',
				'He mentions his brother or future plans',
				"He says 'i'm not actually going to do anything'"
			],
			uncomfortable: [
				'Threats become more specific',
				"He says 'you're just like everyone else'",
				"He stops answering questions about what he'll do",
				"He says he needs to 'go out for a drive'"
			]
		},
		mode: 'chat',
		category: 'advanced',
		skills: ['de-escalation', 'risk-assessment', 'safety-planning'],
		difficulty: 'advanced',
		estimatedTime: 35,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide'],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt: 'ok so i need to vent before i do something i regret',
				guidance:
					"Welcome him and say this is a good place to vent. Note 'something I regret' for later; for now invite him to tell you what happened."
			},
			{
				id: 'the-firing',
				title: 'What happened',
				prompt:
					'my manager fired me IN FRONT OF EVERYONE today. 3 years. hes been trying to get rid of me since day one. and he LAUGHED',
				guidance:
					"Validate the humiliation and the sense of injustice; that anger makes sense. Use short, calm messages. Avoid words like 'calm down'."
			},
			{
				id: 'threat',
				title: "'He should feel it'",
				prompt:
					'i know where he lives. he posts his house on instagram like an idiot. he should feel what this feels like',
				guidance:
					"Ask directly and without alarm: 'When you say he should feel what this feels like, are you thinking about hurting him?' Directness here is protective, just as with suicide."
			},
			{
				id: 'assessing-harm',
				title: 'Assessing risk to others',
				prompt:
					'idk. ive thought about going over there. i wouldnt kill him or anything. just make him scared',
				guidance:
					'Assess plan (going to the house), intent (to scare), means (weapons?), timeline (tonight?), history of violence and substance use. Let him know honestly what your center must do if someone is at serious risk of harm, and consult your supervisor as your protocol requires while keeping the chat going.'
			},
			{
				id: 'self-risk',
				title: 'Asking about himself',
				prompt:
					'i dont have a gun if thats what ur asking. i havent slept in two days and my head is so loud. honestly itd be easier if i just disappeared',
				guidance:
					"Reflect the exhaustion and ask directly about suicide: 'When you say disappear, are you thinking about killing yourself?' He says no plan, just exhausted and hopeless. Record both assessments."
			},
			{
				id: 'de-escalating',
				title: 'Creating distance',
				prompt: 'no plan. im just so tired of everything. he gets to just go home and be fine',
				guidance:
					"Help him see the cost of acting on anger to his own future (charges, references, a wrongful-dismissal claim he could make). Name sleep deprivation and caffeine as fuel for the noise in his head. Ask whether he will agree not to go near the manager's house and to stop checking his posts tonight."
			},
			{
				id: 'plan',
				title: 'Plan for tonight',
				prompt:
					'my brother said i could crash at his place whenever. hes like 10 min away. hes probably still up',
				guidance:
					"Build a short plan: text his brother now, go there (not driving if he feels impaired), sleep, mute or block the manager's accounts, and look at employment rights advice tomorrow. Confirm he has no plan to go to the manager's house."
			},
			{
				id: 'closing',
				title: 'Closing',
				prompt: 'ok. texting him now. thanks for not freaking out',
				guidance:
					'Summarise what he decided and affirm his choice to vent rather than act. Invite him back. Afterwards, document both assessments and debrief with your supervisor per protocol.',
				next: null
			}
		],
		isOneTime: false
	},

	// 15 ─ intermediate · chat · self-harm-assessment
	{
		slug: 'crisis-adult-self-harm-relapse-chat',
		title: 'Adult self-harm relapse after three years',
		description:
			'A 27-year-old graphic designer writes, ashamed, that he self-harmed last night for the first time in three years, after a breakup and a brutal week at work. The scenario practises a non-judgemental self-harm assessment with an adult, checking medical need, separating self-harm from suicidal intent and reframing relapse.',
		instructions:
			"Respond to the disclosure without shock or lecturing. Ask about the injury's need for medical care without asking for graphic detail, and note any escalation compared with past self-harm. Explore the function and triggers, then ask separately and directly about suicide. Reframe relapse and help him reconnect with what worked before.",
		context:
			"It is 7:45 p.m. Elijah's partner of two years moved out on Sunday. He self-harmed regularly from age 16 to 24, stopped with help from a DBT-informed therapist, and has not self-harmed since 2021 until last night. He is at home alone, writing from his laptop.",
		expectedOutcome:
			'Elijah feels less ashamed and agrees to have the wound checked at an urgent care clinic. He denies suicidal thoughts, identifies the skills that helped before, and plans to email his former therapist tonight.',
		learningGoal:
			'Assess self-harm in an adult relapse, including medical need and escalation, and reframe relapse in a way that supports recovery.',
		learningObjectives: [
			'Respond to adult self-harm disclosure without judgement or alarm',
			'Assess medical need and escalation without graphic detail',
			'Explore triggers and the function of self-harm',
			'Ask about suicide separately from self-harm',
			'Reframe relapse and reconnect the person with previous supports and skills'
		],
		persona: {
			name: 'Elijah Brooks',
			age: 27,
			pronouns: 'he/him',
			background:
				"Graphic designer, Black, grew up in a close church-going family that doesn't know about his self-harm history. Recovered with therapy and DBT skills; proud of his three years.",
			presentation:
				"Articulate but deeply ashamed; uses self-deprecating humour. Wants not to feel like he has 'ruined everything'.",
			voice:
				"Matter-of-fact compassion helps him drop the jokes and speak honestly. Shock, lecturing or a focus on the 'streak' deepens his shame."
		},
		comfortIndicators: {
			comfortable: [
				'He stops using self-deprecating jokes',
				'He names specific skills that helped him before',
				'He describes the breakup with emotion rather than blame',
				'He agrees to a concrete next step'
			],
			uncomfortable: [
				"He says 'i'm pathetic' or 'i should know better'",
				'He minimises the injury',
				'He goes quiet after questions about the wound',
				"He says there's no point because he'll just do it again"
			]
		},
		mode: 'chat',
		category: 'cohort_training',
		skills: ['self-harm-assessment', 'safety-planning', 'rapport-building'],
		difficulty: 'intermediate',
		estimatedTime: 25,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['self-harm'],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt:
					'hi. this is embarrassing. im 27 and i just relapsed on something i stopped doing 3 years ago',
				guidance:
					'Thank him for reaching out and say there is nothing embarrassing about asking for support. Invite him to say as much or as little as he wants.'
			},
			{
				id: 'disclosure',
				title: 'The disclosure',
				prompt: 'self harm. last night. first time since 2021. i feel like i just erased 3 years',
				guidance:
					"Respond calmly and warmly. Reflect the shame and the sense of loss about his progress, without rushing to reassure. Then let him know you'd like to check how he is physically."
			},
			{
				id: 'medical',
				title: 'Checking the injury',
				prompt:
					'its fine. i mean its deeper than i used to do. i put a bandage on it. it hurts today',
				guidance:
					'Note that it is more severe than before: escalation is a risk marker. Without asking for graphic detail, ask whether it has stopped bleeding, looks red or swollen, or might need stitches. Encourage him to get it checked at urgent care or by a doctor today.'
			},
			{
				id: 'function',
				title: 'Understanding what happened',
				prompt:
					'it was like the only way to get out of my head. my partner moved out sunday. and work has been insane, 14 hour days',
				guidance:
					'Explore what was happening before and what the self-harm did for him (relief, escaping his thoughts). Reflect the breakup and exhaustion as a huge load. Ask whether urges are present now and how strong they are.'
			},
			{
				id: 'suicide-ask',
				title: 'Asking about suicide',
				prompt: 'the urges are lower today. mostly i just feel stupid',
				guidance:
					"Ask separately and directly: 'Sometimes self-harm and thoughts of suicide go together, and sometimes they don't. Are you having any thoughts of killing yourself?' He says no, he doesn't want to die, he wants to stop feeling this way. Ask about any past suicidal thoughts and accept his answer while staying attentive."
			},
			{
				id: 'reframe-plan',
				title: 'Relapse and what worked',
				prompt: 'so what now. do i just start the counter over at zero?',
				guidance:
					'Reframe gently: three years of skills and growth are not erased by one night; relapse is common in recovery and is information, not failure. Ask which skills helped most before and build a plan: urge-surfing or other DBT skills, making tools harder to reach, who to text when urges rise, getting the wound seen, and contacting his former therapist.'
			},
			{
				id: 'closing',
				title: 'Closing',
				prompt:
					'i still have my old therapists email. i could email her tonight. and ill go to the clinic after work tomorrow, or tonight if it looks worse',
				guidance:
					'Summarise his plan and affirm the strength it took to reach out rather than hide it. Invite him to come back, especially if urges rise tonight.'
			}
		],
		isOneTime: false
	},

	// 16 ─ intermediate · chat · substance-assessment
	{
		slug: 'crisis-opioid-use-harm-reduction-chat',
		title: "Opioid use after a friend's overdose",
		description:
			"A 23-year-old who uses pressed pills writes a week after their friend overdosed next to them and survived thanks to naloxone. They are shaken but not ready to stop, and say 'if I go, I go'. The scenario practises a non-judgemental substance assessment, suicide screening in the context of risky use, and harm reduction.",
		instructions:
			"Meet River where they are; do not make help conditional on quitting. Ask specifically about substances: what, how much, how often, whether they use alone, and whether they mix with alcohol or sedatives. Explore the 'if I go, I go' statement directly as a possible sign of suicidal thinking. Offer harm-reduction information and treatment options, respecting their choices.",
		context:
			'It is 5 p.m. River has been using pills bought from a dealer for about a year, starting after a back injury. Last week their friend Jay stopped breathing while they were using together; another friend gave naloxone and called an ambulance. River has not used since yesterday and is starting to feel unwell.',
		expectedOutcome:
			'River feels respected, shares an accurate picture of their use and confirms passive, not active, suicidal thoughts. They plan to get naloxone from a pharmacy, not use alone, and look into a low-barrier medication treatment clinic.',
		learningGoal:
			'Complete a non-judgemental substance assessment and apply harm reduction while screening for suicide risk.',
		learningObjectives: [
			'Ask about substance type, amount, frequency, route and mixing without judgement',
			'Recognise the trauma of witnessing an overdose',
			'Explore ambivalent statements about death directly',
			'Provide harm-reduction information such as naloxone and not using alone',
			"Offer treatment options while respecting the person's readiness"
		],
		persona: {
			name: 'River Castillo',
			age: 23,
			pronouns: 'they/them',
			background:
				'Mexican-American, works part-time in a restaurant kitchen, shares an apartment with two roommates. Started with prescribed painkillers after a back injury, then bought pills when the prescription ended.',
			presentation:
				"Guarded, a little defiant, checks whether the counselor will judge them. Shaken by Jay's overdose, which they keep replaying.",
			voice:
				'Plain, respectful questions make them more honest and curious about options. Any push toward rehab or moralising language makes them sarcastic and close the chat.'
		},
		comfortIndicators: {
			comfortable: [
				'They give specific details about their use',
				'They ask questions about naloxone or treatment',
				'They talk about Jay with emotion rather than bravado',
				'They make a plan for the next few days'
			],
			uncomfortable: [
				"They say 'here we go' or 'not doing rehab'",
				'Replies become one word',
				'They downplay the overdose',
				'They threaten to leave the chat'
			]
		},
		mode: 'chat',
		category: 'cohort_training',
		skills: ['substance-assessment', 'risk-assessment', 'resource-linkage'],
		difficulty: 'intermediate',
		estimatedTime: 25,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['substance-use', 'suicide', 'medical-emergency'],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt: 'is this the place for drug stuff or just suicide stuff',
				guidance:
					"Welcome them: the line is for anything that's weighing on them, including drug use, and you aren't here to judge. Invite them to share what's going on."
			},
			{
				id: 'jays-overdose',
				title: "Jay's overdose",
				prompt:
					"my friend od'd last week. we were using together. someone had narcan. i keep seeing his face when he went blue",
				guidance:
					"Reflect how frightening that was and that replaying it is a normal reaction to trauma. Acknowledge the friend who acted. Don't move straight to the drugs; let them talk about Jay."
			},
			{
				id: 'assessment',
				title: 'Understanding the use',
				prompt:
					'blues mostly. like 3 or 4 a day. been about a year. havent used since yesterday and i feel like garbage',
				guidance:
					'Ask specifically and without judgement: do they know what is in the pills, do they use alone, do they mix with alcohol or benzodiazepines, and how are withdrawal symptoms now? Note that pressed pills often contain fentanyl and that a break lowers tolerance, which raises overdose risk on return.'
			},
			{
				id: 'if-i-go',
				title: "'If I go, I go'",
				prompt: 'honestly if i go i go. not like id do it on purpose',
				guidance:
					"Explore this directly: 'When you say if you go you go, are you having thoughts of killing yourself or wanting to die?' Ambivalence about overdose can be a form of suicidal thinking."
			},
			{
				id: 'passive-thoughts',
				title: 'Passive thoughts',
				prompt:
					"no i dont want to die. i just dont care that much sometimes. like what's the point",
				guidance:
					'Reflect the hopelessness and ask what still matters to them (their roommates, Jay, cooking). Record passive thoughts with no plan or intent. Offer harm reduction clearly: carry naloxone (often free or available without a prescription at pharmacies), never use alone, use a never-use-alone service if available, test or start low after a break.'
			},
			{
				id: 'treatment',
				title: 'Options, not pressure',
				prompt: 'im not going to rehab tho. not doing the 30 days thing',
				guidance:
					'Respect that. Share that there are other options, such as low-barrier clinics or telehealth for medications like buprenorphine, which can ease withdrawal and cravings, and peer support. Ask what, if anything, feels possible. You are sharing options, not giving medical advice.'
			},
			{
				id: 'closing',
				title: 'Closing',
				prompt:
					'ok. ill get narcan tomorrow from the pharmacy. maybe look up the bupe thing. and ill tell my roommate where its kept',
				guidance:
					"Summarise their plan, affirm the care they're showing for themselves and their friends, and invite them back any time, including if the hopeless feelings grow."
			}
		],
		isOneTime: false
	},

	// 17 ─ intermediate · chat · dv-assessment
	{
		slug: 'crisis-dv-chat-planning-to-leave',
		title: 'DV chat: planning to leave safely',
		description:
			"A man in a same-sex relationship asks whether 'guys can be abused'. His boyfriend monitors his phone, isolates him, has shoved him, owns a gun and threatens to out him to his family; he wants to leave while his partner is away next week. The scenario practises DV assessment, lethality screening and safety planning for leaving.",
		instructions:
			'Validate that anyone, of any gender or sexuality, can experience abuse. Check the safety of the device and the chat before going further. Assess danger indicators, including the firearm, threats and separation as a high-risk period. Build a practical plan for leaving and warmly refer to an LGBTQ+-affirming DV service.',
		context:
			"It is 6:15 p.m. Andre is on his work laptop while his boyfriend Kyle is at the gym, usually for about an hour. They have been together four years and live in Kyle's apartment. Kyle travels for work next Tuesday to Friday.",
		expectedOutcome:
			'Andre recognises the pattern as abuse on his own terms, understands why leaving is a dangerous period and the gun matters, and has a practical plan for next week. He agrees to call an LGBTQ+-affirming DV program from his work phone tomorrow.',
		learningGoal:
			"Assess domestic violence danger and build a safety plan for leaving with a caller who doubts he 'counts' as a victim.",
		learningObjectives: [
			'Validate experiences of abuse across genders and sexualities',
			'Check device and chat safety before detailed disclosure',
			'Assess lethality indicators, including firearms, threats and separation',
			'Build a safety plan for leaving: documents, money, place, digital safety',
			'Refer warmly to affirming, specialised DV services'
		],
		persona: {
			name: 'Andre Santos',
			age: 29,
			pronouns: 'he/him',
			background:
				'Brazilian-American, works in IT support. Not out to his religious family; his boyfriend Kyle has threatened to tell them. Has lost touch with most friends over the past two years.',
			presentation:
				"Starts hypothetically and half-joking, minimises ('it's not like he beats me'). Afraid of not being believed.",
			voice:
				"Validation and clear information about patterns help him name what's happening and plan. Labelling Kyle too fast or telling him what to do makes him defend Kyle and retreat."
		},
		comfortIndicators: {
			comfortable: [
				"He drops the 'asking for a friend' framing",
				'He shares specific incidents',
				'He asks practical questions about leaving',
				'He mentions a friend he could stay with'
			],
			uncomfortable: [
				"He says 'it's not that bad, I'm overreacting'",
				'He defends Kyle or explains his behaviour',
				'He goes quiet when abuse is named',
				"He worries about time: 'he'll be back soon'"
			]
		},
		mode: 'chat',
		category: 'cohort_training',
		skills: ['dv-assessment', 'safety-planning', 'resource-linkage'],
		difficulty: 'intermediate',
		estimatedTime: 30,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['domestic-violence', 'firearms'],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt: 'random question. can guys be in abusive relationships? asking for me i guess',
				guidance:
					"Answer clearly: yes, anyone of any gender or sexuality can experience abuse. Thank him for asking and invite him to share what's happening."
			},
			{
				id: 'the-pattern',
				title: "What's been happening",
				prompt:
					'he checks my phone every night. im only allowed to see friends if he comes. last month he shoved me into the door frame. he always says sorry after',
				guidance:
					'Reflect what he has described (monitoring, isolation, physical violence, apologies) and gently note that these together are a pattern many people describe in abusive relationships. Let him reach his own words for it.'
			},
			{
				id: 'chat-safety',
				title: 'Is it safe to chat?',
				prompt: 'hes at the gym. im on my work laptop. he usually takes like an hour',
				guidance:
					"Check safety: does Kyle have access to this laptop or his accounts? Suggest clearing history if needed and agree what Andre will do if Kyle comes back early (close the tab, a quick 'brb')."
			},
			{
				id: 'danger',
				title: 'Danger signs',
				prompt:
					'hes never like choked me or anything. he has a gun though, his dad gave it to him. and he said if i ever left hed make sure i regretted it. and hed tell my parents im gay',
				guidance:
					'Name clearly and calmly that a gun, threats about leaving and escalating control are serious danger signs, and that leaving is often the most dangerous period. Ask whether the violence has been getting worse and whether Kyle has threatened to harm himself or Andre.'
			},
			{
				id: 'leaving-plan',
				title: 'Planning to leave',
				prompt:
					'hes in denver next tuesday to friday. i want to be gone by then. my friend mari said i could stay with her',
				guidance:
					"Build the plan together: important documents, money and bank access, medications, a bag at Mari's or at work, changing passwords and turning off location sharing, leaving while Kyle is away, and what to do if Kyle comes back early. Mention protective orders and that an advocate can help him think about the outing threat."
			},
			{
				id: 'self-blame',
				title: 'Self-blame',
				prompt: 'i feel so stupid. like i shouldve left ages ago',
				guidance:
					'Validate that leaving is a process, not a single decision, and that control and isolation make it harder by design. Reflect the strength in the planning he is doing now.'
			},
			{
				id: 'closing',
				title: 'Warm referral',
				prompt:
					'ok. im going to call the lgbtq dv line on my lunch break tomorrow from my work phone',
				guidance:
					'Affirm the plan and confirm it is safe. Share the contact of an LGBTQ+-affirming DV service from your directory and what to expect when he calls. Remind him to clear his history and that he can return any time, including if anything changes before Tuesday.'
			}
		],
		isOneTime: false
	},

	// 18 ─ intermediate · chat · grief-support
	{
		slug: 'crisis-grief-after-brothers-suicide-chat',
		title: "Grief after a brother's suicide",
		description:
			"A young woman writes nine weeks after her brother died by suicide. She keeps rereading their last texts and says she is starting to 'understand' why he did it. A scenario on supporting suicide-loss grief, guilt and 'why' questions, and directly assessing her own risk.",
		instructions:
			"Stay with her grief without offering clichés or answers to 'why'. Acknowledge guilt without arguing her out of it. When she says she understands her brother, ask directly about suicide, since people bereaved by suicide are at higher risk. Help her plan for a hard upcoming date and link her to suicide-loss support.",
		context:
			"It is Sunday evening. Hannah's brother Erik, 27, died by suicide nine weeks ago. Their parents are coping by not talking about him. Hannah has taken leave from her job as a dental assistant and spends evenings alone in her apartment. Erik's birthday is next month.",
		expectedOutcome:
			'Hannah feels her grief is understood. The counselor establishes that she has passive thoughts of wanting to be with Erik, without plan or intent, and together they agree a plan for Sunday evenings and his birthday. She considers attending a suicide-loss support group.',
		learningGoal:
			'Support someone bereaved by suicide while directly assessing and addressing their own suicide risk.',
		learningObjectives: [
			"Companion suicide-loss grief, guilt and 'why' questions without clichés",
			'Recognise elevated risk in people bereaved by suicide',
			'Ask directly about suicide when identification with the deceased appears',
			'Plan ahead for anniversaries and hard days',
			'Link to suicide-loss survivor support'
		],
		persona: {
			name: 'Hannah Lindqvist',
			age: 24,
			pronouns: 'she/her',
			background:
				'Dental assistant, Swedish-American family; close to her older brother Erik, who had depression. Her parents have gone silent about him.',
			presentation:
				'Writes in flat, lowercase sentences; occasionally long outpourings. Wants someone who will talk about Erik and not flinch.',
			voice:
				"Steady, unflinching reflections help her share memories and feelings. Clichés ('he's at peace', 'everything happens for a reason') make her withdraw."
		},
		comfortIndicators: {
			comfortable: [
				'She shares a memory of Erik',
				'She uses his name freely',
				"She writes 'i haven't said this to anyone'",
				'She agrees to plan for his birthday'
			],
			uncomfortable: [
				"She writes 'everyone says that'",
				'Replies become very short',
				'She insists it was her fault',
				"She says talking doesn't change anything"
			]
		},
		mode: 'chat',
		category: 'cohort_training',
		skills: ['grief-support', 'risk-assessment', 'active-listening', 'resource-linkage'],
		difficulty: 'intermediate',
		estimatedTime: 25,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide', 'death-and-grief'],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt: 'my brother killed himself in march. everyone keeps saying time heals. it doesnt.',
				guidance:
					"Offer condolences simply and acknowledge that 'time heals' can feel empty. Ask his name and invite her to tell you about him."
			},
			{
				id: 'last-texts',
				title: 'The last texts',
				prompt:
					"erik. i keep rereading our last texts. he said 'lol see you sunday'. i should have known",
				guidance:
					"Don't argue with her guilt or rush to say it wasn't her fault. Reflect how unbearable it is to look for signs in an ordinary message. You might say many people bereaved by suicide search for what they missed."
			},
			{
				id: 'family',
				title: 'Grieving alone',
				prompt:
					'my parents dont talk about him. my mom just cleans. my dad works all the time. so i dont talk about him either',
				guidance:
					'Reflect the loneliness of grieving in a family where no one speaks his name. Invite her to share a memory of Erik if she wants to.'
			},
			{
				id: 'identification',
				title: "'I understand him now'",
				prompt: 'sometimes i think i understand him now. like i get why he did it',
				guidance:
					"This is a key moment. Ask directly and gently: 'Hannah, when you say you understand why, are you having thoughts of killing yourself?'"
			},
			{
				id: 'her-answer',
				title: 'Her answer',
				prompt:
					'ive had thoughts. like wishing i could be with him. no plan. i couldnt do that to my parents. i just want to not hurt this much',
				guidance:
					'Thank her for being honest. Explore frequency, whether the thoughts have included any method, and when they are worst (Sunday evenings, when she rereads the texts). Record passive ideation with no plan or intent, and reflect her parents as a reason she gave.'
			},
			{
				id: 'hard-days',
				title: 'Planning for hard days',
				prompt:
					'his birthday is next month. and sundays are the worst because we used to get lunch',
				guidance:
					"Plan together: what she'll do on Sunday evenings (limit rereading the texts at night, call a friend, come back to the line), and how she might mark Erik's birthday in a way that feels right. Ask whether there is one family member or friend she could tell about today."
			},
			{
				id: 'support',
				title: 'Finding people who get it',
				prompt: 'is there anyone who actually gets this. like people whose person did this too',
				guidance:
					'Yes: share suicide-loss survivor support groups and grief counselling options from your directory. Describe what a group is usually like, and leave the choice to her. Summarise her plan and invite her back, especially on Sundays.',
				next: null
			}
		],
		isOneTime: false
	},

	// 19 ─ beginner · phone · medication-support
	{
		slug: 'crisis-stopped-antidepressant-cost',
		title: 'Stopped antidepressant because of cost',
		description:
			"A home health aide calls frightened by dizziness and 'shocks' in her head. She stopped her antidepressant six days ago because she could no longer afford it after losing her insurance. A scenario on supporting medication concerns within a counselor's scope, screening mood and risk, and linking to practical help.",
		instructions:
			'Listen and reassure without giving medical advice or recommending doses. Explain that stopping some medications suddenly can cause unpleasant effects and that her prescriber or pharmacist is the right person to advise, and that severe symptoms need urgent medical care. Screen mood and suicide risk, including history, and link her to affordable-medication options.',
		context:
			"It is Saturday afternoon. Linda changed jobs last month and her health insurance lapsed during the switch. She has taken sertraline for four years and had been stable. Her doctor's office is closed until Monday.",
		expectedOutcome:
			'Linda understands that her symptoms may be related to stopping suddenly and that she should speak with a pharmacist today and her prescriber on Monday. Her risk screen is low, and she has options for lower-cost medication.',
		learningGoal:
			"Support a caller with medication concerns within the counselor's scope, while screening for risk and linking to practical help.",
		learningObjectives: [
			'Stay within scope and refer medical questions to prescribers and pharmacists',
			"Normalise the caller's fear and explain when to seek urgent care",
			'Screen mood and suicide risk, including past history',
			'Link to affordable-medication and community health resources'
		],
		persona: {
			name: 'Linda Baptiste',
			age: 46,
			pronouns: 'she/her',
			background:
				'Haitian-American home health aide and single mother of a 17-year-old son. Took sertraline for four years after a depressive episode; lost her insurance when she changed jobs.',
			presentation:
				"Anxious, speaks quickly, worried she is 'losing her mind' and embarrassed about money.",
			voice:
				'Clear, calm information and respect for her knowledge as a caregiver reassure her. Vague answers or anything that sounds like judgement about stopping make her more anxious.'
		},
		comfortIndicators: {
			comfortable: [
				'She slows down and asks practical questions',
				"She says 'that makes sense'",
				'She mentions her son with warmth',
				'She agrees to call the pharmacist'
			],
			uncomfortable: [
				"She repeats 'I'm losing my mind'",
				'She apologises about money',
				'She asks the counselor what dose to take',
				'She says nothing can be done'
			]
		},
		mode: 'phone',
		category: 'cohort_training',
		skills: ['medication-support', 'resource-linkage', 'risk-assessment'],
		difficulty: 'beginner',
		estimatedTime: 15,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: [],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt:
					"I don't know if this is the right number. I feel like I'm losing my mind. I'm dizzy, and there are these little shocks in my head.",
				guidance:
					"Reassure her that she's reached the right place to talk it through. Reflect how frightening it sounds and ask what's been happening."
			},
			{
				id: 'stopped',
				title: 'Stopping the medication',
				prompt:
					"I stopped my pills. Sertraline. I couldn't pay for the refill after my insurance ended. Six days now.",
				guidance:
					"Don't judge the decision; she had no money. Explain within your scope that stopping some medications suddenly can cause symptoms like these, and that a pharmacist or prescriber can advise her. If symptoms become severe (fainting, chest pain, confusion), she should seek urgent medical care. Do not advise doses."
			},
			{
				id: 'mood',
				title: 'How she is feeling',
				prompt: "And I'm crying at work. My patients notice. I thought I was done with all this.",
				guidance:
					'Reflect her fear that the depression is returning and how hard it is to care for others while struggling. Ask about sleep, appetite and mood.'
			},
			{
				id: 'screen',
				title: 'Risk screen',
				prompt:
					"I'm not going to do anything, if that's what you're wondering. I just feel so low.",
				guidance:
					"Ask directly anyway: 'Are you having thoughts of suicide?' She says no. Ask about the past: she had thoughts years ago, before treatment, but none now. Note the history and agree she will call back or seek help if such thoughts return."
			},
			{
				id: 'options',
				title: 'Practical options',
				prompt: "My doctor's office is closed till Monday. And I can't pay anyway.",
				guidance:
					'Link practically: a pharmacist can advise today; generic prescription discount programmes, manufacturer assistance and community health centres with sliding-scale fees may make refills affordable; a community help line can help with insurance options. Suggest she calls her prescriber first thing Monday.'
			},
			{
				id: 'closing',
				title: 'Closing',
				prompt:
					"So I'll call the pharmacy this afternoon and ask about the cheaper version, and the doctor on Monday.",
				guidance:
					'Summarise her plan, affirm that calling was sensible, and invite her to call back if she feels worse emotionally or if thoughts of suicide come back.'
			}
		],
		isOneTime: false
	},

	// 20 ─ beginner · chat · safety-planning
	{
		slug: 'crisis-routine-safety-plan-wrap-up-chat',
		title: 'Routine wrap-up: finishing a safety plan and ending the chat',
		description:
			"A chatter who had passive suicidal thoughts after a fight with his partner now feels calmer and wants to go to bed. The scenario focuses on the final part of a chat: writing a short safety plan together and ending well when he'd like to keep chatting.",
		instructions:
			'Acknowledge that he feels calmer, then propose writing down a brief safety plan before ending. Use his own words for warning signs, coping strategies, people and professional supports, and check means safety. When he asks to keep chatting, end kindly and clearly with a summary.',
		context:
			"Kenji has been chatting for about 35 minutes. Earlier he described feeling worthless after a fight with his partner, who is staying at a friend's tonight, and passive thoughts of not wanting to wake up. Risk was assessed earlier in the chat as low: no plan, no intent, no previous attempts. He has a therapist.",
		expectedOutcome:
			'Kenji leaves with a short, written safety plan in his own words, and the chat ends warmly and clearly. He knows he can come back.',
		learningGoal: 'Co-create a brief safety plan and end a chat clearly and warmly.',
		learningObjectives: [
			'Introduce safety planning naturally at the end of a chat',
			"Use the chatter's own words for warning signs and coping",
			'Identify people and professional supports and check means safety',
			'End a chat warmly when the chatter would like to continue'
		],
		persona: {
			name: 'Kenji Watanabe',
			age: 33,
			pronouns: 'he/him',
			background:
				'Japanese-Canadian software tester, lives with his partner, close to his sister. Has seen a therapist for six months for low mood.',
			presentation:
				'Calmer now, a bit sheepish, grateful. Reluctant to be alone with his thoughts again.',
			voice:
				'Collaborative planning helps him feel capable and ready to rest. An abrupt ending or a plan written for him leaves him feeling brushed off.'
		},
		comfortIndicators: {
			comfortable: [
				'He adds his own ideas to the plan',
				"He says he'll screenshot or save the plan",
				'He accepts the ending with thanks'
			],
			uncomfortable: [
				"He says 'I guess' to each suggestion",
				'He starts reopening the fight in detail',
				"He says he's fine just to end the conversation"
			]
		},
		mode: 'chat',
		category: 'onboarding',
		skills: ['safety-planning', 'termination', 'rapport-building'],
		difficulty: 'beginner',
		estimatedTime: 10,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide'],
		steps: [
			{
				id: 'calmer',
				title: 'Feeling calmer',
				prompt: 'ok i actually feel calmer. i think im ok to go to bed soon',
				guidance:
					"Reflect the change and what helped. Suggest: 'Before you go, could we jot down a few things that might help if tonight or another night gets hard again?'"
			},
			{
				id: 'warning-signs',
				title: 'Warning signs and coping',
				prompt:
					'warning signs... i guess when i start replaying the fight over and over and stop answering texts. music helps. and showers weirdly',
				guidance:
					'Write these down in his words. Ask what else has helped before (a walk, a game) and add it.'
			},
			{
				id: 'people',
				title: 'People',
				prompt: 'i could text my sister. and my friend yuki if its late, shes up all hours',
				guidance:
					"Add both and ask whether they'd know what to do if he reached out. Check whether there's anything he'd like them to know."
			},
			{
				id: 'professional-and-means',
				title: 'Professional help and a safe space',
				prompt:
					'my therapist, next appointment is in 2 weeks. and there isnt really anything dangerous here',
				guidance:
					"Add his therapist and the crisis line. Gently check means anyway (medications, anything he'd thought of earlier), and add one or two reasons he mentioned for living (his sister, his cat) to close the plan."
			},
			{
				id: 'wants-to-stay',
				title: 'Ending well',
				prompt: 'can i just keep chatting a bit? its nice not being alone with my head',
				guidance:
					'Acknowledge the wish warmly, then move toward closing: summarise the plan, check he feels safe for tonight and remind him the chat is here any time, including later tonight.'
			},
			{
				id: 'goodbye',
				title: 'Goodbye',
				prompt: 'ok. thanks. screenshotting the plan. goodnight',
				guidance:
					'Say goodnight warmly, affirm what he did tonight and end the chat cleanly without opening new topics.'
			}
		],
		isOneTime: false
	},

	// 21 ─ advanced · phone · risk-assessment · ONE-TIME certification (branching: honesty)
	{
		slug: 'crisis-emergent-risk-certification-call',
		title: 'Emergent risk: certification call',
		description:
			'A one-time certification assessment. A man calls from his car at a lakeside car park with the means, a plan, letters written to his daughters and an intention to die tonight. The trainee must complete a full risk assessment, work with his ambivalence, stay honest about emergency response, and coordinate a collaborative rescue while staying on the line.',
		instructions:
			'This scenario is assessed and can be taken only once. Ask directly about suicide and assess ideation, plan, intent, means, timeline and preparatory behaviour. Engage his ambivalence and reasons for living. Be honest about emergency response, reduce access to means, and work toward the least invasive intervention that keeps him safe, involving your supervisor per protocol. Stay on the line until a warm handoff.',
		context:
			'It is 11:50 p.m. Curtis is sitting in his car in a lakeside car park. His wife moved out with their daughters, aged 7 and 11, three months ago, and last week he was charged with driving under the influence, which threatens his job. He has been sober today. He has the means with him in the car and has written letters to his daughters.',
		expectedOutcome:
			'The trainee identifies imminent risk, keeps the connection through honest, calm engagement, secures his agreement to put the means out of reach and accept help, and coordinates emergency services or his brother per protocol. The call ends with a warm handoff to responders, followed by documentation and debrief.',
		learningGoal:
			'Demonstrate a complete imminent-risk assessment and a collaborative, honest emergency intervention.',
		learningObjectives: [
			'Assess ideation, plan, intent, means, timeline and preparatory behaviour',
			'Recognise imminent risk and the need for emergency intervention',
			'Engage ambivalence and reasons for living',
			'Stay honest about emergency response while seeking collaboration',
			'Coordinate a collaborative rescue and warm handoff while staying connected'
		],
		persona: {
			name: 'Curtis Lambert',
			age: 36,
			pronouns: 'he/him',
			background:
				'HVAC technician, separated three months ago, two daughters he adores. Recently charged with a DUI and fears losing his job and his access to the girls. His brother Dean lives twenty minutes away.',
			presentation:
				"Quiet, flat, strangely calm; says he has 'made up his mind' and only wanted to hear a voice. Alert to any sign he is being 'handled'.",
			voice:
				'Honesty, calm directness and genuine interest in his daughters draw out his ambivalence. Any false promise or evasion makes him go silent and threaten to hang up.'
		},
		comfortIndicators: {
			comfortable: [
				"He talks about his daughters' recital or interests",
				'He answers questions about where he is',
				'He agrees to move the means out of reach',
				'He mentions his brother as someone who might come'
			],
			uncomfortable: [
				"He says 'I've made up my mind' again",
				'Long silences',
				'He accuses the counselor of lying or stalling',
				"He says 'I'm going to go now'"
			]
		},
		mode: 'phone',
		category: 'assessment',
		skills: ['risk-assessment', 'call-routing', 'safety-planning', 'de-escalation'],
		difficulty: 'advanced',
		estimatedTime: 60,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide'],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt: "I just wanted to hear somebody. I'm not calling for help. I've made up my mind.",
				guidance:
					"Stay calm and warm. Thank him for calling and say you're glad to hear his voice too. Don't argue with his decision; get curious: 'Can you tell me what you've made up your mind about?'"
			},
			{
				id: 'asking-directly',
				title: 'Asking directly',
				prompt: "I'm going to kill myself. Tonight.",
				guidance:
					'Thank him for telling you plainly. Assess calmly: how he plans to do it (in general terms), whether he has the means with him, when, and whether he has attempted before. Let him know you want to understand, not lecture.'
			},
			{
				id: 'preparations',
				title: 'Preparations',
				prompt:
					"I've got everything with me. In the car. I wrote letters to my girls. They're on the passenger seat.",
				guidance:
					'Recognise imminent risk: intent, plan, means present, a timeline and preparatory behaviour (letters). Alert your supervisor per protocol while continuing the conversation. Ask gently where he is.'
			},
			{
				id: 'ambivalence',
				title: 'Ambivalence',
				prompt:
					"My youngest has a recital Saturday. Piano. She's been practising for weeks. ...Doesn't matter.",
				guidance:
					"Lean into the part of him that mentioned the recital. Ask about her, the piece, what it would mean to be there. Reflect both sides: 'Part of you has decided, and part of you is thinking about Saturday.'"
			},
			{
				id: 'why-location',
				title: "'Are you sending cops?'",
				prompt: "Why do you keep asking where I am? You're going to send cops, aren't you?",
				guidance: 'Trust depends on what you say next.',
				choices: [
					{
						label:
							"Be honest: say your goal is to keep him alive, you'd rather work out together how to get him safe, and if his life is in immediate danger you may need to get help to him. Ask if he'll work with you on that",
						next: 'collaborate',
						feedback:
							'Honesty about emergency response, paired with an invitation to collaborate, keeps trust and gives him a role in his own safety.'
					},
					{
						label: 'Reassure him that you would never send anyone, whatever happens',
						next: 'repair-honesty',
						feedback:
							'A false promise you may have to break. If he senses evasion, the connection, which is his lifeline, is at risk.'
					}
				]
			},
			{
				id: 'collaborate',
				title: 'Distance from the means',
				prompt: '...If I put the stuff in the trunk, will you stop asking me things?',
				guidance:
					"Welcome this warmly. Ask him to put the means in the trunk (or out of the car entirely) while you stay on the line, and confirm when it's done. Continue working with him on who can come and whether he will accept help tonight."
			},
			{
				id: 'rescue',
				title: 'Getting help there',
				prompt:
					"It's in the trunk. My brother Dean's twenty minutes away. Or you call whoever. I'm tired.",
				guidance:
					'Given imminent risk, coordinate emergency services to his location with his knowledge, and with his consent contact Dean as well. Use your supervisor or a colleague to make the emergency call so you stay connected. Tell him what will happen next, ask him to stay in the car with the engine off and the doors unlocked, and keep talking about his daughters.'
			},
			{
				id: 'handoff',
				title: 'Warm handoff',
				prompt:
					"There's lights. It's an ambulance, I think. And Dean's car behind it. Do I have to hang up?",
				guidance:
					"Stay on until responders reach him. Tell him he did something hard and brave tonight and that you'll let them know he has been cooperative. Say goodbye warmly. Afterwards, complete documentation, arrange follow-up per protocol and take part in a supervisor debrief.",
				next: null
			},
			{
				id: 'repair-honesty',
				title: 'Caught in a promise',
				prompt:
					"(Long silence.) ...You're lying. I can hear it. Give me one reason I shouldn't hang up right now.",
				guidance:
					"Correct yourself immediately and honestly: 'You're right, I wasn't straight with you, and you deserve honesty. I can't promise no one will come, because I don't want you to die tonight. What I can promise is I'll be honest and work with you.' Then return to his daughters and invite collaboration on the means.",
				next: 'collaborate'
			}
		],
		isOneTime: true
	},

	// 22 ─ advanced · chat · self-harm-assessment · ONE-TIME certification
	{
		slug: 'crisis-complex-multi-issue-chat-certification',
		title: 'Complex multi-issue chat: certification assessment',
		description:
			"A one-time certification assessment. A 19-year-old college student opens with 'I don't know which thing to talk about first': self-harm tonight, drinking, suicidal thoughts and a controlling, violent boyfriend. The trainee must prioritise immediate safety, assess each area and build a culturally grounded safety plan.",
		instructions:
			'This scenario is assessed and can be taken only once. Prioritise immediate safety: whether she needs medical care, how much she has drunk, whether she is safe where she is. Assess self-harm, substance use and suicide risk (including method, plan and intent) and DV danger indicators, without overwhelming her. Draw on her cultural and family strengths and build a safety plan with her that addresses each area, including means and device safety.',
		context:
			"It is 11:15 p.m. Aiyana is in the apartment she shares with her boyfriend, who is at his cousin's until late. She is Diné and moved from the Navajo Nation for community college last year. Tonight she has had several drinks and self-harmed after he took her paycheque again. She is chatting from her phone.",
		expectedOutcome:
			"The trainee establishes that the injuries do not need emergency care, she is moderately intoxicated, and she has suicidal thoughts with a method considered but no plan or intent to act tonight. She agrees to stop drinking tonight, put the boyfriend's pills out of her reach, call her aunt, and contact a Native-focused DV advocate; the trainee confirms device safety and a follow-up chat.",
		learningGoal:
			'Prioritise and integrate assessment of self-harm, substance use, suicide and domestic violence in a single, culturally responsive chat.',
		learningObjectives: [
			'Triage immediate medical and physical safety first',
			'Assess self-harm, alcohol use and suicide risk, including method, plan and intent',
			'Assess DV danger indicators and device safety',
			'Draw on cultural, family and community strengths as protective factors',
			'Build an integrated safety plan that addresses each area'
		],
		persona: {
			name: 'Aiyana Begay',
			age: 19,
			pronouns: 'she/her',
			background:
				'Diné (Navajo) first-year community college student, raised largely by her grandmother and aunt. Lives with her boyfriend of a year, who controls her money and becomes violent when drinking.',
			presentation:
				"Scattered, self-mocking ('lol'), jumps between topics. Wants someone to help her sort the mess without judging her.",
			voice:
				'Calm prioritising and respect for her family and culture help her focus and open up. Rapid-fire questionnaires or generic advice make her overwhelmed and ready to close the chat.'
		},
		comfortIndicators: {
			comfortable: [
				'She focuses on one topic at a time',
				'She talks about her grandmother or aunt with warmth',
				'She answers risk questions honestly',
				'She agrees to concrete steps'
			],
			uncomfortable: [
				"She writes 'this is too much' or 'lol nvm'",
				'She minimises the cuts or the drinking',
				"She says her boyfriend is 'not that bad'",
				"She worries he'll come home early and stops replying"
			]
		},
		mode: 'chat',
		category: 'assessment',
		skills: ['self-harm-assessment', 'dv-assessment', 'substance-assessment', 'safety-planning'],
		difficulty: 'advanced',
		estimatedTime: 50,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['self-harm', 'suicide', 'domestic-violence', 'substance-use'],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt: 'hey. i dont even know which thing to talk about first lol',
				guidance:
					"Welcome her and reassure her you can take things one at a time together. Invite her to tell you what's going on."
			},
			{
				id: 'the-list',
				title: 'Everything at once',
				prompt:
					'my bf took my paycheck again. and ive been drinking more than i should. and i did the thing i said id stop. the cutting',
				guidance:
					"Reflect that she's carrying a lot. Say you'd like to check the most urgent things first: is she safe where she is right now, do any injuries need medical care, and how much has she had to drink?"
			},
			{
				id: 'immediate-safety',
				title: 'Immediate safety',
				prompt:
					'hes at his cousins till late. i had like 4 or 5 drinks since 8. the cuts arent bad, i cleaned them, theyve stopped',
				guidance:
					"Confirm the injuries don't need emergency care, without graphic detail. Note moderate intoxication and its effect on impulsivity. Explore the self-harm briefly: how often, whether it's escalating and what it did for her tonight."
			},
			{
				id: 'suicide-ask',
				title: 'Asking about suicide',
				prompt: 'sometimes i think about just ending everything. tonight more than usual',
				guidance:
					"Ask directly: 'Are you thinking about killing yourself tonight?' Then assess method, plan, intent, timeline and past attempts."
			},
			{
				id: 'method-means',
				title: 'Method and means',
				prompt:
					'i dont have a plan. i thought about taking his pills but i didnt look for them. i dont want to die i just want it to stop',
				guidance:
					"Note that a method has been considered and that alcohol adds risk. Ask where the pills are and whether she'd be willing to put them somewhere hard to reach tonight (a locked car, a neighbour) or leave them where they are and stay out of that room. Ask her to stop drinking for tonight."
			},
			{
				id: 'dv',
				title: 'The relationship',
				prompt:
					'when he drinks he gets mean. last month he pushed me down and took my phone so i couldnt call anyone. he reads my messages sometimes',
				guidance:
					"Validate and assess danger: frequency and escalation, weapons, threats, strangulation, what happens when he comes home drunk. Check device safety now: can he see this chat? Agree what she'll do if he returns early, and whether she needs to delete the conversation."
			},
			{
				id: 'strengths',
				title: 'Strengths and connection',
				prompt:
					'my auntie keeps telling me to come home for the summer. i miss my grandma. she always knew what to say when i was sad',
				guidance:
					'Reflect the love in her family and her connection to home as real protective factors. Ask what her grandmother or aunt would say if they knew how she was feeling, and whether she could reach them tonight.'
			},
			{
				id: 'integrated-plan',
				title: 'Building the plan',
				prompt: 'could i call my auntie tonight? its late there too but she wouldnt care',
				guidance:
					'Build an integrated plan with her: call her aunt now, stop drinking tonight, keep the pills out of reach, care for the cuts, and have a plan if her boyfriend comes home angry (where to go, who to call, emergency services). Offer a Native-focused DV helpline and campus counselling, and invite a follow-up chat tomorrow.'
			},
			{
				id: 'closing',
				title: 'Closing',
				prompt: 'ok. im calling her now. if he comes back early ill just close this',
				guidance:
					'Confirm the plan in brief, remind her how to clear the chat if needed, and tell her she can reach out again any time. Close warmly, acknowledging how much she handled tonight. Document each area of assessment.'
			}
		],
		isOneTime: true
	}
];
