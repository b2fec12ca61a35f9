import type { AriaLabelConfig } from '@xyflow/svelte';
import type { GraphEdge, GraphNode } from '$lib/domain/step-graph';
import { KIND_LABELS } from '../practice/editing';

// What the branch editor says to screen readers: Svelte Flow's own descriptions in this app's
// words (steps and links, not nodes and edges), and one sentence per step and per link.

export const GRAPH_ARIA: Partial<AriaLabelConfig> = {
	'node.a11yDescription.default':
		'Press Enter or Space to select this step; the panel beside the graph then links, moves or deletes it. Arrow keys move a selected step, Delete removes it, Escape unselects it.',
	'node.a11yDescription.keyboardDisabled':
		'Press Enter or Space to select this step and see it in the panel beside the graph.',
	'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
		`Step moved ${direction}, now at ${x}, ${y}`,
	'edge.a11yDescription.default':
		'Press Enter or Space to select this link, then Delete to make that way end the scenario.',
	'controls.ariaLabel': 'Graph view controls',
	'controls.zoomIn.ariaLabel': 'Zoom in',
	'controls.zoomOut.ariaLabel': 'Zoom out',
	'controls.fitView.ariaLabel': 'Show all steps',
	'handle.ariaLabel': 'Drag to another step to link them'
};

/** “Title”, or “id” while the step has no title: a step as messages name it. */
export const stepName = (step: { title: string; id: string }) => `“${step.title || step.id}”`;

const titleOf = (node: Pick<GraphNode, 'title' | 'id'> | undefined, fallback: string) =>
	`“${node?.title.trim() || node?.id || fallback}”`;

/**
 * "Step 2 of 5, “Pick a way”: Learner chooses. Leads to “Calm” (choice “Listen”). Feeling:
 * worried, 4 of 5." Links are not focusable (dozens of them would come before the first step
 * in the tab order), so each step names where it leads.
 */
export function describeNode(
	node: GraphNode,
	count: number,
	problem: string | null,
	out: GraphEdge[],
	nodes: Map<string, GraphNode>
): string {
	const leads = out.map(
		(edge) =>
			`${titleOf(nodes.get(edge.target), edge.target)}${edge.label ? ` (${edge.link.kind === 'choice' ? `choice “${edge.label}”` : edge.label})` : ''}`
	);
	return [
		`Step ${node.index + 1} of ${count}, ${titleOf(node, 'untitled')}: ${KIND_LABELS[node.kind]}.`,
		node.start ? 'The scenario starts here.' : '',
		leads.length ? `Leads to ${leads.join(', ')}.` : '',
		node.ends ? 'A way on from it ends the scenario.' : '',
		node.feeling ? `Feeling: ${node.feeling.name}, ${node.feeling.intensity} of 5.` : '',
		problem ? `Problem: ${problem}` : ''
	]
		.filter(Boolean)
		.join(' ');
}

/** "From “Pick” to “Calm”, choice “Listen”." */
export function describeEdge(edge: GraphEdge, nodes: Map<string, GraphNode>): string {
	const how =
		edge.link.kind === 'choice'
			? `, choice “${edge.label}”`
			: edge.link.kind === 'branch'
				? `, ${edge.label}`
				: edge.link.implicit
					? ', the following step in the list'
					: '';
	return `From ${titleOf(nodes.get(edge.source), edge.source)} to ${titleOf(nodes.get(edge.target), edge.target)}${how}.`;
}
