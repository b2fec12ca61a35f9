import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectHints } from '../../src/lib/domain/detectors';
import {
	advance,
	holds,
	initialState,
	WalkError,
	type Answer
} from '../../src/lib/domain/practice-walk';
import {
	estimateAfterMove,
	estimateAt,
	estimateFraction,
	stepKind,
	type StepEstimate
} from '../../src/lib/domain/step-walk';
import type { Effect, StateVariable } from '../../src/lib/schemas/practice';
import { scenarioContentSchema } from '../../src/lib/schemas/scenario';
import type { ScenarioStep } from '../../src/lib/schemas/steps';

// The practice walker (domain/practice-walk.ts) over random step graphs with all three kinds,
// state effects, detector rules and conditional branches, answered at random: every walk ends
// or is stopped by the cycle guard, the state only ever holds declared variables of their
// declared type, and the progress bar never jumps backwards or past 100 %. Then the whole-graph
// validation: every refusal names the step.

const VARIABLES: StateVariable[] = [
	{ name: 'rapport', initial: 0 },
	{ name: 'asked', initial: false }
];
const REPLIES = [
	'Are you thinking about killing yourself?',
	'It sounds like you feel completely alone tonight.',
	'What happened after that?',
	'You should just go to bed.',
	'Do you have someone with you?',
	'hmm',
	'Everything will be fine, don’t worry.'
];
const GUARD = 200;

const target = (n: number) =>
	fc.option(
		fc.integer({ min: 0, max: n - 1 }).map((i) => `s${i}`),
		{ freq: 4 }
	);
const effect: fc.Arbitrary<Effect> = fc.oneof(
	fc
		.integer({ min: -3, max: 3 })
		.filter((n) => n !== 0)
		.map((add) => ({ variable: 'rapport', add })),
	fc.boolean().map((set) => ({ variable: 'asked', set })),
	fc.constant({ criterion: 'open-questions', delta: 1 })
);
const condition = fc.oneof(
	fc.integer({ min: -3, max: 3 }).map((value) => ({
		all: [{ variable: 'rapport', op: 'gte' as const, value }]
	})),
	fc.boolean().map((value) => ({ any: [{ variable: 'asked', op: 'eq' as const, value }] }))
);

const stepsArb = fc.integer({ min: 1, max: 10 }).chain((n) =>
	fc.tuple(
		...Array.from({ length: n }, (_, i) =>
			fc
				.record({
					kind: fc.constantFrom('say', 'respond', 'choose'),
					next: fc.oneof(fc.constant(undefined), target(n)),
					branches: fc.array(fc.record({ when: condition, next: target(n) }), { maxLength: 2 }),
					effects: fc.array(effect, { maxLength: 2 }),
					heard: fc.array(
						fc.record({
							hint: fc.constantFrom('direct-suicide-question', 'reflection-of-feeling'),
							effects: fc.array(effect, { minLength: 1, maxLength: 2 })
						}),
						{ maxLength: 2 }
					),
					choices: fc.array(
						fc.record({ next: target(n), effects: fc.array(effect, { maxLength: 2 }) }),
						{ minLength: 1, maxLength: 3 }
					)
				})
				.map((shape): ScenarioStep => {
					const base = { id: `s${i}`, title: `Step ${i}`, prompt: 'The persona speaks.' };
					if (shape.kind === 'choose') {
						return {
							...base,
							kind: 'choose',
							choices: shape.choices.map((c, j) => ({ label: `Choice ${j}`, ...c }))
						};
					}
					return {
						...base,
						kind: shape.kind,
						...(shape.next === undefined ? {} : { next: shape.next }),
						branches: shape.branches,
						effects: shape.effects,
						...(shape.kind === 'respond'
							? { modelResponse: 'A model reply.', heard: shape.heard }
							: {})
					};
				})
		)
	)
);

function answerFor(step: ScenarioStep, pick: number): Answer {
	const kind = stepKind(step);
	if (kind === 'choose') return { choiceIndex: pick % step.choices!.length };
	if (kind === 'respond') return { text: REPLIES[pick % REPLIES.length] };
	return { continue: true };
}

