import type { ComparisonOp, StepKind } from '../schemas/practice';
import { LAYOUT_POSITION_MAX, type StepLayout } from '../schemas/scenario';
import { stepKind, waysOnAt, type StepLink } from './step-walk';

// A scenario's steps as a graph for the studio's branch editor (issue 16): steps are nodes;
// `next`, every choice and every conditional branch are edges. Which edges a step has follows
// how play walks it (step-walk.ts#waysOnAt): a `choose` step moves on only through its
// choices, any other step through its branches and then `next`, where a missing `next` means
// "the following step" and `null` ends the scenario. Positions come from the stored `layout`
// (presentation only) and, for steps it does not place, from a layered auto-layout. Pure: the
// graph view runs it in the browser on every edit.

/** The part of a step the graph needs: content steps (ScenarioStep) fit as they are. */
export interface GraphStep {
	id: string;
	kind?: StepKind;
	title: string;
	/** undefined = the following step, null = the end */
	next?: string | null;
	choices?: { label: string; next: string | null }[];
	branches?: { when: GraphCondition; next: string | null }[];
	feeling?: { name: string; intensity: number };
}

export interface GraphComparison {
	variable: string;
	op: ComparisonOp;
	/** null while the editor's number field is empty */
	value: number | boolean | null;
}
export type GraphCondition = { all: GraphComparison[] } | { any: GraphComparison[] };

/** Which field of the source step an edge stands for, so editing the edge edits that field. */
export type GraphLink = StepLink;

export interface GraphEdge {
	id: string;
	source: string;
	target: string;
	/** the link's own words: a choice's label, a branch's condition */
	label: string | null;
	/**
	 * What is drawn on the edge: its label, except where several links join the same two steps
	 * (two choices leading to the same step): one of them says "2 choices", the rest nothing,
	 * since their labels would be drawn on top of each other.
	 */
	caption: string | null;
	link: GraphLink;
}

export interface GraphNode {
	id: string;
	/** the step's place in the list (0 = where the scenario starts) */
	index: number;
	position: { x: number; y: number };
	title: string;
	kind: StepKind;
	start: boolean;
	/** some way on from it ends the scenario */
	ends: boolean;
	feeling: { name: string; intensity: number } | null;
}

export interface StepGraph {
	nodes: GraphNode[];
	edges: GraphEdge[];
	/** steps left out because their id is empty or repeats an earlier one (the form says why) */
	hidden: number;
}

/**
 * Room one node takes in the layout, and the gaps between nodes side by side (`across`) and
 * between layers (`down`). Layers run top to bottom, like the form's list of steps, which also
 * suits the narrow studio column and phones better than a long row.
 */
export const NODE_SIZE = { width: 200, height: 96 } as const;
export const LAYOUT_GAP = { across: 40, down: 64 } as const;
const ACROSS_STEP = NODE_SIZE.width + LAYOUT_GAP.across;
const DOWN_STEP = NODE_SIZE.height + LAYOUT_GAP.down;
const LABEL_MAX = 40;

const OP_SYMBOLS: Record<ComparisonOp, string> = {
	eq: '=',
	ne: '≠',
	gt: '>',
	gte: '≥',
	lt: '<',
	lte: '≤'
};

