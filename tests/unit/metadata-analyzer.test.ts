import { describe, expect, it } from 'vitest';
import {
	analyzeScenario,
	detectSkills,
	explainProposal,
	inferDifficulty,
	inferTime,
	isMetadataComplete,
	patternsFor,
	SKILL_PATTERNS,
	summarizeReasons,
	validateMetadata,
	type TaxonomySkill
} from '../../src/lib/domain/metadata-analyzer';
import { SEED_SKILLS } from '../../src/lib/server/bootstrap/skills';

const taxonomy: TaxonomySkill[] = SEED_SKILLS.map((s, i) => ({
	slug: s.slug,
	name: s.name,
	isActive: true,
	sortOrder: (i + 1) * 10
}));
const active = new Set(taxonomy.map((s) => s.slug));

describe('skill patterns', () => {
	it('cover exactly the 15 skills of the seeded taxonomy', () => {
		expect(Object.keys(SKILL_PATTERNS).sort()).toEqual(SEED_SKILLS.map((s) => s.slug).sort());
	});

	it.each([
		['risk-assessment', 'She has had thoughts of suicide since Friday'],
		['risk-assessment', 'Caller reports SI with a plan'],
		['safety-planning', 'Build a safety plan together'],
		['safety-planning', 'Talk about how to secure the firearm at home'],
		['de-escalation', 'De-escalate an angry caller'],
		['active-listening', 'Practise reflective listening'],
		['self-harm-assessment', 'A teen who self-harms after school'],
		['self-harm-assessment', 'History of NSSI'],
		['substance-assessment', 'He has been drinking since noon'],
		['dv-assessment', 'Her partner was violent last night'],
		['grief-support', 'Her brother died in March'],
		['anxiety-support', 'A panic attack on the bus'],
		['rapport-building', 'A guarded caller who does not trust services'],
		['call-routing', 'A warm transfer to emergency services'],
		['medication-support', 'Worried about side effects of Sertraline'],
		['resource-linkage', 'Needs community food resources'],
		['boundary-setting', 'Holding limits with a repeat caller'],
		['termination', 'Knowing how to end the call well']
	])('detect %s in “%s”', (slug, description) => {
		expect(detectSkills({ title: 'A contact', description }, taxonomy).skills).toContain(slug);
	});

	it('is case-sensitive where seed 000 is: “SI” as a word, not “si” inside words', () => {
		expect(detectSkills({ title: 'x', description: 'Basic visit' }, taxonomy).skills).not.toContain(
			'risk-assessment'
		);
	});

	it('falls back to active listening when nothing matches', () => {
		const result = detectSkills({ title: 'Hello', description: 'A quiet chat.' }, taxonomy);
		expect(result.skills).toEqual(['active-listening']);
	});

	it('ranks the skill with the most matching patterns first', () => {
		const result = detectSkills(
			{
				title: 'Grief after a death',
				description: 'Bereavement and mourning; she also mentions she cannot sleep (panic).'
			},
			taxonomy
		);
		expect(result.skills[0]).toBe('grief-support');
		expect(result.skills).toContain('anxiety-support');
		expect(result.matches['grief-support']).toEqual(
			expect.arrayContaining(['grief', 'death', 'bereave', 'mourning'])
		);
	});

	it('never proposes an inactive skill, and falls back to the first active one', () => {
		const withInactive = taxonomy.map((s) =>
			s.slug === 'grief-support' || s.slug === 'active-listening' ? { ...s, isActive: false } : s
		);
		const grief = detectSkills({ title: 'Loss', description: 'Her dad died.' }, withInactive);
		expect(grief.skills).not.toContain('grief-support');
		const nothing = detectSkills({ title: 'Hi', description: 'Quiet.' }, withInactive);
		expect(nothing.skills).toEqual(['rapport-building']);
		expect(detectSkills({ title: 'Hi', description: 'Quiet.' }, []).skills).toEqual([]);
	});

	it('detects a skill added by an admin by its name', () => {
		const extended = [
			...taxonomy,
			{ slug: 'cultural-humility', name: 'Cultural humility', isActive: true, sortOrder: 999 }
		];
		expect(patternsFor(extended.at(-1)!)[0].test('Practise cultural   humility')).toBe(true);
		expect(
			detectSkills({ title: 'Practising cultural humility', description: '' }, extended).skills
		).toContain('cultural-humility');
		// Regex characters in a name are literal.
		expect(patternsFor({ slug: 'c-plus', name: 'C++ (basics)' })[0].test('C++ (basics)')).toBe(
			true
		);
	});

	it('proposes at most ten skills', () => {
		const everything = Object.values(SKILL_PATTERNS)
			.map((patterns) => patterns[0].source.replace(/\\b|[\\^$.*?()[\]|-]/g, ''))
			.join(' ');
		expect(detectSkills({ title: 'x', description: everything }, taxonomy).skills.length).toBe(10);
	});
});

