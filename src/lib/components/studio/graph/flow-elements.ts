import { MarkerType, type Edge, type Node } from '@xyflow/svelte';
import type { GraphLink, GraphNode, StepGraph } from '$lib/domain/step-graph';
import { describeEdge, describeNode } from './graph-words';

// The shapes Svelte Flow holds for the branch editor, built from the derived graph
// (step-graph.ts). A node carries its step and whether the step has a problem; an edge carries
// which field of its source step it stands for. What the flow itself added to the previous
// elements (measured size, selection, a drag in progress) is carried over, so rebuilding on
// every edit neither loses a node's size nor drops a node from under the pointer.

export type StepNodeData = {
	step: GraphNode;
	/** the first problem the form shows for this step, if any */
	problem: string | null;
};
export type StepFlowNode = Node<StepNodeData, 'step'>;
export type StepFlowEdge = Edge<{ link: GraphLink }>;

/** The first problem of each step, by its index in the list ("steps.2.title" -> 2). */
export function problemsByStep(errors: Record<string, string>): Map<number, string> {
	const found = new Map<number, string>();
	for (const [key, message] of Object.entries(errors)) {
		const index = /^steps\.(\d+)(?:\.|$)/.exec(key)?.[1];
		if (index !== undefined && !found.has(Number(index))) found.set(Number(index), message);
	}
	return found;
}

export function flowNodes(
	graph: StepGraph,
	problems: Map<number, string>,
	before: StepFlowNode[],
	selectedId: string | null
): StepFlowNode[] {
	const old = new Map(before.map((n) => [n.id, n]));
	const byId = new Map(graph.nodes.map((n) => [n.id, n]));
	return graph.nodes.map((step) => {
		const was = old.get(step.id);
		const problem = problems.get(step.index) ?? null;
		const out = graph.edges.filter((e) => e.source === step.id);
		return {
			id: step.id,
			type: 'step',
			// a node being dragged stays under the pointer until it is dropped
			position: was?.dragging ? was.position : step.position,
			data: { step, problem },
			selected: was ? was.selected : step.id === selectedId,
			dragging: was?.dragging,
			measured: was?.measured,
			ariaLabel: describeNode(step, graph.nodes.length, problem, out, byId),
			domAttributes: { 'data-testid': `graph-node-${step.id}` }
		};
	});
}

export function flowEdges(graph: StepGraph, before: StepFlowEdge[]): StepFlowEdge[] {
	const selected = new Set(before.filter((e) => e.selected).map((e) => e.id));
	const byId = new Map(graph.nodes.map((n) => [n.id, n]));
	return graph.edges.map((edge) => ({
		id: edge.id,
		source: edge.source,
		target: edge.target,
		label: edge.caption ?? undefined,
		data: { link: edge.link },
		markerEnd: { type: MarkerType.ArrowClosed },
		// "the following step in the list": drawn dashed, a way nobody chose explicitly
		class: edge.link.kind === 'next' && edge.link.implicit ? 'implicit-link' : undefined,
		ariaLabel: describeEdge(edge, byId),
		selected: selected.has(edge.id)
	}));
}
