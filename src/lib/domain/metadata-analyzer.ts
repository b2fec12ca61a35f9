// The metadata backfill's rules (seed 000): keyword patterns per skill over a scenario's title
// and description, and title / category rules for difficulty and estimated time. Pure, so the
// admin console, the `metadata:analyze` CLI and the tests all run exactly the same analysis.
//
// A backfill must never make metadata worse: by default (mode `add`) a proposal keeps every
// active skill the scenario has, its difficulty and its time, and only adds skills the text
// mentions; `replace` (an admin's explicit choice) proposes the rules' values outright. Every
// proposed, kept or removed skill carries its evidence: the words and the field they are in.

import {
	DIFFICULTIES,
	ESTIMATED_TIME_MAX,
	ESTIMATED_TIME_MIN,
	type Difficulty
} from '../schemas/enums';

/** Seed 000's patterns, keyed by the taxonomy's slugs, in the seed's order. */
export const SKILL_PATTERNS: Readonly<Record<string, readonly RegExp[]>> = {
	'risk-assessment': [/suicid/i, /\bSI\b/, /ideation/i, /lethality/i, /kill/i, /end.*(life|it)/i],
	'safety-planning': [/safety plan/i, /means safety/i, /restrict/i, /secure.*firearm/i],
	'de-escalation': [/de-?escalat/i, /calm/i, /emotional regulation/i, /crisis intervention/i],
	'active-listening': [/listen/i, /rapport/i, /engagement/i, /routine.*support/i],
	'self-harm-assessment': [/cut/i, /self[- ]?harm/i, /self[- ]?injur/i, /NSSI/i],
	'substance-assessment': [/substance/i, /drug/i, /alcohol/i, /heroin/i, /detox/i, /drinking/i],
	'dv-assessment': [/domestic/i, /partner.*violen/i, /abuse/i, /IPV/i, /physical.*fight/i],
	'grief-support': [/grief/i, /loss/i, /death/i, /died/i, /bereave/i, /mourning/i],
	'anxiety-support': [/anxi/i, /panic/i, /breath/i, /overwhelm/i],
	'rapport-building': [/rapport/i, /trust/i, /engage/i],
	'call-routing': [/transfer/i, /rout/i, /referr/i, /triage/i],
	'medication-support': [/medica/i, /prescription/i, /Celexa/i, /Sertraline/i, /SSRI/i],
	'resource-linkage': [/resource/i, /community/i, /refer/i],
	'boundary-setting': [/boundar/i, /limit/i, /terminat/i],
	termination: [/terminat/i, /end.*call/i, /closure/i]
};

/** Proposed when no pattern matches (seed 000), if that skill is active. */
export const FALLBACK_SKILL = 'active-listening';
export const MAX_SKILLS = 10;
export const DEFAULT_DIFFICULTY: Difficulty = 'intermediate';
export const DEFAULT_TIME = 15;

export interface TaxonomySkill {
	slug: string;
	name: string;
	isActive: boolean;
	sortOrder?: number;
}

export interface ScenarioText {
	title: string;
	description: string;
	category: string | null;
}

export interface MetadataValues {
	skills: string[];
	difficulty: Difficulty;
	estimatedTime: number;
}

export const BACKFILL_MODES = ['add', 'replace'] as const;
/** `add`: keep what is set, add what the text mentions; `replace`: the rules' values outright. */
export type BackfillMode = (typeof BACKFILL_MODES)[number];

export type TextField = 'title' | 'description';

/** Where a skill's patterns matched: the whole words as written, per field. */
export interface SkillEvidence {
	field: TextField;
	words: string[];
}

export interface SkillReason {
	skill: string;
	/** kept: on the scenario and proposed; added: proposed, new; removed: on it, not proposed */
	change: 'kept' | 'added' | 'removed';
	/** where the title or description mentions it (empty when it does not) */
	evidence: SkillEvidence[];
	/** the reason in words, for the console and the CLI file */
	why: string;
}

export interface ProposalReasons {
	/** the proposed skills in order, then the removed ones */
	skills: SkillReason[];
	difficulty: string;
	estimatedTime: string;
}

