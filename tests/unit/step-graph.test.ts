import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	autoLayout,
	LAYOUT_GAP,
	layoutPosition,
	NODE_SIZE,
	placeSteps,
	pruneLayout,
	stepGraph,
	type GraphStep
} from '../../src/lib/domain/step-graph';
import {
	appendStep,
	connect,
	MAX_CHOICES,
	relink,
	removeStep,
	toGraphSteps,
	unlink
} from '../../src/lib/components/studio/graph/graph-edits';
import { scenarioContentSchema } from '../../src/lib/schemas/scenario';
import { END, fromDraftForm, toDraftForm, type DraftForm } from '../../src/lib/schemas/studio';
import { validScenarioContent } from '../support/arbitraries';

// The studio's branch editor (issue 16): the graph of a scenario's steps is derived by a pure
// function (edges for next, choices and branches, as play walks them), placed by the stored
// layout and a layered auto-layout that never overlaps two steps, and the graph's edits change
// the same editor state the form changes.

const say = (id: string, extra: Partial<GraphStep> = {}): GraphStep => ({
	id,
	kind: 'say',
	title: `Title ${id}`,
	...extra
});

const edgeSummary = (steps: GraphStep[]) =>
	stepGraph(steps, {}).edges.map((e) => ({
		id: e.id,
		source: e.source,
		target: e.target,
		label: e.label,
		link: e.link
	}));

/** The boxes of two positions overlap (a node's size plus the gaps between nodes). */
const overlapping = (a: { x: number; y: number }, b: { x: number; y: number }) =>
	Math.abs(a.x - b.x) < NODE_SIZE.width + LAYOUT_GAP.across &&
	Math.abs(a.y - b.y) < NODE_SIZE.height + LAYOUT_GAP.down;

