import type { GraphLink, GraphStep } from '$lib/domain/step-graph';
import { stepKind } from '$lib/domain/step-walk';
import { CHOICES_MAX } from '$lib/schemas/steps';
import { END, newStepKey, type StepForm } from '$lib/schemas/studio';
import { stepName } from './graph-words';

// What the graph view does to the editor's steps. It edits the same `form.steps` the form view
// edits (one source of truth; the autosave sends it), so every operation here is a change to a
// StepForm field the form also shows: `next`, a choice's `next`, a branch's `next`.

/** The most choices a step may offer (stepSchema), under the name the graph's tests know. */
export { CHOICES_MAX as MAX_CHOICES };

/** The editor's steps as the graph reads them ('' = the following step, END = the end). */
export function toGraphSteps(steps: StepForm[]): GraphStep[] {
	const target = (next: string) => (next === END || next === '' ? null : next);
	return steps.map((s) => ({
		id: s.id.trim(),
		kind: s.kind || undefined,
		title: s.title,
		next: s.next === '' ? undefined : target(s.next),
		choices: s.choices.map((c) => ({ label: c.label, next: target(c.next) })),
		branches: s.branches.map((b) => ({
			when: b.match === 'all' ? { all: b.comparisons } : { any: b.comparisons },
			next: target(b.next)
		})),
		feeling: s.feeling?.name.trim() ? s.feeling : undefined
	}));
}

const find = (steps: StepForm[], id: string) => steps.find((s) => s.id.trim() === id);

export type EditResult = { ok: true; message: string } | { ok: false; message: string };

/**
 * Dragging from one step's handle to another. A choose step moves on only through its choices,
 * so the drag adds a choice leading there, with an empty label for the author to write (as "Add
 * a choice" in the form does; an existing choice is re-pointed by dragging the end of its edge,
 * or in the panel). Any other step gets that step as its `next`: for a step with branches that
 * is the "otherwise". Branches need a condition, so they are only added in the form.
 */
export function connect(steps: StepForm[], sourceId: string, targetId: string): EditResult {
	const source = find(steps, sourceId);
	const target = find(steps, targetId);
	if (!source || !target) return { ok: false, message: 'That step no longer exists.' };
	if (source === target) {
		return { ok: false, message: 'A step cannot lead to itself. Pick another step.' };
	}
	const name = stepName(target);
	if (stepKind(source) === 'choose') {
		if (source.choices.length >= CHOICES_MAX) {
			return { ok: false, message: `A step offers at most ${CHOICES_MAX} choices.` };
		}
		source.choices.push(newChoice(target.id));
		return {
			ok: true,
			message: `Choice ${source.choices.length} added, leading to ${name}. Give it a label.`
		};
	}
	source.next = target.id;
	return { ok: true, message: `After ${stepName(source)} comes ${name}.` };
}

/**
 * Points one way on from a step at another step, or at the end (`null`). Setting the implicit
 * "following step" makes it an explicit `next`.
 */
export function relink(
	steps: StepForm[],
	sourceId: string,
	link: GraphLink,
	targetId: string | null
): boolean {
	const source = find(steps, sourceId);
	if (!source) return false;
	const next = targetId ?? END;
	if (link.kind === 'next') source.next = next;
	else if (link.kind === 'choice' && source.choices[link.index])
		source.choices[link.index].next = next;
	else if (link.kind === 'branch' && source.branches[link.index])
		source.branches[link.index].next = next;
	else return false;
	return true;
}

/**
 * Deleting an edge makes that way end the scenario rather than removing the choice or branch,
 * whose label, feedback, condition and effects the author wrote; those are removed in the form.
 */
export function unlink(steps: StepForm[], sourceId: string, link: GraphLink): boolean {
	return relink(steps, sourceId, link, null);
}

/**
 * Removes a step; every choice, branch or `next` that named it ends the scenario instead. A
 * step that continued to it implicitly now continues to the one after it, as in the form's list.
 * Returns how to put everything back (the toast's Undo), or null when there is no such step.
 */
export function removeStep(steps: StepForm[], id: string): (() => void) | null {
	const index = steps.findIndex((s) => s.id.trim() === id);
	if (index < 0) return null;
	const [step] = steps.splice(index, 1);
	const restore: (() => void)[] = [];
	for (const other of steps) {
		if (other.next === step.id) {
			other.next = END;
			restore.push(() => (other.next = step.id));
		}
		for (const way of [...other.choices, ...other.branches]) {
			if (way.next !== step.id) continue;
			way.next = END;
			restore.push(() => (way.next = step.id));
		}
	}
	return () => {
		steps.splice(Math.min(index, steps.length), 0, step);
		restore.forEach((undo) => undo());
	};
}

/**
 * Adds a new, empty step (the author fills in its title and words) with an id no step has, at
 * the end of the list. In the graph a new node starts unlinked: the step that was last and
 * continued "to the following step" (there was none: it ended) now ends explicitly, so adding a
 * node never silently draws an edge to it.
 */
export function appendStep(steps: StepForm[]): StepForm {
	const last = steps.at(-1);
	if (last && last.next === '' && stepKind(last) !== 'choose') last.next = END;
	const step = newStep(steps);
	steps.push(step);
	return step;
}

/** A new, empty `say` step with an id no step of `steps` has (the form and the graph add these). */
export function newStep(steps: StepForm[]): StepForm {
	const taken = new Set(steps.map((s) => s.id));
	let n = steps.length + 1;
	while (taken.has(`step-${n}`)) n++;
	return {
		key: newStepKey(),
		id: `step-${n}`,
		kind: 'say',
		title: '',
		prompt: '',
		guidance: '',
		next: '',
		choices: [],
		branches: [],
		effects: [],
		modelResponse: '',
		suggestions: '',
		heard: []
	};
}

/** A new choice leading to `next` (a step id or END), with a label for the author to write. */
export function newChoice(next: string): StepForm['choices'][number] {
	return { label: '', next, feedback: '', effects: [] };
}
