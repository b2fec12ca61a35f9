// The metadata backfill's rules (seed 000): keyword patterns per skill over a scenario's title
// and description, and title / category rules for difficulty and estimated time. Pure, so the
// admin console, the `metadata:analyze` CLI and the tests all run exactly the same analysis.

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

export interface Analysis extends MetadataValues {
	/** why each value was proposed, shown beside the proposal */
	reasons: { skills: Record<string, string[]>; difficulty: string; estimatedTime: string };
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Patterns for a skill: seed 000's when it has some, else its name as a whole phrase, so a
 * skill an admin adds later is still detected where a scenario mentions it by name.
 */
export function patternsFor(skill: Pick<TaxonomySkill, 'slug' | 'name'>): readonly RegExp[] {
	const known = SKILL_PATTERNS[skill.slug];
	if (known) return known;
	const words = skill.name.trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
	// Letter/digit lookarounds rather than \b, which fails next to punctuation such as "C++".
	return words.length
		? [new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu')]
		: [];
}

/**
 * Active skills whose patterns match the title and description, strongest first (most
 * patterns matched; ties keep the taxonomy's order), at most MAX_SKILLS. With no match the
 * fallback skill, as seed 000 does.
 */
export function detectSkills(
	text: Pick<ScenarioText, 'title' | 'description'>,
	taxonomy: readonly TaxonomySkill[]
): { skills: string[]; matches: Record<string, string[]> } {
	const haystack = `${text.title} ${text.description}`;
	const active = orderedActive(taxonomy);
	const scored: { slug: string; hits: string[]; index: number }[] = [];
	active.forEach((skill, index) => {
		const hits = patternsFor(skill)
			.map((p) => haystack.match(p)?.[0])
			.filter((m): m is string => Boolean(m));
		if (hits.length > 0) scored.push({ slug: skill.slug, hits, index });
	});
	scored.sort((a, b) => b.hits.length - a.hits.length || a.index - b.index);
	const picked = scored.slice(0, MAX_SKILLS);
	const matches: Record<string, string[]> = {};
	for (const p of picked) matches[p.slug] = [...new Set(p.hits.map((h) => h.toLowerCase()))];
	if (picked.length > 0) return { skills: picked.map((p) => p.slug), matches };

	const fallback = active.find((s) => s.slug === FALLBACK_SKILL) ?? active[0];
	return fallback
		? { skills: [fallback.slug], matches: { [fallback.slug]: [] } }
		: { skills: [], matches: {} };
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

export function analyzeScenario(
	scenario: ScenarioText,
	taxonomy: readonly TaxonomySkill[]
): Analysis {
	const { skills, matches } = detectSkills(scenario, taxonomy);
	const difficulty = inferDifficulty(scenario.title, scenario.category);
	const time = inferTime(scenario.title, scenario.description);
	return {
		skills,
		difficulty: difficulty.difficulty,
		estimatedTime: time.estimatedTime,
		reasons: { skills: matches, difficulty: difficulty.reason, estimatedTime: time.reason }
	};
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