describe('stepGraph edges', () => {
	it('draws the implicit next, an explicit next, and nothing for an end', () => {
		const steps = [say('a'), say('b', { next: 'd' }), say('c', { next: null }), say('d')];
		expect(edgeSummary(steps)).toEqual([
			{
				id: 'a:next',
				source: 'a',
				target: 'b',
				label: null,
				link: { kind: 'next', implicit: true }
			},
			{
				id: 'b:next',
				source: 'b',
				target: 'd',
				label: null,
				link: { kind: 'next', implicit: false }
			}
		]);
		const nodes = stepGraph(steps, {}).nodes;
		expect(nodes.map((n) => [n.id, n.start, n.ends])).toEqual([
			['a', true, false],
			['b', false, false],
			['c', false, true],
			// the last step with no `next` continues to "the following step": there is none
			['d', false, true]
		]);
	});

	it('draws one edge per choice, labelled with the choice, and ignores next on a choose step', () => {
		const steps: GraphStep[] = [
			{
				id: 'ask',
				kind: 'choose',
				title: 'Ask',
				next: 'c',
				choices: [
					{ label: 'Listen', next: 'b' },
					{ label: '', next: 'c' },
					{ label: 'Hang up', next: null },
					{ label: 'A very long label that goes on and on past forty characters', next: 'b' }
				]
			},
			say('b'),
			say('c')
		];
		const edges = edgeSummary(steps).filter((e) => e.source === 'ask');
		expect(edges).toEqual([
			{
				id: 'ask:choice:0',
				source: 'ask',
				target: 'b',
				label: 'Listen',
				link: { kind: 'choice', index: 0 }
			},
			{
				id: 'ask:choice:1',
				source: 'ask',
				target: 'c',
				label: 'Choice 2',
				link: { kind: 'choice', index: 1 }
			},
			{
				id: 'ask:choice:3',
				source: 'ask',
				target: 'b',
				label: expect.stringMatching(/^A very long label.{0,30}…$/),
				link: { kind: 'choice', index: 3 }
			}
		]);
		expect(edges[2].label!.length).toBeLessThanOrEqual(40);
		// "Hang up" ends the scenario: the node says so, no edge is drawn
		expect(stepGraph(steps, {}).nodes[0]).toMatchObject({ kind: 'choose', ends: true });
		// two choices lead to b: one caption for both instead of two labels drawn on each other
		expect(stepGraph(steps, {}).edges.map((e) => [e.id, e.caption])).toEqual([
			['ask:choice:0', '2 choices'],
			['ask:choice:1', 'Choice 2'],
			['ask:choice:3', null],
			['b:next', null]
		]);
	});

	it('draws each conditional branch labelled "if …", then the "otherwise" next', () => {
		const steps = [
			say('a', {
				branches: [
					{ when: { all: [{ variable: 'rapport', op: 'gte', value: 3 }] }, next: 'c' },
					{
						when: {
							any: [
								{ variable: 'safe', op: 'eq', value: true },
								{ variable: 'risk', op: 'lt', value: null }
							]
						},
						next: null
					}
				],
				next: 'b'
			}),
			say('b'),
			say('c')
		];
		expect(edgeSummary(steps).filter((e) => e.source === 'a')).toEqual([
			{
				id: 'a:branch:0',
				source: 'a',
				target: 'c',
				label: 'if rapport ≥ 3',
				link: { kind: 'branch', index: 0 }
			},
			{
				id: 'a:next',
				source: 'a',
				target: 'b',
				label: null,
				link: { kind: 'next', implicit: false }
			}
		]);
		// the second branch ends the scenario
		expect(stepGraph(steps, {}).nodes[0].ends).toBe(true);
	});

	it('leaves out links to steps that do not exist and steps whose id is empty or repeated', () => {
		const steps = [say('a', { next: 'ghost' }), say(''), say('a'), say('b')];
		const graph = stepGraph(steps, {});
		expect(graph.nodes.map((n) => n.id)).toEqual(['a', 'b']);
		expect(graph.nodes.map((n) => n.index)).toEqual([0, 3]);
		expect(graph.edges).toEqual([]);
		expect(graph.hidden).toBe(2);
	});

	it('carries the title, kind and feeling of each step', () => {
		const steps: GraphStep[] = [
			say('a', { feeling: { name: 'worried', intensity: 4 } }),
			{ id: 'b', kind: 'respond', title: 'Reply' },
			// older content: no kind, choices make it choose
			{ id: 'c', title: 'Pick', choices: [{ label: 'x', next: null }] }
		];
		expect(
			stepGraph(steps, {}).nodes.map(({ id, title, kind, feeling }) => ({
				id,
				title,
				kind,
				feeling
			}))
		).toEqual([
			{ id: 'a', title: 'Title a', kind: 'say', feeling: { name: 'worried', intensity: 4 } },
			{ id: 'b', title: 'Reply', kind: 'respond', feeling: null },
			{ id: 'c', title: 'Pick', kind: 'choose', feeling: null }
		]);
	});
});

