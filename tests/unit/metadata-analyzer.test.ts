import { describe, expect, it } from 'vitest';
import {
	analyzeScenario,
	detectSkills,
	inferDifficulty,
	inferTime,
	isMetadataComplete,
	patternsFor,
	SKILL_PATTERNS,
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
