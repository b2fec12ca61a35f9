import { describe, expect, it } from 'vitest';
import { fieldLabel } from '../../src/lib/domain/content-fields';
import {
	describeEvidence,
	matchText,
	missingWarnings,
	orderedWarnings,
	scanContent,
	scannableTexts,
	unconfirmedMessage,
	unconfirmedWarnings,
	unmentionedWarnings,
	WARNING_ABBREVIATIONS,
	WARNING_PATTERNS
} from '../../src/lib/domain/content-warnings';
import { CONTENT_WARNINGS, type ContentWarning } from '../../src/lib/schemas/enums';

const topics = (text: string) => [...matchText(text).keys()];

describe('warning patterns', () => {
	it('cover every warning of the vocabulary', () => {
		expect(Object.keys(WARNING_PATTERNS).sort()).toEqual([...CONTENT_WARNINGS].sort());
		for (const warning of CONTENT_WARNINGS) {
			expect(WARNING_PATTERNS[warning].length, warning).toBeGreaterThan(0);
		}
		for (const warning of Object.keys(WARNING_ABBREVIATIONS)) {
			expect(CONTENT_WARNINGS, warning).toContain(warning);
		}
	});

	// Sentences from the seed scenarios (src/lib/server/bootstrap/content), a few made up for
	// topics the seed lacks, and the words found.
	it.each<[ContentWarning, string, string]>([
		['suicide', 'Check mood, early warning signs and suicide risk directly.', 'suicide'],
		[
			'suicide',
			'Sam feels respected rather than lectured, and denies suicidal thoughts.',
			'suicidal'
		],
		['suicide', "Are you having any thoughts of killing yourself?' He says no", 'killing yourself'],
		[
			'suicide',
			"No, I'm not going to kill myself. I just like hearing you people squirm.",
			'kill myself'
		],
		['suicide', 'do you ever have thoughts of ending your life?', 'ending your life'],
		[
			'suicide',
			'He says no, he doesn’t want to die, he wants to stop feeling this way.',
			'want to die'
		],
		['suicide', 'she has passive thoughts of death with no plan or intent', 'thoughts of death'],
		['suicide', 'Her friend Marcus posted a goodbye message on Instagram', 'goodbye message'],
		['self-harm', 'he self-harmed last night for the first time in three years', 'self-harmed'],
		['self-harm', 'i used to cut in high school', 'used to cut'],
		[
			'self-harm',
			'She minimises the cuts or the drinking. Help her care for the cuts',
			'care for the cuts'
		],
		['self-harm', 'whether Kyle has threatened to harm himself or Andre', 'harm himself'],
		['self-harm', 'putting blades out of reach, an LGBTQ+ youth line', 'blades'],
		['substance-use', 'He is divorced, lives alone and drinks a few beers most evenings.', 'beers'],
		[
			'substance-use',
			'Ask about past attempts (none), drinking (a little more than usual)',
			'drinking'
		],
		['substance-use', 'he was charged with driving under the influence', 'under the influence'],
		['substance-use', 'Note that pressed pills often contain fentanyl', 'pressed pills'],
		['domestic-violence', 'Name that DV advocates can help with custody questions.', 'dv'],
		['domestic-violence', 'can guys be in abusive relationships', 'abusive relationships'],
		['domestic-violence', 'and information on protective orders', 'protective orders'],
		[
			'sexual-violence',
			'Policy may allow ending at once for threats or sexual abuse',
			'sexual abuse'
		],
		['child-abuse', "yeah he has a gun. he's never hurt my son", 'hurt my son'],
		['child-abuse', 'terrified by unwanted images of her baby being hurt', 'baby being hurt'],
		['death-and-grief', 'Her son Noah died in a car accident a year ago.', 'died'],
		['death-and-grief', 'Retired mail carrier, widowed three years ago.', 'widowed'],
		['death-and-grief', 'Like at Dad’s funeral, did I tell you about the flowers?', 'funeral'],
		['death-and-grief', 'She already lost my dad. And Biscuit.', 'lost my dad'],
		['firearms', 'i dont have a gun if thats what ur asking', 'gun'],
		['firearms', 'a handgun in the glovebox', 'handgun'],
		['firearms', 'Minh is not in immediate danger and has no firearm.', 'firearm'],
		[
			'bullying',
			'They reveal ongoing harassment or a pile-on rather than one comment',
			'harassment'
		],
		['bullying', 'Teasing and bullying are always a grown-up’s business', 'bullying'],
		['divorce', 'Yesterday a family court gave his ex-wife primary custody', 'primary custody'],
		['divorce', 'the dog got me through my divorce', 'divorce'],
		['medical-emergency', "There's lights. It's an ambulance, I think.", 'ambulance'],
		['medical-emergency', 'a lower tolerance during a taper raises overdose risk', 'overdose'],
		['medical-emergency', 'His father died suddenly of a heart attack', 'heart attack'],
		['medical-emergency', "'Grandpa fell down and hurt his hip'", 'fell down and hurt'],
		['eating-disorder', 'She has been skipping meals and making herself sick', 'skipping meals']
	])('%s: "%s"', (warning, text, words) => {
		expect(matchText(text).get(warning)).toContain(words);
	});

	// The same words in another sense, or everyday phrases near a topic's words.
	it.each<[string, ContentWarning]>([
		['We were cutting the cake when the music started.', 'self-harm'],
		['I cut my hair short and cut corners on the essay.', 'self-harm'],
		['my hours got cut in march', 'self-harm'],
		['Blades of grass tickle your toes; roll your shoulder blades back.', 'self-harm'],
		['He has been drinking energy drinks all night.', 'substance-use'],
		['Try drinking water slowly, in small sips.', 'substance-use'],
		['Explain that call volumes are high on Friday nights', 'substance-use'],
		['The kids had a water gun fight; grab the glue gun.', 'firearms'],
		['Put the key facts in bullet points.', 'firearms'],
		['Can you shoot me an email about it?', 'firearms'],
		['What if I was dying? Does anybody there care?', 'death-and-grief'],
		['She wants someone to tell her she is not dying.', 'death-and-grief'],
		['My phone died halfway through the call.', 'death-and-grief'],
		['I was scared to death of the exam.', 'death-and-grief'],
		['The line went dead quiet.', 'death-and-grief'],
		['Emergency services are not needed because he engages collaboratively.', 'medical-emergency'],
		['What a stroke of luck!', 'medical-emergency'],
		['Training on unconscious bias starts Monday.', 'medical-emergency'],
		['He swallowed his pride and apologised.', 'medical-emergency'],
		['Everyone was laughing at you at rehearsal.', 'bullying'],
		['She called him a taxi.', 'bullying'],
		['He was held in police custody overnight.', 'divorce'],
		['Both houses of parliament voted.', 'divorce'],
		['He feels therapeutic relief after drawing grapes.', 'sexual-violence'],
		['It hurt my daughter’s feelings when the party was cancelled.', 'child-abuse'],
		['She is not eating meat this month.', 'eating-disorder'],
		['Thick fog rolls in, but Kit finds a way out of the forest.', 'suicide']
	])('not in "%s": %s', (text, warning) => {
		expect(topics(text)).not.toContain(warning);
	});

	it('reads whole words only, in any case', () => {
		expect(topics('SUICIDE')).toEqual(['suicide']);
		expect(topics('parasuicidex')).toEqual([]);
		expect(topics('the grapevine and the drapes')).toEqual([]);
		expect(topics('rapeseed oil')).toEqual([]);
	});

	it('matches abbreviations only in capitals', () => {
		expect(topics('call a DV hotline')).toEqual(['domestic-violence']);
		expect(topics('Take him to the ER now')).toEqual(['medical-emergency']);
		expect(topics('er, sorry, I mean the other one')).toEqual([]);
		expect(topics('Ask about NSSI.')).toEqual(['self-harm']);
	});
});