describe('layout', () => {
	it('lays out in layers: the breadth-first depth from the first step is the layer', () => {
		const steps: GraphStep[] = [
			{
				id: 'start',
				kind: 'choose',
				title: 'Start',
				choices: [
					{ label: 'one', next: 'left' },
					{ label: 'two', next: 'right' }
				]
			},
			say('left', { next: 'end' }),
			say('right', { next: 'end' }),
			say('end', { next: null }),
			say('orphan', { next: null })
		];
		const layout = autoLayout(steps);
		const layer = (id: string) => layout[id].y / (NODE_SIZE.height + LAYOUT_GAP.down);
		expect(['start', 'left', 'right', 'end'].map(layer)).toEqual([0, 1, 1, 2]);
		expect(layout.left.x).not.toBe(layout.right.x);
		// not reachable from the first step: placed anyway, in the first layer, beside the start
		expect(layer('orphan')).toBe(0);
		expect(layout.orphan.x).toBeGreaterThan(layout.start.x);
	});

	it('gives every step of a random scenario its own place, none overlapping (fast-check)', () => {
		fc.assert(
			fc.property(validScenarioContent, (content) => {
				const layout = autoLayout(content.steps);
				expect(Object.keys(layout).sort()).toEqual(content.steps.map((s) => s.id).sort());
				const spots = Object.values(layout);
				spots.forEach((a, i) =>
					spots.slice(i + 1).forEach((b) => expect(overlapping(a, b)).toBe(false))
				);
				// a layout the schema accepts: saving it after "Auto-layout" cannot fail
				expect(scenarioContentSchema.safeParse({ ...content, layout }).success).toBe(true);
			}),
			{ numRuns: 150 }
		);
	});

	it('keeps stored positions, ignores ids of no step, and places the rest clear of them (fast-check)', () => {
		fc.assert(
			fc.property(validScenarioContent, (content) => {
				const placed = placeSteps(content.steps, content.layout);
				const ids = content.steps.map((s) => s.id);
				expect(Object.keys(placed).sort()).toEqual([...ids].sort());
				for (const id of ids) {
					if (id in content.layout) expect(placed[id]).toEqual(content.layout[id]);
				}
				const kept = ids.filter((id) => id in content.layout);
				const auto = ids.filter((id) => !(id in content.layout));
				for (const a of auto) {
					for (const b of [...kept, ...auto.filter((x) => x !== a)]) {
						expect(overlapping(placed[a], placed[b])).toBe(false);
					}
				}
				// the graph's nodes stand where placeSteps puts them
				for (const node of stepGraph(content.steps, content.layout).nodes) {
					expect(node.position).toEqual(placed[node.id]);
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('ignores layout entries that are no step, even ones named like object internals', () => {
		const steps = [say('a'), say('b')];
		const layout = JSON.parse(
			'{"__proto__":{"x":1,"y":2},"gone":{"x":5,"y":5},"b":{"x":900,"y":40}}'
		);
		const placed = placeSteps(steps, layout);
		expect(Object.keys(placed).sort()).toEqual(['a', 'b']);
		expect(placed.b).toEqual({ x: 900, y: 40 });
		expect(pruneLayout(layout, steps)).toEqual({ b: { x: 900, y: 40 } });
	});

	it('rounds and bounds a dragged position to what the schema accepts', () => {
		expect(layoutPosition({ x: 10.6, y: -3.2 })).toEqual({ x: 11, y: -3 });
		expect(layoutPosition({ x: 1e9, y: Number.NaN })).toEqual({ x: 100_000, y: 0 });
	});
});

describe('graph edits on the editor state', () => {
	const form = (): DraftForm => {
		const content = scenarioContentSchema.parse({
			title: 'A branching quest',
			description: 'Graph edits',
			steps: [
				{ id: 'hello', kind: 'say', title: 'Hello', prompt: 'Hi' },
				{
					id: 'pick',
					kind: 'choose',
					title: 'Pick',
					prompt: 'Which?',
					choices: [
						{ label: 'Calm', next: 'calm' },
						{ label: 'Loud', next: 'loud' }
					]
				},
				{ id: 'calm', kind: 'say', title: 'Calm', prompt: 'Breathe', next: 'bye' },
				{ id: 'loud', kind: 'say', title: 'Loud', prompt: 'Shout' },
				{ id: 'bye', kind: 'say', title: 'Bye', prompt: 'Bye', next: null }
			],
			layout: { hello: { x: 0, y: 0 } }
		});
		return toDraftForm(content);
	};
	const saved = (f: DraftForm) => scenarioContentSchema.safeParse(fromDraftForm(f));

	it('reads the form state as the same graph as the saved content (fast-check)', () => {
		fc.assert(
			fc.property(validScenarioContent, (content) => {
				const draft = toDraftForm(content);
				expect(stepGraph(toGraphSteps(draft.steps), draft.layout)).toEqual(
					stepGraph(content.steps, content.layout)
				);
				// and saving the form keeps what the graph shows: feelings and positions
				const back = saved(draft);
				expect(back.success).toBe(true);
				expect(back.data!.steps.map((s) => s.feeling)).toEqual(content.steps.map((s) => s.feeling));
				expect(back.data!.layout).toEqual(content.layout);
			}),
			{ numRuns: 100 }
		);
	});

	it('connecting sets next on a say step and adds a choice on a choose step', () => {
		const f = form();
		expect(connect(f.steps, 'calm', 'loud').ok).toBe(true);
		expect(f.steps[2].next).toBe('loud');

		const result = connect(f.steps, 'pick', 'bye');
		expect(result).toMatchObject({ ok: true, message: expect.stringContaining('Give it a label') });
		expect(f.steps[1].choices.at(-1)).toMatchObject({ label: '', next: 'bye' });
		// the new choice needs its label before the steps save: the schema says so in words
		expect(saved(f).success).toBe(false);
		f.steps[1].choices.at(-1)!.label = 'Leave';
		expect(saved(f).success).toBe(true);
		expect(stepGraph(toGraphSteps(f.steps), f.layout).edges.map((e) => e.id)).toContain(
			'pick:choice:2'
		);
	});

	it('refuses a link to the step itself, to no step, and a seventh choice', () => {
		const f = form();
		expect(connect(f.steps, 'calm', 'calm')).toMatchObject({ ok: false });
		expect(connect(f.steps, 'calm', 'ghost')).toMatchObject({ ok: false });
		while (f.steps[1].choices.length < MAX_CHOICES) connect(f.steps, 'pick', 'bye');
		const before = structuredClone(f.steps);
		expect(connect(f.steps, 'pick', 'bye')).toMatchObject({
			ok: false,
			message: 'A step offers at most 6 choices.'
		});
		expect(f.steps).toEqual(before);
	});

	it('deleting an edge makes that way end; relinking points it elsewhere', () => {
		const f = form();
		expect(unlink(f.steps, 'pick', { kind: 'choice', index: 1 })).toBe(true);
		expect(f.steps[1].choices[1]).toMatchObject({ label: 'Loud', next: END });
		expect(unlink(f.steps, 'hello', { kind: 'next', implicit: true })).toBe(true);
		expect(f.steps[0].next).toBe(END);
		expect(relink(f.steps, 'hello', { kind: 'next', implicit: false }, 'pick')).toBe(true);
		expect(f.steps[0].next).toBe('pick');
		expect(relink(f.steps, 'pick', { kind: 'choice', index: 9 }, 'bye')).toBe(false);
		expect(relink(f.steps, 'ghost', { kind: 'next', implicit: false }, 'bye')).toBe(false);
	});

	it('deleting a step ends every link to it, and undo puts it all back', () => {
		const f = form();
		const before = structuredClone(f.steps);
		const undo = removeStep(f.steps, 'calm');
		expect(undo).not.toBeNull();
		expect(f.steps.map((s) => s.id)).toEqual(['hello', 'pick', 'loud', 'bye']);
		expect(f.steps[1].choices[0].next).toBe(END);
		expect(saved(f).success).toBe(true);
		undo!();
		expect(f.steps).toEqual(before);
		expect(removeStep(f.steps, 'ghost')).toBeNull();
	});

	it('a step added in the graph starts unlinked, with an id no step has', () => {
		const f = form();
		f.steps[4].next = '';
		const step = appendStep(f.steps);
		expect(step.id).toBe('step-6');
		// the old last step ended by having no following step: it still ends
		expect(f.steps[4].next).toBe(END);
		const graph = stepGraph(toGraphSteps(f.steps), f.layout);
		expect(graph.edges.filter((e) => e.target === 'step-6' || e.source === 'step-6')).toEqual([]);
		expect(graph.nodes.find((n) => n.id === 'step-6')).toMatchObject({ ends: true });
	});
});