export interface Analysis extends MetadataValues {
	mode: BackfillMode;
	/** why each value was proposed, shown beside the proposal */
	reasons: ProposalReasons;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Patterns for a skill: seed 000's when it has some, else its name as a whole phrase, so a
 * skill an admin adds later is still detected where a scenario mentions it by name.
 */
export function patternsFor(skill: Pick<TaxonomySkill, 'slug' | 'name'>): readonly RegExp[] {
	// Own keys only: a skill whose slug is "constructor" must not find Object's.
	const known = Object.hasOwn(SKILL_PATTERNS, skill.slug) ? SKILL_PATTERNS[skill.slug] : null;
	if (known) return known;
	const words = skill.name.trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
	// Letter/digit lookarounds rather than \b, which fails next to punctuation such as "C++".
	return words.length
		? [new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu')]
		: [];
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}'’-]/u;
const MAX_QUOTE = 40;

/** The whole words around a match ("limit" in "Limited" is "Limited"), as written. */
function wholeWords(text: string, index: number, length: number): string {
	let start = index;
	let end = index + length;
	while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
	while (end < text.length && WORD_CHAR.test(text[end])) end++;
	const quote = text.slice(start, end).replace(/\s+/g, ' ').trim();
	return quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1)}…` : quote;
}

const FIELDS: readonly TextField[] = ['title', 'description'];

/**
 * Which of a skill's patterns match the title and the description: the matched text of each
 * pattern that matched (lower-case, as seed 000 reported it) and the evidence per field.
 */
export function skillEvidence(
	text: Pick<ScenarioText, 'title' | 'description'>,
	skill: Pick<TaxonomySkill, 'slug' | 'name'>
): { hits: string[]; evidence: SkillEvidence[] } {
	const hits: string[] = [];
	const words: Record<TextField, string[]> = { title: [], description: [] };
	for (const pattern of patternsFor(skill)) {
		let hit: string | null = null;
		for (const field of FIELDS) {
			const match = pattern.exec(text[field]);
			if (!match) continue;
			hit ??= match[0];
			const quote = wholeWords(text[field], match.index, match[0].length);
			if (quote && !words[field].includes(quote)) words[field].push(quote);
		}
		if (hit !== null) hits.push(hit);
	}
	return {
		hits,
		evidence: FIELDS.filter((f) => words[f].length > 0).map((field) => ({
			field,
			words: words[field]
		}))
	};
}

/** “Limited” in the title; “limited” in the description */
export function describeEvidence(evidence: readonly SkillEvidence[]): string {
	return evidence
		.map(
			(e) =>
				`${e.words.map((w) => `“${w}”`).join(', ')} in the ${e.field === 'title' ? 'title' : 'description'}`
		)
		.join('; ');
}

/**
 * Active skills whose patterns match the title or the description, strongest first (most
 * patterns matched; ties keep the taxonomy's order), at most MAX_SKILLS. With no match the
 * fallback skill, as seed 000 does (`fallback` says so).
 */
export function detectSkills(
	text: Pick<ScenarioText, 'title' | 'description'>,
	taxonomy: readonly TaxonomySkill[]
): {
	skills: string[];
	matches: Record<string, string[]>;
	evidence: Record<string, SkillEvidence[]>;
	fallback: boolean;
} {
	const active = orderedActive(taxonomy);
	const scored: { slug: string; hits: string[]; evidence: SkillEvidence[]; index: number }[] = [];
	active.forEach((skill, index) => {
		const found = skillEvidence(text, skill);
		if (found.hits.length > 0) scored.push({ slug: skill.slug, ...found, index });
	});
	scored.sort((a, b) => b.hits.length - a.hits.length || a.index - b.index);
	const picked = scored.slice(0, MAX_SKILLS);
	const matches: Record<string, string[]> = {};
	const evidence: Record<string, SkillEvidence[]> = {};
	for (const p of picked) {
		matches[p.slug] = [...new Set(p.hits.map((h) => h.toLowerCase()))];
		evidence[p.slug] = p.evidence;
	}
	if (picked.length > 0) {
		return { skills: picked.map((p) => p.slug), matches, evidence, fallback: false };
	}

	const fallback = active.find((s) => s.slug === FALLBACK_SKILL) ?? active[0];
	return fallback
		? {
				skills: [fallback.slug],
				matches: { [fallback.slug]: [] },
				evidence: { [fallback.slug]: [] },
				fallback: true
			}
		: { skills: [], matches: {}, evidence: {}, fallback: false };
}

function orderedActive(taxonomy: readonly TaxonomySkill[]): TaxonomySkill[] {
	return taxonomy
		.filter((s) => s.isActive)
		.map((s, i) => ({ s, i }))
		.sort((a, b) => (a.s.sortOrder ?? a.i) - (b.s.sortOrder ?? b.i) || a.i - b.i)
		.map(({ s }) => s);
}

/** Seed 000: title words first, then the category, else intermediate. */
export function inferDifficulty(
	title: string,
	category: string | null
): { difficulty: Difficulty; reason: string } {
	const lower = title.toLowerCase();
	if (lower.includes('routine')) return { difficulty: 'beginner', reason: 'title says “routine”' };
	if (lower.includes('non-clinical'))
		return { difficulty: 'beginner', reason: 'title says “non-clinical”' };
	if (lower.includes('emergent'))
		return { difficulty: 'intermediate', reason: 'title says “emergent”' };
	if (lower.includes('urgent'))
		return { difficulty: 'intermediate', reason: 'title says “urgent”' };
	if (lower.includes('complex')) return { difficulty: 'advanced', reason: 'title says “complex”' };
	if (lower.includes('multi')) return { difficulty: 'advanced', reason: 'title says “multi”' };
	if (category === 'onboarding') return { difficulty: 'beginner', reason: 'onboarding category' };
	if (category === 'advanced') return { difficulty: 'advanced', reason: 'advanced category' };
	if (category === 'assessment') return { difficulty: 'advanced', reason: 'assessment category' };
	return { difficulty: DEFAULT_DIFFICULTY, reason: 'default' };
}

/** Seed 000: minutes from complexity words in the title and description, else 15. */
export function inferTime(
	title: string,
	description: string
): { estimatedTime: number; reason: string } {
	const text = `${title} ${description}`.toLowerCase();
	const rules: [string, number][] = [
		['routine', 10],
		['non-clinical', 10],
		['safety plan', 25],
		['means safety', 25],
		['suicid', 20],
		['emergent', 20],
		['transfer', 20],
		['warm', 20]
	];
	for (const [word, minutes] of rules) {
		if (text.includes(word)) return { estimatedTime: minutes, reason: `mentions “${word}”` };
	}
	return { estimatedTime: DEFAULT_TIME, reason: 'default' };
}

/**
 * The proposal for one scenario. `current` is what it has now: in `add` mode (the default)
 * its active skills, difficulty and time are kept and only skills the text mentions are added
 * (the fallback skill only when it would otherwise have none); deactivated or unknown skills
 * are dropped, as they cannot stay valid. `replace` proposes the rules' values outright.
 * Without `current` (nothing set) both modes propose the rules' values.
 */
export function analyzeScenario(
	scenario: ScenarioText,
	taxonomy: readonly TaxonomySkill[],
	options: { mode?: BackfillMode; current?: MetadataValues | null } = {}
): Analysis {
	const mode = options.mode ?? 'add';
	const current = options.current ?? null;
	const detected = detectSkills(scenario, taxonomy);
	const inferred = {
		difficulty: inferDifficulty(scenario.title, scenario.category).difficulty,
		estimatedTime: inferTime(scenario.title, scenario.description).estimatedTime
	};
	let proposed: MetadataValues;
	if (mode === 'replace' || !current) {
		proposed = { skills: detected.skills, ...inferred };
	} else {
		const active = new Set(taxonomy.filter((s) => s.isActive).map((s) => s.slug));
		const kept = [...new Set(current.skills.filter((s) => active.has(s)))];
		const found = detected.fallback ? [] : detected.skills.filter((s) => !kept.includes(s));
		let skills = [...kept, ...found].slice(0, Math.max(MAX_SKILLS, kept.length));
		if (skills.length === 0) skills = detected.skills;
		proposed = { skills, difficulty: current.difficulty, estimatedTime: current.estimatedTime };
	}
	return {
		...proposed,
		mode,
		reasons: explainProposal(scenario, current, proposed, taxonomy)
	};
}

/**
 * Why a proposal holds what it holds, against the scenario's text and current values: each
 * skill kept, added or removed with the words that matched and where, and the difficulty and
 * time rules. Works for an admin's edited proposal too (what the rules did not find is "chosen
 * by an admin").
 */
export function explainProposal(
	scenario: ScenarioText,
	current: MetadataValues | null,
	proposed: MetadataValues,
	taxonomy: readonly TaxonomySkill[]
): ProposalReasons {
	const bySlug = new Map(taxonomy.map((s) => [s.slug, s]));
	const detected = detectSkills(scenario, taxonomy);
	const evidenceOf = (slug: string): SkillEvidence[] => {
		const skill = bySlug.get(slug);
		return skill ? skillEvidence(scenario, skill).evidence : [];
	};
	const had = new Set(current?.skills ?? []);
	const skills: SkillReason[] = proposed.skills.map((skill) => {
		const evidence = evidenceOf(skill);
		const words = describeEvidence(evidence);
		if (had.has(skill)) {
			return {
				skill,
				change: 'kept',
				evidence,
				why: words ? `already set; ${words}` : 'already set'
			};
		}
		const why = words
			? words
			: detected.fallback && detected.skills[0] === skill
				? 'nothing in the title or description matched a skill: the usual fallback'
				: 'chosen by an admin';
		return { skill, change: 'added', evidence, why };
	});
	for (const skill of current?.skills ?? []) {
		if (proposed.skills.includes(skill)) continue;
		const known = bySlug.get(skill);
		const evidence = evidenceOf(skill);
		const why = !known
			? 'no longer in the taxonomy'
			: !known.isActive
				? 'deactivated: cannot stay on a scenario'
				: evidence.length
					? `left out, although ${describeEvidence(evidence)}`
					: 'the title and description do not mention it';
		skills.push({ skill, change: 'removed', evidence, why });
	}

	const difficulty = inferDifficulty(scenario.title, scenario.category);
	const time = inferTime(scenario.title, scenario.description);
	return {
		skills,
		difficulty: valueReason(
			current?.difficulty,
			proposed.difficulty,
			difficulty.difficulty,
			difficulty.reason
		),
		estimatedTime: valueReason(
			current?.estimatedTime,
			proposed.estimatedTime,
			time.estimatedTime,
			time.reason,
			' min'
		)
	};
}

function valueReason<T>(
	current: T | undefined,
	proposed: T,
	rule: T,
	ruleReason: string,
	unit = ''
): string {
	if (current !== undefined && proposed === current) {
		return rule === current
			? `kept (the rules agree: ${ruleReason})`
			: `kept (already set; the rules would say ${rule}${unit}: ${ruleReason})`;
	}
	return proposed === rule ? ruleReason : 'chosen by an admin';
}

/** One line per change, for people reading the CLI's file: "+ boundary-setting: “Limited” in the title". */
export function summarizeReasons(reasons: ProposalReasons, values: MetadataValues): string[] {
	const sign = { kept: '=', added: '+', removed: '-' } as const;
	return [
		...reasons.skills.map((r) => `${sign[r.change]} ${r.skill}: ${r.why}`),
		`difficulty ${values.difficulty}: ${reasons.difficulty}`,
		`time ${values.estimatedTime} min: ${reasons.estimatedTime}`
	];
}

/**
 * Seed 000's validation of one row: at least one skill, each a known ACTIVE slug, no
 * duplicates; difficulty in the enum; time a whole number of minutes in 5..60. Returns the
 * problems in words (empty = valid).
 */
export function validateMetadata(
	values: { skills: unknown; difficulty: unknown; estimatedTime: unknown },
	activeSlugs: ReadonlySet<string>
): string[] {
	const problems: string[] = [];
	if (!Array.isArray(values.skills) || values.skills.some((s) => typeof s !== 'string')) {
		problems.push('skills must be a list of skill slugs');
	} else {
		const skills = values.skills as string[];
		if (skills.length === 0) problems.push('needs at least one skill');
		if (skills.length > MAX_SKILLS) problems.push(`at most ${MAX_SKILLS} skills`);
		const unknown = [...new Set(skills.filter((s) => !activeSlugs.has(s)))];
		if (unknown.length > 0) {
			problems.push(
				`unknown or inactive skill${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`
			);
		}
		if (new Set(skills).size !== skills.length) problems.push('a skill is listed twice');
	}
	if (!(DIFFICULTIES as readonly unknown[]).includes(values.difficulty)) {
		problems.push(
			`difficulty must be one of ${DIFFICULTIES.join(', ')} (got ${JSON.stringify(values.difficulty)})`
		);
	}
	const time = values.estimatedTime;
	if (
		typeof time !== 'number' ||
		!Number.isInteger(time) ||
		time < ESTIMATED_TIME_MIN ||
		time > ESTIMATED_TIME_MAX
	) {
		problems.push(
			`estimated time must be a whole number of minutes from ${ESTIMATED_TIME_MIN} to ${ESTIMATED_TIME_MAX} (got ${JSON.stringify(time)})`
		);
	}
	return problems;
}

/**
 * Complete metadata = what the backfill would leave alone: at least one skill and every skill
 * an active slug of the taxonomy. Difficulty and time cannot be unset (NOT NULL, CHECK 5..60),
 * so they never make a scenario incomplete.
 */
export function isMetadataComplete(skills: readonly string[], activeSlugs: ReadonlySet<string>) {
	return skills.length > 0 && skills.every((s) => activeSlugs.has(s));
}

export function sameMetadata(a: MetadataValues, b: MetadataValues): boolean {
	return (
		a.difficulty === b.difficulty &&
		a.estimatedTime === b.estimatedTime &&
		a.skills.length === b.skills.length &&
		a.skills.every((s, i) => s === b.skills[i])
	);
}