const shorten = (text: string) =>
	text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1).trimEnd()}…` : text;

/** "if rapport ≥ 3 and safe = true": what a branch tests, short enough for an edge. */
export function conditionLabel(when: GraphCondition): string {
	const [list, joiner] = 'all' in when ? [when.all, ' and '] : [when.any, ' or '];
	const parts = list.map(
		(c) => `${c.variable || '…'} ${OP_SYMBOLS[c.op]} ${c.value === null ? '…' : String(c.value)}`
	);
	return shorten(`if ${parts.join(joiner) || '…'}`);
}

/** Steps with a usable id: the first of each id, in order (node ids must be unique). */
function shownSteps(steps: GraphStep[]) {
	const seen = new Set<string>();
	const shown: { step: GraphStep; index: number }[] = [];
	steps.forEach((step, index) => {
		if (step.id === '' || seen.has(step.id)) return;
		seen.add(step.id);
		shown.push({ step, index });
	});
	return shown;
}

interface Way {
	/** null = the end of the scenario */
	target: string | null;
	label: string | null;
	link: GraphLink;
}

/** Every way on from the step at `index`, in the order play checks them (step-walk.ts). */
function waysOn(steps: GraphStep[], index: number): Way[] {
	const step = steps[index];
	return waysOnAt(steps, index).map(({ target, link }) => ({
		target: target.kind === 'step' ? target.id : null,
		label:
			link.kind === 'choice'
				? shorten(step.choices![link.index].label.trim() || `Choice ${link.index + 1}`)
				: link.kind === 'branch'
					? conditionLabel(step.branches![link.index].when)
					: null,
		link
	}));
}

/**
 * A layered layout: the depth of each step in a breadth-first walk from the first step is its
 * layer (top to bottom), its order of discovery within that layer its place across. Steps the
 * walk does not reach (a step just added and not linked yet) start walks of their own, in list
 * order, beside what their layer already holds. Every (layer, place) pair is given once, so no
 * two steps overlap.
 */
export function autoLayout(steps: GraphStep[]): StepLayout {
	const shown = shownSteps(steps);
	const indexOf = new Map(shown.map(({ step, index }) => [step.id, index]));
	const used: number[] = [];
	// A Map, not an object: an id being typed may be "__proto__" or "constructor".
	const layout = new Map<string, { x: number; y: number }>();
	const place = (id: string, layer: number) => {
		const across = used[layer] ?? 0;
		used[layer] = across + 1;
		layout.set(id, { x: across * ACROSS_STEP, y: layer * DOWN_STEP });
	};
	for (const { step: root } of shown) {
		if (layout.has(root.id)) continue;
		place(root.id, 0);
		const queue: [string, number][] = [[root.id, 0]];
		while (queue.length > 0) {
			const [id, depth] = queue.shift()!;
			for (const way of waysOn(steps, indexOf.get(id)!)) {
				if (way.target === null || !indexOf.has(way.target) || layout.has(way.target)) continue;
				place(way.target, depth + 1);
				queue.push([way.target, depth + 1]);
			}
		}
	}
	return Object.fromEntries(layout);
}

const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) =>
	Math.abs(a.x - b.x) < ACROSS_STEP && Math.abs(a.y - b.y) < DOWN_STEP;

/**
 * Where each step is drawn: its stored position when `layout` has one (ids of steps that no
 * longer exist are ignored), else its auto-layout position, moved right past any node already
 * there so a new step never hides under a placed one.
 */
export function placeSteps(steps: GraphStep[], layout: StepLayout): StepLayout {
	const shown = shownSteps(steps);
	const placed = new Map<string, { x: number; y: number }>();
	for (const { step } of shown) {
		const at = Object.hasOwn(layout, step.id) ? layout[step.id] : undefined;
		if (at) placed.set(step.id, { x: at.x, y: at.y });
	}
	const auto = new Map(Object.entries(autoLayout(steps)));
	const taken = [...placed.values()];
	for (const { step } of shown) {
		if (placed.has(step.id)) continue;
		const spot = { ...auto.get(step.id)! };
		while (taken.some((other) => overlaps(spot, other))) spot.x += ACROSS_STEP;
		placed.set(step.id, spot);
		taken.push(spot);
	}
	return Object.fromEntries(placed);
}

/** The nodes and edges of the steps, placed by `layout` and auto-layout. */
export function stepGraph(steps: GraphStep[], layout: StepLayout): StepGraph {
	const shown = shownSteps(steps);
	const ids = new Set(shown.map(({ step }) => step.id));
	const positions = new Map(Object.entries(placeSteps(steps, layout)));
	const nodes: GraphNode[] = [];
	const edges: GraphEdge[] = [];
	for (const { step, index } of shown) {
		const ways = waysOn(steps, index);
		nodes.push({
			id: step.id,
			index,
			position: positions.get(step.id)!,
			title: step.title,
			kind: stepKind(step),
			start: index === 0,
			ends: ways.some((way) => way.target === null),
			feeling: step.feeling ? { ...step.feeling } : null
		});
		for (const way of ways) {
			// A target that is no step (yet) has nothing to point at; the form names the problem.
			if (way.target === null || !ids.has(way.target)) continue;
			edges.push({
				id: `${step.id}:${way.link.kind}${way.link.kind === 'next' ? '' : `:${way.link.index}`}`,
				source: step.id,
				target: way.target,
				label: way.label,
				caption: way.label,
				link: way.link
			});
		}
	}
	return { nodes, edges: withCaptions(edges), hidden: steps.length - shown.length };
}

function withCaptions(edges: GraphEdge[]): GraphEdge[] {
	const between = new Map<string, GraphEdge[]>();
	for (const edge of edges) {
		const key = JSON.stringify([edge.source, edge.target]);
		between.set(key, [...(between.get(key) ?? []), edge]);
	}
	for (const group of between.values()) {
		if (group.length < 2) continue;
		const kinds = new Set(group.map((e) => e.link.kind));
		const noun = kinds.size === 1 && kinds.has('choice') ? 'choices' : 'ways';
		group.forEach((edge, i) => (edge.caption = i === 0 ? `${group.length} ${noun}` : null));
	}
	return edges;
}

/** A position as layoutSchema accepts it: whole pixels within its bounds. */
export function layoutPosition(position: { x: number; y: number }) {
	const clamp = (n: number) =>
		Math.max(
			-LAYOUT_POSITION_MAX,
			Math.min(LAYOUT_POSITION_MAX, Math.round(Number.isFinite(n) ? n : 0))
		);
	return { x: clamp(position.x), y: clamp(position.y) };
}

/** The layout without ids of steps that no longer exist (renamed or deleted ones). */
export function pruneLayout(layout: StepLayout, steps: GraphStep[]): StepLayout {
	const ids = new Set(steps.map((s) => s.id));
	return Object.fromEntries(Object.entries(layout).filter(([id]) => ids.has(id)));
}