describe('difficulty rules', () => {
	it.each([
		['Routine check-in', null, 'beginner'],
		['A non-clinical question', 'advanced', 'beginner'],
		['Emergent risk on a night shift', null, 'intermediate'],
		['Urgent callback', 'onboarding', 'intermediate'],
		['Complex trauma presentation', null, 'advanced'],
		['Multi-issue caller', null, 'advanced'],
		['First shift', 'onboarding', 'beginner'],
		['Hard call', 'advanced', 'advanced'],
		['A screening', 'assessment', 'advanced'],
		['An evening call', 'cohort_training', 'intermediate'],
		['An evening call', null, 'intermediate']
	] as const)('“%s” in %s is %s', (title, category, expected) => {
		expect(inferDifficulty(title, category).difficulty).toBe(expected);
	});
});

describe('time rules', () => {
	it.each([
		['Routine call', '', 10],
		['A call', 'Build a safety plan', 25],
		['A call', 'Talk about means safety', 25],
		['A call', 'Thoughts of suicide', 20],
		['Emergent call', '', 20],
		['A call', 'A warm handover', 20],
		['A call', 'Transfer to 911', 20],
		['A call', 'Nothing special', 15]
	])('“%s” / “%s” takes %i minutes', (title, description, minutes) => {
		expect(inferTime(title, description).estimatedTime).toBe(minutes);
	});
});

describe('a whole analysis', () => {
	it('combines skills, difficulty and time with reasons', () => {
		const result = analyzeScenario(
			{
				title: 'Routine first contact: exam-week panic',
				description: 'A gentle scenario for practising reflective listening and grounding.',
				category: 'onboarding'
			},
			taxonomy
		);
		expect(result).toMatchObject({
			difficulty: 'beginner',
			estimatedTime: 10,
			reasons: { difficulty: 'title says “routine”', estimatedTime: 'mentions “routine”' }
		});
		expect(result.skills).toEqual(expect.arrayContaining(['anxiety-support', 'active-listening']));
		expect(validateMetadata(result, active)).toEqual([]);
	});
});

describe('validation (seed 000)', () => {
	const ok = { skills: ['risk-assessment'], difficulty: 'advanced', estimatedTime: 20 };
	it('accepts a valid row', () => {
		expect(validateMetadata(ok, active)).toEqual([]);
	});
	it.each([
		[{ skills: [] }, 'needs at least one skill'],
		[{ skills: ['risk-assessment', 'nope'] }, 'unknown or inactive skill: nope'],
		[{ skills: ['risk-assessment', 'risk-assessment'] }, 'a skill is listed twice'],
		[{ skills: 'risk-assessment' }, 'skills must be a list'],
		[{ difficulty: 'expert' }, 'difficulty must be one of beginner, intermediate, advanced'],
		[{ estimatedTime: 4 }, 'from 5 to 60'],
		[{ estimatedTime: 61 }, 'from 5 to 60'],
		[{ estimatedTime: 12.5 }, 'whole number'],
		[{ estimatedTime: '15' }, 'whole number']
	])('rejects %j', (change, message) => {
		const problems = validateMetadata({ ...ok, ...change }, active);
		expect(problems.join('; ')).toContain(message);
	});
	it('treats an inactive skill as invalid and incomplete', () => {
		const withoutGrief = new Set([...active].filter((s) => s !== 'grief-support'));
		expect(validateMetadata({ ...ok, skills: ['grief-support'] }, withoutGrief)).toHaveLength(1);
		expect(isMetadataComplete(['grief-support'], withoutGrief)).toBe(false);
		expect(isMetadataComplete([], active)).toBe(false);
		expect(isMetadataComplete(['grief-support'], active)).toBe(true);
	});
});

