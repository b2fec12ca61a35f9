import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	estimateAfterMove,
	estimateAt,
	estimateFraction,
	stepTargets,
	type StepEstimate
} from '../../src/lib/domain/step-walk';
import { stepsSchema, type ScenarioStep } from '../../src/lib/schemas/steps';

// "Step N of about M" on the play page, over random valid step graphs (branches, early ends,
// loops back) and random choices: N grows by one per move, N / M never goes backwards and never
// passes 100 %, and on graphs without loops M never grows.

interface Graph {
	steps: ScenarioStep[];
	acyclic: boolean;
}

/** A target for step `from` of `n`: the end, or a step (a later one when the graph is acyclic). */
function targetArb(from: number, n: number, acyclic: boolean) {
	const later = n - from - 1;
	if (acyclic && later === 0) return fc.constant(null);
	return fc.option(
		acyclic
			? fc.integer({ min: from + 1, max: n - 1 }).map((i) => `s${i}`)
			: fc.integer({ min: 0, max: n - 1 }).map((i) => `s${i}`),
		{ freq: 4 }
	);
}

const graphArb: fc.Arbitrary<Graph> = fc
	.record({ n: fc.integer({ min: 1, max: 14 }), acyclic: fc.boolean() })
	.chain(({ n, acyclic }) =>
		fc
			.tuple(
				...Array.from({ length: n }, (_, i) =>
					fc.oneof(
						// Continue: to the following step (no `next`), an explicit step, or the end.
						fc.record({
							kind: fc.constant('continue' as const),
							next: fc.oneof(fc.constant(undefined), targetArb(i, n, acyclic))
						}),
						fc.record({
							kind: fc.constant('choices' as const),
							choices: fc.array(targetArb(i, n, acyclic), { minLength: 1, maxLength: 4 })
						})
					)
				)
			)
			.map((shapes) => ({
				acyclic,
				steps: shapes.map((shape, i): ScenarioStep => {
					const base = { id: `s${i}`, title: `Step ${i}`, prompt: 'Say something.' };
					if (shape.kind === 'choices') {
						return {
							...base,
							choices: shape.choices.map((next, j) => ({ label: `Choice ${j}`, next }))
						};
					}
					return shape.next === undefined ? base : { ...base, next: shape.next };
				})
			}))
	);

describe('the progress estimate on the play page', () => {
	it('never jumps backwards or overshoots, whatever the graph and the choices', () => {
		fc.assert(
			fc.property(
				graphArb,
				fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
				({ steps, acyclic }, picks) => {
					expect(stepsSchema.safeParse(steps).success).toBe(true);
					let at = steps[0].id;
					let estimate: StepEstimate = estimateAt(steps, at);
					expect(estimate.position).toBe(1);
					expect(estimate.total).toBeGreaterThanOrEqual(1);
					for (const pick of picks) {
						const ways = stepTargets(steps, at);
						const target = ways[pick % ways.length];
						if (target.kind === 'end') break;
						const next = estimateAfterMove(steps, estimate, target.id);
						// The count moves on by exactly one step.
						expect(next.position).toBe(estimate.position + 1);
						// The bar never goes backwards and never passes 100 %...
						expect(estimateFraction(next)).toBeGreaterThanOrEqual(estimateFraction(estimate));
						expect(next.total).toBeGreaterThanOrEqual(next.position);
						expect(estimateFraction(next)).toBeLessThanOrEqual(1);
						// ...and is only full on a step after which the scenario can only end.
						if (next.total === next.position) {
							expect(stepTargets(steps, target.id).every((t) => t.kind === 'end')).toBe(true);
						}
						// Without loops the "about M" never grows.
						if (acyclic) expect(next.total).toBeLessThanOrEqual(estimate.total);
						estimate = next;
						at = target.id;
					}
				}
			),
			{ numRuns: 2000 }
		);
	});

	it('says "step 2 of about 4" after a choice that skips ahead, not "step 4 of about 6"', () => {
		const steps: ScenarioStep[] = [
			{
				id: 'open',
				title: 'Open',
				prompt: 'Hi',
				choices: [
					{ label: 'Listen', next: 'a1' },
					{ label: 'Ask directly', next: 'b1' }
				]
			},
			{ id: 'a1', title: 'A1', prompt: '…' },
			{ id: 'a2', title: 'A2', prompt: '…', next: null },
			{ id: 'b1', title: 'B1', prompt: '…' },
			{ id: 'b2', title: 'B2', prompt: '…' },
			{ id: 'b3', title: 'B3', prompt: '…', next: null }
		];
		const first = estimateAt(steps, 'open');
		expect(first).toEqual({ position: 1, total: 4 });
		expect(estimateAfterMove(steps, first, 'b1')).toEqual({ position: 2, total: 4 });
		// The short branch ends sooner: the total comes down, the bar jumps forward.
		expect(estimateAfterMove(steps, first, 'a1')).toEqual({ position: 2, total: 3 });
	});

	it('resumes from the number of steps the server counted', () => {
		const steps: ScenarioStep[] = [
			{ id: 'a', title: 'A', prompt: '…' },
			{ id: 'b', title: 'B', prompt: '…' },
			{ id: 'c', title: 'C', prompt: '…' }
		];
		expect(estimateAt(steps, 'b', 2)).toEqual({ position: 2, total: 3 });
		expect(estimateAt(steps, 'c', 7)).toEqual({ position: 7, total: 7 });
		expect(estimateFraction({ position: 7, total: 7 })).toBe(1);
	});
});
