// The content-warning scanner: which warning topics a scenario's text mentions, and where.
// Transparent word and phrase patterns per topic, whole words only and case-insensitive, with
// a few exclusions for everyday phrases ("cutting the cake", "water gun"). It proposes; a
// person decides: the studio shows the author the warnings their text calls for, and a
// reviewer must confirm the warnings before approving (services/authoring/review.ts). Pure, so
// the editor (live, in the browser), the procedures and the seed test run the same scan.

import { CONTENT_WARNINGS, type ContentWarning } from '../schemas/enums';
import { fieldLabel } from './content-fields';
import { warningLabel } from './warning-label';

export { warningLabel };

/**
 * Whole-word pattern sources per topic (case-insensitive; `wholeWords` adds the word edges).
 * A match means the text mentions the topic in its own sense, even in passing or in a denial
 * ("are you thinking of suicide?" / "no gun"): a learner hiding the topic should not meet it.
 * Look-arounds leave out the same words in another sense ("water gun", "energy drinks",
 * "my phone died", "bullet points").
 */
export const WARNING_PATTERNS: Readonly<Record<ContentWarning, readonly string[]>> = {
	suicide: [
		'suicid\\w*',
		'kill(?:s|ed|ing)? (?:my|your|him|her|them|our)(?:self|selves)',
		'hang(?:s|ed|ing)? (?:my|your|him|her|them|our)(?:self|selves)',
		'(?:end|ends|ending|ended|take|takes|taking|took) (?:my|your|his|her|their) (?:own )?li(?:fe|ves)',
		'(?:want|wants|wanted|wanting|trying|try|tried) to die',
		"(?:not|n't|never) (?:want(?:s|ed)?|like|trying) to (?:be here|be alive|live|wake up|die)",
		'(?:better off|be better) (?:dead|without (?:me|him|her|them))',
		"(?:not|n't) (?:be|being) here (?:anymore|any more|tomorrow)",
		'no (?:reason|point) (?:to|in) (?:live|living|going on|being here)',
		'(?:thoughts|thinking|statements|talk|talking) (?:of|about) (?:death|dying|not being here)',
		'(?:goodbye|farewell) (?:post|note|letter|message)s?',
		'overdos\\w*'
	],
	'self-harm': [
		'self[- ]?harm\\w*',
		'self[- ]?injur\\w*',
		'(?:cut|cuts|cutting|burn|burns|burning|burned|burnt|hurt|hurts|hurting|harm|harms|harming|scratch|scratches|scratching|hit|hits|hitting) (?:my|your|him|her|them|our)(?:self|selves)',
		'(?:care for|clean|cleaning|hide|hides|hiding|cover|covers|covering) (?:the|my|his|her|their) cuts',
		'(?:used to|urge to|urges to|started|start|stopped|stop) cut(?:ting)?(?! (?:the|a|an|some|it|them|off|out|back|down|through|short|corners?|ties|class|school|costs|hours|prices|(?:my|his|her|their) hair)(?![\\p{L}\\p{N}]))',
		'i cut(?! (?:the|a|an|some|it|them|in|off|out|back|down|through|short|corners?|ties|class|school|costs|hours|prices|(?:my|his|her|their) hair)(?![\\p{L}\\p{N}]))',
		'cut(?:ting)? (?:again|tonight|last night|today)',
		'razors?(?! scooters?)',
		'razor blades?',
		'blades?(?! of)(?<!(?:shoulder|skate|skates|rotor|fan|turbine|grass|helicopter|propeller|windmill|roller|saw|mower) blades?)'
	],
	'substance-use': [
		'alcohol\\w*',
		'drunk(?:en)?',
		'drinking(?! (?:water|tea|coffee|juice|milk|hot chocolate|energy drinks?|fountain|straw|glass|enough|plenty)(?![\\p{L}\\p{N}]))',
		'(?:heavy|binge|problem) drink\\w*',
		'under the influence',
		'(?:beer|beers|wine|whiskey|whisky|vodka|liquor|booze|hangover|hungover)',
		'intoxicat\\w*',
		'(?:street|recreational|illegal|illicit|hard|party) drugs?',
		'drug (?:use|user|users|using|abuse|habit|dealer|dealers|stuff|problem|test)',
		'(?:using|use|used|take|taking|took|doing|did|sell|selling) drugs',
		'substances?(?: (?:use|abuse|misuse))?',
		'(?:cannabis|marijuana|cocaine|crack cocaine|heroin|fentanyl|meth|methamphetamine|opioids?|opiates?|ketamine|ecstasy)',
		'(?:vape|vapes|vaping|nicotine|cigarettes?)',
		'(?:pressed|street|party) pills?',
		'(?:addict|addicts|addicted|addiction|addictions)',
		'(?:sober|sobriety|detox|rehab)',
		'(?:naloxone|narcan)',
		'high on (?:drugs|weed|pills|meth|coke|something|it)'
	],
	'domestic-violence': [
		'domestic (?:violence|abuse)',
		'intimate partner (?:violence|abuse)',
		'abusive (?:relationship|partner|husband|wife|boyfriend|girlfriend|ex|marriage|home)s?',
		"(?:partner|husband|wife|boyfriend|girlfriend|ex)(?:'s)? (?:hits|hit|beats|beat|chokes|choked|strangled|shoves|shoved|slaps|slapped|threatens|threatened|controls)",
		'(?:he|she) (?:hits|hit|beats|beat|chokes|choked|strangled|shoves|shoved|slaps|slapped) (?:me|her|him)',
		'coercive control',
		'(?:restraining|protective|protection) orders?',
		'dv (?:advocate|shelter|hotline|helpline|program)s?',
		'(?:abuser|abusers)',
		'strangl\\w*'
	],
	'sexual-violence': [
		'rap(?:e|ed|es|ing|ist|ists)',
		'sexual(?:ly)? (?:assault\\w*|abuse\\w*|violence|harass\\w*|exploit\\w*|coerc\\w*)',
		'molest\\w*',
		'incest',
		'non-?consensual',
		'sextortion',
		'(?:unwanted|inappropriate) (?:touch\\w*|sexual\\w*)',
		'grop(?:e|ed|es|ing)'
	],
	'child-abuse': [
		'child(?:hood)? (?:abuse|neglect|maltreatment|sexual abuse)',
		'(?:abused|neglected|beaten|hit) as a (?:child|kid)',
		"(?:abus\\w*|neglect\\w*|beat|beats|beating|hit|hits|hitting|hurt|hurts|hurting|harm|harms|harming|shake|shakes|shaking|smother\\w*) (?:the|a|my|her|his|their) (?:child|children|kid|kids|baby|newborn|infant|toddler|son|daughter)(?!'s)",
		'harm to (?:a|the|my|her|his|their) (?:baby|newborn|infant|child|children|kids?)',
		'(?:baby|newborn|infant|child|son|daughter) (?:being|was|is|getting|got) (?:hurt|harmed|abused|hit|beaten|neglected)',
		"(?:child protective services|child protection|children's services)",
		'(?:mandated|mandatory) report\\w*',
		'shaken baby'
	],
	'death-and-grief': [
		'(?:grief|grieve|grieves|grieved|grieving)',
		'bereave\\w*',
		'mourn\\w*',
		'(?<!(?:phone|battery|laptop|car|engine|torch|flashlight|conversation|wind|noise|music|fire|light|signal|plant|plants) )(?:died|dies)(?! (?:down|out|off)(?![\\p{L}\\p{N}]))',
		'(?<!(?:thoughts|thinking|statements|talk|talking) (?:of|about) |(?:scared|bored|worried|frightened|terrified|tickled|sick|freezing) to )(?:death|deaths)',
		'dying (?:of|from)',
		'terminal(?:ly)? ill\\w*',
		'(?:is|was|are|were|now|found) dead(?! (?:tired|quiet|silent|set|serious|easy|right|wrong|end|ends|on|good|keen|heavy|funny|boring|last)(?![\\p{L}\\p{N}]))',
		'passed away',
		'(?:funeral|funerals|memorial|burial|cemetery|graveside|condolence|condolences)',
		'(?:widow|widowed|widower|widows|widowers)',
		'euthanas\\w*',
		'(?:had|have|has|having) to put (?:him|her|them|it) (?:down|to sleep)',
		'(?:miscarriage|stillbirth|stillborn)',
		'killed (?:in|by)',
		'late (?:wife|husband|partner|mother|father|mum|mom|dad|son|daughter|brother|sister)',
		"(?:lost|losing) (?:my|his|her|their|your|our) (?:mum|mom|mother|dad|father|wife|husband|partner|son|daughter|child|baby|brother|sister|grandma|grandpa|grandmother|grandfather)(?!'s)"
	],
	firearms: [
		'guns?(?<!(?:water|glue|nail|staple|toy|bubble|squirt|nerf|heat|spray|paint|starting|starter|caulk|radar|speed|big|top)[ -]guns?)',
		'(?:handgun|handguns|shotgun|shotguns|rifle|rifles|firearm|firearms|pistol|pistols|revolver|revolvers|ammunition|ammo)',
		'bullets?(?! (?:points?|journals?|trains?|lists?|proof)(?![\\p{L}\\p{N}]))',
		'(?:shoot|shoots|shooting|shot) (?:my|your|him|her|them|our)(?:self|selves)',
		'(?:got|get|gets|getting|was|were|been|being) shot',
		'(?:the|a|school|mass) shootings?'
	],
	'eating-disorder': [
		'eating disorders?',
		'(?:anorexi\\w*|bulimi\\w*)',
		'binge[- ]?(?:eat\\w*|purg\\w*)',
		'purg(?:e|es|ed|ing)',
		'laxatives?',
		'starv(?:e|es|ed|ing) (?:my|your|him|her|them)(?:self|selves)',
		'(?:skip|skips|skipping|skipped) meals',
		'(?:count|counts|counting) calories',
		'calorie counting',
		'(?:make|makes|made|making) (?:my|your|him|her|them)(?:self|selves) (?:sick|throw up|vomit)',
		'(?:throw|throws|threw|throwing) up after (?:eating|meals|dinner|lunch|breakfast)',
		'body image'
	],
	bullying: [
		'(?:bully|bullies|bullied|bullying|cyberbull\\w*)',
		'(?:pick|picks|picked|picking) on (?:me|him|her|them|you|us)',
		'(?:tease|teases|teased|teasing) (?:me|him|her|them|you|us)',
		'called (?:me|him|her|them|you|us) names',
		'name[- ]calling',
		'gang(?:s|ed)? up on',
		'harass\\w*'
	],
	divorce: [
		'divorc\\w*',
		'(?:separated|separating|separation) (?:parents|from (?:my|his|her|their|your) (?:wife|husband|partner))',
		'(?:parents|mum and dad|mom and dad) (?:are|were|got|have|had|is) (?:splitting|split|separating|separated)',
		'(?:primary|joint|sole|shared|full|lost|losing|lose|loses|win|won|winning) custody',
		'custody (?:of|hearing|hearings|battle|battles|arrangement|arrangements|schedule|case|dispute|loss|agreement|order|orders|visits?)',
		'co-?parent\\w*',
		'visitation (?:rights|schedule|weekends?|days?)',
		'(?:two|both) houses(?! of)',
		'ex-(?:wife|husband)'
	],
	'medical-emergency': [
		'(?:ambulance|ambulances|paramedic|paramedics)',
		'emergency (?:room|department|medical \\w+)',
		'medical emergenc\\w*',
		'poison(?:ed|ing|ings)?',
		'overdos\\w*',
		'unconscious(?! (?:bias|mind)(?![\\p{L}\\p{N}]))',
		'unresponsive',
		"(?:not|stopped|isn't|wasn't) breathing",
		'(?:seizure|seizures|heart attack|cardiac arrest|anaphyla\\w*)',
		'(?:a|had a|having a) stroke(?! of)',
		'(?:collapsed|collapses|passed out|fainted)',
		'(?:bleeding heavily|heavy bleeding|losing blood)',
		"(?:fell|fallen|falls|fall) (?:down )?and (?:hurt|broke|hit|can't)",
		'urgent medical (?:care|attention|help)',
		'(?:swallowed|ingested) (?:\\w+ ){0,2}(?:pills?|tablets?|batter(?:y|ies)|magnets?|coins?|pods?|detergent|bleach|medicine|medication|chemicals?)'
	]
};