describe('never makes metadata worse (mode add, the default)', () => {
	// The seeded community scenario whose "Limited English" matched boundary-setting's /limit/.
	const limitedEnglish = {
		title: 'A Caller With Limited English: "My Father Fall Down"',
		description:
			"A woman with limited English calls the crisis line because her elderly father has fallen in the kitchen and she doesn't know the emergency number. The learner has to understand her, get her father help and support her through her fear and guilt.",
		category: 'cohort_training'
	};
	const current = {
		skills: ['call-routing', 'resource-linkage', 'active-listening'],
		difficulty: 'intermediate' as const,
		estimatedTime: 15
	};

	it('“A Caller With Limited English” keeps its three skills, its difficulty and its time', () => {
		const result = analyzeScenario(limitedEnglish, taxonomy, { current });
		expect(result.mode).toBe('add');
		expect(result.skills.slice(0, 3)).toEqual(current.skills);
		expect(result).toMatchObject({ difficulty: 'intermediate', estimatedTime: 15 });
		expect(result.reasons.skills.filter((r) => r.change === 'removed')).toEqual([]);
	});

	it('shows why each skill was proposed: the whole words matched and the field', () => {
		const result = analyzeScenario(limitedEnglish, taxonomy, { current });
		const boundary = result.reasons.skills.find((r) => r.skill === 'boundary-setting');
		expect(boundary).toMatchObject({
			change: 'added',
			evidence: [
				{ field: 'title', words: ['Limited'] },
				{ field: 'description', words: ['limited'] }
			],
			why: '“Limited” in the title; “limited” in the description'
		});
		expect(result.reasons.skills.find((r) => r.skill === 'call-routing')).toMatchObject({
			change: 'kept',
			why: 'already set'
		});
	});

	it('replace, when an admin asks for it, proposes the rules’ values and says what it removes', () => {
		const result = analyzeScenario(limitedEnglish, taxonomy, { current, mode: 'replace' });
		expect(result.skills).toEqual(['boundary-setting']);
		const removed = result.reasons.skills.filter((r) => r.change === 'removed');
		expect(removed.map((r) => r.skill)).toEqual(current.skills);
		expect(removed[0].why).toBe('the title and description do not mention it');
	});

	it('keeps difficulty and time it has, naming what the rules would have said', () => {
		const result = analyzeScenario(
			{ title: 'Complex caller with a safety plan', description: 'Build a plan.', category: null },
			taxonomy,
			{ current: { skills: [], difficulty: 'beginner', estimatedTime: 10 } }
		);
		expect(result).toMatchObject({ difficulty: 'beginner', estimatedTime: 10 });
		expect(result.reasons.difficulty).toBe(
			'kept (already set; the rules would say advanced: title says “complex”)'
		);
		expect(result.skills).toContain('safety-planning');
	});

	it('drops only skills that cannot stay (deactivated), saying so; the fallback only when nothing is left', () => {
		const withInactive = taxonomy.map((s) =>
			s.slug === 'termination' ? { ...s, isActive: false } : s
		);
		const quiet = { title: 'Hello', description: 'A quiet chat.', category: null };
		const result = analyzeScenario(quiet, withInactive, {
			current: { skills: ['termination'], difficulty: 'beginner', estimatedTime: 10 }
		});
		expect(result.skills).toEqual(['active-listening']);
		expect(result.reasons.skills).toEqual([
			expect.objectContaining({ skill: 'active-listening', change: 'added' }),
			expect.objectContaining({
				skill: 'termination',
				change: 'removed',
				why: 'deactivated: cannot stay on a scenario'
			})
		]);
		// A scenario with a skill and no match gets nothing added, not the fallback.
		const kept = analyzeScenario(quiet, taxonomy, {
			current: { skills: ['grief-support'], difficulty: 'beginner', estimatedTime: 10 }
		});
		expect(kept.skills).toEqual(['grief-support']);
	});

	it('explains an admin’s edit as such, and a skill slug such as “constructor” is just a slug', () => {
		const reasons = explainProposal(
			limitedEnglish,
			current,
			{ ...current, skills: [...current.skills, 'grief-support'], estimatedTime: 30 },
			taxonomy
		);
		expect(reasons.skills.at(-1)).toMatchObject({
			skill: 'grief-support',
			why: 'chosen by an admin'
		});
		expect(reasons.estimatedTime).toBe('chosen by an admin');
		const odd = [...taxonomy, { slug: 'constructor', name: 'Constructor', isActive: true }];
		expect(patternsFor(odd.at(-1)!)).toHaveLength(1);
		expect(detectSkills({ title: 'The constructor', description: '' }, odd).skills).toContain(
			'constructor'
		);
	});

	it('summarises the reasons as lines for the CLI file', () => {
		const result = analyzeScenario(limitedEnglish, taxonomy, { current });
		expect(summarizeReasons(result.reasons, result)).toEqual(
			expect.arrayContaining([
				'= call-routing: already set',
				'+ boundary-setting: “Limited” in the title; “limited” in the description'
			])
		);
	});
});