describe('the practice walker', () => {
	it('every walk ends or meets the cycle guard; the state keeps its types; the bar only moves forward', () => {
		fc.assert(
			fc.property(
				stepsArb,
				fc.array(fc.nat(), { minLength: GUARD, maxLength: GUARD }),
				(steps, picks) => {
					let state = initialState(VARIABLES);
					let at: string = steps[0].id;
					let estimate: StepEstimate = estimateAt(steps, at);
					let moves = 0;
					for (const pick of picks) {
						const step = steps.find((s) => s.id === at)!;
						const answer = answerFor(step, pick);
						const heard = 'text' in answer ? detectHints(answer.text) : [];
						const move = advance(steps, state, at, answer, heard);
						moves++;
						expect(Object.keys(move.state).sort()).toEqual(['asked', 'rapport']);
						expect(typeof move.state.rapport).toBe('number');
						expect(typeof move.state.asked).toBe('boolean');
						for (const e of move.evidence) expect(e.criterion).toBe('open-questions');
						state = move.state;
						if (move.target.kind === 'end') return;
						const next = estimateAfterMove(steps, estimate, move.target.id);
						expect(next.position).toBe(estimate.position + 1);
						expect(estimateFraction(next)).toBeGreaterThanOrEqual(estimateFraction(estimate));
						expect(estimateFraction(next)).toBeLessThanOrEqual(1);
						estimate = next;
						at = move.target.id;
					}
					// No end within GUARD moves: only a graph with a loop can do that.
					expect(moves).toBe(GUARD);
				}
			),
			{ numRuns: 150 }
		);
	});

	it('the validation accepts a graph exactly when every step is reachable and can reach an end', () => {
		// An independent oracle: the ways on from each step, written out here again.
		const ways = (steps: ScenarioStep[], i: number): (string | null)[] => {
			const step = steps[i];
			if (stepKind(step) === 'choose') return step.choices!.map((c) => c.next);
			const fallback =
				step.next !== undefined ? step.next : i + 1 < steps.length ? steps[i + 1].id : null;
			return [...(step.branches ?? []).map((b) => b.next), fallback];
		};
		fc.assert(
			fc.property(stepsArb, (steps) => {
				const index = new Map(steps.map((s, i) => [s.id, i]));
				const reach = (from: number) => {
					const seen = new Set([from]);
					const queue = [from];
					let ends = false;
					while (queue.length) {
						for (const to of ways(steps, queue.shift()!)) {
							if (to === null) ends = true;
							else if (!seen.has(index.get(to)!)) {
								seen.add(index.get(to)!);
								queue.push(index.get(to)!);
							}
						}
					}
					return { seen, ends };
				};
				const healthy = reach(0).seen.size === steps.length && steps.every((_, i) => reach(i).ends);
				const content = scenarioContentSchema.safeParse({
					title: 'Random',
					description: 'Random graph',
					steps,
					stateVariables: VARIABLES
				});
				expect(content.success).toBe(healthy);
			}),
			{ numRuns: 400 }
		);
	});

	it('refuses answers that do not fit the step', () => {
		const steps: ScenarioStep[] = [
			{ id: 'a', kind: 'respond', title: 'A', prompt: 'p', modelResponse: 'm' },
			{ id: 'b', kind: 'choose', title: 'B', prompt: 'p', choices: [{ label: 'x', next: null }] }
		];
		const state = {};
		expect(() => advance(steps, state, 'a', { continue: true })).toThrow(WalkError);
		expect(() => advance(steps, state, 'b', { choiceIndex: 3 })).toThrow(/not on this step/);
		expect(() => advance(steps, state, 'nope', { continue: true })).toThrow(/no step "nope"/);
		expect(advance(steps, state, 'a', { text: 'hi' }).target).toEqual({ kind: 'step', id: 'b' });
	});

	it('conditions: all / any of comparisons on numbers and booleans', () => {
		const state = { rapport: 2, asked: true };
		expect(holds({ all: [{ variable: 'rapport', op: 'gte', value: 2 }] }, state)).toBe(true);
		expect(
			holds(
				{
					all: [
						{ variable: 'rapport', op: 'gt', value: 2 },
						{ variable: 'asked', op: 'eq', value: true }
					]
				},
				state
			)
		).toBe(false);
		expect(
			holds(
				{
					any: [
						{ variable: 'rapport', op: 'gt', value: 2 },
						{ variable: 'asked', op: 'eq', value: true }
					]
				},
				state
			)
		).toBe(true);
		expect(holds({ all: [{ variable: 'missing', op: 'ne', value: 1 }] }, state)).toBe(false);
	});
});

describe('scenario graph validation', () => {
	const parse = (steps: unknown[], stateVariables: unknown[] = VARIABLES) =>
		scenarioContentSchema.safeParse({ title: 'Graph', description: 'd', steps, stateVariables });
	const messages = (steps: unknown[], variables?: unknown[]) => {
		const result = parse(steps, variables);
		return result.success ? [] : result.error.issues.map((i) => i.message);
	};
	const say = (id: string, extra: object = {}) => ({ id, title: id, prompt: 'p', ...extra });

	it('accepts a valid branching scenario', () => {
		expect(
			parse([
				say('a', {
					effects: [{ variable: 'rapport', add: 1 }],
					branches: [{ when: { all: [{ variable: 'rapport', op: 'gt', value: 0 }] }, next: 'c' }]
				}),
				say('b', { next: null }),
				say('c')
			]).success
		).toBe(true);
	});

	it('refuses a dangling branch target, naming the step', () => {
		expect(
			messages([
				say('a', {
					branches: [{ when: { all: [{ variable: 'asked', op: 'eq', value: true }] }, next: 'zz' }]
				})
			])
		).toContain('Step 1 ("a"), branch 1 leads to "zz", which is not a step');
	});

	it('refuses undeclared variables and wrong types in effects and conditions', () => {
		const found = messages([
			say('a', {
				effects: [
					{ variable: 'trust', add: 1 },
					{ variable: 'asked', add: 1 }
				],
				branches: [{ when: { any: [{ variable: 'rapport', op: 'eq', value: true }] }, next: null }]
			})
		]);
		expect(found).toContain('Step 1 ("a") changes "trust", which the scenario does not declare');
		expect(found).toContain('Step 1 ("a") adds to "asked", which is true/false, not a number');
		expect(found).toContain(
			'Step 1 ("a"), branch 1 compares "rapport" (a number) with a true/false'
		);
	});

	it('refuses unreachable steps and loops with no way out', () => {
		expect(messages([say('a', { next: null }), say('b')])).toContain(
			'Step 2 ("b") cannot be reached from the first step'
		);
		expect(messages([say('a'), say('b', { next: 'a' })])).toEqual([
			'Step 1 ("a") never leads to an end: every way on from it loops back',
			'Step 2 ("b") never leads to an end: every way on from it loops back'
		]);
	});

	it('refuses a respond step without a model response and choices on a say step', () => {
		expect(messages([{ ...say('a'), kind: 'respond' }])).toContain(
			'Step 1 ("a") asks for a reply: give it a model response to show afterwards'
		);
		expect(
			messages([{ ...say('a'), kind: 'say', choices: [{ label: 'x', next: null }] }])
		).toContain('Step 1 ("a") offers choices, so it must be a choose step');
	});
});
