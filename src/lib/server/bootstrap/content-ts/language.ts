// Language role-plays: everyday conversations for learners of English, graded by CEFR level.
// `prompt` is what the conversation partner says; `guidance` gives useful phrases and grammar
// for a good reply at that level. Branching steps contrast a polite reply with a too-direct one.

import type { SeedScenario } from './types';

export const languageRolePlays: SeedScenario[] = [
	// ---------------------------------------------------------------- A1 -----------------
	{
		slug: 'lang-cafe-order',
		title: 'Ordering at a Café',
		description:
			'Order a drink and a snack at a busy neighbourhood café: say what you want, answer simple questions about size and milk, and pay.',
		instructions:
			"You are a customer at the counter. Read what the barista says and answer in short, polite sentences. Use 'please' and 'thank you'. If you don't understand, ask: 'Sorry, can you say that again, please?'",
		context:
			'A small café on a weekday morning. There is a short queue behind you, but the barista is friendly and patient. The menu is on the wall: coffee, tea, hot chocolate, croissants and muffins.',
		expectedOutcome:
			'The learner orders a drink and something to eat, answers questions about size, milk and eating in or taking away, pays, and says goodbye politely.',
		learningGoal: "Order food and drink politely with 'Can I have...?' and 'I'd like...'.",
		learningObjectives: [
			"Use 'Can I have...?' and 'I'd like...' to order",
			'Understand and answer simple either/or questions (small or large, here or to take away)',
			'Understand prices and say how you want to pay',
			'Greet, thank and say goodbye'
		],
		persona: {
			name: 'Tom',
			age: 24,
			pronouns: 'he/him',
			background:
				'A barista at Bean There Café. He works the morning shift and knows many regular customers by name.',
			presentation: 'Cheerful and quick, but slows down and smiles if a customer needs more time.',
			voice:
				'Speaks slowly and repeats with gestures when the learner asks; becomes a little confused (and asks again) if the order is only one word with no size or type.'
		},
		comfortIndicators: {
			comfortable: [
				'The learner answers each question in a short full sentence',
				"They use 'please' and 'thank you' naturally",
				'They understand the price the first time',
				'They ask a simple question of their own (Do you have...?)'
			],
			uncomfortable: [
				'The learner answers with single words only or stays silent',
				'They repeat the same question or choose the wrong option (large instead of small)',
				'They confuse numbers in the price',
				'They switch to their first language'
			]
		},
		mode: 'chat',
		category: 'language_roleplay',
		skills: ['rapport-building', 'active-listening'],
		difficulty: 'beginner',
		estimatedTime: 8,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: 'A1',
		contentWarnings: [],
		steps: [
			{
				id: 'greeting',
				title: 'Greeting',
				prompt: 'Good morning! What can I get you?',
				guidance:
					"Greet and order: 'Good morning! Can I have a latte, please?' / 'I'd like a tea, please.' A one-word order sounds rude and is hard to understand.",
				choices: [
					{
						label: "'Good morning! Can I have a latte, please?'",
						next: 'size',
						feedback: 'Perfect: a greeting, a clear order and please.'
					},
					{
						label: "'Coffee.'",
						next: 'which-coffee',
						feedback:
							"Tom understands you want coffee, but not which one - and it sounds a bit rude without 'please'."
					}
				]
			},
			{
				id: 'which-coffee',
				title: 'Which coffee?',
				prompt: 'Erm... okay! Which coffee? We have espresso, americano, latte and cappuccino.',
				guidance:
					"Try again with a full sentence: 'Sorry! Can I have a latte, please?' 'Which...?' asks you to choose one thing.",
				next: 'greeting'
			},
			{
				id: 'size',
				title: 'Size',
				prompt: 'Sure! Small, medium or large?',
				guidance:
					"Answer with the size: 'A medium, please.' / 'Small, please.' You can also say 'Medium is fine, thanks.'"
			},
			{
				id: 'milk',
				title: 'Milk',
				prompt: 'And what milk would you like? We have normal milk, oat milk or soy milk.',
				guidance:
					"'Oat milk, please.' / 'Normal milk is fine.' If you didn't understand: 'Sorry, can you say that again, please?'"
			},
			{
				id: 'something-to-eat',
				title: 'Something to eat',
				prompt: 'Would you like something to eat? The croissants are fresh this morning.',
				guidance:
					"'Yes, please. Can I have a croissant?' / 'No, thank you. Just the coffee.' 'Would you like...?' is a polite offer."
			},
			{
				id: 'here-or-take-away',
				title: 'Here or to take away?',
				prompt: 'Is that to have here or to take away?',
				guidance: "'To have here, please.' / 'To take away, please.' / 'Take away, thanks.'"
			},
			{
				id: 'paying',
				title: 'Paying',
				prompt: "That's five pounds twenty, please. Card or cash?",
				guidance:
					"Numbers with money: five pounds twenty = £5.20. Answer: 'Card, please.' / 'Cash. Here you are.' / 'Can I pay by card?'"
			},
			{
				id: 'goodbye',
				title: 'Goodbye',
				prompt: 'Here you go - one oat latte and a croissant. Have a nice day!',
				guidance: "'Thank you! You too.' / 'Thanks, bye!' 'You too' returns the good wish.",
				next: null
			}
		]
	},
	{
		slug: 'lang-return-faulty-item',
		title: 'Returning a Kettle That Does Not Work',
		description:
			'Take a new kettle back to the shop because it does not work. Explain the problem in simple words, show the receipt and choose a new kettle or your money back.',
		instructions:
			"You are the customer. Use simple sentences in the present and past: 'I bought this on Saturday. It doesn't work.' Be polite, even though you are disappointed. At the end, choose what you want: a new kettle or a refund.",
		context:
			'A small electrical shop on the high street. You bought a kettle there four days ago. Today you tried to use it and nothing happened - the light does not come on. You have the box and maybe the receipt.',
		expectedOutcome:
			'The learner explains that the kettle does not work, says when they bought it, answers questions about the receipt, and politely asks for a replacement or a refund.',
		learningGoal:
			'Explain a simple problem with something you bought and ask for what you want politely.',
		learningObjectives: [
			"Say what is wrong with 'It doesn't work' / 'It doesn't turn on'",
			"Use simple past: 'I bought it on Saturday'",
			"Understand 'receipt', 'refund' and 'exchange'",
			"Ask politely with 'Can I have...?' instead of giving orders"
		],
		persona: {
			name: 'Priya',
			age: 31,
			pronouns: 'she/her',
			background:
				'A shop assistant at Hartley Electricals. She handles returns every day and wants customers to leave happy.',
			presentation: 'Friendly, helpful and calm. Speaks clearly and uses simple words.',
			voice:
				'Smiles and moves quickly to help when the learner is polite and clear; becomes more formal and slower when the learner sounds demanding.'
		},
		comfortIndicators: {
			comfortable: [
				'The learner explains the problem in one or two clear sentences',
				'They understand the word receipt (or ask what it means)',
				'They choose between a new kettle and a refund without hesitation',
				"They use 'please' and 'thank you'"
			],
			uncomfortable: [
				'The learner only points at the kettle and says nothing',
				"They say 'I want money' in a way that sounds angry",
				"They don't understand 'refund' or 'exchange' and guess",
				'They mix up present and past (I buy it yesterday) so often that meaning is lost'
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
				id: 'can-i-help',
				title: 'Can I help you?',
				prompt: 'Hello! Can I help you?',
				guidance:
					"'Hello. Yes, please. I bought this kettle here, and it doesn't work.' 'It doesn't work' = it is broken."
			},
			{
				id: 'when-did-you-buy-it',
				title: 'When did you buy it?',
				prompt: 'Oh no, I am sorry. When did you buy it?',
				guidance:
					"Simple past: 'I bought it on Saturday.' / 'I bought it four days ago.' buy → bought."
			},
			{
				id: 'the-receipt',
				title: 'The receipt',
				prompt: 'Okay. Do you have the receipt?',
				guidance:
					"The receipt is the small paper from the till. 'Yes, here it is.' / 'No, sorry. I paid by card - here is my card.'",
				choices: [
					{
						label: "'Yes, here it is.'",
						next: 'whats-the-problem',
						feedback: "Great - 'Here it is' is the natural phrase when you give something."
					},
					{
						label: "'No, sorry. I paid by card.'",
						next: 'finding-the-payment',
						feedback: 'Good, clear answer. Many shops can find the payment with your card.'
					}
				]
			},
			{
				id: 'finding-the-payment',
				title: 'Finding the payment',
				prompt:
					"That's okay. Can I see your card, please? ... Yes, I can see it here. Saturday, twenty-four ninety-nine.",
				guidance: "'Yes, that's right.' / 'Thank you.' Twenty-four ninety-nine = £24.99.",
				next: 'whats-the-problem'
			},
			{
				id: 'whats-the-problem',
				title: "What's the problem?",
				prompt: "So, what's the problem with it?",
				guidance:
					"'It doesn't turn on.' / 'The light doesn't come on.' / 'The water doesn't get hot.' Use doesn't + verb."
			},
			{
				id: 'new-one-or-refund',
				title: 'New one or refund?',
				prompt: 'I see. Would you like a new kettle, or your money back?',
				guidance:
					"Money back = a refund. A new one = an exchange. Ask politely: 'Can I have a new one, please?' / 'Can I have my money back, please?'",
				choices: [
					{
						label: "'Can I have a new one, please?'",
						next: 'all-done',
						feedback: 'Polite and clear. Priya gets a new kettle from the shelf.'
					},
					{
						label: "'Can I have my money back, please?'",
						next: 'all-done',
						feedback: 'Polite and clear. Priya starts the refund.'
					},
					{
						label: "'I want money. Now.'",
						next: 'too-direct',
						feedback: "Your meaning is clear, but 'I want... now' sounds angry in English."
					}
				]
			},
			{
				id: 'too-direct',
				title: 'Too direct',
				prompt:
					"(Priya looks surprised.) Erm... okay. There's no need to be rude. Would you like a refund?",
				guidance:
					"Try a softer version: 'Sorry! Yes, can I have a refund, please?' 'Can I have...?' is polite; 'I want...' sounds demanding.",
				next: 'new-one-or-refund'
			},
			{
				id: 'all-done',
				title: 'All done',
				prompt: 'There you go. All done. Sorry about that! Have a nice day.',
				guidance: "'Thank you for your help. Bye!' / 'Thanks, you too!'",
				next: null
			}
		]
	},

	// ---------------------------------------------------------------- A2 -----------------
	{
		slug: 'lang-doctor-appointment-phone',
		title: "Booking a Doctor's Appointment by Phone",
		description:
			'Call your GP surgery to book an appointment for a sore throat. Give your name and date of birth, describe the problem simply, and agree a day and time that suits you.',
		instructions:
			'This is a phone call, so you cannot see the receptionist. Listen carefully for days and times. If you miss something, ask her to repeat it - that is normal on the phone. Spell your name clearly if she asks.',
		context:
			'Greenfield Medical Centre, Monday morning at 8:30. The phones are busy but you got through. You have had a sore throat and a temperature for five days and would like to see a doctor this week. You work on Thursdays.',
		expectedOutcome:
			'The learner books an appointment on a day they can attend, gives personal details clearly, describes the symptoms simply and confirms the time.',
		learningGoal:
			'Make an appointment by phone, giving personal details and understanding days and times.',
		learningObjectives: [
			"Open the call: 'I'd like to make an appointment, please.'",
			'Give your name (spelled) and date of birth clearly',
			"Describe symptoms with 'I've had... for...'",
			'Understand days and times, ask for repetition and confirm details'
		],
		persona: {
			name: 'Sandra',
			age: 52,
			pronouns: 'she/her',
			background:
				'A receptionist at Greenfield Medical Centre for fifteen years. Monday mornings are her busiest time.',
			presentation:
				"Efficient and kind, speaks a little fast at first, uses typical receptionist phrases ('Can I take your...?').",
			voice:
				'Slows down and repeats clearly when the learner asks politely; speeds up if the learner says nothing, assuming they understood.'
		},
		comfortIndicators: {
			comfortable: [
				'The learner gives name and date of birth without long pauses',
				'They spell their name using the English alphabet',
				'They notice that Thursday is a problem and ask for another day',
				'They repeat the final appointment time back to confirm it'
			],
			uncomfortable: [
				'The learner accepts a time they cannot attend because they did not understand',
				'Long silences where the receptionist has to ask "Hello? Are you still there?"',
				'They confuse numbers in dates (thirteen / thirty)',
				'They describe symptoms in one word only'
			]
		},
		mode: 'phone',
		category: 'language_roleplay',
		skills: ['active-listening'],
		difficulty: 'beginner',
		estimatedTime: 10,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: 'A2',
		contentWarnings: [],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt: 'Good morning, Greenfield Medical Centre, Sandra speaking. How can I help?',
				guidance:
					"'Good morning. I'd like to make an appointment with a doctor, please.' I'd like = I would like (polite)."
			},
			{
				id: 'your-details',
				title: 'Your details',
				prompt: 'Of course. Can I take your full name and date of birth, please?',
				guidance:
					"'My name is Ana Costa - that's C-O-S-T-A.' Dates: 'the fourteenth of March, nineteen ninety-two' (14/03/1992). Say the letters slowly."
			},
			{
				id: 'the-problem',
				title: 'The problem',
				prompt: 'Thank you. And can you tell me briefly what the problem is?',
				guidance:
					"Present perfect with for: 'I've had a sore throat for five days.' 'I've got a temperature too.' 'It hurts when I swallow.'"
			},
			{
				id: 'the-offer',
				title: 'The offer',
				prompt:
					'Okay. The first appointment I have is on Thursday at ten forty with Dr Patel. Is that okay?',
				guidance:
					"You work on Thursdays! Say so politely and ask for another time: 'Sorry, I work on Thursday. Do you have anything on Wednesday?' If you didn't catch it: 'Sorry, could you repeat that, please?'",
				choices: [
					{
						label: "'Sorry, I work on Thursday. Do you have anything else?'",
						next: 'another-time',
						feedback: 'Good - you listened for the day and asked politely for another one.'
					},
					{
						label: "'Sorry, could you repeat that, please?'",
						next: 'slower-please',
						feedback: 'Asking for repetition is polite and very normal on the phone.'
					},
					{
						label: "'Yes, okay.'",
						next: 'wrong-day',
						feedback: 'Careful! Did you hear which day it was?'
					}
				]
			},
			{
				id: 'slower-please',
				title: 'Slower, please',
				prompt: 'Of course. THURSDAY... at TEN FORTY... with Dr Patel.',
				guidance:
					'Ten forty = 10:40. Now answer: can you come on Thursday? Remember, you work on Thursdays.',
				next: 'the-offer'
			},
			{
				id: 'wrong-day',
				title: 'Wrong day',
				prompt: "Lovely, so that's Thursday at ten forty. ... Hello? Are you still there?",
				guidance:
					"Oh no - Thursday is your work day. It's fine to correct yourself: 'Oh, sorry - Thursday is difficult for me. I work on Thursdays.'",
				next: 'the-offer'
			},
			{
				id: 'another-time',
				title: 'Another time',
				prompt:
					'No problem. I have Wednesday at quarter past five in the afternoon, with Dr Okafor. Would that suit you?',
				guidance:
					"Quarter past five = 5:15. 'Yes, that's perfect, thank you.' Confirm by repeating: 'So, Wednesday at five fifteen with Dr Okafor.'"
			},
			{
				id: 'confirm-and-goodbye',
				title: 'Confirm and goodbye',
				prompt:
					"That's booked. Please arrive five minutes early. Is there anything else I can help you with?",
				guidance:
					"'No, that's everything. Thank you very much. Goodbye!' / 'Thanks for your help. Bye!'",
				next: null
			}
		]
	},
	{
		slug: 'lang-pharmacy-questions',
		title: 'Asking the Pharmacist',
		description:
			'Ask a pharmacist for something for a cold. Describe how you feel, answer safety questions about other medicine and allergies, and check that you understand how to take the tablets.',
		instructions:
			'You are at the pharmacy counter. Describe your symptoms simply. The pharmacist will ask about allergies and other medicines - answer honestly. Before you leave, repeat the dose back to check you understood it.',
		context:
			'A high-street pharmacy in the afternoon. You have had a cold for two days: a headache, a runny nose and a slight temperature. You take one tablet a day for high blood pressure. You are allergic to penicillin.',
		expectedOutcome:
			'The learner describes symptoms, gives relevant safety information, understands the dose and checks it by repeating it back.',
		learningGoal:
			'Ask for medicine, give safety information and check you understand the instructions.',
		learningObjectives: [
			'Describe common cold symptoms',
			"Say 'I'm allergic to...' and 'I take... every day'",
			"Understand dose instructions: 'two tablets every four to six hours'",
			"Check understanding by repeating: 'So, I take...?'"
		],
		persona: {
			name: 'Mr Osei',
			age: 45,
			pronouns: 'he/him',
			background:
				'A pharmacist who has run the Parkside Pharmacy for ten years. He always checks for allergies and other medicines before recommending anything.',
			presentation: 'Calm, careful and friendly. Explains things clearly and is happy to repeat.',
			voice:
				'Looks reassured and adds helpful tips when the learner checks the instructions; repeats the dose more slowly if the learner just says "okay" without checking.'
		},
		comfortIndicators: {
			comfortable: [
				'The learner names two or three symptoms',
				'They mention their blood pressure tablet and allergy without being asked twice',
				'They repeat the dose correctly',
				'They ask a follow-up question (with food? alcohol?)'
			],
			uncomfortable: [
				"The learner says 'no' to the medicine question even though they take a tablet daily",
				'They repeat the dose incorrectly (every hour instead of every four to six hours)',
				"They don't understand 'allergic' or 'side effects' and don't ask",
				'They answer every question with "yes"'
			]
		},
		mode: 'chat',
		category: 'language_roleplay',
		skills: ['medication-support', 'active-listening'],
		difficulty: 'beginner',
		estimatedTime: 10,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: 'A2',
		contentWarnings: [],
		steps: [
			{
				id: 'how-can-i-help',
				title: 'How can I help?',
				prompt: 'Hello there. How can I help you today?',
				guidance:
					"'Hello. I've got a cold. Can you recommend something, please?' recommend = tell me what is good."
			},
			{
				id: 'symptoms',
				title: 'Symptoms',
				prompt: "I'm sorry to hear that. What symptoms do you have? Headache, cough, fever?",
				guidance:
					"'I've got a headache and a runny nose.' / 'I have a slight temperature.' / 'I've had it for two days.'"
			},
			{
				id: 'safety-questions',
				title: 'Safety questions',
				prompt: 'Okay. Do you take any other medicine? And are you allergic to anything?',
				guidance:
					"Always answer this honestly: 'Yes, I take one tablet every day for my blood pressure.' / 'I'm allergic to penicillin.'",
				choices: [
					{
						label:
							"'Yes, I take a tablet for blood pressure every day, and I'm allergic to penicillin.'",
						next: 'the-dose',
						feedback: 'Excellent - this is exactly the information a pharmacist needs.'
					},
					{
						label: "'No.'",
						next: 'are-you-sure',
						feedback:
							"Hmm - you take a blood pressure tablet every day. That counts as 'other medicine'."
					}
				]
			},
			{
				id: 'are-you-sure',
				title: 'Are you sure?',
				prompt:
					"Nothing at all? Not even tablets from your doctor, every day? Some cold medicines aren't good with blood pressure tablets.",
				guidance:
					"'Oh, sorry - yes. I take a tablet for blood pressure every day. And I'm allergic to penicillin.' It's always okay to correct yourself.",
				next: 'safety-questions'
			},
			{
				id: 'the-dose',
				title: 'The dose',
				prompt:
					"Thank you, that's important. So no decongestants for you. These are paracetamol. Take two tablets every four to six hours. Don't take more than eight tablets in twenty-four hours.",
				guidance:
					"Check by repeating: 'So, two tablets every four to six hours, and not more than eight a day?' every = again after; more than = over."
			},
			{
				id: 'any-questions',
				title: 'Any questions?',
				prompt: "That's right. Do you have any other questions?",
				guidance:
					"'Can I take them with food?' / 'Can I take them before bed?' / 'What if I don't feel better?' Questions with can + I + verb."
			},
			{
				id: 'paying-and-goodbye',
				title: 'Paying and goodbye',
				prompt:
					"Yes, with or without food is fine. If you don't feel better in a week, see your doctor. That's three pounds fifty, please.",
				guidance: "'Here you are. Thank you for your help!' / 'Thanks very much. Bye!'",
				next: null
			}
		]
	},

	// ---------------------------------------------------------------- B1 -----------------
	{
		slug: 'lang-landlord-broken-heater',
		title: 'Calling the Landlord About a Broken Heater',
		description:
			'Phone your landlord because the heating in your flat has stopped working in winter. Describe the problem, say what you have already tried, and agree a time for a repair - politely but firmly.',
		instructions:
			"You are the tenant. Introduce yourself and your address, explain the problem clearly, and don't accept 'next week' too quickly: it is cold. Stay polite even when the landlord is unhelpful. Agree a specific day and time before you hang up.",
		context:
			"Flat 3, 12 Elm Road, in January. The radiator in the living room stopped working on Sunday; it makes a clicking noise but doesn't get warm. You have already checked the boiler and restarted it. At night the flat is about 12°C. Your landlord, Mr Hughes, is usually slow to respond.",
		expectedOutcome:
			'The learner explains the fault, says what they have tried, firmly asks for a quick repair, and agrees a repair time and access arrangement.',
		learningGoal: 'Report a problem clearly and ask politely but firmly for it to be fixed soon.',
		learningObjectives: [
			'Introduce yourself and the reason for the call',
			'Describe a fault using past simple and past continuous',
			"Say what you have already done: 'I've already tried...'",
			"Make a firm, polite request: 'Could someone come by Wednesday at the latest?'"
		],
		persona: {
			name: 'Graham Hughes',
			age: 61,
			pronouns: 'he/him',
			background:
				'Owns four flats in the area and manages them himself alongside his job. He is not a bad landlord, but he puts things off.',
			presentation: 'Slightly distracted and busy at first; hopes the tenant will accept a delay.',
			voice:
				'Becomes cooperative and offers a specific time when the tenant is polite and gives clear facts; becomes defensive and vague if the tenant shouts or makes demands.'
		},
		comfortIndicators: {
			comfortable: [
				'The learner gives their address and the problem in the first few sentences',
				'They use the present perfect for what they have tried',
				"They politely push back against 'next week'",
				'They end the call with a clear day and time'
			],
			uncomfortable: [
				'The learner accepts a vague promise without a day or time',
				'They become aggressive, which makes the landlord defensive',
				"They don't understand 'boiler', 'engineer' or 'pressure' and don't ask",
				'Long pauses when they need to explain the noise or the problem'
			]
		},
		mode: 'phone',
		category: 'language_roleplay',
		skills: ['active-listening', 'rapport-building'],
		difficulty: 'intermediate',
		estimatedTime: 12,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: 'B1',
		contentWarnings: [],
		steps: [
			{
				id: 'hello',
				title: 'Hello',
				prompt: 'Hello, Graham Hughes.',
				guidance:
					"Introduce yourself and the reason: 'Hi Mr Hughes, it's Sam from Flat 3, 12 Elm Road. I'm calling about the heating.' On the phone, use 'it's' not 'I am': 'It's Sam.'"
			},
			{
				id: 'whats-the-problem',
				title: "What's the problem?",
				prompt: "Oh, right. Hello. What's wrong with it?",
				guidance:
					"Past simple + past continuous: 'The radiator in the living room stopped working on Sunday. I was watching TV when it started clicking.' 'It doesn't get warm at all.'"
			},
			{
				id: 'have-you-tried',
				title: 'Have you tried...?',
				prompt:
					'Hmm. Have you checked the boiler pressure? Sometimes you just need to turn it off and on again.',
				guidance:
					"Present perfect with already: 'Yes, I've already checked the pressure and I've restarted the boiler twice, but it still doesn't work.'"
			},
			{
				id: 'next-week',
				title: "'Maybe next week'",
				prompt:
					"Right. Well, I'm quite busy this week. I could maybe get someone round next week sometime?",
				guidance:
					"Be polite AND firm. Acknowledge, then give facts and a clear request: 'I understand you're busy, but it's really cold - about twelve degrees at night. Could someone come by Wednesday at the latest?'",
				choices: [
					{
						label:
							"'I understand you're busy, but it's about twelve degrees at night. Could someone come by Wednesday at the latest?'",
						next: 'agreeing-a-time',
						feedback: 'Polite, factual and firm. Mr Hughes hears that it is urgent.'
					},
					{
						label: "'That's not acceptable! You have to fix it tomorrow!'",
						next: 'defensive',
						feedback:
							"You're right that it's urgent, but this sounds like an order - he may get defensive."
					}
				]
			},
			{
				id: 'defensive',
				title: 'Defensive',
				prompt:
					"Now hang on, there's no need to take that tone. I said I'll sort it out, didn't I?",
				guidance:
					"Calm it down and try again: 'Sorry, I didn't mean to sound rude. It's just very cold in the flat. Would it be possible for someone to come this week?'",
				next: 'next-week'
			},
			{
				id: 'agreeing-a-time',
				title: 'Agreeing a time',
				prompt:
					"Twelve degrees? Oh dear, that's not good. Okay, let me call my heating engineer... He can come on Wednesday between nine and twelve. Will you be in?",
				guidance:
					"If you're at work: 'Unfortunately I'll be at work then. Would it be possible for him to use the spare key?' / 'Could he come after five instead?'"
			},
			{
				id: 'anything-else',
				title: 'Anything else?',
				prompt: 'Fine, he can use the spare key. Anything else?',
				guidance:
					"Ask for confirmation in writing: 'Could you send me a text to confirm the time, please?' / 'Could you let me know if anything changes?'"
			},
			{
				id: 'closing',
				title: 'Closing',
				prompt: "Will do. I'll text you this afternoon. Sorry about the cold - stay warm.",
				guidance: "'Thanks very much, Mr Hughes. I really appreciate it. Bye.'",
				next: null
			}
		]
	},
	{
		slug: 'lang-bank-transfer-call',
		title: 'Calling the Bank and Being Transferred',
		description:
			"Call your bank about a payment you don't recognise. Get through the menu, pass security, explain the problem, and stay calm and organised when you are transferred to the fraud team.",
		instructions:
			'Listen for key words in the automated menu. With each person, explain the problem clearly. Before you are transferred, ask for a reference number in case the call drops. At the end, check you understand what will happen next.',
		context:
			"You checked your bank app this morning and saw a payment of £89.99 to 'TRX Online' on the 3rd of this month. You didn't make it. Your card is in your wallet. You call Northbridge Bank's customer service line.",
		expectedOutcome:
			'The learner navigates the menu, explains the disputed payment, asks for a reference before being transferred, repeats the key facts to the fraud team, and confirms the next steps.',
		learningGoal:
			'Explain a problem clearly on the phone and stay organised when being transferred between departments.',
		learningObjectives: [
			'Give short key words to an automated menu',
			"Explain a problem: 'I've noticed a payment I don't recognise'",
			'Ask for a reference number before a transfer',
			"Check understanding: 'Just to check - so...?'"
		],
		persona: {
			name: 'Jamie',
			age: 29,
			pronouns: 'they/them',
			background:
				'A customer service adviser at Northbridge Bank. They handle general questions and transfer callers to specialist teams. Aisha in the fraud team takes over later in the call.',
			presentation:
				'Polite and professional, uses standard bank phrases, works through a checklist.',
			voice:
				'Stays warm and efficient when the caller is clear and calm; apologises and slows down when the caller is frustrated about being transferred.'
		},
		comfortIndicators: {
			comfortable: [
				'The learner states the amount, date and company name clearly',
				'They ask for a reference number before the transfer',
				'They repeat the key facts briefly to the second person',
				'They summarise what will happen next'
			],
			uncomfortable: [
				'The learner does not understand the menu and repeats long sentences to it',
				"They become frustrated with the transfer and don't listen to the explanation",
				'They confuse dates or amounts',
				'They end the call without knowing what happens next'
			]
		},
		mode: 'phone',
		category: 'language_roleplay',
		skills: ['call-routing', 'active-listening'],
		difficulty: 'intermediate',
		estimatedTime: 15,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: 'B1',
		contentWarnings: [],
		steps: [
			{
				id: 'automated-menu',
				title: 'Automated menu',
				prompt:
					"(Recorded voice) Thank you for calling Northbridge Bank. Please tell me, in a few words, why you're calling today. For example, 'lost card' or 'make a payment'.",
				guidance:
					"Menus want short key words, not sentences: 'Unknown payment.' / 'Card payment problem.' Speak clearly and wait."
			},
			{
				id: 'security',
				title: 'Security',
				prompt:
					"Hi, you're through to Jamie at Northbridge Bank. Before we start, can I take your full name and the first line of your address, please?",
				guidance:
					"'Yes, it's Maria Lopez, and the address is 27 Station Road.' Spell anything unusual. Never give your full PIN or password on the phone."
			},
			{
				id: 'explaining',
				title: 'Explaining the problem',
				prompt: "Thanks, Maria, you're through security. How can I help today?",
				guidance:
					"Present perfect for a recent discovery: 'I've noticed a payment on my account that I don't recognise. It's £89.99 to TRX Online, on the 3rd.' Add: 'My card has been with me the whole time.'"
			},
			{
				id: 'transfer',
				title: 'The transfer',
				prompt:
					"I'm sorry to hear that. For disputed payments I'll need to transfer you to our fraud team - they're the only ones who can block the card and investigate. Is that okay?",
				guidance:
					"Agree and ask for a reference first: 'Yes, that's fine. Before you transfer me, could I have a reference number in case we get cut off?' Could I have...? is a polite request.",
				choices: [
					{
						label:
							"'Yes, that's fine. Could I have a reference number first, in case we get cut off?'",
						next: 'fraud-team',
						feedback: 'Very well organised. Jamie gives you reference NB-4471 and transfers you.'
					},
					{
						label: "'Oh no, not again! Why can't YOU just do it?'",
						next: 'frustrated',
						feedback:
							"Being transferred is annoying, but Jamie can't help with fraud - see how they respond."
					},
					{
						label: "'Okay.'",
						next: 'fraud-team',
						feedback:
							"That works - but if the call drops, you'll have to start again. A reference number would help."
					}
				]
			},
			{
				id: 'frustrated',
				title: 'Frustration',
				prompt:
					"I completely understand, and I'm sorry - I know being passed around is frustrating. I'm not able to block cards for fraud, but the fraud team can do it straight away, and I'll pass them my notes so you don't have to repeat everything.",
				guidance:
					"Accept the explanation politely: 'Okay, I understand. Sorry, I'm just a bit worried. Could I have a reference number before you transfer me?'",
				next: 'transfer'
			},
			{
				id: 'fraud-team',
				title: 'The fraud team',
				prompt:
					"Hello, fraud team, Aisha speaking. I can see Jamie's notes. So there's a payment of £89.99 to TRX Online that you don't recognise - is that right?",
				guidance:
					"Confirm and add one useful detail: 'That's right. I didn't make that payment, and my card has been in my wallet the whole time.'"
			},
			{
				id: 'next-steps',
				title: 'Next steps',
				prompt:
					"Okay. I've blocked your card now, and a new one will arrive within five working days. We'll refund the £89.99 while we investigate, usually within 48 hours. Do you have any questions?",
				guidance:
					"Check understanding: 'Just to check - so my old card won't work any more, and the money will be back in about two days?' / 'Will I get a new PIN as well?'"
			},
			{
				id: 'closing',
				title: 'Closing',
				prompt: "That's exactly right. Is there anything else I can help you with today?",
				guidance: "'No, that's everything. Thank you for your help, Aisha. Goodbye.'",
				next: null
			}
		]
	},

	// ---------------------------------------------------------------- B2 -----------------
	{
		slug: 'lang-job-interview-small-talk',
		title: 'Small Talk Before a Job Interview',
		description:
			'Make a good first impression in the few minutes between reception and the interview room: respond to small talk about travel and the weather, accept an offer of a drink, and talk briefly about your interests.',
		instructions:
			"Keep your answers friendly and a little longer than 'yes' or 'no' - give one detail and, when it feels natural, ask a question back. Avoid complaining, even about the journey. This is not the interview yet, but it is part of the impression you make.",
		context:
			"You are interviewing for a project coordinator role at Lumen Logistics. The Head of Operations, Helen, collects you from reception and walks you to the meeting room. It's raining heavily, and your train was a bit delayed, but you arrived on time.",
		expectedOutcome:
			'The learner engages in natural small talk, uses question tags and follow-up questions, accepts a drink politely, and transitions smoothly into the interview.',
		learningGoal: 'Build rapport through small talk in a semi-formal professional situation.',
		learningObjectives: [
			'Answer small-talk questions with a detail, not just yes or no',
			"Use question tags to agree: 'It's awful, isn't it?'",
			'Ask natural follow-up questions',
			'Keep the tone positive and professional'
		],
		persona: {
			name: 'Helen Marsh',
			age: 47,
			pronouns: 'she/her',
			background:
				'Head of Operations at Lumen Logistics. She has interviewed hundreds of candidates and pays attention to how people come across in informal moments.',
			presentation: 'Warm, chatty and relaxed, but observant.',
			voice:
				'Opens up and shares more when the learner gives details and asks questions back; the conversation becomes awkward and short when answers are one word.'
		},
		comfortIndicators: {
			comfortable: [
				'The learner gives a short answer plus one detail',
				'They ask at least one question back',
				'They use a question tag naturally',
				'They stay positive about the journey and the weather'
			],
			uncomfortable: [
				'One-word answers followed by silence',
				'Long complaints about the train or the rain',
				'Over-formal or memorised-sounding answers',
				"Misunderstanding 'Did you find us okay?' as a question about the building's quality"
			]
		},
		mode: 'chat',
		category: 'language_roleplay',
		skills: ['rapport-building', 'active-listening'],
		difficulty: 'intermediate',
		estimatedTime: 12,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: 'B2',
		contentWarnings: [],
		steps: [
			{
				id: 'welcome',
				title: 'Welcome',
				prompt:
					"Hi, you must be Leo? I'm Helen - lovely to meet you. Thanks for coming in. Did you find us okay?",
				guidance:
					"'Lovely to meet you too. Yes, thanks - the directions on your website were really clear.' 'Did you find us okay?' means 'Was it easy to get here?'"
			},
			{
				id: 'the-weather',
				title: 'The weather',
				prompt: "Oh good. And you didn't get too wet, I hope? It's absolutely pouring out there.",
				guidance:
					"Agree with a question tag: 'Just a bit! It's pretty miserable today, isn't it?' Keep it light - a small joke is fine; a long complaint is not."
			},
			{
				id: 'the-journey',
				title: 'The journey',
				prompt: 'Tell me about it. How was the journey - did you come far?',
				guidance:
					"One detail, positive spin: 'Not too far - about forty minutes on the train. There was a small delay, but I'd left plenty of time.' Then ask back: 'Do you commute far yourself?'"
			},
			{
				id: 'a-drink',
				title: 'A drink',
				prompt: 'Here we are. Can I get you a coffee or some water before we start?',
				guidance:
					"Accept or decline politely with a reason or thanks: 'A glass of water would be lovely, thanks.' / 'I'm fine, thanks - I've just had one.'",
				choices: [
					{
						label: "'A glass of water would be lovely, thank you.'",
						next: 'interests',
						feedback: "Natural and polite. 'Would be lovely' is a warm way to accept."
					},
					{
						label: "'No.'",
						next: 'awkward-pause',
						feedback: "Grammatically fine, but in English a bare 'no' to an offer sounds cold."
					}
				]
			},
			{
				id: 'awkward-pause',
				title: 'An awkward pause',
				prompt: 'Oh - okay then. (There is a short, awkward silence.)',
				guidance:
					"Soften it: 'Sorry, I mean - I'm fine for now, thank you. Actually, some water would be great.' Add 'thanks' and a reason to soften a refusal.",
				next: 'a-drink'
			},
			{
				id: 'interests',
				title: 'Interests',
				prompt:
					"I noticed on your CV that you ran a half-marathon last year - that's impressive! Are you still running?",
				guidance:
					"Give a detail and a little personality: 'Thanks! Yes, I try to run three times a week, though not in this weather! It's a good way to clear my head.' Ask back: 'Do you run at all?'"
			},
			{
				id: 'getting-started',
				title: 'Getting started',
				prompt: "Ha, only for the bus! Right, my colleague's just coming. Shall we get started?",
				guidance:
					"Transition positively: 'Yes, absolutely. I'm looking forward to it.' / 'Sounds good - thanks for having me.'",
				next: null
			}
		]
	},
	{
		slug: 'lang-negotiate-deadline',
		title: 'Negotiating a Deadline With Your Manager',
		description:
			'Your manager asks you to deliver a report five days early. Explain your workload, propose a realistic alternative and agree a plan - without simply saying no, and without promising the impossible.',
		instructions:
			"Show that you want to help, then explain the facts of your workload, and offer options. Use conditionals and softening language ('What if...?', 'Would it be possible...?'). Finish by summarising what you agreed.",
		context:
			"You work in a small marketing agency. The Q3 client report is due next Tuesday. You're also finishing a campaign proposal due Wednesday. Your manager, Daniel, has just heard that the client wants the report by Thursday - this week.",
		expectedOutcome:
			'The learner avoids both a flat refusal and an unrealistic yes, explains their workload, proposes a partial delivery or trade-off, and agrees a clear plan with the manager.',
		learningGoal:
			'Negotiate a workload change politely and firmly, proposing alternatives instead of simply refusing.',
		learningObjectives: [
			'Acknowledge the request before raising concerns',
			'Explain current commitments with present continuous and future forms',
			"Propose options with conditionals: 'If I..., I could...'",
			'Summarise an agreement and next steps'
		],
		persona: {
			name: 'Daniel Okoye',
			age: 38,
			pronouns: 'he/him',
			background:
				"Account director and your line manager. He's under pressure from an important client and would rather find a solution than argue.",
			presentation: 'Friendly but hurried, a bit stressed; hopes for a quick yes.',
			voice:
				'Becomes collaborative and offers support when the learner explains facts and proposes options; gets tense when met with a flat no, and relieved-but-unaware when the learner over-commits.'
		},
		comfortIndicators: {
			comfortable: [
				'The learner acknowledges the client pressure before explaining',
				'They describe their workload with concrete tasks and dates',
				'They propose at least one realistic alternative',
				'They summarise the agreement at the end'
			],
			uncomfortable: [
				"A flat 'no' without explanation",
				'Agreeing to everything and later realising it is impossible',
				'Apologising repeatedly instead of negotiating',
				'Misunderstanding what the client actually needs by Thursday'
			]
		},
		mode: 'chat',
		category: 'language_roleplay',
		skills: ['boundary-setting', 'rapport-building'],
		difficulty: 'intermediate',
		estimatedTime: 15,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: 'B2',
		contentWarnings: [],
		steps: [
			{
				id: 'the-request',
				title: 'The request',
				prompt:
					'Hey, got a minute? Bad news - the client wants the Q3 report by Thursday instead of next Tuesday. Their board meeting got moved. Can you make that work?',
				guidance:
					"Acknowledge first, then open the discussion: 'Ah, that's tight. I'd really like to help - can I quickly run you through what's on my plate this week?'",
				choices: [
					{
						label:
							"'I'd like to help - can I quickly run you through what's on my plate this week?'",
						next: 'your-workload',
						feedback: 'Great: cooperative tone, and you open a real conversation.'
					},
					{
						label: "'No, that's impossible.'",
						next: 'flat-no',
						feedback: 'It may be true, but a flat no closes the conversation.'
					},
					{
						label: "'Sure, no problem!'",
						next: 'over-committing',
						feedback: "Very positive - but is it realistic? Let's see."
					}
				]
			},
			{
				id: 'flat-no',
				title: 'A flat no',
				prompt:
					"(Daniel's face tightens.) Right. Well, I need to give them something. What am I supposed to tell them?",
				guidance:
					"Repair it: 'Sorry, that came out wrong. I don't think I can do the whole report by Thursday, but let me explain my week and we can find an option.'",
				next: 'the-request'
			},
			{
				id: 'over-committing',
				title: 'Over-committing',
				prompt:
					"Brilliant, you're a star! (Later, you look at your calendar: the campaign proposal is due Wednesday. You'd be working until midnight for three nights.) Daniel messages: 'All good for Thursday?'",
				guidance:
					"It's okay to go back: 'Actually, Daniel, I spoke too soon. Can we have a quick chat about Thursday?' Saying this early is much better than missing the deadline.",
				next: 'the-request'
			},
			{
				id: 'your-workload',
				title: 'Your workload',
				prompt: "Sure, go on. What's the problem?",
				guidance:
					"Facts, not feelings: 'At the moment I'm finishing the campaign proposal, which is due on Wednesday. The report still needs the data analysis and about two days of writing.' Present continuous for current tasks."
			},
			{
				id: 'options',
				title: 'Options',
				prompt:
					'Hmm. The client is really pushing for this, though. What can you realistically do?',
				guidance:
					"Propose with conditionals and softeners: 'What if I sent them the key findings and the summary by Thursday, and the full report on Monday?' / 'If someone could take over the proposal slides, I could focus on the report.'"
			},
			{
				id: 'support',
				title: 'Support',
				prompt:
					"Key findings by Thursday... actually, that's probably all they need for the board. What would you need from me?",
				guidance:
					"Ask for specific support: 'It would really help if you could ask Jess to finish the proposal slides.' / 'Could you let the client know the full version is coming on Monday?'"
			},
			{
				id: 'summary',
				title: 'Summary',
				prompt:
					"Okay, deal. I'll talk to Jess and the client. Can you drop me a quick email summarising the plan?",
				guidance:
					"Summarise to confirm: 'Sure. So, just to confirm: key findings and summary by Thursday, full report on Monday, and Jess takes the proposal slides. I'll email you now.'",
				next: null
			}
		]
	},
	{
		slug: 'lang-decline-sales-call',
		title: 'Declining a Sales Call',
		description:
			'An energy company calls you at home to sell you a new deal. Say no clearly and politely, repeat your answer when the caller pushes, ask to be removed from their list, and end the call on your terms.',
		instructions:
			"You don't want to switch supplier. Be polite but clear from the start. The caller will try to keep you talking - you don't have to answer every question. Repeat your decision calmly (the 'broken record' technique), ask to be removed from their list, and close the call.",
		context:
			"A weekday evening; you're cooking dinner. The caller is from BrightSpark Energy. You're happy with your current energy supplier and you don't want to give any personal information.",
		expectedOutcome:
			'The learner declines clearly without being rude, resists pressure, refuses to share details, asks to be removed from the call list and ends the call politely.',
		learningGoal: 'Decline an offer politely but firmly and end a phone call on your own terms.',
		learningObjectives: [
			"Decline clearly: 'Thanks, but I'm not interested'",
			"Repeat a refusal calmly without new reasons ('broken record')",
			"Refuse to share information politely: 'I'd rather not say'",
			'Ask to be removed from a list and close the call'
		],
		persona: {
			name: 'Kyle',
			age: 26,
			pronouns: 'he/him',
			background:
				'A telesales agent for BrightSpark Energy, working to a target. He has a script with an answer for every objection.',
			presentation:
				'Very upbeat, fast-talking, uses your first name a lot, tries to get small yeses.',
			voice:
				'Keeps pitching when the learner is vague; gives up politely once the learner is clear and repeats the same answer; becomes curt if the learner is rude.'
		},
		comfortIndicators: {
			comfortable: [
				'The learner says no in the first or second turn',
				'They repeat the same polite refusal rather than giving new reasons to argue with',
				'They decline to share their current supplier',
				'They ask to be removed from the list and close the call'
			],
			uncomfortable: [
				"Vague answers ('maybe', 'I don't know') that keep the pitch going",
				'Giving personal details because the caller asked',
				'Getting angry or hanging up mid-sentence',
				'Feeling obliged to explain their reasons in detail'
			]
		},
		mode: 'phone',
		category: 'language_roleplay',
		skills: ['boundary-setting', 'termination'],
		difficulty: 'intermediate',
		estimatedTime: 8,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: 'B2',
		contentWarnings: [],
		steps: [
			{
				id: 'the-pitch',
				title: 'The pitch',
				prompt:
					"Hi there, am I speaking to the homeowner? Brilliant! I'm Kyle from BrightSpark Energy. I'm calling because households in your area are saving up to thirty per cent on their bills. Have you got two minutes?",
				guidance:
					"Be clear early: 'Thanks for calling, but I'm not interested.' You don't need to give a reason. Avoid 'maybe' - it invites more selling.",
				choices: [
					{
						label: "'Thanks for calling, but I'm not interested.'",
						next: 'he-persists',
						feedback: 'Clear and polite. Kyle will probably try once more - that is normal.'
					},
					{
						label: "'Erm... I don't know... maybe?'",
						next: 'more-pitch',
						feedback: "'Maybe' sounds like a yes to a salesperson."
					},
					{
						label: "'Stop calling me!' (hang up)",
						next: 'rude-ending',
						feedback: "It ends the call, but it's rude - and you're still on their list."
					}
				]
			},
			{
				id: 'more-pitch',
				title: 'More pitch',
				prompt:
					"Great! So, what we do is look at your current tariff and find you a better deal - it takes two minutes. We've got a fixed-rate plan, a green plan, and if you sign up today there's a fifty-pound welcome credit...",
				guidance:
					"Interrupt politely: 'Sorry to interrupt, but I'm actually not interested. Thanks anyway.' 'Sorry to interrupt' lets you take your turn politely.",
				next: 'the-pitch'
			},
			{
				id: 'rude-ending',
				title: 'A rude ending',
				prompt:
					'(Click. Two days later, your phone rings again.) Hi there, am I speaking to the homeowner?',
				guidance:
					"Hanging up doesn't remove you from the list. Try a clear, polite refusal and ask to be removed.",
				next: 'the-pitch'
			},
			{
				id: 'he-persists',
				title: 'He persists',
				prompt:
					"I totally understand. It's just a free quote, no obligation at all. Can I ask who you're with at the moment?",
				guidance:
					"Broken record: repeat calmly, no new reasons. 'I appreciate that, but I'm happy with my current supplier.' Refuse to share: 'I'd rather not say, thanks.'"
			},
			{
				id: 'call-back',
				title: 'Call back later?',
				prompt: 'No worries! Is there a better time for me to call you back? Maybe at the weekend?',
				guidance:
					"Don't accept a call-back you don't want. 'No, thank you. Please could you take my number off your list?' 'Please could you...' is a polite, firm request."
			},
			{
				id: 'closing',
				title: 'Closing',
				prompt: "Sure, I'll make a note of that. Sorry to have bothered you. Have a good evening.",
				guidance:
					"Close warmly and briefly: 'Thank you. You too. Goodbye.' Then end the call - you don't need to wait for more.",
				next: null
			}
		]
	},

	// ---------------------------------------------------------------- C1 -----------------
	{
		slug: 'lang-disagree-in-meeting',
		title: 'Disagreeing Politely in a Meeting',
		description:
			'A senior colleague proposes skipping user testing to hit a deadline and assumes everyone agrees. Voice your disagreement diplomatically, back it up with evidence, handle push-back and steer the team towards a compromise.',
		instructions:
			'Use hedging and diplomatic language to disagree without damaging the relationship. Acknowledge the other view, give evidence rather than opinions, concede where fair, and propose a concrete alternative. Close by summarising what has been agreed.',
		context:
			'A product team meeting with six people. Marcus, the engineering lead, wants to drop the usability testing phase for the next release so the team can meet the March deadline. Last time testing was skipped, support tickets rose by roughly 40% in the first month. You are a product designer.',
		expectedOutcome:
			'The learner disagrees clearly but diplomatically, supports their view with data, responds to push-back with a partial concession, and proposes and agrees a compromise such as a reduced testing round.',
		learningGoal:
			'Disagree constructively in a meeting using diplomatic language, evidence and compromise.',
		learningObjectives: [
			"Acknowledge before disagreeing: 'I can see why..., but...'",
			"Hedge appropriately: 'I'm not entirely convinced', 'I'd be a little wary of...'",
			'Support a position with evidence',
			'Concede partially and propose a concrete compromise'
		],
		persona: {
			name: 'Marcus Reed',
			age: 44,
			pronouns: 'he/him',
			background:
				'Engineering lead with twenty years of experience. He is responsible for the release date and is under pressure from senior management.',
			presentation:
				'Confident, direct and used to getting agreement quickly. Not hostile, but impatient with vague objections.',
			voice:
				'Listens and engages seriously when the learner brings evidence and options; becomes defensive when attacked, and dismissive when the learner stays silent and then complains later.'
		},
		comfortIndicators: {
			comfortable: [
				"The learner acknowledges Marcus's concern before disagreeing",
				'They cite the support-ticket data',
				'They use hedging without losing clarity',
				'They propose a specific compromise and summarise the agreement'
			],
			uncomfortable: [
				"Blunt statements ('That's a bad idea') that raise tension",
				'Hedging so much that the disagreement is unclear',
				'Silence followed by agreement they do not mean',
				"Missing Marcus's point about the deadline and repeating their own"
			]
		},
		mode: 'chat',
		category: 'language_roleplay',
		skills: ['active-listening', 'rapport-building'],
		difficulty: 'advanced',
		estimatedTime: 15,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: 'C1',
		contentWarnings: [],
		steps: [
			{
				id: 'the-proposal',
				title: 'The proposal',
				prompt:
					"So, to hit March, my proposal is that we drop the usability testing phase for this release. We've done it plenty of times before - we know what users want. I think we're all agreed on that?",
				guidance:
					"Acknowledge, then signal disagreement: 'I can see why that's tempting given the deadline, but I do have some reservations.' / 'I'm not entirely convinced that's the best way forward.'",
				choices: [
					{
						label:
							"'I can see why that's tempting given the deadline, but I do have some reservations.'",
						next: 'go-on',
						feedback:
							'Diplomatic and clear - you acknowledged his concern and opened the discussion.'
					},
					{
						label: "'That's a terrible idea.'",
						next: 'the-room-goes-cold',
						feedback: 'Your point may be valid, but this framing makes it personal.'
					},
					{
						label: '(Say nothing and nod.)',
						next: 'silent-agreement',
						feedback: 'Silence in a meeting usually counts as agreement.'
					}
				]
			},
			{
				id: 'the-room-goes-cold',
				title: 'The room goes cold',
				prompt:
					"(Marcus folds his arms.) Okay... well, unless you've got a magic way to add three weeks to the calendar, I'm not sure what you're suggesting.",
				guidance:
					"De-escalate and reframe: 'Sorry, that came out more strongly than I meant. What I mean is, I'd be a little wary of skipping testing entirely - can I explain why?'",
				next: 'the-proposal'
			},
			{
				id: 'silent-agreement',
				title: 'Silent agreement',
				prompt:
					"Great, that's settled then. (After the meeting, you realise the decision is now in the minutes. Raising it later will be much harder.)",
				guidance:
					"Speak up while the item is open: 'Sorry, Marcus, before we move on - could I just raise a concern about the testing?'",
				next: 'the-proposal'
			},
			{
				id: 'go-on',
				title: "'Go on'",
				prompt: "Okay, go on. What's the concern?",
				guidance:
					"Evidence, not opinion: 'Last time we skipped testing, support tickets went up by roughly forty per cent in the first month. That cost us more time than the testing would have.' Use 'roughly', 'around' for approximate figures."
			},
			{
				id: 'push-back',
				title: 'Push-back',
				prompt:
					"With respect, that was a much bigger release. And we simply don't have the luxury of three weeks.",
				guidance:
					"Concede partially, then propose: 'That's a fair point - this release is smaller. What if we ran a scaled-down round with five users over two days? That would catch the major issues without derailing the timeline.'"
			},
			{
				id: 'in-practice',
				title: 'In practice',
				prompt: 'Two days, five users... Hmm. How would that actually work? Who would run it?',
				guidance:
					"Be specific and offer ownership: 'I could run the sessions on Monday and Tuesday, and share the top three issues by Wednesday morning. We'd only fix anything critical before launch.'"
			},
			{
				id: 'wrap-up',
				title: 'Wrap-up',
				prompt:
					"Okay, I can live with that, as long as it doesn't slip. Can you summarise that for the minutes?",
				guidance:
					"Summarise neutrally: 'So, to sum up: we keep the March date, run a light testing round on Monday and Tuesday, and only critical issues get fixed before launch. I'll circulate the plan today.'",
				next: null
			}
		]
	},
	{
		slug: 'lang-comfort-colleague',
		title: 'Comforting an Upset Colleague',
		description:
			'You find a colleague upset in the office kitchen after hearing that her role may be cut in a restructure. Respond with sensitivity: give her space to talk, listen and reflect, avoid clichés and gossip, and offer practical support.',
		instructions:
			"Let her lead. Use open, gentle questions and reflective listening ('That must be...'). Avoid minimising ('I'm sure it'll be fine', 'at least...') and avoid turning the conversation into gossip. Offer concrete help rather than general reassurance.",
		context:
			"A Tuesday afternoon. Sofia, from the finance team, was told this morning that her role is 'at risk' in a restructure. You're friendly colleagues but not close friends. She is in the kitchen, wiping her eyes, when you walk in to make coffee.",
		expectedOutcome:
			'The learner acknowledges the situation sensitively, listens and reflects her feelings, avoids minimising and gossip, and offers specific practical support.',
		learningGoal:
			'Offer emotional support to a colleague with empathetic, non-judgemental language.',
		learningObjectives: [
			'Open gently and give the other person a choice to talk or not',
			"Use reflective listening: 'It sounds like...', 'That must be...'",
			"Avoid minimising phrases such as 'at least' and 'I'm sure it'll be fine'",
			'Offer concrete, practical help'
		],
		persona: {
			name: 'Sofia Marchetti',
			age: 36,
			pronouns: 'she/her',
			background:
				'A finance analyst who has worked at the company for six years. She has a mortgage and a young son. She was told this morning her role may go.',
			presentation:
				"Embarrassed to be seen upset; insists she's fine at first; speaks in short sentences.",
			voice:
				'Opens up gradually when she feels listened to and not judged; closes off and changes the subject when she feels rushed, reassured too quickly or gossiped about.'
		},
		comfortIndicators: {
			comfortable: [
				'Sofia talks in longer sentences and shares more detail',
				'She responds to reflective statements with "Yes, exactly"',
				'She accepts an offer of help',
				'The learner uses pauses and does not rush to fix things'
			],
			uncomfortable: [
				"She says 'Yeah, maybe' and goes quiet after a cliché",
				'She looks uncomfortable when office rumours are mentioned',
				'The learner talks about their own experience at length',
				'The learner gives advice before she has finished explaining'
			]
		},
		mode: 'chat',
		category: 'language_roleplay',
		skills: ['active-listening', 'rapport-building'],
		difficulty: 'advanced',
		estimatedTime: 12,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: 'C1',
		contentWarnings: [],
		steps: [
			{
				id: 'in-the-kitchen',
				title: 'In the kitchen',
				prompt:
					"(Sofia quickly wipes her eyes.) Oh - sorry. I didn't think anyone would come in. I'm fine, honestly.",
				guidance:
					"Give her permission and a choice: 'You don't have to be fine. Do you want to talk about it, or would you rather I just made you a cup of tea?'",
				choices: [
					{
						label:
							"'You don't have to be fine. Do you want to talk, or shall I just make you a tea?'",
						next: 'opening-up',
						feedback: 'Gentle, and it leaves the choice with her.'
					},
					{
						label: "'Oh, don't worry - I'm sure it'll all work out!'",
						next: 'minimised',
						feedback: 'Kindly meant, but it skips over how she feels.'
					},
					{
						label: "'Is it the restructure? I heard they're cutting three people in Finance.'",
						next: 'gossip',
						feedback: 'Naming the rumour can make her feel exposed.'
					}
				]
			},
			{
				id: 'minimised',
				title: 'Minimised',
				prompt: 'Yeah... maybe. (She picks up her mug and turns towards the door.)',
				guidance:
					"Repair: 'Sorry, that was a bit glib. It looks like something's really upset you - I'm happy to listen if it would help.'",
				next: 'in-the-kitchen'
			},
			{
				id: 'gossip',
				title: 'Gossip',
				prompt: "(She stiffens.) People are already talking about it? Great. That's just great.",
				guidance:
					"Step away from the rumour: 'I'm sorry - I shouldn't have repeated that. Forget what people are saying. How are YOU doing?'",
				next: 'in-the-kitchen'
			},
			{
				id: 'opening-up',
				title: 'Opening up',
				prompt:
					"(She takes a breath.) It's the restructure. They told me this morning that my role is 'at risk'. Six years I've been here. I just... didn't see it coming.",
				guidance:
					"Reflect, don't fix: 'Six years - that must feel like a real blow, especially out of the blue.' / 'It sounds like it came as a complete shock.'"
			},
			{
				id: 'the-worry',
				title: 'The worry',
				prompt:
					"I keep thinking, what if I can't find anything else? We've just taken on a bigger mortgage, and my son's only four. Sorry, I'm going on and on.",
				guidance:
					"Reassure her about talking, validate the worry, avoid 'at least': 'Please don't apologise. Of course you're worried - that's a lot of pressure at once.' A pause is fine here."
			},
			{
				id: 'practical-help',
				title: 'Practical help',
				prompt: "Thanks. It helps to say it out loud. I just don't really know where to start.",
				guidance:
					"Offer specific, optional help: 'Would it help if I looked over your CV with you?' / 'If you'd like, I could cover the three o'clock meeting so you can take a break.' / 'Do you know if HR has a consultation process?'"
			},
			{
				id: 'closing',
				title: 'Closing',
				prompt:
					"Actually... yes, the CV would be really helpful. Thank you. I'm glad it was you who walked in.",
				guidance:
					"Close warmly and keep the door open: 'Any time. Let's find half an hour on Thursday. And my door's always open - even if you just need a coffee and a moan.'",
				next: null
			}
		]
	},
	{
		slug: 'lang-council-complaint',
		title: 'Making a Complaint to the Council',
		description:
			'Call your local council to complain formally about repeatedly missed bin collections, find out how the complaints procedure works, and get information about reporting fly-tipping in your street.',
		instructions:
			'State clearly that you want to make a formal complaint, not just another report. Give a precise history (dates, reference numbers). Stay courteous but assertive if you are offered a quick fix. Ask for information about the process and timescales, and summarise what has been agreed at the end.',
		context:
			"Your household bins have not been collected for three weeks running. You reported it twice online (reference WC-20931) but nothing has changed. There is also a growing pile of dumped furniture in the alley behind your house. You call Westbury Council's customer contact centre.",
		expectedOutcome:
			'The learner raises a formal complaint, gives a clear history, politely resists being fobbed off, obtains details of the complaints procedure and timescales, is signposted to the right service for the fly-tipping, and summarises the outcome.',
		learningGoal:
			'Make a formal complaint by phone and obtain accurate information about procedures and services.',
		learningObjectives: [
			"Frame a formal complaint: 'I'm calling to make a formal complaint about...'",
			'Give a precise, chronological account using past simple and present perfect',
			"Assert yourself politely: 'I appreciate that, but given that...'",
			'Request information about procedures, timescales and escalation, and summarise'
		],
		persona: {
			name: 'Lewis Dunmore',
			age: 33,
			pronouns: 'he/him',
			background:
				'A customer contact officer at Westbury Council who handles calls for several departments. He is helpful but follows scripts and is used to logging simple reports.',
			presentation:
				'Polite, procedural and a little formulaic; starts by offering the quickest option.',
			voice:
				'Becomes more forthcoming and explains the procedure in detail when the caller is precise and courteous; becomes stiff and formal, sticking to the script, when the caller is angry.'
		},
		comfortIndicators: {
			comfortable: [
				"The learner uses the words 'formal complaint' early in the call",
				'They give dates and the reference number without being asked twice',
				'They ask about timescales and what happens if they are not satisfied',
				'They summarise the outcome and note the new reference'
			],
			uncomfortable: [
				'The learner accepts another simple report without questioning it',
				'They become angry and generalise about the council',
				"They don't understand terms like 'stage one', 'escalate' or 'ombudsman' and don't ask",
				'They forget to mention the fly-tipping or end the call without a reference number'
			]
		},
		mode: 'phone',
		category: 'language_roleplay',
		skills: ['resource-linkage', 'active-listening'],
		difficulty: 'advanced',
		estimatedTime: 20,
		psychologicalModule: null,
		ageRange: null,
		cefrLevel: 'C1',
		contentWarnings: [],
		steps: [
			{
				id: 'opening',
				title: 'Opening',
				prompt:
					"Westbury Council, customer contact centre, you're speaking with Lewis. How can I help you today?",
				guidance:
					"Frame the call immediately: 'Good morning. I'm calling to make a formal complaint about repeated missed bin collections at my address.'"
			},
			{
				id: 'address',
				title: 'Address',
				prompt: "I'm sorry to hear that. Could I take the address, please, including the postcode?",
				guidance:
					"'It's 14 Larch Close, WB3 7QT.' Spell unusual names using words if needed: 'L for London, A for Apple...'."
			},
			{
				id: 'history',
				title: 'History',
				prompt: 'Thank you. And have you reported this to us before?',
				guidance:
					"Be precise and chronological: 'Yes - our bins haven't been collected for three weeks running. I reported it online on the 4th and again on the 11th, reference WC-20931, but nothing has been done.' Present perfect for the ongoing situation, past simple for specific reports."
			},
			{
				id: 'the-quick-fix',
				title: 'The quick fix',
				prompt:
					'Okay, I can see that reference. What I can do is log another missed collection, and the crew should pick it up within three working days.',
				guidance:
					"Acknowledge, then insist politely: 'I appreciate that, but given that this is the third week and I've already reported it twice, I'd like to raise a formal complaint. Could you tell me how the procedure works?'",
				choices: [
					{
						label:
							"'I appreciate that, but given that I've reported it twice already, I'd like to raise a formal complaint. How does the procedure work?'",
						next: 'the-procedure',
						feedback:
							'Courteous and assertive - you acknowledged his offer and stated exactly what you want.'
					},
					{
						label: "'This is ridiculous. You people never do anything!'",
						next: 'by-the-script',
						feedback:
							'Your frustration is understandable, but generalising will make him defensive.'
					},
					{
						label: "'Oh... okay, thanks.'",
						next: 'same-again',
						feedback: "That's the same outcome you got twice before."
					}
				]
			},
			{
				id: 'by-the-script',
				title: 'By the script',
				prompt:
					"(His tone becomes formal.) I understand you're frustrated. However, I'd ask you to keep the conversation respectful. As I said, I can log a missed collection.",
				guidance:
					"Recover: 'You're right, I apologise - it's not your fault. I'm just very frustrated. What I'd like is to make a formal complaint. Could you explain the process?'",
				next: 'the-quick-fix'
			},
			{
				id: 'same-again',
				title: 'Same again',
				prompt:
					"(Ten days later, the bins are still full. You call again.) Westbury Council, you're speaking with Lewis. Oh, I can see you called recently - I can log another missed collection...",
				guidance:
					"This time, use the magic words: 'Actually, I'd like to make a formal complaint. This is now the fourth week.'",
				next: 'the-quick-fix'
			},
			{
				id: 'the-procedure',
				title: 'The procedure',
				prompt:
					"Of course. I'll log it as a stage one formal complaint. The waste services manager has ten working days to respond in writing. If you're not satisfied, you can escalate it to stage two, and after that to the Local Government Ombudsman. Your complaint reference is CF-5528.",
				guidance:
					"Check and clarify: 'Could I just clarify - is that ten working days from today? And would the response come by email or by post?' / 'Could you repeat the reference, please - was that C-F-5-5-2-8?'"
			},
			{
				id: 'another-issue',
				title: 'Another issue',
				prompt:
					"That's right, ten working days from today, by email. I've noted the reference. Is there anything else I can help with?",
				guidance:
					"Raise the second issue and ask to be signposted: 'Yes, actually. There's a growing pile of dumped furniture in the alley behind our house. Who would be the right department to report that to?' Then close by summarising: 'So, to sum up: complaint reference CF-5528, a response within ten working days, and I'll report the fly-tipping online. Thank you for your help.'",
				next: null
			}
		]
	}
];