describe('scanning a scenario', () => {
	const content = {
		title: 'Wanting to Stop Lithium',
		description: 'A young man asks whether it is bad to stop his lithium.',
		instructions: 'Check mood, early warning signs and suicide risk directly.',
		learningObjectives: ['Decline to give medical advice', 'Check suicide risk directly'],
		persona: { name: 'Sam', background: 'Songwriter and bartender.' },
		comfortIndicators: { comfortable: [], uncomfortable: ['Threatens to just stop anyway'] },
		steps: [
			{ title: 'The question', prompt: 'is it bad to just stop lithium?' },
			{
				title: 'Mood and risk check',
				prompt: 'mood’s fine mostly',
				guidance: 'Ask directly: have you had any thoughts of suicide?',
				choices: [{ label: 'Do you have a gun at home?', feedback: 'Means first.' }]
			}
		],
		contentWarnings: ['firearms']
	};

	it('lists every text with the path the editor uses for its fields', () => {
		expect(scannableTexts(content).map((t) => t.path)).toEqual([
			'title',
			'description',
			'instructions',
			'learningObjectives.0',
			'learningObjectives.1',
			'persona.name',
			'persona.background',
			'comfortIndicators.uncomfortable.0',
			'steps.0.title',
			'steps.0.prompt',
			'steps.1.title',
			'steps.1.prompt',
			'steps.1.guidance',
			'steps.1.choices.0.label',
			'steps.1.choices.0.feedback'
		]);
	});

	it('finds the topics in the vocabulary’s order, with where and which words', () => {
		expect(scanContent(content)).toEqual([
			{
				warning: 'suicide',
				evidence: [
					{ path: 'instructions', matches: ['suicide'] },
					{ path: 'learningObjectives.1', matches: ['suicide'] },
					{ path: 'steps.1.guidance', matches: ['suicide'] }
				]
			},
			{ warning: 'firearms', evidence: [{ path: 'steps.1.choices.0.label', matches: ['gun'] }] }
		]);
	});

	it('proposes only the warnings the content does not carry', () => {
		expect(missingWarnings(content).map((f) => f.warning)).toEqual(['suicide']);
		expect(missingWarnings({ ...content, contentWarnings: ['suicide', 'firearms'] })).toEqual([]);
	});

	it('names carried warnings it finds no words for', () => {
		expect(unmentionedWarnings({ ...content, contentWarnings: ['firearms', 'divorce'] })).toEqual([
			'divorce'
		]);
	});

	it('takes partial content, as the editor has it mid-edit', () => {
		expect(scanContent({})).toEqual([]);
		expect(scanContent({ persona: null, comfortIndicators: null, steps: [] })).toEqual([]);
		expect(scanContent({ title: 'Overdose' }).map((f) => f.warning)).toEqual([
			'suicide',
			'medical-emergency'
		]);
	});
});

