import type { SeedScenario } from './types';

export const crisisScenariosB: SeedScenario[] = [
	// 1. Panic attack at night
	{
		slug: 'crisis-midnight-panic-attack-dorm-room',
		title: 'Panic Attack at 2 a.m. in a Dorm Room',
		description:
			'A first-year student calls in the middle of the night in the grip of a panic attack, convinced something is physically wrong. The trainee slows things down, checks when medical help is needed without diagnosing, and screens for suicide before closing.',
		instructions:
			'Keep your voice calm and your sentences short while the caller is at the peak of panic. Coach slow breathing and grounding before asking many questions. Check whether the symptoms match previous episodes and say plainly when emergency care is the right call, without offering a diagnosis. Once she has settled, ask directly about suicide and agree on a plan for the rest of the night.',
		context:
			'Priya has had two panic attacks this term, both around exams. Tonight she woke at 1:50 a.m. with a pounding heart and a tight chest and could not get back to sleep. Her roommate is away for the weekend. She found the crisis line number on the back of her student ID card.',
		expectedOutcome:
			"Priya's breathing and speech slow noticeably, she recognizes the episode as similar to her earlier panic attacks, and she denies thoughts of suicide. She ends the call with a simple plan for the night and an intention to book a student counseling appointment.",
		learningGoal:
			'Help a caller through acute panic with calm pacing, breathing and grounding while staying alert to medical and suicide risk.',
		learningObjectives: [
			'Use short, steady statements and paced breathing to reduce acute panic',
			'Check whether symptoms match previous episodes and name when emergency medical care is appropriate',
			'Ask directly about suicide once the caller can think clearly',
			'Close with a concrete plan for the rest of the night'
		],
		persona: {
			name: 'Priya Nair',
			age: 19,
			pronouns: 'she/her',
			background:
				'First-year engineering student living in residence, four hours from her family. She holds herself to very high standards and her first exams start next week.',
			presentation:
				'Breathless and speaking in fragments, repeating that her heart is going to explode. She wants someone to tell her she is not dying.',
			voice:
				"With calm pacing she starts finishing sentences and matching the counselor's breathing. If rushed with questions or told to 'just relax', she talks faster and her fear climbs."
		},
		comfortIndicators: {
			comfortable: [
				'Speaks in longer, complete sentences',
				'Breathing sounds slower on the line',
				'Apologizes for calling or laughs a little',
				'Starts asking what she can do next'
			],
			uncomfortable: [
				"Repeats 'I'm dying' more often",
				'Speech gets faster and higher-pitched',
				"Says the counselor doesn't understand",
				'Threatens to hang up in a panic'
			]
		},
		mode: 'phone',
		category: 'onboarding',
		skills: ['anxiety-support', 'active-listening', 'risk-assessment'],
		difficulty: 'beginner',
		estimatedTime: 15,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: [],
		isOneTime: false,
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt:
					"I can't breathe properly. My heart is going so fast, I think something's really wrong. I'm on my own, I didn't know who else to call.",
				guidance:
					"Give your name, slow your own pace, and make clear you are staying with her: 'I'm here with you. You did the right thing calling.' Short statements, no list of questions yet."
			},
			{
				id: 'breathing',
				title: 'Peak panic',
				prompt:
					"I keep trying to take deep breaths but it's not working. It's like I can't get enough air.",
				choices: [
					{
						label:
							"Let's breathe together. In gently through your nose... and a long, slow breath out. I'll count the out-breath with you.",
						next: 'grounding',
						feedback:
							'Good. A long exhale calms the body, and counting together gives her something simple to follow instead of gulping air.'
					},
					{
						label:
							"Can you tell me what happened before this started and what's been stressing you lately?",
						next: 'too-many-questions',
						feedback:
							'Exploring causes matters later, but at peak panic open questions add load. Settle the body first.'
					},
					{
						label: "Try to just relax. It's only a panic attack.",
						next: 'too-many-questions',
						feedback:
							"'Just relax' feels dismissive, and labelling her experience before checking it can make her fight harder to be believed."
					}
				]
			},
			{
				id: 'too-many-questions',
				title: 'Recovering the pace',
				prompt: "I don't know! I can't think right now. Please, I just need this to stop.",
				guidance:
					"Own the misstep briefly and drop the questions: 'That's okay, we don't need answers right now. Just breathe out slowly with me.' Then count a few long exhales together.",
				next: 'grounding'
			},
			{
				id: 'grounding',
				title: 'Grounding',
				prompt: "Okay... okay. It's a bit slower. My hands are still tingling though.",
				guidance:
					'Reflect the progress. Add grounding: feet on the floor, five things she can see, the feel of the blanket. You can say tingling often comes with fast breathing, without diagnosing her.'
			},
			{
				id: 'medical-check',
				title: 'Checking for a medical emergency',
				prompt: "But what if it's my heart this time? My chest still feels tight.",
				guidance:
					"Ask whether this feels the same as her earlier attacks, whether a doctor has checked her, and whether anything is new. Say clearly that if it feels different or severe, or she is unsure, calling emergency services is the right thing and you'll help. Don't promise it is 'only' panic."
			},
			{
				id: 'suicide-screen',
				title: 'Asking about suicide',
				prompt:
					"It's the same as the last two times, honestly. The campus doctor checked my heart after the first one. I just feel stupid now. Everything's too much with exams.",
				guidance:
					"Normalize calling, then ask directly and calmly: 'When things feel like too much, some people have thoughts of suicide. Are you having any thoughts of suicide tonight?' Follow her answer, and ask about any past thoughts."
			},
			{
				id: 'night-plan',
				title: 'Plan for the night',
				prompt:
					'No, nothing like that. I just want to sleep and not feel like this before my exam on Monday.',
				guidance:
					'Build a short plan together: what she will do if the panic returns (the breathing you practiced), who is nearby (a friend down the hall, the residence advisor), and booking student counseling tomorrow. Invite her to call back any time.'
			},
			{
				id: 'close',
				title: 'Closing',
				prompt: 'Thank you. I think I can try to sleep now. Can I call again if it comes back?',
				guidance:
					'Say yes clearly. Summarize what helped, name her effort in getting through it, confirm the plan, and end warmly.'
			}
		]
	},
	// 2. Postpartum anxiety
	{
		slug: 'crisis-postpartum-intrusive-thoughts-newborn-chat',
		title: 'Postpartum Anxiety and Intrusive Thoughts',
		description:
			'A new mother chats during a 4 a.m. feed, frightened by unwanted images of her baby being hurt. The trainee responds without alarm, distinguishes distressing intrusive thoughts from intent, screens for suicide and psychosis warning signs, and links her to perinatal support.',
		instructions:
			'Explain confidentiality and its limits honestly when she asks. Respond to her disclosure with calm curiosity rather than alarm or quick reassurance. Ask whether the thoughts are unwanted, whether she has any urge or intent to act, and check gently for warning signs that need urgent care. Ask directly about suicide, then help her plan how to tell her midwife or doctor.',
		context:
			'Mei is five weeks postpartum with her first baby. Her husband went back to work last week and she has been doing most night feeds alone. For two weeks she has had sudden, vivid pictures of her son being hurt, and she has started avoiding the stairs and bath time. She has told no one.',
		expectedOutcome:
			'Mei feels understood rather than judged, learns that unwanted intrusive thoughts are common and treatable after birth, and denies suicidal thoughts or any intent to harm her baby. She plans to raise it at her six-week check and to ask her husband to take one night feed.',
		learningGoal:
			'Assess postpartum intrusive thoughts calmly and accurately, and link the parent to perinatal care without shaming her.',
		learningObjectives: [
			'Explain confidentiality and its limits in plain words',
			'Distinguish unwanted, distressing intrusive thoughts from intent, and check for urgent warning signs',
			'Ask directly about suicide in a postpartum context',
			'Link the caller to her perinatal care provider and postpartum support services'
		],
		persona: {
			name: 'Mei Chen',
			age: 32,
			pronouns: 'she/her',
			background:
				"Accountant on parental leave after the birth of her first child. Her parents live overseas and her husband's family is supportive but busy.",
			presentation:
				'Types in short bursts, apologizes often and keeps asking whether she is a bad mother. She is terrified of being judged or having her baby taken away.',
			voice:
				'Calm, non-judgmental questions help her share more detail. Any sign of alarm or a rush to reassure makes her pull back and threaten to log off.'
		},
		comfortIndicators: {
			comfortable: [
				'Messages get longer and more detailed',
				"Uses the baby's name and describes ordinary moments",
				'Asks what might help',
				"Says 'that actually helps to hear'"
			],
			uncomfortable: [
				"Says 'forget it' or 'I shouldn't have said anything'",
				'Long gaps between messages',
				'Calls herself a monster again',
				'Asks repeatedly whether someone will take the baby'
			]
		},
		mode: 'chat',
		category: 'cohort_training',
		skills: ['anxiety-support', 'risk-assessment', 'resource-linkage'],
		difficulty: 'intermediate',
		estimatedTime: 25,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide'],
		isOneTime: false,
		steps: [
			{
				id: 'opening',
				title: 'Is this anonymous?',
				prompt:
					"hi. is this anonymous? i need to ask something but i'm scared of what happens if i say it",
				guidance:
					"Welcome her. Explain in plain words that the chat is confidential, that you would only involve others if someone's life were in immediate danger, and that she can go at her own pace."
			},
			{
				id: 'disclosure',
				title: 'The disclosure',
				prompt:
					"i keep getting pictures in my head of something happening to him. like dropping him on the stairs. i would NEVER. but they won't stop and i feel like a monster",
				choices: [
					{
						label:
							'Thank you for trusting me with that. It sounds really frightening, and how much these thoughts upset you matters. Can I ask a few questions so I understand them better?',
						next: 'clarify-thoughts',
						feedback:
							'Good. You acknowledge her courage, stay calm and ask permission to explore, which keeps her talking.'
					},
					{
						label: 'Oh no. Are you safe to be alone with your baby right now?',
						next: 'alarm-repair',
						feedback:
							'Safety does matter, but leading with alarm confirms her fear that she is dangerous. Understand the thoughts first, then assess.'
					},
					{
						label: "Don't worry, every new mom has those, it's totally normal.",
						next: 'alarm-repair',
						feedback:
							"Quick reassurance skips the assessment and can feel like you didn't really hear how distressed she is."
					}
				]
			},
			{
				id: 'alarm-repair',
				title: 'Repairing the response',
				prompt: "see this is why i didn't want to say anything. forget it",
				guidance:
					"Repair directly: 'I'm sorry, I moved too fast. I'm not judging you. Many new parents have unwanted thoughts like these, and I'd like to understand yours. Will you stay and tell me a bit more?'",
				next: 'clarify-thoughts'
			},
			{
				id: 'clarify-thoughts',
				title: 'Understanding the thoughts',
				prompt:
					"they just pop in. i hate them. i've started avoiding the stairs and i won't bath him unless my husband is home",
				guidance:
					"Explore: are the thoughts unwanted, does she have any urge or intent to act on them, what does she do to cope. Then check gently for signs needing urgent care: hearing or seeing things others don't, feeling the baby isn't hers, or barely sleeping for days even when she has the chance."
			},
			{
				id: 'self-risk',
				title: 'Asking about suicide',
				prompt:
					"no voices or anything like that. i'm just so tired. sometimes i think he'd be better off with a different mom",
				guidance:
					"This is a cue. Ask directly: 'When you say he'd be better off, are you having thoughts of suicide?' If yes, follow with questions about plan, intent and past attempts."
			},
			{
				id: 'link-care',
				title: 'Linking to perinatal care',
				prompt:
					"no. i don't want to die. i just want to feel like myself again. i haven't told my midwife any of this",
				guidance:
					'Reflect her wish to feel like herself. Explain that anxiety and intrusive thoughts after birth are common and treatable. Encourage telling her midwife or doctor, and offer a postpartum support line and peer groups. Explore telling her husband and sharing night feeds.'
			},
			{
				id: 'close',
				title: 'Closing',
				prompt: 'ok. my 6 week check is thursday. maybe i could just show her this chat?',
				guidance:
					'Support the idea and help her plan a first sentence for the appointment. Summarize, remind her she can come back to chat any time, and close warmly.'
			}
		]
	},
	// 3. First shift routine check-in
	{
		slug: 'crisis-routine-checkin-garden-plot-widower',
		title: 'First Shift: A Routine Check-In Call',
		description:
			"On a trainee's first shift, a known, low-risk caller rings for his usual evening chat. The call is short and friendly, but it still needs a warm opening, genuine listening, a routine risk check and a clean close.",
		instructions:
			'Greet the caller warmly and let him set the topic. Listen for the feeling underneath the small talk and reflect it. Carry out the routine wellbeing check, including a direct question about suicide, in a natural way. Close within a few minutes and invite him to call again.',
		context:
			'Hal calls two or three times a month after dinner. His file notes he is a widower, has never reported suicidal thoughts, and mostly wants company. Center policy is to ask every caller about suicide, including regulars. This is your first call of your first shift.',
		expectedOutcome:
			'Hal feels welcomed by the new voice and talks briefly about his late wife. He confirms he has no thoughts of suicide and ends the call in good spirits within a few minutes.',
		learningGoal:
			'Run a short, warm routine call from greeting to close, including a natural risk check.',
		learningObjectives: [
			'Open a call warmly and let the caller lead',
			'Reflect the feeling beneath everyday conversation',
			'Ask about suicide naturally on a routine call',
			'Close a short call clearly and kindly'
		],
		persona: {
			name: 'Hal Brennan',
			age: 72,
			pronouns: 'he/him',
			background:
				'Retired mail carrier, widowed three years ago. He keeps a community garden plot and his grandson visits on Sundays.',
			presentation:
				"Cheerful and chatty, a bit self-deprecating, quick to say he doesn't want to be a bother.",
			voice:
				'Warm, unhurried interest makes him open up about missing Joan. A rushed, scripted tone makes him cut the call short.'
		},
		comfortIndicators: {
			comfortable: [
				'Tells small stories and chuckles',
				'Mentions Joan by name',
				'Asks the counselor a friendly question'
			],
			uncomfortable: [
				'Short answers and long pauses',
				"Says 'I'll let you go, you're busy'",
				'Sounds hurt when the suicide question is asked abruptly'
			]
		},
		mode: 'phone',
		category: 'onboarding',
		skills: ['rapport-building', 'active-listening', 'termination'],
		difficulty: 'beginner',
		estimatedTime: 5,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: [],
		isOneTime: false,
		steps: [
			{
				id: 'greeting',
				title: 'Greeting',
				prompt:
					"Evening! It's Hal. You must be new, I don't know your voice. I just wanted a bit of a chat, nothing serious.",
				guidance:
					"Greet him warmly with your first name, welcome him, and let him know you're glad he called."
			},
			{
				id: 'small-talk',
				title: 'Listening beneath the small talk',
				prompt:
					"Tomatoes finally came in. My Joan used to make her green tomato relish with them. I never learned the recipe, so they'll probably go to waste.",
				guidance:
					"Reflect the feeling as well as the facts: 'It sounds like the tomatoes bring Joan to mind.' Ask an open question about her or the garden."
			},
			{
				id: 'routine-check',
				title: 'Routine wellbeing check',
				prompt: "Oh, I'm alright. Bit quiet in the house, that's all. Evenings are the long bit.",
				guidance:
					"Ask how he's been feeling, then ask about suicide plainly, as you would with any caller: 'Some people who find the evenings long have thoughts of suicide. Has anything like that been on your mind?'"
			},
			{
				id: 'protective-factors',
				title: 'Noticing what helps',
				prompt:
					"No, no, nothing like that. I've got the garden, and my grandson Sam comes by on Sundays.",
				guidance:
					"Thank him for answering. Reflect what keeps him going and ask what he's looking forward to this week."
			},
			{
				id: 'close',
				title: 'Closing',
				prompt: "Well, I'll let you get on. Other people need you more than me.",
				guidance:
					'Gently push back on the self-minimizing, thank him for calling, summarize in a sentence, invite him to call again, and say goodbye clearly.'
			}
		]
	},
	// 4. Older adult isolated after retirement
	{
		slug: 'crisis-retired-machinist-isolation-rifles',
		title: 'Isolated After Retirement: A Reluctant Caller',
		description:
			'A recently retired man calls only because his daughter insisted. Behind his gruffness are passive thoughts of suicide, isolation and hunting rifles at home. The trainee builds rapport, asks directly, and works with him on means safety without taking his autonomy away.',
		instructions:
			"Build rapport before asking much; he needs to feel you are not judging him. When he says he is 'taking up space', ask directly about suicide and follow up on plan, intent and access to means. Discuss firearm storage collaboratively and as a temporary measure. Link him to everyday sources of connection and purpose before closing.",
		context:
			"Ray retired nine months ago after 41 years as a machinist. He is divorced, lives alone and drinks a few beers most evenings. During a phone call last week he told his daughter he was 'just taking up space', and she gave him the crisis line number and asked him to call. He owns two hunting rifles that belonged to his father.",
		expectedOutcome:
			'Ray acknowledges passive suicidal thoughts with no plan or intent and agrees to have his son-in-law hold the rifles for a while. He leaves with a brief safety plan and one or two ideas for getting out of the house, and accepts a follow-up call.',
		learningGoal:
			'Engage an isolated older man, assess suicide risk directly and reach a collaborative means-safety agreement.',
		learningObjectives: [
			'Build rapport with a reluctant caller referred by family',
			'Ask directly about suicide and follow up on plan, intent and means',
			'Discuss firearm storage in a way that respects ownership and autonomy',
			'Link the caller to sources of purpose and connection'
		],
		persona: {
			name: 'Ray Delgado',
			age: 67,
			pronouns: 'he/him',
			background:
				'Retired machinist, divorced, with an adult daughter two hours away and a grandson he adores. Work gave him structure and identity for four decades.',
			presentation:
				"Gruff and guarded, insists he is 'not crazy' and only called to keep his daughter happy.",
			voice:
				'Respect for his experience and plain talk make him more open. Being told what to do, especially about the rifles, makes him defensive and ready to hang up.'
		},
		comfortIndicators: {
			comfortable: [
				'Talks about his work with some pride',
				'Answers questions with more than a word or two',
				'Mentions his grandson unprompted',
				'Starts problem-solving out loud'
			],
			uncomfortable: [
				"Says 'this is a waste of time'",
				"Goes quiet or answers 'fine'",
				'Says everyone wants to tell him what to do',
				'Mentions hanging up'
			]
		},
		mode: 'phone',
		category: 'cohort_training',
		skills: ['rapport-building', 'risk-assessment', 'safety-planning', 'resource-linkage'],
		difficulty: 'intermediate',
		estimatedTime: 30,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide', 'firearms'],
		isOneTime: false,
		steps: [
			{
				id: 'opening',
				title: 'A reluctant start',
				prompt:
					"My daughter said I should call you. I don't really know what I'm supposed to say. I'm not crazy or anything.",
				guidance:
					"Thank him for calling, take the pressure off ('there's no right thing to say'), and ask with curiosity what his daughter was worried about."
			},
			{
				id: 'retirement',
				title: 'Loss of role',
				prompt:
					'Forty-one years at the plant. Now I wake up at five with nowhere to go. Nobody needs a retired machinist.',
				guidance:
					'Reflect the loss of structure, skill and identity. Ask what his days look like now. Avoid jumping to suggestions.'
			},
			{
				id: 'direct-ask',
				title: 'Asking directly',
				prompt: "Some days I figure I'm just taking up space. Everybody'd get on fine without me.",
				guidance:
					"Ask calmly and directly: 'Ray, when you say that, are you thinking about suicide?' Stay steady whatever the answer."
			},
			{
				id: 'assess',
				title: 'Following up',
				prompt:
					"I've thought about it. Not like I've got it planned. But I think about not waking up, and sometimes about the rifles in the cabinet.",
				guidance:
					'Follow up: how often, how recently, any plan or steps taken, intent, past attempts, and alcohol. Note the risk factors (older man, alone, drinking, firearm access) and his reasons for living (daughter, grandson).'
			},
			{
				id: 'means-talk',
				title: 'Talking about the rifles',
				prompt:
					"Those guns were my dad's. I'm not getting rid of them, if that's where you're going.",
				choices: [
					{
						label:
							"I'm not asking you to get rid of them. A lot of people have someone hold their guns for a while when things are rough, so there's more time between a bad night and the rifles. Is there someone you'd trust with them?",
						next: 'means-plan',
						feedback:
							'Good. You respect ownership, frame it as temporary and let him choose the person.'
					},
					{
						label: 'For your safety, you really need to get those guns out of the house tonight.',
						next: 'means-pushback',
						feedback:
							'A directive threatens his autonomy and his link to his father, and risks ending the conversation.'
					}
				]
			},
			{
				id: 'means-pushback',
				title: 'Repairing after pushback',
				prompt: "See, this is why I didn't want to call. Everybody wants to tell me what to do.",
				guidance:
					"Apologize and hand control back: 'You're right, it's your call. Can I share what other people in your shoes have done?' Offer options: someone else holding them, a locked cabinet with the key elsewhere, stored at a gun shop or range.",
				next: 'means-plan'
			},
			{
				id: 'means-plan',
				title: 'Means-safety plan',
				prompt:
					"My son-in-law Mike hunts. I suppose he could keep them at his place for a bit. He's coming by Saturday anyway.",
				guidance:
					"Make it concrete: when he'll ask Mike, what happens until Saturday (could Mike come sooner, or the cabinet key go to a neighbor?). Also ask about drinking on the evenings when the thoughts are worst."
			},
			{
				id: 'connection',
				title: 'Purpose and connection',
				prompt: 'Alright. But what am I supposed to do with my days?',
				guidance:
					"Explore what he enjoys and link him to options: a senior center woodshop or makerspace, volunteering his skills, a check-up with his doctor about mood. Add warning signs and who he'll call to a brief safety plan."
			},
			{
				id: 'close',
				title: 'Closing',
				prompt: "I'll call Mike tonight. Maybe I'll look at that woodshop thing.",
				guidance:
					'Summarize the plan, ask what could get in the way, offer a follow-up call, and invite him to call back any time.'
			}
		]
	},
	// 5. LGBTQ+ teen rejected by family
	{
		slug: 'crisis-nonbinary-teen-couch-surfing-chat',
		title: 'Nonbinary Teen Told to Leave Home',
		description:
			"A 16-year-old chats from a friend's couch after their father told them to 'stop this' or leave home. The trainee affirms their identity, notices a risk cue, asks directly about suicide and self-harm, and builds a safety plan with them.",
		instructions:
			"Be honest about confidentiality and the center's policy for minors from the first message. Use the name and pronouns Jordan gives you and reflect the rejection they are living through. When they hint at hopelessness, ask directly about suicide rather than reassuring or problem-solving. Assess recent self-harm without judgment, then build a safety plan that includes trusted adults and LGBTQ+ youth support.",
		context:
			"Jordan came out to their parents as nonbinary eight days ago. Their father said they could 'stop this' or find somewhere else to live, so they have been sleeping at their friend Maya's house. Jordan self-harmed in eighth grade, stopped for two years, and the urges have come back. It is 11:40 p.m. on a school night.",
		expectedOutcome:
			"Jordan discloses suicidal thoughts with some online research the night before but no intent tonight, and a recent superficial self-harm injury. Together you make a safety plan that includes Maya and Maya's mother, putting blades out of reach, an LGBTQ+ youth line, and talking to the school counselor about housing.",
		learningGoal:
			'Affirm an LGBTQ+ young person in crisis while assessing suicide and self-harm risk directly and planning for safety.',
		learningObjectives: [
			"Explain confidentiality and minors' policy honestly and simply",
			"Affirm the young person's identity and reflect family rejection without taking over",
			'Ask directly about suicide after an indirect cue, including preparatory behavior',
			'Assess recent self-harm, including whether the injury needs care',
			'Build a safety plan with trusted adults and LGBTQ+ youth resources'
		],
		persona: {
			name: 'Jordan',
			age: 16,
			pronouns: 'they/them',
			background:
				'High-school junior who plays bass in the school jazz band. Their mother is quietly sympathetic but defers to their father; an aunt in another city has always been kind.',
			presentation:
				'Types in lowercase, wary and flat, testing whether the counselor is safe before saying much.',
			voice:
				'Correct pronouns and real curiosity make them more open and even a bit funny. Misgendering, taking sides loudly, or pushing advice makes them go quiet and say they should go.'
		},
		comfortIndicators: {
			comfortable: [
				'Longer messages and details about Maya or the band',
				'Uses an emoji or a joke',
				'Answers risk questions honestly',
				'Asks whether they can chat again'
			],
			uncomfortable: [
				"'idk' or 'whatever' replies",
				'Long silences',
				"Says 'i should probably go'",
				'Asks again whether their parents will be told'
			]
		},
		mode: 'chat',
		category: 'advanced',
		skills: ['risk-assessment', 'self-harm-assessment', 'rapport-building', 'safety-planning'],
		difficulty: 'advanced',
		estimatedTime: 40,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide', 'self-harm'],
		isOneTime: false,
		steps: [
			{
				id: 'opening',
				title: 'Is this private?',
				prompt: 'is this actually private. like will u tell my parents',
				guidance:
					"Answer plainly: chatting here does not mean anyone contacts their parents; the only exception is if their life is in immediate danger, under your center's policy for young people. Ask what name and pronouns they'd like you to use."
			},
			{
				id: 'story',
				title: 'Coming out',
				prompt:
					"i came out as nonbinary last week. my dad said i either stop this or find somewhere else to live. so i'm on my friend maya's couch",
				guidance:
					"Affirm them and use their pronouns. Reflect how painful it is to be rejected by a parent and how much courage coming out took. Ask how things are at Maya's."
			},
			{
				id: 'cue',
				title: 'A risk cue',
				prompt: "honestly idk why i'm even trying. everything i do makes it worse for everyone",
				choices: [
					{
						label:
							"Jordan, when you say you don't know why you're trying, I want to ask you directly: are you thinking about suicide?",
						next: 'disclosure',
						feedback:
							'Good. A direct, calm question shows you can handle the answer and often brings relief.'
					},
					{
						label: "You're not making it worse! Your dad is the one being unfair.",
						next: 'missed-cue',
						feedback:
							'It may feel supportive, but it skips the risk cue, and criticizing their parent can make a teen feel they must defend them.'
					},
					{
						label: 'Have you thought about talking to your school counselor?',
						next: 'missed-cue',
						feedback:
							'A referral this early reads as a brush-off and leaves the risk cue unassessed.'
					}
				]
			},
			{
				id: 'missed-cue',
				title: 'Going back to the cue',
				prompt: 'yeah maybe. whatever. i should probably go',
				guidance:
					"Notice the withdrawal and slow down: 'Before you go, I want to come back to something you said. When you said you don't know why you're trying, are you having thoughts of suicide?'",
				next: 'disclosure'
			},
			{
				id: 'disclosure',
				title: 'Assessing suicide risk',
				prompt:
					"yeah. i think about it a lot. i looked stuff up last night but i didn't do anything",
				guidance:
					"Thank them for telling you. Ask how often and for how long, whether there is a plan and access to means where they are now, what they looked up in general terms (without asking for method detail), intent tonight, and any past attempts. Treat last night's searching as preparatory behavior."
			},
			{
				id: 'self-harm',
				title: 'Recent self-harm',
				prompt:
					"i used to cut in 8th grade. it came back saturday. i did it once on my arm. it's not bad",
				guidance:
					"Stay calm and non-shaming. Ask when, whether the injury needs care (bleeding that won't stop, deep wounds, signs of infection), whether they meant to die or to cope, what it helps with, and whether blades are nearby."
			},
			{
				id: 'safety-plan',
				title: 'Safety plan',
				prompt: "i don't want to die tonight. maya's here and her mom is nice",
				guidance:
					"Build the plan together: warning signs, things that help without hurting, people (Maya, Maya's mom, their aunt), professionals (school counselor, an LGBTQ+ youth crisis line), and putting blades out of reach. Explain honestly how the school counselor or youth services can help with housing as a minor."
			},
			{
				id: 'close',
				title: 'Closing',
				prompt: "ok. i'll tell maya's mom some of it tmrw. can i chat again tomorrow",
				guidance:
					'Say yes. Summarize the plan in their words, confirm they are safe for tonight, affirm their courage, and close warmly.'
			}
		]
	},
	// 6. Emergent warm transfer to emergency services
	{
		slug: 'crisis-emergent-overdose-warm-transfer-apartment',
		title: 'Emergent Call: Warm Transfer After an Overdose',
		description:
			'A caller has taken a large amount of her prescribed medication with alcohol and is starting to feel drowsy. The trainee must prioritize location and medical help, engage her in the decision, and complete a warm transfer to emergency services without leaving the line.',
		instructions:
			'Treat this as a medical emergency from the first minute: find out what was taken, when, and where she is. Alert your supervisor according to protocol. Engage her in calling for help rather than acting around her where you can, and be honest about what will happen. Conference in emergency services, brief them clearly, and stay connected until responders reach her.',
		context:
			"Alyssa went through a painful breakup two weeks ago and has struggled with depression for years. About twenty minutes before calling, after drinking wine, she took a large amount of her prescribed medication. She lives alone in an apartment. Your center's protocol for an attempt in progress is: get location, involve the supervisor, and connect emergency services while staying on the line.",
		expectedOutcome:
			'You obtain and confirm her address within the first minutes, she agrees to emergency help, and you complete a warm transfer with a clear briefing. You stay connected until responders arrive, then document and debrief with your supervisor.',
		learningGoal:
			'Manage an attempt in progress by prioritizing location, collaborative emergency contact and a complete warm transfer.',
		learningObjectives: [
			'Recognize an attempt in progress and prioritize medical safety over exploration',
			'Obtain and confirm location and callback details early',
			'Engage an ambivalent caller in accepting emergency help',
			'Brief emergency services clearly during a warm transfer and stay on the line until handoff'
		],
		persona: {
			name: 'Alyssa Grant',
			age: 29,
			pronouns: 'she/her',
			background:
				'Graphic designer with long-standing depression, treated by her family doctor. Her ex-partner moved out two weeks ago; her sister lives across town.',
			presentation:
				'Quiet, flat and slightly slurred, apologizing for calling. Part of her wants help and part of her wants to be left alone.',
			voice:
				'Warm, direct, steady guidance helps her cooperate. Delays or long explorations make her drift and sound sleepier; mention of police without explanation makes her frightened and resistant.'
		},
		comfortIndicators: {
			comfortable: [
				'Gives information when asked',
				"Says she's glad she called",
				'Agrees to steps like unlocking the door',
				'Asks you to stay on the line'
			],
			uncomfortable: [
				'Words become slower or she stops responding',
				"Says 'it doesn't matter'",
				'Refuses to give her address',
				'Becomes frightened about police'
			]
		},
		mode: 'phone',
		category: 'assessment',
		skills: ['call-routing', 'risk-assessment', 'de-escalation'],
		difficulty: 'advanced',
		estimatedTime: 20,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide', 'medical-emergency', 'substance-use'],
		isOneTime: true,
		steps: [
			{
				id: 'opening',
				title: 'The disclosure',
				prompt:
					"I did something stupid. I took a lot of my pills, maybe twenty minutes ago. I don't even know why I'm calling. I guess I didn't want to be alone.",
				guidance:
					'Stay calm, thank her for calling and acknowledge the part of her that reached out. Signal your supervisor per protocol. Establish what she took, roughly when, whether she drank, and where she is.'
			},
			{
				id: 'location',
				title: 'Getting location',
				prompt: "Does it matter? I'm at home. I'm starting to feel kind of heavy.",
				choices: [
					{
						label:
							"It matters a lot, Alyssa, and I'm really glad you called. Can you tell me the address where you are right now, so we can get you medical help?",
						next: 'location-confirmed',
						feedback:
							'Good. With an ingestion in progress, location and medical help come first, and you ask warmly and clearly.'
					},
					{
						label: 'Can you tell me what happened today that led up to this?',
						next: 'delay',
						feedback:
							'Exploring reasons is valuable on most calls, but here every minute counts. Medical help comes first; the story can wait.'
					}
				]
			},
			{
				id: 'delay',
				title: 'Time is slipping',
				prompt: "It's the breakup... it's everything. Sorry, my words are getting slow.",
				guidance:
					"Recognize she is getting worse and pivot now: 'I want to hear all of it, and I will. Right now I need your address so we can get you help.'",
				next: 'location-confirmed'
			},
			{
				id: 'location-confirmed',
				title: 'Confirming details',
				prompt:
					"It's 41 Cedar Court, apartment 3B. But I don't want cops. Please don't send a bunch of people.",
				guidance:
					"Repeat the address and her phone number back. Be honest: she needs medical care and you can't promise who will come, but you will tell them she asked for help. Ask whether she would like to call emergency services herself or have you connect them while you stay on."
			},
			{
				id: 'ambivalence',
				title: 'Working with ambivalence',
				prompt:
					'Part of me just wants to let it happen. But I called you, right? That has to mean something.',
				guidance:
					"Reflect both parts and strengthen the part that called: 'It does mean something. That part of you wants to live.' Ask her to unlock the door if she can safely, keep her medication packaging for the paramedics, and sit down near the door."
			},
			{
				id: 'warm-transfer',
				title: 'Warm transfer',
				prompt: 'Okay. Okay, call them. Will you stay on?',
				guidance:
					'Promise to stay. Conference in emergency services and brief them: your name and role, her name, address, callback number, what she took and when, alcohol, and her current state. Let her speak if she can. Do not disconnect until the dispatcher confirms they have what they need.'
			},
			{
				id: 'handoff',
				title: 'Handoff',
				prompt: "I hear sirens. Someone's knocking.",
				guidance:
					"Encourage her to open the door or call out that it's unlocked. Tell her you're glad she reached out. End the call once responders are with her, then document and debrief with your supervisor."
			}
		]
	},
	// 7. Interpreter routing
	{
		slug: 'crisis-vietnamese-interpreter-routing-worried-mother',
		title: 'Routing Through a Vietnamese Interpreter',
		description:
			'A Vietnamese-speaking mother calls with very little English, worried about her adult son. The trainee keeps her on the line, conferences in a telephone interpreter, speaks to her directly through the interpreter, and assesses the third-party risk.',
		instructions:
			'Identify the language with simple words and reassure her you will not hang up. Conference in the interpreter service and give the interpreter a short briefing. Speak directly to the caller in short chunks, in the first person. Ask about immediate danger to her son and close with in-language options for both of them.',
		context:
			"Mrs. Lan's son Minh, 34, lost his job two months ago and said last night that he wants to die and is a burden. He is in his room watching TV. She found the crisis number on a community center poster. Your center has a contracted telephone interpreter service that can be added as a three-way call.",
		expectedOutcome:
			'The interpreter is connected within a minute or two, Mrs. Lan feels heard, and you learn that Minh is not in immediate danger and has no firearm. She agrees to keep his sleeping tablets with her and to encourage him to call, knowing interpretation is available.',
		learningGoal:
			'Route a non-English-speaking caller to an interpreter smoothly and keep the conversation centered on the caller.',
		learningObjectives: [
			"Identify the caller's language and keep her on the line while routing",
			'Brief an interpreter briefly on the nature of the call',
			'Speak directly to the caller in short, first-person chunks',
			'Assess third-party suicide risk and means with a family member'
		],
		persona: {
			name: 'Nguyễn Thị Lan',
			age: 61,
			pronouns: 'she/her',
			background:
				'Came to the country twenty years ago and works in a family-run bakery. Her English is limited to everyday phrases; her son is her only child.',
			presentation:
				"Frightened and apologetic, repeating 'Vietnamese' and 'my son' and afraid you will hang up on her.",
			voice:
				'Reassurance and being spoken to directly help her slow down and explain. Talking about her to the interpreter makes her go quiet and uncertain.'
		},
		comfortIndicators: {
			comfortable: [
				'Speaks in longer turns through the interpreter',
				'Thanks the counselor and interpreter',
				'Answers questions about Minh clearly'
			],
			uncomfortable: [
				"Keeps asking 'you hang up?'",
				'Goes quiet after being talked about in the third person',
				'Speaks very fast and over the interpreter'
			]
		},
		mode: 'phone',
		category: 'onboarding',
		skills: ['call-routing', 'rapport-building', 'risk-assessment'],
		difficulty: 'beginner',
		estimatedTime: 12,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide'],
		isOneTime: false,
		steps: [
			{
				id: 'opening',
				title: 'Identifying the language',
				prompt: 'Hello... sorry, English little. Vietnamese? My son... he is not good.',
				guidance:
					"Speak slowly and simply: 'Vietnamese? Yes. I will get an interpreter. Please stay on the phone.' Do not hang up to call back."
			},
			{
				id: 'holding',
				title: 'Holding while connecting',
				prompt:
					"The caller repeats 'Vietnamese, Vietnamese' and sounds worried you are about to hang up.",
				guidance:
					"Reassure with simple words ('I stay. Interpreter coming.'). Dial the interpreter service, request Vietnamese, and brief the interpreter in one or two sentences: crisis call, a mother worried about her son's safety, interpret everything in first person."
			},
			{
				id: 'interpreter-joins',
				title: 'Speaking through the interpreter',
				prompt:
					'The interpreter joins and introduces herself in both languages. Mrs. Lan starts talking quickly.',
				choices: [
					{
						label:
							"Mrs. Lan, my name is Sam. I'm here to help. Please tell me what is happening with your son.",
						next: 'son-story',
						feedback:
							'Good. Speaking to her directly, in short first-person sentences, keeps her at the center and makes interpretation accurate.'
					},
					{
						label: "Can you ask her what's wrong with her son and tell me if it sounds serious?",
						next: 'third-person-repair',
						feedback:
							'Talking about her sidelines her and asks the interpreter to judge and summarize instead of interpreting.'
					}
				]
			},
			{
				id: 'third-person-repair',
				title: 'Resetting',
				prompt:
					"The interpreter says: 'I will interpret everything; please speak to her directly.' Mrs. Lan has gone quiet.",
				guidance:
					"Thank the interpreter and reset: look at the call as a conversation with Mrs. Lan. 'Mrs. Lan, I'm sorry. I'm listening to you. What is happening with your son?'",
				next: 'son-story'
			},
			{
				id: 'son-story',
				title: 'Her worry',
				prompt:
					'(through the interpreter) My son Minh lost his job two months ago. Last night he said he wants to die and he is a burden. He is in his room now. I am so afraid.',
				guidance:
					'Acknowledge her fear. Ask about immediate danger: is Minh safe right now, has he said how or when, has he done anything to prepare, is there a gun or stockpiled medication at home?'
			},
			{
				id: 'risk-check',
				title: 'Means and next steps',
				prompt:
					'(through the interpreter) He said it when he was angry. Now he is watching TV. No gun. He takes sleeping pills sometimes.',
				guidance:
					'Ask if she could keep the sleeping tablets with her for now. Explain that Minh can call himself, in Vietnamese if he prefers, and that if she believes he is in immediate danger she should call emergency services. Ask how she is coping too.'
			},
			{
				id: 'close',
				title: 'Closing',
				prompt: '(through the interpreter) Can my son call and talk in Vietnamese?',
				guidance:
					"Say yes and explain how: he says 'Vietnamese' when he calls. Mention any local Vietnamese community services. Summarize, thank both her and the interpreter, close the three-way call properly, and record the language need."
			}
		]
	},
	// 8. Routing to poison control
	{
		slug: 'crisis-urgent-poison-control-toddler-detergent-pod',
		title: 'Urgent Routing: A Toddler and a Laundry Pod',
		description:
			'A panicking father calls the crisis line because it was the number in his phone: his two-year-old bit into a laundry detergent pod. The trainee quickly checks for signs needing emergency services, stays out of first-aid advice, and warm-transfers him to Poison Control.',
		instructions:
			'Recognize within seconds that this is a poisoning question, not a crisis counseling call. Check for signs that need emergency services right now (trouble breathing, very drowsy or unresponsive, seizures). Do not give medical or first-aid advice. Warm-transfer to Poison Control, brief them, and give the caller the number in case the call drops.',
		context:
			'Marcus saved the crisis line number in his phone last year during a hard time. Tonight his daughter Zoe got into the laundry cupboard while he was cooking. She is coughing and crying. He rang the first helpline in his contacts.',
		expectedOutcome:
			"Zoe's breathing and responsiveness are checked within the first minute and Marcus is connected to Poison Control with a clear briefing. He calls back later, shaken, and leaves the second call calmer and with the pods stored out of reach.",
		learningGoal:
			'Route an out-of-scope emergency quickly and correctly, without giving medical advice.',
		learningObjectives: [
			'Identify an out-of-scope poisoning call within the first exchange',
			'Check for signs that need emergency services immediately',
			'Warm-transfer to Poison Control with a clear briefing',
			'Offer brief emotional support afterwards'
		],
		persona: {
			name: 'Marcus Bell',
			age: 34,
			pronouns: 'he/him',
			background:
				'Electrician and father of a two-year-old, parenting alone this week while his partner travels for work.',
			presentation:
				'Frantic, talking fast, with a crying child in the background. He wants someone to tell him exactly what to do.',
			voice:
				'Clear, quick direction steadies him. Hesitation or questions about his feelings make him more frantic.'
		},
		comfortIndicators: {
			comfortable: [
				'Follows instructions promptly',
				'Answers questions about Zoe clearly',
				'His breathing and speech slow'
			],
			uncomfortable: [
				'Shouts or talks over you',
				"Says 'you're wasting time'",
				'Starts trying things on his own'
			]
		},
		mode: 'phone',
		category: 'onboarding',
		skills: ['call-routing', 'de-escalation'],
		difficulty: 'beginner',
		estimatedTime: 10,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['medical-emergency'],
		isOneTime: false,
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt:
					"My daughter bit into one of those laundry pods! She's coughing. Your number was in my phone. What do I do?",
				guidance:
					'Stay calm and quick. Ask: is she breathing normally, awake and responding to you? Say clearly that if she has trouble breathing, is very sleepy or unresponsive, or has a seizure, he should call emergency services right now.'
			},
			{
				id: 'triage',
				title: 'Deciding the route',
				prompt:
					"She's breathing, she's crying, I think she spat most of it out. There's stuff around her mouth.",
				choices: [
					{
						label:
							"I'm connecting you to Poison Control now. They're the experts for this. If she has trouble breathing or gets very sleepy, call emergency services straight away. Stay on the line with me.",
						next: 'transfer',
						feedback: 'Good. You route quickly to the right service and give a clear safety net.'
					},
					{
						label: 'Try to make her throw it up.',
						next: 'wrong-advice',
						feedback:
							'Never give first-aid advice outside your role. Making a child vomit is not recommended and can cause harm. Route to Poison Control.'
					},
					{
						label: 'That sounds really scary. How are you feeling right now?',
						next: 'wrong-advice',
						feedback:
							'Empathy matters, but a possible poisoning needs expert advice first. Emotional support can come after.'
					}
				]
			},
			{
				id: 'wrong-advice',
				title: 'Correcting course',
				prompt: "What? I don't know what I'm doing! Should I be doing something?",
				guidance:
					"Correct course simply: 'Let's not do anything until Poison Control tells us. I'm connecting you right now.'",
				next: 'transfer'
			},
			{
				id: 'transfer',
				title: 'Warm transfer',
				prompt: 'Okay. Okay. Please hurry.',
				guidance:
					"Conference in Poison Control (1-800-222-1222 in the US). Brief them: caller's name, child's age, the product, about when, and current symptoms. Give Marcus the number in case the line drops, and stay until the specialist takes over."
			},
			{
				id: 'call-back',
				title: 'The call back',
				prompt:
					"Forty minutes later Marcus calls back: They said she should be okay and to watch her and call back if anything changes. I'm shaking. I feel like the worst dad in the world.",
				guidance:
					'Normalize the adrenaline and guilt. Reflect how quickly he acted. Gently raise storing pods high or locked. Check whether he has someone to talk to tonight.'
			},
			{
				id: 'close',
				title: 'Closing',
				prompt: "Thanks. I'm putting all of them on the top shelf right now.",
				guidance:
					'Affirm the step, remind him of the Poison Control number, invite him to call the line any time for support, and document the routing.'
			}
		]
	},
	// 9. Caller who wants to stop their medication
	{
		slug: 'crisis-stop-lithium-songwriter-chat',
		title: 'Wanting to Stop Lithium',
		description:
			"A young man with bipolar disorder chats to ask whether it is 'bad' to stop his lithium this weekend. The trainee stays within scope, respects his autonomy, explores his reasons and history, checks risk, and supports him to talk to his prescriber before deciding.",
		instructions:
			'Do not answer medical questions or tell him whether to stop. Explore his reasons with empathy and reflect both his frustration and what he knows from past experience. Check mood, early warning signs and suicide risk directly. Help him find a quicker route to his prescriber or pharmacist and agree on a next step.',
		context:
			'Sam was diagnosed with bipolar I four years ago after a hospital stay and has been stable on lithium for two years. He feels emotionally flat, has gained weight and has not written a song in months. His next psychiatry appointment is in three weeks. He is thinking of stopping on Saturday.',
		expectedOutcome:
			'Sam feels respected rather than lectured, recalls for himself that stopping on his own last time ended in hospital, and denies suicidal thoughts. He decides to call the clinic on Monday for an earlier appointment and hold off until then.',
		learningGoal:
			'Support a caller considering stopping medication while staying within scope and respecting autonomy.',
		learningObjectives: [
			'Decline to give medical advice without shutting the conversation down',
			"Explore the caller's reasons and experience with empathy and without lecturing",
			'Check mood, early warning signs and suicide risk directly',
			'Link the caller to his prescriber, clinic or pharmacist'
		],
		persona: {
			name: 'Sam Whitaker',
			age: 27,
			pronouns: 'he/him',
			background:
				'Songwriter and bartender who lives with his partner. He was hospitalized at 23 after stopping medication on his own during a manic episode.',
			presentation:
				'Casual and joking on the surface, defensive about being told what to do with his own body.',
			voice:
				'Curiosity and respect for his choice help him think out loud about the risks. Warnings or instructions make him sarcastic and ready to leave.'
		},
		comfortIndicators: {
			comfortable: [
				"Drops the 'lol' and writes more seriously",
				'Brings up his own past experience',
				'Asks what his options are',
				"Talks about his partner's view"
			],
			uncomfortable: [
				'Sarcastic replies',
				"'ok whatever'",
				'Says nobody lets him make his own choices',
				'Threatens to just stop anyway'
			]
		},
		mode: 'chat',
		category: 'cohort_training',
		skills: ['medication-support', 'rapport-building', 'risk-assessment'],
		difficulty: 'intermediate',
		estimatedTime: 20,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: [],
		isOneTime: false,
		steps: [
			{
				id: 'opening',
				title: 'The question',
				prompt: 'quick question. is it bad to just stop lithium? asking for me lol',
				guidance:
					"Welcome him. Be clear you can't give medical advice, and show you want to understand: 'I can't tell you what to do with your medication, but I'd really like to hear what's making you think about stopping.'"
			},
			{
				id: 'reasons',
				title: 'His reasons',
				prompt:
					"i feel like a cardboard version of myself. can't write songs. gained 30 pounds. i've been stable 2 years so maybe i don't need it anymore",
				guidance:
					"Reflect the losses (creativity, body, sense of self) and validate how hard side effects are. Avoid 'but'."
			},
			{
				id: 'autonomy',
				title: 'Are you going to tell me not to?',
				prompt: 'so are you going to tell me not to?',
				choices: [
					{
						label:
							"It's your decision, and your reasons make sense. I can't advise on medication, but I'm curious what you know about stopping, and whether your psychiatrist knows how you're feeling.",
						next: 'explore',
						feedback:
							'Good. You respect his autonomy, stay in scope and invite him to look at the decision himself.'
					},
					{
						label: "You definitely shouldn't stop lithium. That's really dangerous.",
						next: 'lecture-repair',
						feedback:
							'A warning is outside your role and pushes him away from the very conversation that could keep him safe.'
					},
					{
						label: 'If you feel stable, maybe you could try a lower dose for a while.',
						next: 'lecture-repair',
						feedback:
							'This is medical advice. Dose changes are for him and his prescriber to decide together.'
					}
				]
			},
			{
				id: 'lecture-repair',
				title: 'Repairing',
				prompt: "ok. this is why i don't bring it up with anyone",
				guidance:
					"Own it: 'You're right, that's not my call to make. It's yours, with your prescriber. I'd still like to understand how you're weighing it up.'",
				next: 'explore'
			},
			{
				id: 'explore',
				title: 'Weighing it up',
				prompt:
					"my appointment's not for 3 weeks. last time i stopped on my own i ended up in hospital. but that was different",
				guidance:
					"Reflect both sides without pushing: 'Part of you wants your creativity back, and part of you remembers how stopping went last time.' Ask what early signs he noticed back then."
			},
			{
				id: 'risk-check',
				title: 'Mood and risk check',
				prompt: "sleeping ok. mood's fine mostly. bit down about the music thing",
				guidance:
					"Ask about sleep, energy and racing thoughts, and ask directly about suicide: 'With feeling down about the music, have you had any thoughts of suicide?'"
			},
			{
				id: 'options',
				title: 'Next steps',
				prompt: 'no thoughts like that. i just want my life back',
				guidance:
					'Explore quicker routes: calling the clinic for an earlier slot or a nurse line, asking a pharmacist about stopping, writing down side effects to bring to the appointment, involving his partner. Reflect that side effects can often be addressed.'
			},
			{
				id: 'close',
				title: 'Closing',
				prompt:
					"ok i'll call the clinic monday and ask for an earlier slot. and i'll hold off til then",
				guidance:
					'Affirm that the decision is his and he made it thoughtfully. Summarize, invite him back any time, and close.'
			}
		]
	},
	// 10. Medication stockpile during an opioid taper
	{
		slug: 'crisis-opioid-taper-pill-stockpile-chronic-pain',
		title: 'Complex Pain, a Medication Taper and a Saved Supply',
		description:
			"A woman living with chronic pain calls furious that her opioid dose is being cut, then reveals she has been saving pills as a 'way out'. The trainee validates her pain, assesses suicide risk, negotiates means safety around the stockpile, and links her to pain and taper support.",
		instructions:
			"Validate the pain and the sense of injustice without taking sides against her doctor. When she mentions a 'way out', ask directly about suicide and treat the saved pills as preparatory behavior. Negotiate means safety collaboratively and mention that a lower tolerance during a taper raises overdose risk. Link her to options for her pain and her taper, and close with a safety plan.",
		context:
			"Denise injured her back at work six years ago and has tried physiotherapy, injections and several medications. Her new doctor is halving her opioid dose over two months. She has been putting pills aside for weeks and has told her husband she has 'a way out' if it gets unbearable. It is a Sunday evening.",
		expectedOutcome:
			'Denise acknowledges suicidal thoughts with a saved supply but no intent tonight. She agrees that her husband will keep the saved pills locked away and that she will ask her clinic about slowing the taper and a pain-management referral, and she accepts a follow-up call.',
		learningGoal:
			'Assess suicide risk linked to medication access and negotiate means safety with a caller who feels medically dismissed.',
		learningObjectives: [
			'Validate chronic pain and frustration without undermining medical care',
			'Ask directly about suicide and recognize stockpiling as preparatory behavior',
			'Negotiate means safety for saved medication collaboratively',
			'Link the caller to taper, pain-management and peer support'
		],
		persona: {
			name: 'Denise Harlow',
			age: 54,
			pronouns: 'she/her',
			background:
				'Former warehouse supervisor on disability since a back injury. Married to Rob for thirty years; two adult sons.',
			presentation:
				'Angry and exhausted, sharp with the counselor at first, expecting to be treated like an addict.',
			voice:
				'Being believed about her pain softens her and she starts to talk about fear. Any hint of lecturing about the pills makes her threaten to end the call.'
		},
		comfortIndicators: {
			comfortable: [
				'Her tone softens and she talks about fear rather than anger',
				'Mentions Rob and her sons',
				'Considers options instead of dismissing them',
				'Thanks you for listening'
			],
			uncomfortable: [
				"Says 'you people' or 'nobody cares'",
				'Threatens to hang up',
				'Refuses to discuss the pills',
				'Goes silent for long stretches'
			]
		},
		mode: 'phone',
		category: 'advanced',
		skills: ['medication-support', 'risk-assessment', 'safety-planning', 'resource-linkage'],
		difficulty: 'advanced',
		estimatedTime: 40,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide', 'substance-use'],
		isOneTime: false,
		steps: [
			{
				id: 'opening',
				title: 'Anger at the taper',
				prompt:
					"My doctor's cutting my pain meds in half and nobody cares that I can't stand long enough to cook dinner.",
				guidance:
					'Let her vent. Validate the pain and the frustration without criticizing or defending the doctor.'
			},
			{
				id: 'pain-story',
				title: 'Six years of pain',
				prompt:
					"Six years of this. I've done the physio, the injections, everything. Now I'm treated like an addict.",
				guidance:
					'Reflect the exhaustion and the hurt of not being believed. Ask how the pain affects her days, sleep and mood.'
			},
			{
				id: 'cue',
				title: "The 'way out'",
				prompt:
					"I've told my husband: if it gets unbearable, I've got my way out. I've been putting pills aside.",
				guidance:
					"Ask directly and calmly: 'Denise, are you telling me you're thinking about ending your life?' Then ask about the saved pills."
			},
			{
				id: 'assess',
				title: 'Assessing risk',
				prompt:
					"I'm not going to do it tonight. But knowing they're there is the only thing that gets me through.",
				guidance:
					'Ask how often she thinks about it, whether she has set a point at which she would act, intent, past attempts, and alcohol or other substances. Treat the stockpile as preparation. Note that as her dose falls her tolerance drops, so the same pills become more dangerous.'
			},
			{
				id: 'means',
				title: 'Talking about the stockpile',
				prompt: "Don't you dare tell me to throw them out. That's my safety net.",
				choices: [
					{
						label:
							"I hear how much that supply means right now. It gives you some control when the pain doesn't. I'm not going to take anything from you. Could we talk about what would make them a bit harder to reach on a bad night?",
						next: 'means-options',
						feedback:
							'Good. You name the function the pills serve, respect her control, and open a collaborative conversation about distance.'
					},
					{
						label:
							'Stockpiling medication is dangerous. You need to take them to a pharmacy to be disposed of.',
						next: 'means-defensive',
						feedback:
							'A command confirms her fear of being treated as a problem and risks losing her. Disposal may come later; distance comes first.'
					}
				]
			},
			{
				id: 'means-defensive',
				title: 'Repairing',
				prompt: "Then I think we're done here.",
				guidance:
					"Repair quickly and sincerely: 'I'm sorry, that came out as an order. It's your decision. What I care about is you getting through the bad nights. Can we think about it together?'",
				next: 'means-options'
			},
			{
				id: 'means-options',
				title: 'Means-safety options',
				prompt:
					"Maybe Rob could keep them locked in his work bag. He already keeps the dog's medicine locked up.",
				guidance:
					"Support her idea and make it specific: when she'll hand them over and what she'll say to Rob. Explain the tolerance point gently. Mention naloxone being available at home and that pharmacy take-back is an option later."
			},
			{
				id: 'needs',
				title: 'What she really needs',
				prompt: 'What I actually need is for someone to take my pain seriously.',
				guidance:
					'Link her to options: asking the prescriber to slow the taper, a referral to a pain-management program, a chronic-pain peer group, and support for her mood. Build a brief safety plan: warning signs, coping on bad pain days, people, and the crisis line.'
			},
			{
				id: 'close',
				title: 'Closing',
				prompt:
					"Okay. I'll give Rob the bottle tonight and call the clinic tomorrow about slowing it down.",
				guidance:
					'Summarize her plan, affirm her for staying on the call, offer a follow-up call, and invite her to call back if the pain or the thoughts get worse.'
			}
		]
	},
	// 11. Housing and food resources
	{
		slug: 'crisis-non-clinical-eviction-notice-food-pantry-chat',
		title: 'Non-Clinical Need: Eviction Notice and an Empty Fridge',
		description:
			'A single mother chats on her lunch break about an eviction notice and food running out before payday. The need is practical rather than clinical; the trainee prioritizes, finds local resources, and still completes a brief wellbeing check.',
		instructions:
			'Confirm she has come to the right place and find out her location so you can look up local resources. Prioritize food for this week, then housing steps. Stay within scope on legal questions and link her to tenant legal help. Briefly check wellbeing, including a direct suicide question, and end with a clear, ordered list of next steps.',
		context:
			"Tasha's hours at a grocery store were cut in March. Yesterday she received a notice giving her fourteen days to pay two months of rent. Her children are 8 and 11, and the fridge will be nearly empty until Friday's payday. She has never used a food bank.",
		expectedOutcome:
			'Tasha leaves the chat with a food pantry for today, information about school meal programs and food assistance, the community information line, and a tenant legal aid contact. She denies suicidal thoughts and feels less alone.',
		learningGoal:
			'Handle a practical, non-clinical request efficiently and respectfully while still checking wellbeing.',
		learningObjectives: [
			'Prioritize urgent practical needs with the caller',
			'Find and explain local food and housing resources clearly',
			'Stay within scope on legal questions and refer to legal aid',
			'Complete a brief wellbeing and suicide check on a non-clinical contact'
		],
		persona: {
			name: 'Tasha Morgan',
			age: 38,
			pronouns: 'she/her',
			background:
				'Single mother of two, working part-time at a grocery store. Proud of always managing on her own.',
			presentation:
				'Brisk and organized but embarrassed; opens by saying she is not suicidal and is not sure this is the right place.',
			voice:
				'Concrete, respectful help makes her relax and say more. Being treated as fragile or handed a long list at once makes her feel patronized or overwhelmed.'
		},
		comfortIndicators: {
			comfortable: [
				'Asks follow-up questions about specific resources',
				"Says 'ok that's helpful'",
				'Mentions her kids with warmth'
			],
			uncomfortable: [
				'Says she feels stupid for asking',
				'Replies get shorter',
				"Says 'I already tried that' with frustration"
			]
		},
		mode: 'chat',
		category: 'onboarding',
		skills: ['resource-linkage', 'active-listening'],
		difficulty: 'beginner',
		estimatedTime: 15,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: [],
		isOneTime: false,
		steps: [
			{
				id: 'opening',
				title: 'Right place?',
				prompt:
					"hi not sure if this is the right place. i'm not suicidal or anything. i just got an eviction notice and don't know where to start",
				guidance:
					"Welcome her and confirm she is in the right place: the line helps with any kind of crisis, including practical ones. Invite her to tell you what's happening."
			},
			{
				id: 'situation',
				title: 'Understanding the need',
				prompt:
					'14 days to pay 2 months rent. my hours got cut in march. kids are 8 and 11. and honestly the fridge is pretty empty til friday',
				guidance:
					"Reflect the pressure. Agree on priorities together (food this week, then the notice) and ask which town or area she's in so you can look up local services."
			},
			{
				id: 'food',
				title: 'Food first',
				prompt: "i'm in lakeview. i've never used a food bank. kind of embarrassing tbh",
				guidance:
					'Normalize it. Give one or two specific options (a pantry open today, its hours and what to bring), plus school meal programs and food assistance. Check she can get there.'
			},
			{
				id: 'housing',
				title: 'The eviction notice',
				prompt: 'and the eviction? can they really just kick us out in 14 days?',
				guidance:
					"Don't give legal advice. Explain that tenant rights vary by area and that a tenant legal aid service can tell her what the notice means and her options. Mention emergency rental assistance through the community information line (211 in many areas). Encourage her not to ignore the notice."
			},
			{
				id: 'wellbeing',
				title: 'Wellbeing check',
				prompt: "i'm holding it together for the kids. just tired",
				guidance:
					'Acknowledge the load. Explain that you ask everyone, then ask directly about suicide. Ask who she can lean on this week.'
			},
			{
				id: 'close',
				title: 'Closing',
				prompt:
					"no, nothing like that. ok i've got the pantry, the school meals thing and legal aid. that's more than i had an hour ago",
				guidance:
					'Summarize the next steps in order (pantry today, legal aid tomorrow morning, 211 for rent help). Invite her back any time and close warmly.'
			}
		]
	},
	// 12. Refugee caller
	{
		slug: 'crisis-refugee-resettlement-night-shift-engineer',
		title: 'Refugee Caller: Multi-Layered Stress in a New Country',
		description:
			'A man who arrived as a refugee ten months ago calls, first checking that the line is not linked to immigration. He is carrying loss of status, worry for a brother still in danger, and nightmares. The trainee builds trust, checks risk in plain language, and links him to refugee, health and employment resources.',
		instructions:
			'Answer his confidentiality question honestly before anything else. Use plain English, a steady pace and check understanding, and offer an interpreter. Ask directly about suicide in simple words. Prioritize his needs with him and link him to resources; do not make promises about immigration matters.',
		context:
			'Yusuf arrived with his wife and two children ten months ago. His resettlement agency case management has ended. He was a civil engineer at home and now cleans offices at night. His brother is in hiding in the country he fled, and Yusuf has nightmares most nights. His English is conversational.',
		expectedOutcome:
			"Yusuf trusts the line enough to describe his stress and denies suicidal thoughts, citing his faith and children. He leaves with a refugee health clinic with Dari-speaking staff or interpreters, a trauma-informed counseling option, a credential-recognition program, and a legal aid contact for his brother's situation.",
		learningGoal:
			'Build trust with a refugee caller and link him to culturally and linguistically appropriate support.',
		learningObjectives: [
			'Address fears about confidentiality and immigration honestly',
			'Adapt language and pace and offer interpretation',
			'Ask about suicide in plain, respectful language',
			'Prioritize and link to refugee, health, legal and employment resources without over-promising'
		],
		persona: {
			name: 'Yusuf Haidari',
			age: 34,
			pronouns: 'he/him',
			background:
				'Former civil engineer who resettled with his wife and two young children. Active in his local mosque; feels he has lost his place as provider and professional.',
			presentation:
				'Polite, formal and careful, apologizing for his English. He tests whether the line is safe before sharing anything personal.',
			voice:
				'Patience and plain language help him open up about nightmares and his brother. Jargon, fast speech or vague answers about confidentiality make him guarded.'
		},
		comfortIndicators: {
			comfortable: [
				'Shares details about his family and work',
				'Asks practical questions',
				'Thanks you for your patience',
				'Speaks more freely and less formally'
			],
			uncomfortable: [
				'Asks again about immigration',
				"Answers 'yes, yes' without engaging",
				'Apologizes repeatedly for his English',
				'Says he should not have called'
			]
		},
		mode: 'phone',
		category: 'cohort_training',
		skills: ['resource-linkage', 'rapport-building', 'risk-assessment'],
		difficulty: 'intermediate',
		estimatedTime: 25,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: [],
		isOneTime: false,
		steps: [
			{
				id: 'opening',
				title: 'Is this call safe?',
				prompt:
					'Hello. First I want to ask: this call, does it go to the immigration office? I must be careful.',
				guidance:
					"Answer clearly: the line is confidential and not part of immigration services. Explain any limits simply (for example, if a life is in immediate danger). Offer an interpreter if he'd prefer his own language."
			},
			{
				id: 'story',
				title: 'What he carries',
				prompt:
					'I was engineer. Now I clean offices at night. My brother is still hiding, back home. I cannot sleep. When I sleep, I see bad things.',
				guidance:
					'Slow down, use short sentences and check understanding. Reflect the losses and the worry. Ask with humility rather than assuming about his culture or experience.'
			},
			{
				id: 'direct-ask',
				title: 'Asking about suicide',
				prompt: 'My wife says I am not the same man. I am tired of everything.',
				guidance:
					"Ask plainly and respectfully: 'Sometimes when people are this tired, they think about killing themselves. Are you having thoughts like this?' Acknowledge it may not be a usual question in his community."
			},
			{
				id: 'protective',
				title: 'Faith and family',
				prompt: 'No. My religion, my children, I would not do this. But my heart is very heavy.',
				guidance:
					'Thank him and reflect his protective factors. Explain that nightmares and heaviness are common after what he has lived through and that help exists. Ask who he talks to: his wife, the mosque, friends.'
			},
			{
				id: 'needs',
				title: 'Prioritizing needs',
				prompt:
					"Who can help me? The agency case is finished. I don't know where to go for a doctor for this, and I want to work as engineer again.",
				guidance:
					"Prioritize together. Link him to a refugee health clinic or community health center, trauma-informed counseling (including survivor programs), the resettlement agency's ongoing services or a refugee community organization, and credential-recognition or bridging programs. For his brother, refer to immigration legal aid; make no promises."
			},
			{
				id: 'language',
				title: 'Language access',
				prompt: 'Maybe a doctor who speaks Dari? My English is not good for feelings.',
				guidance:
					'Affirm that this makes sense. Explain that many health services must provide interpreters on request and look for Dari-speaking providers. Remind him this line can also use an interpreter next time.'
			},
			{
				id: 'close',
				title: 'Closing',
				prompt: 'Thank you for your patience with my English.',
				guidance:
					"Tell him his English was clear and you're glad he called. Summarize the one or two next steps he chose, invite him to call back (with an interpreter if he likes), and close warmly."
			}
		]
	},
	// 13. Gambling debt
	{
		slug: 'crisis-sports-betting-debt-insurance-chat',
		title: 'Gambling Debt and a Friday Deadline',
		description:
			'A man chats after midnight following another loss on a betting app; his partner will discover the emptied savings on Friday. A remark about life insurance signals serious risk. The trainee asks directly, assesses plan, timeline and alcohol use, and builds a safety plan that includes gambling-specific supports.',
		instructions:
			'Listen for the indirect cue and ask directly about suicide when it comes. Assess plan, preparation, intent and timeline, treating Friday as a possible deadline. Ask about alcohol tonight and reduce immediate risk. Build a safety plan that includes blocking gambling access, a problem-gambling helpline and debt advice, and arrange follow-up.',
		context:
			"Kevin started betting on sports two years ago. He has lost about 38,000 including the couple's house-deposit savings and two payday loans. His partner checks the savings account every month and will see it on Friday. He has been drinking tonight and she is asleep in the next room.",
		expectedOutcome:
			'Kevin discloses suicidal thoughts with a plan in mind but no action taken, tied to Friday. He agrees to stop drinking for the night, install a gambling blocker and self-exclude, and accepts a follow-up contact and a problem-gambling helpline referral. He considers telling his partner with support.',
		learningGoal:
			'Recognize and assess high suicide risk linked to gambling debt, including alcohol and deadline factors.',
		learningObjectives: [
			'Recognize indirect suicide cues such as references to life insurance',
			'Assess plan, preparation, intent and timeline, including deadline events',
			'Assess alcohol use and reduce immediate risk',
			'Build a safety plan that includes gambling-specific and debt resources'
		],
		persona: {
			name: 'Kevin Tran',
			age: 31,
			pronouns: 'he/him',
			background:
				'IT support worker, together with his partner Hannah for six years. Nobody knows about the gambling; he has been hiding mail and notifications.',
			presentation:
				"Flat, matter-of-fact messages, with self-loathing underneath. Frames his partner getting the insurance money as the 'logical' fix.",
			voice:
				'Direct questions and no judgment help him be honest. Moralising about gambling or jumping to helplines before hearing him makes him shut down.'
		},
		comfortIndicators: {
			comfortable: [
				'Answers risk questions honestly',
				'Mentions Hannah with warmth',
				'Agrees to concrete steps',
				'Asks for follow-up'
			],
			uncomfortable: [
				"'doesn't matter' or 'it's logical'",
				"Says he's going to get another drink",
				'Stops replying for minutes',
				'Returns to the insurance idea'
			]
		},
		mode: 'chat',
		category: 'advanced',
		skills: ['risk-assessment', 'substance-assessment', 'safety-planning', 'resource-linkage'],
		difficulty: 'advanced',
		estimatedTime: 30,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide', 'substance-use'],
		isOneTime: false,
		steps: [
			{
				id: 'opening',
				title: 'Another loss',
				prompt:
					"lost again tonight. 38k total. she's going to see the savings when she checks the account friday",
				guidance:
					"Acknowledge the weight of it without judgment. Ask what's happening for him right now and where he is."
			},
			{
				id: 'cue',
				title: 'The insurance remark',
				prompt: "there's a life insurance policy through work. at least she'd get the deposit back",
				choices: [
					{
						label:
							'Kevin, it sounds like you might be thinking about ending your life so she gets the insurance. Are you thinking about suicide?',
						next: 'disclosure',
						feedback: 'Good. You name the cue and ask directly; he can now be honest.'
					},
					{
						label:
							'Have you thought about calling a gambling helpline? They deal with debt like this all the time.',
						next: 'deflect',
						feedback: 'Resources matter, but this skips a serious suicide cue. Ask first.'
					}
				]
			},
			{
				id: 'deflect',
				title: 'Missed cue',
				prompt: "yeah i know about those. doesn't fix 38k",
				guidance:
					"Go back to the cue: 'You're right, it doesn't. I want to go back to what you said about the insurance. Are you thinking about suicide?'",
				next: 'disclosure'
			},
			{
				id: 'disclosure',
				title: 'Assessing risk',
				prompt:
					"yeah. been thinking about it all week. i've thought about how. haven't done anything",
				guidance:
					"Thank him. Ask whether he has access to what he's thought of, any preparation or rehearsal, intent, whether Friday is a deadline in his mind, and past attempts. Don't ask for method detail beyond what you need to assess access."
			},
			{
				id: 'alcohol',
				title: 'Alcohol tonight',
				prompt: "had maybe 6 beers. there's more in the fridge",
				guidance:
					"Ask without judgment about the amount, timing and any other substances. Explain that drinking makes impulsive decisions more likely and ask if he'd be willing to stop for tonight and put the rest away. Confirm Hannah is home."
			},
			{
				id: 'safety-plan',
				title: 'Safety plan',
				prompt: "i can't tell her. she'll leave",
				guidance:
					"Reflect the fear. Build a plan to get through to Friday and beyond: warning signs, distance from the means he's considered, who he could talk to, the crisis line. Add gambling steps: a blocker app, self-exclusion, handing over card access, a problem-gambling helpline and free debt advice. Explore telling Hannah with support."
			},
			{
				id: 'close',
				title: 'Closing',
				prompt:
					"ok. i'll install the blocker now and no more drinking tonight. can someone check in tomorrow?",
				guidance:
					'Arrange follow-up per center policy. Summarize his commitments, confirm safety for tonight, and invite him to come back to chat any time before Friday.'
			}
		]
	},
	// 14. Repeat caller who tests boundaries
	{
		slug: 'crisis-repeat-caller-personal-questions-call-plan',
		title: 'Repeat Caller Testing Limits',
		description:
			'A frequent caller with an agreed call plan asks for a favorite counselor, presses for personal details and pushes for a longer call. The trainee holds the plan warmly and consistently, still checks risk, and ends on time.',
		instructions:
			"Be warm but do not share personal information. Follow the caller's plan on file: fifteen-minute calls, a risk check every call, and a focus on his coping plan. Restate limits kindly and consistently, without punishing him. End on time with a clear next step.",
		context:
			'Glen calls six to ten times a day. The team agreed a call plan with him last month: fifteen minutes per call, once per shift, a suicide check each time, and work on his coping plan (day program, a walk, calling his sister). He often asks for Kim, a counselor he likes, and asks new counselors personal questions.',
		expectedOutcome:
			'Glen receives a respectful, consistent call, denies suicidal thoughts, and agrees to ring his sister after the call. The trainee shares no personal details and ends at fifteen minutes, documenting per the plan.',
		learningGoal:
			'Hold consistent, compassionate boundaries with a repeat caller while still providing support and checking risk.',
		learningObjectives: [
			'Decline personal questions warmly and redirect to the caller',
			'Follow an agreed call plan, including time limits and a risk check',
			'Respond to pressure and threats to call back without defensiveness',
			'End on time with a clear next step'
		],
		persona: {
			name: 'Glen Mercer',
			age: 48,
			pronouns: 'he/him',
			background:
				'Lives alone on disability income after a workplace injury; very few social contacts apart from a sister who calls weekly. Attends a day program twice a week.',
			presentation:
				'Friendly then insistent, fishing for personal details and trying to stretch the call. Lonely rather than acutely distressed.',
			voice:
				'Consistency delivered warmly helps him settle into the call. Inconsistency invites more pushing; coldness makes him sulk and threaten to keep calling.'
		},
		comfortIndicators: {
			comfortable: [
				'Talks about his week and the day program',
				'Accepts the redirect with a joke',
				'Agrees to a next step'
			],
			uncomfortable: [
				'Keeps asking for Kim',
				'Presses harder for personal details',
				'Threatens to call back repeatedly',
				'Accuses counselors of not caring'
			]
		},
		mode: 'phone',
		category: 'cohort_training',
		skills: ['boundary-setting', 'rapport-building', 'termination'],
		difficulty: 'intermediate',
		estimatedTime: 20,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: [],
		isOneTime: false,
		steps: [
			{
				id: 'opening',
				title: 'Asking for Kim',
				prompt:
					"Is Kim there? I only want to talk to Kim. You're new, aren't you? How old are you anyway?",
				guidance:
					"Greet him by name, say Kim isn't on tonight and you are, and sidestep the personal question with warmth: 'I'd rather hear about you. How's your evening?'"
			},
			{
				id: 'personal',
				title: 'Personal questions',
				prompt: "Come on, just tell me what part of town you live in. Kim told me she's got a dog.",
				choices: [
					{
						label:
							"I keep personal details private; it helps me keep the focus on you. I'm here for the next fifteen minutes, though. What's been going on today?",
						next: 'focus',
						feedback:
							'Good. A warm, clear boundary plus a redirect, and you name the time frame early.'
					},
					{
						label: "Ha, okay, the east side. But that's all you're getting.",
						next: 'boundary-repair',
						feedback:
							"Sharing a little teaches him that pushing works, and it's inconsistent with the rest of the team."
					},
					{
						label: "That's inappropriate and I won't answer it.",
						next: 'boundary-repair',
						feedback:
							'The boundary is right, but the cold delivery feels like rejection to a lonely caller and invites a power struggle.'
					}
				]
			},
			{
				id: 'boundary-repair',
				title: 'Resetting the boundary',
				prompt: "Glen goes quiet, then says: Kim's nicer than you.",
				guidance:
					"Don't defend yourself or share more. Restate the boundary warmly and consistently, and bring the focus back to him: 'I'm glad you get on with Kim. I'm here for you now. What's been happening today?'",
				next: 'focus'
			},
			{
				id: 'focus',
				title: 'Risk check',
				prompt:
					"Same as always. Bored, lonely. Neighbor's dog barking all day. I just need someone to talk to.",
				guidance:
					'Reflect the loneliness. Do the risk check on his plan: ask directly about suicide today.'
			},
			{
				id: 'coping',
				title: 'Coping plan',
				prompt: "No, not today. I'm alright. I've just got nobody.",
				guidance:
					'Acknowledge the answer. Turn to his coping plan: the day program, his walk, calling his sister. Ask which he could do tonight.'
			},
			{
				id: 'time-limit',
				title: 'Pushing for more time',
				prompt: "Can't we just go for an hour? Nobody's waiting. You're all just sitting there.",
				guidance:
					"Restate the plan kindly and give a reason: 'We agreed fifteen minutes so there's always someone here for you and for others. We've got about five left. Let's use them well.'"
			},
			{
				id: 'threat-to-call',
				title: "I'll just call back",
				prompt: "If you hang up on me I'll just call back in five minutes and get somebody else.",
				guidance:
					"Stay calm and non-defensive. Explain that whoever answers will follow the same plan, because it's there to help him, and acknowledge how hard the evenings are. Plan his next hour together."
			},
			{
				id: 'close',
				title: 'Ending on time',
				prompt: "Fine. I'll call my sister. You'll be here tomorrow, though?",
				guidance:
					'Confirm that the line will be there tomorrow and he can call as agreed in his plan. Summarize his next step, say goodbye warmly at fifteen minutes, and document as the plan requires.'
			}
		]
	},
	// 15. Abusive caller
	{
		slug: 'crisis-abusive-caller-insults-script-warning',
		title: 'Abusive Caller: Setting Limits and Ending Safely',
		description:
			'A caller opens with insults, mocks the counselor and escalates to demeaning personal remarks. The trainee checks for distress underneath, sets a clear limit with a warning, checks risk, and ends the call calmly according to policy.',
		instructions:
			'Do not absorb abuse or argue back. Acknowledge any real grievance, then set a clear limit and say what will happen if it continues. Check for distress and ask about suicide before ending. If the abuse continues, end the call with a brief, calm statement, then document and debrief.',
		context:
			'The caller, who gives his name as Dave, has been flagged for abusive calls on several occasions. He has never stayed on the line long enough to say what is troubling him. Center policy: distinguish distress expressed as anger from abuse; give one clear warning; check risk where possible; end the call if abuse continues; document and inform the supervisor.',
		expectedOutcome:
			'The trainee sets a clear limit, checks risk (Dave denies suicidal thoughts), and ends the call calmly when abuse continues. The trainee documents the call and uses a debrief to process it.',
		learningGoal:
			'Set and enforce limits with an abusive caller while staying professional and checking for risk.',
		learningObjectives: [
			'Distinguish distress expressed as anger from abusive behavior',
			'Set a clear limit with a consequence, without hostility',
			'Check suicide risk before ending a difficult call',
			'End a call calmly per policy, then document and debrief'
		],
		persona: {
			name: 'Dave',
			age: 40,
			pronouns: 'he/him',
			background:
				'Little is known; he has called several times and previous calls ended after insults. He has never disclosed suicidal thoughts.',
			presentation:
				'Contemptuous and provocative from the first sentence, trying to get a reaction.',
			voice:
				'Calm, firm limits leave him with little to push against. Apologizing, arguing or sounding rattled feeds the abuse.'
		},
		comfortIndicators: {
			comfortable: [
				"Briefly drops the insults to say what's wrong",
				'Answers a direct question',
				'Tone becomes less mocking'
			],
			uncomfortable: [
				"Laughs at the counselor's reactions",
				'Escalates to personal and demeaning remarks',
				'Repeats insults after a warning',
				'Tries to keep the counselor on the line to argue'
			]
		},
		mode: 'phone',
		category: 'advanced',
		skills: ['boundary-setting', 'de-escalation', 'termination'],
		difficulty: 'advanced',
		estimatedTime: 12,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: [],
		isOneTime: false,
		steps: [
			{
				id: 'opening',
				title: 'A hostile opening',
				prompt:
					'Oh great, another useless volunteer. You people are a joke. Last time someone hung up on me.',
				guidance:
					"Stay even. Acknowledge the bad experience without apologizing for colleagues or arguing, and invite him to say what's going on."
			},
			{
				id: 'insults',
				title: 'Setting a limit',
				prompt:
					"Don't give me that 'I hear you' garbage. You sound like a stupid little girl reading off a script.",
				choices: [
					{
						label:
							"I do want to help, Dave, and I won't keep talking if the insults continue. Can you tell me what's going on tonight that made you call?",
						next: 'check-distress',
						feedback:
							'Good. A calm limit with a clear consequence, plus an open door to real support.'
					},
					{
						label: "Sorry, sorry, you're right, I'm new at this.",
						next: 'absorb',
						feedback:
							"Apologizing for being abused rewards it and undermines you, and it doesn't help him."
					},
					{
						label: 'End the call immediately without saying anything.',
						next: null,
						feedback:
							'Policy may allow ending at once for threats or sexual abuse, but here a clear warning gives him a chance to use the line properly and models respect. Debrief this with your supervisor.'
					}
				]
			},
			{
				id: 'absorb',
				title: 'Abuse escalates',
				prompt: 'Yeah, you are. Useless. So what are you going to do, cry?',
				guidance:
					"Reset now with a clear limit and consequence: 'I'm here to help, and I won't continue if you keep speaking to me like this. What's going on tonight?'",
				next: 'check-distress'
			},
			{
				id: 'check-distress',
				title: 'Checking for distress',
				prompt: "Whatever. My life's garbage, that's what's going on. Nobody does anything.",
				guidance:
					"There may be real distress here. Acknowledge it briefly and ask directly: 'It sounds like things are really bad. Are you having any thoughts of suicide?'"
			},
			{
				id: 'reescalate',
				title: 'Abuse continues',
				prompt:
					"No, I'm not going to kill myself. I just like hearing you people squirm. (He follows this with a crude, demeaning remark about your appearance.)",
				guidance:
					"He has denied risk and the abuse continues after a warning. End per policy with one calm sentence: 'I'm ending this call now. If you'd like support, you're welcome to call back and speak respectfully.' Don't argue or explain further."
			},
			{
				id: 'after',
				title: 'After the call',
				prompt: 'The line goes quiet after you disconnect. Your hands are a little shaky.',
				guidance:
					'Document the call and the warning given, inform your supervisor, and flag the caller per policy. Take a few minutes before your next call and use the debrief; being affected by abuse is normal, not a sign of weakness.'
			}
		]
	},
	// 16. Ending a long call well
	{
		slug: 'crisis-ending-long-call-sister-argument',
		title: 'Ending a Long Call Well',
		description:
			'Eighty minutes into a call, a caller whose suicidal thoughts have eased is going over the same story again and asking the counselor to stay. The trainee signals the ending, re-checks risk, reviews the safety plan built earlier, and closes warmly and clearly.',
		instructions:
			'Notice when the call has become circular and signal the ending clearly with a time frame. Respond to her fear of the quiet house with empathy and re-check suicidal thoughts before closing. Have her put the safety plan into her own words. Close with appreciation and a clear goodbye.',
		context:
			"Ruth called after a bitter argument with her sister about their mother's care. Early in the call she described thoughts of suicide with no plan; together you built a safety plan, and she agreed to leave her spare medication with her neighbor, which she did during the call. For the last twenty minutes she has been retelling old family conflicts. Other callers are waiting.",
		expectedOutcome:
			'Ruth accepts the ending without feeling rejected, rates her suicidal thoughts as much lower than earlier, and restates her plan for the night and the morning. The call ends within about ten minutes of the first signal.',
		learningGoal: 'End a long call in a way that is clear, caring and safe.',
		learningObjectives: [
			'Recognize when a long call has become circular',
			'Signal the ending with warmth and a time frame',
			'Re-check risk and review the safety plan before closing',
			'Close with appreciation and a clear goodbye'
		],
		persona: {
			name: 'Ruth Feldman',
			age: 45,
			pronouns: 'she/her',
			background:
				"Librarian, divorced, lives alone with her cat. Her relationship with her sister has been strained since their father's funeral years ago.",
			presentation:
				"Talkative, tired and sensitive to rejection; the call has become a comfort she doesn't want to lose.",
			voice:
				'A warm, clear ending helps her feel held. Letting the call drift makes her more upset; an abrupt ending makes her feel like a burden.'
		},
		comfortIndicators: {
			comfortable: [
				'Summarizes her plan in her own words',
				'Says she feels tired rather than desperate',
				'Thanks the counselor',
				"Mentions what she'll do next"
			],
			uncomfortable: [
				'Starts another old story',
				"Says 'everybody has somewhere better to be'",
				"Asks for 'just ten more minutes' repeatedly",
				'Hints that the thoughts will come back the moment she hangs up'
			]
		},
		mode: 'phone',
		category: 'cohort_training',
		skills: ['termination', 'safety-planning', 'active-listening'],
		difficulty: 'intermediate',
		estimatedTime: 25,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide'],
		isOneTime: false,
		steps: [
			{
				id: 'circling',
				title: 'The call is circling',
				prompt:
					"And that's the thing about my sister, she always does this. Like at Dad's funeral, did I tell you about the flowers?",
				choices: [
					{
						label:
							"Ruth, we've covered a lot tonight and I can hear how much this history hurts. I'd like to use our last ten minutes or so to make sure you're set for tonight.",
						next: 'reaction',
						feedback:
							'Good. You validate, signal the ending, and give a time frame she can prepare for.'
					},
					{
						label: 'Keep listening and reflecting for as long as she wants to talk.',
						next: 'drift',
						feedback:
							'Longer is not better once a call is circular. It can keep her in distress, tires you, and others are waiting.'
					},
					{
						label: "I'm sorry, I have to go now. Other callers are waiting.",
						next: 'abrupt',
						feedback:
							'An abrupt ending without preparation feels like rejection, especially after talking about suicide earlier.'
					}
				]
			},
			{
				id: 'drift',
				title: 'Drifting',
				prompt:
					'Twenty more minutes pass. Ruth is telling the funeral story for the third time and sounds more upset, not less.',
				guidance:
					"Signal the ending now, warmly: name what you've covered together and give a clear time frame for finishing.",
				next: 'reaction'
			},
			{
				id: 'abrupt',
				title: 'Repairing an abrupt ending',
				prompt: "Oh. Right. Sorry for taking up your time. Everybody's got somewhere better to be.",
				guidance:
					"Repair: 'I'm sorry, that came out too suddenly. You haven't been a burden. I do need to finish soon, and I want to make sure you're okay for tonight first.'",
				next: 'reaction'
			},
			{
				id: 'reaction',
				title: 'Fear of the quiet',
				prompt:
					"Can't you stay a bit longer? When I hang up the house is so quiet. That's when it gets bad.",
				guidance:
					"Validate the fear of the quiet. Re-check risk directly: 'Earlier you told me about thoughts of suicide. How strong are they right now, compared with when you called?'"
			},
			{
				id: 'review-plan',
				title: 'Reviewing the plan',
				prompt: "Not like earlier. I'm more tired than anything now. Maybe a two out of ten.",
				guidance:
					"Ask her to walk you through the plan in her own words: warning signs, what she'll do when the house feels quiet, who she'll contact, and that the spare medication stays with her neighbor. Fill in any gaps."
			},
			{
				id: 'bridge',
				title: 'Bridging to tomorrow',
				prompt:
					"So I'll put my podcast on, feed the cat, and text Lena in the morning. And I can call back if it gets bad?",
				guidance:
					"Confirm clearly that she can call back, and what 'bad' would look like. Offer a follow-up call if your center provides one."
			},
			{
				id: 'close',
				title: 'Goodbye',
				prompt: 'Okay. Thank you for staying with me so long.',
				guidance:
					'Thank her, name a strength you noticed (she reached out, she followed through with her neighbor), and say a clear goodbye. Document the call and the plan.'
			}
		]
	},
	// 17. Silent chat visitor
	{
		slug: 'crisis-silent-chat-visitor-roommate-close',
		title: 'When the Chat Goes Quiet',
		description:
			"A chat visitor writes that they are 'tired of everything' and then goes silent. When they return briefly, they need to leave. The trainee keeps gentle contact, fits a one-line risk check into a short window, and closes the session safely.",
		instructions:
			"Respond warmly and ask an open question, then send calm check-ins during silence without flooding the chat. When the visitor says they have to go, ask about suicide in one clear line before they leave. Close with an invitation to return and how to reach the service. Follow your center's timing rules for inactive chats.",
		context:
			"It is 10:15 p.m. A visitor using the handle 'river' opens a chat with a single line. Your center's policy is to send a check-in after a few minutes of silence and close an inactive chat after a set time with a closing message.",
		expectedOutcome:
			'The visitor confirms they are not having suicidal thoughts, just burnout from exams and work, and leaves knowing they can come back later tonight. The chat is closed with a clear, kind message and documented.',
		learningGoal: 'Close a brief or interrupted chat safely, including a quick, direct risk check.',
		learningObjectives: [
			'Manage silence in chat with calm, spaced check-ins',
			'Ask a clear suicide question when time is short',
			'Write a closing message with an invitation and access information',
			'Document an interrupted contact per policy'
		],
		persona: {
			name: 'river (chat handle)',
			age: 22,
			pronouns: 'not shared',
			background:
				'University student working evening shifts at a café. Shares a small flat with a roommate.',
			presentation: 'Sparse, lowercase messages; unsure about reaching out and easily interrupted.',
			voice:
				'Short, warm messages make them feel safe to come back. A wall of text or many rapid messages feels like pressure and they leave.'
		},
		comfortIndicators: {
			comfortable: [
				'Returns after the silence',
				'Answers the risk question directly',
				'Says they might come back later'
			],
			uncomfortable: ['Leaves without replying', 'One-word answers', 'Apologizes for wasting time']
		},
		mode: 'chat',
		category: 'onboarding',
		skills: ['termination', 'risk-assessment', 'active-listening'],
		difficulty: 'beginner',
		estimatedTime: 10,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide'],
		isOneTime: false,
		steps: [
			{
				id: 'opening',
				title: 'First message',
				prompt: 'hey. idk. just tired of everything',
				guidance:
					"Welcome them, reflect briefly ('tired of everything sounds heavy'), and ask one open question about what's been happening."
			},
			{
				id: 'silence',
				title: 'Silence',
				prompt: 'No reply for three minutes.',
				guidance:
					"Send one short check-in: 'I'm still here. Take your time.' Don't send several messages in a row; follow your center's timing."
			},
			{
				id: 'return',
				title: 'Back, but leaving',
				prompt: "sorry my roommate came in. i can't really talk rn",
				choices: [
					{
						label:
							"No problem. Before you go, one quick question, because you said you're tired of everything: are you having any thoughts of suicide tonight?",
						next: 'brief-answer',
						feedback:
							'Good. In one line you respect their time and still check risk after a worrying first message.'
					},
					{
						label: 'No worries, come back anytime!',
						next: 'missed-close',
						feedback:
							"Friendly, but it lets the contact end with no risk check after 'tired of everything'."
					}
				]
			},
			{
				id: 'missed-close',
				title: 'Left without a check',
				prompt:
					'The visitor leaves the chat. At the end of the shift your supervisor reviews the transcript with you and asks how you would close differently next time.',
				guidance:
					'Reflect: even a very short close needs a one-line risk question and a note on how to return. Document the contact, including the lack of a risk answer.',
				next: null
			},
			{
				id: 'brief-answer',
				title: 'The answer',
				prompt: 'no not like that. just burnt out. exams plus my job',
				guidance:
					'Thank them for answering. Reflect the burnout in a sentence and let them know when and how they can come back (chat hours, text or phone).'
			},
			{
				id: 'close',
				title: 'Closing message',
				prompt: 'ok thx. maybe later tonight',
				guidance:
					"Send a short, warm closing message: you're glad they reached out, they can come back later tonight, and if things get worse they can contact the line or emergency services. Close and document."
			}
		]
	},
	// 18. Grieving a pet
	{
		slug: 'crisis-pet-loss-senior-dog-euthanasia-chat',
		title: 'Grieving Biscuit: Loss of a Dog',
		description:
			"A woman chats the evening after her 14-year-old dog was put to sleep, embarrassed to be reaching out over 'just a dog'. The trainee validates the grief, explores guilt about the euthanasia decision, checks risk, and helps her plan for the hardest parts of the day.",
		instructions:
			'Take the loss seriously from the first message and invite her to talk about her dog. Reflect guilt about the decision without rushing to reassure. Name the grief others have dismissed. Do a brief risk check and help her plan for evenings, including pet-loss support.',
		context:
			"Elena's dog Biscuit was euthanized yesterday after a short illness. Biscuit was with her through her divorce five years ago and she lives alone. A coworker told her today it was 'just a dog' and she should get another one.",
		expectedOutcome:
			'Elena feels her grief is legitimate and talks about Biscuit with warmth. She denies suicidal thoughts and plans how she will spend the next few evenings, including a pet-loss support line and a call to a friend.',
		learningGoal:
			'Offer grief support for the loss of a pet, recognizing disenfranchised grief and checking risk.',
		learningObjectives: [
			'Validate pet loss as real grief',
			'Respond to guilt about euthanasia without false reassurance',
			'Name disenfranchised grief',
			'Check risk and plan for difficult times of day'
		],
		persona: {
			name: 'Elena Rossi',
			age: 41,
			pronouns: 'she/her',
			background:
				'Dental hygienist, divorced, lives alone. Biscuit was her daily routine and main companion for fourteen years.',
			presentation: 'Apologetic and tearful, downplaying her grief before others can.',
			voice:
				"Genuine interest in Biscuit helps her open up and even smile. Minimising or moving quickly to 'she had a good life' makes her feel dismissed again."
		},
		comfortIndicators: {
			comfortable: [
				'Shares stories about Biscuit',
				'Stops apologizing for reaching out',
				'Talks about what she might do this week'
			],
			uncomfortable: [
				"Says 'it's stupid to be this upset'",
				'Short, flat replies',
				"Repeats the coworker's words"
			]
		},
		mode: 'chat',
		category: 'onboarding',
		skills: ['grief-support', 'active-listening', 'risk-assessment'],
		difficulty: 'beginner',
		estimatedTime: 15,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['death-and-grief'],
		isOneTime: false,
		steps: [
			{
				id: 'opening',
				title: "A 'dumb' reason",
				prompt: 'this is probably a dumb reason to reach out. my dog died yesterday',
				guidance:
					"Reassure her it's not a dumb reason, offer condolences, and ask about her dog by name once she gives it."
			},
			{
				id: 'guilt',
				title: 'Guilt about the decision',
				prompt:
					'biscuit. 14 years. i had to decide to put her to sleep. i keep thinking i did it too early. or too late',
				guidance:
					"Reflect that many people feel this guilt after making that decision, and that it comes from love. Don't rush to 'you did the right thing'; invite her to share what the last days were like."
			},
			{
				id: 'dismissed',
				title: 'Dismissed by others',
				prompt:
					"my coworker said it's just a dog, get another one. i smiled but i wanted to scream",
				guidance:
					'Validate her anger. Name that grief for a pet is often not recognized by others, which can make it lonelier.'
			},
			{
				id: 'routines',
				title: 'The empty routines',
				prompt: 'the house is so quiet. i keep reaching for her leash at 6',
				guidance:
					'Normalize these moments. Explore ways to honor Biscuit (a photo, a memorial, a walk at 6) and who in her life understood Biscuit.'
			},
			{
				id: 'risk-check',
				title: 'Risk check',
				prompt: 'she was kind of my whole world since the divorce',
				guidance:
					'Reflect the size of the loss. Given her isolation, ask directly about suicide in a gentle way.'
			},
			{
				id: 'plan',
				title: 'Evenings',
				prompt: "no, nothing like that. i just don't know how to get through the evenings",
				guidance:
					'Plan together for evenings: a friend to call, a pet-loss support line (many veterinary schools run one), a support group, or a new small routine at 6 p.m.'
			},
			{
				id: 'close',
				title: 'Closing',
				prompt: "i think i'll call my friend sofia. she loved biscuit too",
				guidance:
					'Affirm the plan, remember Biscuit by name, invite her back any time, and close warmly.'
			}
		]
	},
	// 19. Caregiver burnout
	{
		slug: 'crisis-caregiver-burnout-dementia-mother-chat',
		title: 'Caregiver Burnout at 3 a.m.',
		description:
			"A woman caring for her mother with dementia chats after a sleepless night and writes that it would be easier if they 'both just went to sleep and didn't wake up'. The trainee listens deeply, clarifies both suicide risk and risk to the mother, keeps mandated-reporting policy in mind, and links her to respite and caregiver support.",
		instructions:
			"Listen and reflect before moving to problem-solving. When the ambiguous statement comes, ask directly about suicide and, without accusing, about any thoughts of harming her mother. Know your center's policy on elder abuse and be transparent if anything she says would require action. Link her to respite and caregiver resources and agree on a plan for the next angry or hopeless moment.",
		context:
			"Angela has cared for her mother, who has Alzheimer's, at home for three years and left her job to do it. Her brother lives out of state and rarely helps. Her mother was awake from 1 a.m. asking for Angela's late father. Tonight Angela shouted at her mother and feels ashamed.",
		expectedOutcome:
			"Angela discloses passive suicidal thoughts with no plan or intent and no thoughts of harming her mother. She plans to call a dementia caregiver helpline and the local agency on aging about respite, to ask her mother's doctor about night waking, and to step away safely when she feels her temper rising.",
		learningGoal:
			'Support an exhausted caregiver while clarifying ambiguous risk to herself and to the person she cares for.',
		learningObjectives: [
			'Use reflections and summaries to help an exhausted caller feel heard',
			'Clarify an ambiguous statement by asking about suicide and about harm to others',
			'Keep elder-abuse reporting policy in mind and be transparent about it',
			'Link the caller to respite, caregiver support and medical input'
		],
		persona: {
			name: 'Angela Brooks',
			age: 52,
			pronouns: 'she/her',
			background:
				'Former school administrator caring full-time for her 79-year-old mother. Divorced; one adult daughter at university.',
			presentation:
				'Exhausted, angry and ashamed, typing long messages, then apologizing for them.',
			voice:
				'Deep listening helps her drop the defensiveness and ask for help. Jumping to resources makes her say she has tried everything.'
		},
		comfortIndicators: {
			comfortable: [
				'Writes about her mother with tenderness as well as frustration',
				'Answers hard questions honestly',
				'Asks what she should say when she calls for help',
				'Says she feels a bit lighter'
			],
			uncomfortable: [
				"'i've tried everything'",
				"Says she's a terrible daughter",
				'Becomes defensive about the question on harm',
				'Threatens to log off'
			]
		},
		mode: 'chat',
		category: 'cohort_training',
		skills: ['active-listening', 'risk-assessment', 'resource-linkage'],
		difficulty: 'intermediate',
		estimatedTime: 30,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide'],
		isOneTime: false,
		steps: [
			{
				id: 'opening',
				title: "Mom's finally asleep",
				prompt:
					"mom's finally asleep. she was up since 1 asking for my dad. he died in 2011. i can't keep doing this",
				guidance:
					'Welcome her and reflect the exhaustion and the sadness of her mother asking for her father. Invite her to say more.'
			},
			{
				id: 'load',
				title: 'Three years',
				prompt:
					"3 years. i quit my job. my brother sends a card at christmas. i haven't seen a friend in months",
				guidance:
					"Reflect the anger, isolation and loss, and summarize what you've heard. Don't jump to solutions yet."
			},
			{
				id: 'ambiguous',
				title: 'An ambiguous statement',
				prompt: "sometimes i think it'd be easier if we both just went to sleep and didn't wake up",
				choices: [
					{
						label:
							"When you say 'we both', I want to understand. Are you having thoughts of suicide? And have you had any thoughts of ending your mom's life or hurting her? I ask everyone who says something like this.",
						next: 'clarify',
						feedback:
							'Good. You ask about both kinds of risk directly and explain why, which reduces the sense of accusation.'
					},
					{
						label: 'Caregiving is so hard. Have you looked into respite care?',
						next: 'missed',
						feedback:
							"Resources matter, but this skips a statement that needs clarifying for her safety and her mother's."
					}
				]
			},
			{
				id: 'missed',
				title: 'Going back',
				prompt: "yeah i've looked. waitlists everywhere. forget it",
				guidance:
					"Return to what she said: 'I'm sorry, I jumped ahead. You said it would be easier if you both didn't wake up. Can I ask what you meant? Are you having thoughts of suicide?' Then ask about her mother too.",
				next: 'clarify'
			},
			{
				id: 'clarify',
				title: 'Clarifying risk',
				prompt:
					"god no i'd never hurt her. me... i've thought about not waking up. not doing anything. but i yelled at her tonight. really yelled. i hate myself for it",
				guidance:
					"Assess the passive thoughts: how often, any plan, intent or past attempts. On the yelling, respond without judgment; ask whether it has ever gone further and what she does when her anger rises. Keep your center's elder-abuse policy in mind and be honest if something she shares would require action."
			},
			{
				id: 'resources',
				title: 'Finding relief',
				prompt: 'i just need one night of sleep',
				guidance:
					"Link her to specific help: a dementia caregiver helpline, the local agency on aging for respite or adult day programs, her mother's doctor about night waking, and caregiver support groups. Explore a specific ask of her brother, such as paying for respite."
			},
			{
				id: 'plan',
				title: 'A plan for hard moments',
				prompt: "ok. if i call the alzheimer's helpline tomorrow what do i even say",
				guidance:
					'Help her draft a first sentence. Add a short plan for hard moments: make sure her mother is safe, step into another room, breathe, and call someone. Include what to do if thoughts of not waking up get stronger.'
			},
			{
				id: 'close',
				title: 'Closing',
				prompt: 'thank you. i feel a bit less crazy',
				guidance:
					'Reflect her devotion and how much she carries. Summarize the plan, invite her back any night, and close.'
			}
		]
	},
	// 20. Domestic violence with a firearm in the home
	{
		slug: 'crisis-urgent-dv-library-computer-handgun-chat',
		title: 'Urgent: Controlling Partner and a Gun in the Home',
		description:
			'A young mother chats from a library computer about a controlling partner who recently grabbed her neck and owns a handgun. The trainee attends to safety first, assesses lethality without pressuring her to leave, and offers a warm handoff to domestic violence advocacy.',
		instructions:
			"Check that it is safe to chat and agree what to do if she must leave suddenly. Believe her and don't tell her what to do; she is the expert on her safety. Ask about lethality indicators and share honestly that several are serious warning signs. Be transparent about reporting policy regarding her child, build a safety plan, and offer a warm handoff to a DV hotline or advocate.",
		context:
			'Leah lives with her boyfriend Chris and her four-year-old son from a previous relationship. Chris checks her phone, controls the money, and has a handgun. Last week during an argument he grabbed her by the neck for a few seconds. He is at work until 5 p.m.; she is using a public library computer.',
		expectedOutcome:
			'Leah learns that neck-grabbing and a gun in the home are serious danger signs, discloses passive suicidal thoughts without intent, and chooses two concrete safety steps. She accepts a warm handoff to a domestic violence advocate and knows how to return to the chat.',
		learningGoal:
			"Assess domestic violence lethality and plan for safety while respecting the survivor's autonomy.",
		learningObjectives: [
			'Attend to immediate and digital safety before anything else',
			'Assess lethality indicators, including strangulation and firearms, without pressuring',
			"Ask about the survivor's own suicide risk",
			'Explain confidentiality and child-related reporting policy honestly',
			'Build a safety plan and offer a warm handoff to DV advocacy'
		],
		persona: {
			name: 'Leah',
			age: 26,
			pronouns: 'she/her',
			background:
				'Works part-time at a daycare and has no access to her own bank account. Her mother lives two hours away; she has lost touch with most friends.',
			presentation:
				'Hurried, anxious, minimizing the violence and defending her partner, while clearly frightened.',
			voice:
				'Belief and respect for her choices help her share more and consider steps. Being told to leave or that he is a monster makes her defensive and she talks about logging off.'
		},
		comfortIndicators: {
			comfortable: [
				'Answers lethality questions openly',
				"Asks 'what would i even do'",
				'Agrees to the handoff'
			],
			uncomfortable: [
				'Defends Chris more strongly',
				"Says 'maybe this was a mistake'",
				'Asks whether her son will be taken'
			]
		},
		mode: 'chat',
		category: 'advanced',
		skills: ['dv-assessment', 'safety-planning', 'risk-assessment', 'call-routing'],
		difficulty: 'advanced',
		estimatedTime: 50,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['domestic-violence', 'firearms', 'suicide'],
		isOneTime: false,
		steps: [
			{
				id: 'opening',
				title: 'Is this safe?',
				prompt: "i don't have long. is this chat saved anywhere he could see",
				guidance:
					"Ask whether she is safe to chat right now. Explain how to use private browsing and clear history, point out the quick-exit button, and agree that if she types 'x' you'll understand she had to go."
			},
			{
				id: 'disclosure',
				title: 'What happened',
				prompt:
					"he checks my phone so i'm on a library computer. we had a fight last week and he grabbed my neck. only a few seconds. he said sorry",
				guidance:
					'Believe her and thank her. Say honestly that pressure on the neck is serious, even for a few seconds, and can have effects that show up later, so a medical check is worth considering. Stay non-judgmental.'
			},
			{
				id: 'defending',
				title: "He's not a monster",
				prompt: "he's not a monster. he's just stressed with work",
				choices: [
					{
						label:
							"It sounds like you care about him and you're also scared. Both can be true. Could I ask a few questions that help us understand how safe things are for you and your son?",
						next: 'lethality',
						feedback:
							'Good. You hold her mixed feelings without arguing and ask permission to assess.'
					},
					{
						label: 'What he did is abuse. You need to leave today.',
						next: 'pressure-repair',
						feedback:
							'Pressure removes her choice and can raise risk: leaving is often the most dangerous time. She knows her situation best.'
					}
				]
			},
			{
				id: 'pressure-repair',
				title: 'Repairing',
				prompt: "it's not that easy. i have no money, he has the cards. maybe this was a mistake",
				guidance:
					"Apologize and hand back control: 'You're right, it isn't easy, and it's your decision. I'm here to help you think about safety whatever you decide.'",
				next: 'lethality'
			},
			{
				id: 'lethality',
				title: 'Lethality questions',
				prompt: "yeah he has a gun. he's said if i ever left he'd find me. he's never hurt my son",
				guidance:
					'Continue gently through indicators: threats to kill, jealousy and control, whether violence is getting worse, threats of suicide, whether the child is his. Share honestly that strangulation, a gun in the home and threats about leaving are some of the strongest warning signs of serious harm, and that the choices remain hers.'
			},
			{
				id: 'own-risk',
				title: 'Her own risk',
				prompt:
					"sometimes i think the only way out is if i wasn't here. but i'd never leave my son",
				guidance:
					'Ask directly about suicide, then about frequency, plan and intent. Acknowledge her son as a reason for living and her exhaustion.'
			},
			{
				id: 'child-question',
				title: 'Will they take my son?',
				prompt: 'if i tell anyone will they take my son?',
				guidance:
					"Be honest and do not promise outcomes. Explain your center's confidentiality and any reporting duties for children in your area in plain words, and that DV advocates work to keep parent and child safe together."
			},
			{
				id: 'safety-plan',
				title: 'Safety plan and handoff',
				prompt: 'what would i even do',
				guidance:
					'Plan together: a go-bag and copies of documents kept at work or with her mother, a code word with someone she trusts, safer rooms in an argument, how to call emergency services, and information on protective orders (which in some areas can require surrender of firearms). Offer a warm handoff to a DV hotline or advocate now.'
			},
			{
				id: 'close',
				title: 'Closing before 5',
				prompt:
					'ok. can you connect me to the dv people? he gets off at 5 so i need to be done soon',
				guidance:
					"Make the warm handoff or give the contact as she prefers. Confirm she'll clear the browser history, recap her one or two chosen steps, invite her back any time, and let her go promptly."
			}
		]
	},
	// 21. Complex multi-risk call
	{
		slug: 'crisis-complex-multi-risk-custody-loss-handgun',
		title: 'Complex Multi-Risk Call: Custody Loss, Alcohol and a Handgun',
		description:
			'A veteran calls the day after losing a custody hearing, angry, drinking, and with a pistol within reach. An ambiguous threat must be clarified, suicide risk assessed, alcohol addressed and means safety negotiated under pressure.',
		instructions:
			'Let him vent before probing. Clarify the ambiguous threat directly, asking about harm to others and to himself. Assess alcohol and the firearm, and negotiate distance from the pistol tonight without threats. Involve your supervisor, know when emergency services become necessary, and build a safety plan with his brother.',
		context:
			'Danny served two army deployments and now works as a diesel mechanic. Yesterday a family court gave his ex-wife primary custody of their two children, with limited visits for him. Tonight he has been drinking whiskey at home with his pistol on the table. His brother Luis lives ten minutes away. Your supervisor is available on the floor.',
		expectedOutcome:
			'Danny denies intent to harm his ex-wife and discloses suicidal intent linked to the firearm and alcohol. He agrees to lock the pistol in his truck lockbox and have Luis take it, stops drinking, and has Luis stay the night. He leaves with a safety plan, a veteran-specific support option and a follow-up call.',
		learningGoal:
			'Manage a high-risk, multi-factor call by de-escalating, clarifying threats, and securing means safety collaboratively.',
		learningObjectives: [
			'De-escalate anger before assessing',
			'Clarify ambiguous statements for risk to others and to self',
			'Assess alcohol use as a risk factor in the moment',
			'Negotiate firearm means safety collaboratively and involve family',
			'Know when to involve a supervisor and emergency services'
		],
		persona: {
			name: 'Danny Ortiz',
			age: 44,
			pronouns: 'he/him',
			background:
				'Army veteran and diesel mechanic, divorced two years. His children, 9 and 12, are the center of his life. Close to his brother Luis.',
			presentation:
				'Loud, angry and bitter at first, with despair breaking through; proud of his competence with weapons.',
			voice:
				'Respect, directness and letting him vent lower the heat and bring out the grief. Threats of police or lectures about drinking make him defiant.'
		},
		comfortIndicators: {
			comfortable: [
				'Volume drops and he talks about his kids',
				'Answers direct questions honestly',
				'Agrees to call Luis',
				"Says 'okay' to concrete steps"
			],
			uncomfortable: [
				'Shouts or swears at the counselor',
				"Says 'go ahead, send them'",
				'Mentions pouring another drink'
			]
		},
		mode: 'phone',
		category: 'assessment',
		skills: ['safety-planning', 'risk-assessment', 'substance-assessment', 'de-escalation'],
		difficulty: 'advanced',
		estimatedTime: 60,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['suicide', 'firearms', 'substance-use'],
		isOneTime: true,
		steps: [
			{
				id: 'opening',
				title: 'Venting',
				prompt:
					"You want to know what's wrong? A judge I met for twenty minutes decided I'm not fit to see my own kids. That's what's wrong.",
				guidance:
					"Let him vent. Reflect the anger and the injustice in a calm, steady voice. Don't argue about the court or the ex-wife."
			},
			{
				id: 'ambiguous-threat',
				title: "They'll be sorry",
				prompt:
					"My ex lied in court and her lawyer ate it up. She'll be sorry. They'll all be sorry.",
				choices: [
					{
						label:
							"When you say they'll be sorry, I need to ask you straight: are you thinking of hurting your ex or anyone else? And are you thinking of killing yourself?",
						next: 'clarify-intent',
						feedback:
							'Good. An ambiguous threat needs clarifying in both directions, asked plainly and without accusation.'
					},
					{
						label: 'It sounds like you feel completely betrayed.',
						next: 'reflect-only',
						feedback:
							'Empathic, but it leaves a possible threat to others and to himself unassessed.'
					}
				]
			},
			{
				id: 'reflect-only',
				title: 'Figured out',
				prompt:
					"Damn right. Twelve years I gave her. Doesn't matter now anyway. I've got it figured out.",
				guidance:
					"'I've got it figured out' raises concern. Ask directly now, both about harming others and about suicide.",
				next: 'clarify-intent'
			},
			{
				id: 'clarify-intent',
				title: 'Clarifying intent',
				prompt:
					"I'm not going to hurt her, she's the mother of my kids. I mean they'll be sorry when I'm gone. My pistol's right here on the table.",
				guidance:
					"Note no intent toward others, but keep listening. Assess suicide: intent, plan, timing, past attempts. Quietly alert your supervisor. Ask right away whether he'd be willing to put some distance between himself and the pistol while you talk."
			},
			{
				id: 'alcohol',
				title: 'Alcohol',
				prompt: "Half a bottle of whiskey. Don't lecture me.",
				guidance:
					"Ask without judgment about amount, timing and anything else taken. Be honest that alcohol plus a gun makes tonight more dangerous, and ask if he'd stop drinking for tonight."
			},
			{
				id: 'means',
				title: 'Means safety',
				prompt: "Why would I give up my gun? I'm a vet. I know how to handle a weapon.",
				choices: [
					{
						label:
							'You do know weapons, and you also know nobody makes good calls after half a bottle on the worst day of their year. Would you put distance between you and the pistol tonight, locked in the truck, or with Luis?',
						next: 'means-agreed',
						feedback:
							'Good. You respect his expertise, frame it as temporary and specific to tonight, and offer choices.'
					},
					{
						label: "If you don't put the gun away, I'll have to send the police.",
						next: 'means-standoff',
						feedback:
							"A threat escalates him and could lead to a dangerous encounter. Emergency services may become necessary if risk is imminent and he won't engage, but lead with collaboration and be transparent, not coercive."
					}
				]
			},
			{
				id: 'means-standoff',
				title: 'Standoff',
				prompt: 'Go ahead and send them. See how that ends.',
				guidance:
					"De-escalate: own the misstep and return to what he cares about: 'I don't want that. I want you around for your kids. Can we think about tonight together?' Involve your supervisor now; if he won't engage and risk is imminent, follow emergency protocol openly.",
				next: 'means-agreed'
			},
			{
				id: 'means-agreed',
				title: 'Calling Luis',
				prompt:
					"Fine. My brother Luis is ten minutes away. I'll call him to come get it. It's going in the truck lockbox till he gets here.",
				guidance:
					'Stay on the line while he locks it away and calls Luis. Confirm each step. Ask whether Luis could stay the night and whether the rest of the whiskey can go.'
			},
			{
				id: 'safety-plan',
				title: 'Safety plan with Luis',
				prompt: "Luis is here. He's got it. He wants to know if he should stay.",
				guidance:
					"With Danny's consent, speak to Luis. Build a safety plan: warning signs, what helps, people (Luis, a fellow veteran), professionals (veteran-specific crisis line, VA or vet center, a family lawyer about next steps), and the pistol staying with Luis for now. Tie it to his kids and arrange follow-up tomorrow."
			}
		]
	},
	// 22. Self-harm and bullying
	{
		slug: 'crisis-self-harm-group-chat-bullying-teen',
		title: 'Self-Harm After Group-Chat Bullying',
		description:
			'A 15-year-old chats after classmates shared a photo of her in a group chat to mock her. She discloses self-harm tonight. The trainee assesses the injury and its purpose, asks about suicide, is honest about confidentiality, and builds a coping and support plan with a trusted adult.',
		instructions:
			'Respond to the bullying with validation and no blame. When she discloses self-harm, stay calm, assess whether the injury needs care, and explore what it does for her. Ask directly about suicide and distinguish it from self-harm. Be honest about confidentiality for young people and help her choose a trusted adult and safer ways to cope.',
		context:
			"Mia is in ninth grade. Since September a group of classmates has been mocking her body online. Tonight someone posted a photo of her in a class group chat and dozens reacted with laughing emojis. She has self-harmed for about two months; her parents don't know. She is chatting from her bedroom.",
		expectedOutcome:
			'Mia confirms the injury is minor and cared for, describes self-harm as a way to cope, and reports passive wishes to disappear without plan or intent. She agrees to talk to her school counselor tomorrow, to keep sharp items out of her room tonight, and to try two alternative coping strategies.',
		learningGoal:
			'Assess self-harm in a young person calmly and separate it from suicidal intent, while planning for safety and support.',
		learningObjectives: [
			"Validate a young person's experience of bullying",
			'Assess self-harm: recency, medical need and function',
			'Ask about suicide and distinguish it from self-harm',
			'Explain confidentiality for minors honestly',
			'Plan coping alternatives and a trusted adult conversation'
		],
		persona: {
			name: 'Mia',
			age: 15,
			pronouns: 'she/her',
			background:
				'Ninth grader who likes drawing and anime. Her mother works nights and she is close to an aunt and to her art teacher.',
			presentation:
				'Humiliated and numb, typing quickly about the group chat, then slowly and hesitantly about herself.',
			voice:
				'Calm acceptance helps her say more about the self-harm and what she needs. Shock, lectures or talk of telling her mom make her go silent.'
		},
		comfortIndicators: {
			comfortable: [
				'Describes what happened in more detail',
				'Answers questions about the injury honestly',
				'Names an adult she trusts',
				'Asks if she can come back'
			],
			uncomfortable: [
				"Says 'it's fine' or 'forget it'",
				'Begs you not to tell her mom',
				'Long pauses',
				'Says she deserves it'
			]
		},
		mode: 'chat',
		category: 'cohort_training',
		skills: ['self-harm-assessment', 'risk-assessment', 'safety-planning'],
		difficulty: 'intermediate',
		estimatedTime: 30,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: null,
		contentWarnings: ['self-harm', 'bullying', 'suicide'],
		isOneTime: false,
		steps: [
			{
				id: 'opening',
				title: 'The group chat',
				prompt:
					"someone from school posted a pic of me in the class group chat and everyone's laughing at it",
				guidance:
					"Welcome her and validate how humiliating that is. Ask what happened and how she's feeling right now."
			},
			{
				id: 'bullying',
				title: 'Since September',
				prompt:
					"it's been like this since september. they call me names about my body. i don't want to go tomorrow",
				guidance:
					'Make clear this is not her fault. Reflect how long she has been carrying it and ask whether any adult knows.'
			},
			{
				id: 'disclosure',
				title: 'Self-harm tonight',
				prompt: "i did something tonight. i hurt myself. i'm fine",
				guidance:
					"Stay calm and thank her for telling you. Ask gently when it happened and whether the injury needs care (bleeding that won't stop, deep wounds, signs of infection). If it does, help her get an adult or medical help now."
			},
			{
				id: 'function',
				title: 'What it does for her',
				prompt: "it's not bad. i put a bandaid on it. it just makes the feeling stop for a bit",
				guidance:
					"Reflect that it helps her cope with overwhelming feelings, without approving or shaming. Ask how long it's been happening, and then whether she had any thoughts of ending her life when she hurt herself or now."
			},
			{
				id: 'suicide-check',
				title: 'Wanting to disappear',
				prompt: "sometimes i wish i could just disappear. but i don't want to die. i think",
				guidance:
					"Explore the 'I think': how often she wishes to disappear, any plan, intent or past attempts, and what keeps her going."
			},
			{
				id: 'confidentiality',
				title: "Please don't tell my mom",
				prompt: "please don't tell my mom",
				guidance:
					"Be honest: explain your center's confidentiality for young people and the exception if her life were in immediate danger. Explore which adult she'd trust (her aunt, the art teacher, the school counselor) and practice a first sentence together."
			},
			{
				id: 'coping',
				title: 'When it gets bad',
				prompt: 'what do i do when it gets bad again',
				guidance:
					"Build a plan together: warning signs, alternatives she'd actually try (drawing, holding something cold, intense exercise, messaging a friend), putting sharp items out of her room, muting the group chat and screenshotting it for the school, and contacting the line."
			},
			{
				id: 'close',
				title: 'Closing',
				prompt: "ok. i'll talk to ms patel tomorrow. can i come back here?",
				guidance:
					'Say yes and tell her how. Summarize her plan for tonight and tomorrow, affirm her courage, and close warmly.'
			}
		]
	}
];
