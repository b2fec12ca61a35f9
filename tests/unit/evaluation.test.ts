import { describe, expect, it } from 'vitest';
import { levelFor, scoreAutomatically } from '../../src/lib/domain/evaluation/automatic';
import { rubricKeyFor } from '../../src/lib/domain/evaluation/rubric-choice';
import { computeMastery, recencyWeight } from '../../src/lib/domain/mastery';

// The automatic run's sums and mastery's weighting (pure parts; the runs themselves are tested
// on both engines in tests/integration/practice.test.ts).

const criteria = [
	{
		key: 'asks-about-suicide',
		hintWeights: [{ detector: 'direct-suicide-question' as const, delta: 2 }]
	},
	{
		key: 'reflects-feelings',
		hintWeights: [
			{ detector: 'reflection-of-feeling' as const, delta: 1 },
			{ detector: 'minimising' as const, delta: -2 }
		]
	},
	{ key: 'closes-well', hintWeights: [] }
];

describe('automatic scores', () => {
	it('maps net evidence to levels 1..4', () => {
		expect([-2, -1, 0, 1, 2, 3, 7].map(levelFor)).toEqual([1, 1, 2, 3, 3, 4, 4]);
	});

	it('cites each turn and its words, weights detector findings, and leaves unevidenced criteria unscored', () => {
		const scores = scoreAutomatically(criteria, [
			{ id: 'p1', kind: 'persona', text: 'I feel so alone.', evidence: [], hints: [] },
			{
				id: 't1',
				kind: 'response',
				text: 'It sounds like you feel alone. Are you thinking about suicide?',
				evidence: [],
				hints: [
					{
						detector: 'reflection-of-feeling',
						quote: 'It sounds like you feel alone.',
						start: 0,
						end: 30
					},
					{
						detector: 'direct-suicide-question',
						quote: 'Are you thinking about suicide?',
						start: 31,
						end: 62
					}
				]
			},
			{
				id: 't2',
				kind: 'response',
				text: 'At least you have a job.',
				evidence: [],
				hints: [{ detector: 'minimising', quote: 'At least you have a job.', start: 0, end: 24 }]
			}
		]);
		expect(scores.map((s) => s.criterionKey)).toEqual(['asks-about-suicide', 'reflects-feelings']);
		expect(scores[0]).toMatchObject({
			score: 3,
			evidence: [{ turnId: 't1', quote: 'Are you thinking about suicide?', delta: 2 }]
		});
		expect(scores[1].score).toBe(1);
		expect(scores[1].rationale).toBe('1 sign for, 1 sign against (net -1)');
	});

	it('does not count a detector twice when a step rule already turned it into evidence', () => {
		const [score] = scoreAutomatically(criteria.slice(0, 1), [
			{
				id: 't1',
				kind: 'response',
				text: 'Are you thinking of killing yourself?',
				evidence: [
					{
						criterion: 'asks-about-suicide',
						delta: 2,
						source: 'hint',
						detector: 'direct-suicide-question'
					}
				],
				hints: [
					{
						detector: 'direct-suicide-question',
						quote: 'Are you thinking of killing yourself?',
						start: 0,
						end: 37
					}
				]
			}
		]);
		expect(score.evidence).toHaveLength(1);
		expect(score.evidence[0].quote).toBe('Are you thinking of killing yourself?');
	});

	it('takes choice effects with their notes; unknown criteria are ignored', () => {
		const [score] = scoreAutomatically(criteria.slice(2), [
			{
				id: 'c1',
				kind: 'choice',
				text: 'I’m glad you called; we can talk again tomorrow.',
				evidence: [
					{ criterion: 'closes-well', delta: 2, note: 'Warm close', source: 'choice' },
					{ criterion: 'not-in-rubric', delta: 2, source: 'choice' }
				],
				hints: []
			}
		]);
		expect(score).toMatchObject({
			criterionKey: 'closes-well',
			score: 3,
			evidence: [{ turnId: 'c1', note: 'Warm close', delta: 2 }]
		});
	});
});

describe('rubric choice', () => {
	const none = { rubric: null, cefrLevel: null, ageRange: null, psychologicalModule: null };
	it('uses the named rubric, else the kind’s default', () => {
		expect(rubricKeyFor({ ...none, rubric: 'x' })).toBe('x');
		expect(rubricKeyFor({ ...none, cefrLevel: 'B1' })).toBe('cefr-can-do');
		expect(rubricKeyFor({ ...none, ageRange: '7-9' })).toBe('childrens-quest');
		expect(rubricKeyFor(none)).toBe('crisis-line-conversation');
	});
});

describe('mastery', () => {
	const now = new Date('2026-12-01T00:00:00Z');
	const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

	it('weighs a supervisor above the learner and the automatic hints, and recent above old', () => {
		const [m] = computeMastery(
			[
				{ skill: 'risk-assessment', score: 4, kind: 'supervisor', at: daysAgo(0) },
				{ skill: 'risk-assessment', score: 1, kind: 'self', at: daysAgo(0) },
				{ skill: 'risk-assessment', score: 1, kind: 'automatic', at: daysAgo(0) }
			],
			now
		);
		// (3·1 + 0.5·0 + 1·0) / 4.5
		expect(m.level).toBeCloseTo(3 / 4.5);
		expect(m).toMatchObject({ scores: 3, supervisorScores: 1 });
		const [recent] = computeMastery(
			[
				{ skill: 's', score: 4, kind: 'automatic', at: daysAgo(0) },
				{ skill: 's', score: 1, kind: 'automatic', at: daysAgo(120) }
			],
			now
		);
		expect(recent.level).toBeCloseTo(1 / 1.25);
		expect(recencyWeight(daysAgo(60), now)).toBeCloseTo(0.5);
	});

	it('is empty without evidence and keeps levels within 0..1', () => {
		expect(computeMastery([], now)).toEqual([]);
		const [m] = computeMastery([{ skill: 's', score: 9, kind: 'coach', at: daysAgo(1) }], now);
		expect(m.level).toBe(1);
	});
});