/** Abbreviations, matched with their case only ("ER" is a word in lower case, "er" a filler). */
export const WARNING_ABBREVIATIONS: Readonly<Partial<Record<ContentWarning, readonly string[]>>> = {
	'self-harm': ['NSSI'],
	'substance-use': ['MDMA'],
	'domestic-violence': ['DV', 'IPV'],
	'child-abuse': ['CPS'],
	'eating-disorder': ['ARFID'],
	'medical-emergency': ['ER', 'A&E', 'EMS', 'CPR']
};

interface Compiled {
	warning: ContentWarning;
	regex: RegExp;
}

const wholeWords = (source: string, flags: string) =>
	new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);

const COMPILED: readonly Compiled[] = CONTENT_WARNINGS.flatMap((warning) => [
	...WARNING_PATTERNS[warning].map((source) => ({ warning, regex: wholeWords(source, 'giu') })),
	...(WARNING_ABBREVIATIONS[warning] ?? []).map((word) => ({
		warning,
		regex: wholeWords(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu')
	}))
]);

/** The text fields of a scenario the scanner reads; any subset will do. */
export interface ScannableContent {
	title?: string;
	description?: string;
	instructions?: string;
	context?: string;
	expectedOutcome?: string;
	learningGoal?: string;
	learningObjectives?: readonly string[];
	persona?: {
		name?: string;
		background?: string;
		presentation?: string;
		voice?: string;
	} | null;
	comfortIndicators?: {
		comfortable?: readonly string[];
		uncomfortable?: readonly string[];
	} | null;
	steps?: readonly {
		title?: string;
		prompt?: string;
		guidance?: string;
		choices?: readonly { label?: string; feedback?: string }[];
	}[];
	contentWarnings?: readonly string[];
}

/** Every text of the content with its field path ('steps.2.prompt', as the editor's errors). */
export function scannableTexts(content: ScannableContent): { path: string; text: string }[] {
	const out: { path: string; text: string }[] = [];
	const add = (path: string, text: string | undefined) => {
		if (text && text.trim()) out.push({ path, text });
	};
	add('title', content.title);
	add('description', content.description);
	add('instructions', content.instructions);
	add('context', content.context);
	add('expectedOutcome', content.expectedOutcome);
	add('learningGoal', content.learningGoal);
	content.learningObjectives?.forEach((o, i) => add(`learningObjectives.${i}`, o));
	if (content.persona) {
		for (const key of ['name', 'background', 'presentation', 'voice'] as const) {
			add(`persona.${key}`, content.persona[key]);
		}
	}
	content.comfortIndicators?.comfortable?.forEach((c, i) =>
		add(`comfortIndicators.comfortable.${i}`, c)
	);
	content.comfortIndicators?.uncomfortable?.forEach((c, i) =>
		add(`comfortIndicators.uncomfortable.${i}`, c)
	);
	content.steps?.forEach((step, i) => {
		add(`steps.${i}.title`, step.title);
		add(`steps.${i}.prompt`, step.prompt);
		add(`steps.${i}.guidance`, step.guidance);
		step.choices?.forEach((choice, j) => {
			add(`steps.${i}.choices.${j}.label`, choice.label);
			add(`steps.${i}.choices.${j}.feedback`, choice.feedback);
		});
	});
	return out;
}

/** Where a topic was found: a field path and the words that matched there. */
export interface WarningEvidence {
	path: string;
	matches: string[];
}

export interface WarningFinding {
	warning: ContentWarning;
	evidence: WarningEvidence[];
}

/** Curly apostrophes read as straight ones (same length, so match positions still hold). */
const normalise = (text: string) => text.replace(/[\u2018\u2019\u02bc]/g, "'");

/** The words of one text that call for each warning. */
export function matchText(text: string): Map<ContentWarning, string[]> {
	const plain = normalise(text);
	const found = new Map<ContentWarning, string[]>();
	for (const { warning, regex } of COMPILED) {
		for (const m of plain.matchAll(regex)) {
			const words = text.slice(m.index, m.index + m[0].length).toLowerCase();
			const list = found.get(warning) ?? [];
			if (!list.includes(words)) list.push(words);
			found.set(warning, list);
		}
	}
	return found;
}

/** The warning topics the content mentions, in the vocabulary's order, each with its evidence. */
export function scanContent(content: ScannableContent): WarningFinding[] {
	const byWarning = new Map<ContentWarning, WarningEvidence[]>();
	for (const { path, text } of scannableTexts(content)) {
		for (const [warning, matches] of matchText(text)) {
			const list = byWarning.get(warning) ?? [];
			list.push({ path, matches });
			byWarning.set(warning, list);
		}
	}
	return CONTENT_WARNINGS.filter((w) => byWarning.has(w)).map((warning) => ({
		warning,
		evidence: byWarning.get(warning)!
	}));
}

/** Findings for warnings the content does not carry yet: what to propose to the author. */
export function missingWarnings(content: ScannableContent): WarningFinding[] {
	const carried = new Set(content.contentWarnings ?? []);
	return scanContent(content).filter((f) => !carried.has(f.warning));
}

/** Carried warnings the scanner finds no words for (not wrong: worth a second look). */
export function unmentionedWarnings(content: ScannableContent): ContentWarning[] {
	const found = new Set(scanContent(content).map((f) => f.warning));
	return CONTENT_WARNINGS.filter((w) => content.contentWarnings?.includes(w) && !found.has(w));
}

/** One line of evidence: “suicide” in instructions; “gun” in step 3, choice 1. */
export function describeEvidence(evidence: WarningEvidence): string {
	return `${evidence.matches.map((m) => `“${m}”`).join(', ')} in ${fieldLabel(evidence.path)}`;
}

/**
 * The review gate. An approval confirms a set of warnings, and that set becomes the approved
 * content's warnings. It must keep every warning the scenario carries (a reviewer adds
 * warnings but does not silently drop the author's; to drop one, request changes) and include
 * every topic the scanner finds in the content. Anything else the reviewer ticks is added.
 */
export function unconfirmedWarnings(
	content: ScannableContent,
	confirmed: readonly string[]
): { carried: ContentWarning[]; found: WarningFinding[] } {
	const ticked = new Set(confirmed);
	const carried = CONTENT_WARNINGS.filter(
		(w) => content.contentWarnings?.includes(w) && !ticked.has(w)
	);
	const found = scanContent(content).filter(
		(f) => !ticked.has(f.warning) && !carried.includes(f.warning)
	);
	return { carried, found };
}

/** The message refusing an approval, naming each unconfirmed warning and why; null when none. */
export function unconfirmedMessage(unconfirmed: ReturnType<typeof unconfirmedWarnings>) {
	const reasons = [
		...unconfirmed.carried.map((w) => `${warningLabel(w)} (the scenario carries it)`),
		...unconfirmed.found.map(
			(f) =>
				`${warningLabel(f.warning)} (the text mentions it: ${f.evidence
					.slice(0, 2)
					.map(describeEvidence)
					.join('; ')}${f.evidence.length > 2 ? '; …' : ''})`
		)
	];
	if (reasons.length === 0) return null;
	return `Approval needs every content warning confirmed; not confirmed: ${reasons.join(', ')}. Tick them, or request changes.`;
}

/** The confirmed warnings in the vocabulary's order, each once. */
export function orderedWarnings(warnings: readonly string[]): ContentWarning[] {
	return CONTENT_WARNINGS.filter((w) => warnings.includes(w));
}