describe('field labels', () => {
	it.each([
		['instructions', 'instructions'],
		['expectedOutcome', 'expected outcome'],
		['learningObjectives.0', 'learning objective 1'],
		// whole fields, as the review desk lists what a revision changed
		['learningObjectives', 'learning objectives'],
		['estimatedTime', 'time'],
		['steps', 'steps'],
		['persona.background', 'persona background'],
		['comfortIndicators.uncomfortable.2', 'sign of discomfort 3'],
		['steps.1.guidance', 'step 2 guidance'],
		['steps.0.choices.2.label', 'step 1, choice 3'],
		['steps.0.choices.2.feedback', 'step 1, choice 3 feedback'],
		// practice fields (issue 13)
		['stateVariables', 'state variables'],
		['rubric', 'rubric'],
		['stateVariables.1.name', 'state variable 2'],
		['steps.2.modelResponse', 'step 3 model response'],
		['steps.2.heard.0.effects', 'step 3 reply rules'],
		['steps.0.branches.1.next', 'step 1, branch 2'],
		['steps.0.choices.1.effects.0', 'step 1, choice 2 effects']
	])('%s reads "%s"', (path, label) => {
		expect(fieldLabel(path)).toBe(label);
	});

	it('describe evidence as the words and where', () => {
		expect(describeEvidence({ path: 'steps.4.title', matches: ['suicide', 'kill myself'] })).toBe(
			'“suicide”, “kill myself” in step 5 title'
		);
	});
});

describe('the review gate', () => {
	const content = {
		instructions: 'Ask directly about suicide. She used to cut in 8th grade.',
		contentWarnings: ['self-harm', 'bullying']
	};

	it('passes when the confirmed set keeps every carried warning and every topic found', () => {
		const all = ['self-harm', 'bullying', 'suicide'];
		expect(unconfirmedWarnings(content, all)).toEqual({ carried: [], found: [] });
		expect(unconfirmedMessage(unconfirmedWarnings(content, all))).toBeNull();
		// Ticking more than that is the reviewer adding a warning.
		expect(unconfirmedMessage(unconfirmedWarnings(content, [...all, 'firearms']))).toBeNull();
	});

	it('names a carried warning left unticked, and a found topic not ticked, with why', () => {
		const unconfirmed = unconfirmedWarnings(content, ['self-harm']);
		expect(unconfirmed.carried).toEqual(['bullying']);
		expect(unconfirmed.found.map((f) => f.warning)).toEqual(['suicide']);
		expect(unconfirmedMessage(unconfirmed)).toBe(
			'Approval needs every content warning confirmed; not confirmed: bullying (the scenario ' +
				'carries it), suicide (the text mentions it: “suicide” in instructions). Tick them, or ' +
				'request changes.'
		);
	});

	it('needs a confirmation of nothing only when there is nothing', () => {
		expect(unconfirmedWarnings({ title: 'Ordering a coffee' }, [])).toEqual({
			carried: [],
			found: []
		});
	});

	it('orders the confirmed warnings as the vocabulary does', () => {
		expect(orderedWarnings(['firearms', 'suicide', 'divorce'])).toEqual([
			'suicide',
			'firearms',
			'divorce'
		]);
	});
});
