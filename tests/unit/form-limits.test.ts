import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
	ESTIMATED_TIME_MAX,
	ESTIMATED_TIME_MIN,
	REVIEW_TEXT_MAX,
	SEARCH_MAX
} from '../../src/lib/schemas/enums';
import {
	finishAttemptInputSchema,
	notesInputSchema,
	NOTES_MAX,
	rateInputSchema,
	REFLECTION_MAX
} from '../../src/lib/schemas/progress';
import { REVIEW_NOTE_MAX, reviewSubmitInputSchema } from '../../src/lib/schemas/review';
import {
	SCENARIO_LIMITS,
	scenarioContentSchema,
	scenarioListInputSchema
} from '../../src/lib/schemas/scenario';
import {
	comfortIndicatorsSchema,
	LINE_LIST_LIMITS,
	PERSONA_LIMITS,
	personaSchema,
	STEP_LIMITS,
	stepChoiceSchema,
	stepSchema
} from '../../src/lib/schemas/steps';

// Inputs carry the limits the server enforces: each limit is one exported constant, the schema
// is held to it here, and the markup must use the same constant (maxlength, min, max), so the
// browser stops the typing where the server would refuse it.

function sources(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) for (const [p, s] of sources(path)) out.set(p, s);
		else if (name.endsWith('.svelte')) out.set(path, readFileSync(path, 'utf8'));
	}
	return out;
}
const SVELTE = sources('src');

/** Whether some markup uses `NAME.key`, or `NAME[field]` in a file that lists 'key'. */
function usedInMarkup(name: string, key: string) {
	return [...SVELTE.values()].some(
		(source) =>
			new RegExp(`=\\{${name}\\.${key}\\}`).test(source) ||
			(source.includes(`={${name}[`) && source.includes(`'${key}'`))
	);
}

/** The longest string `schema` takes at `set`: found by bisection between what passes and fails. */
function longest(schema: z.ZodType, set: (text: string) => unknown): number {
	const passes = (n: number) => schema.safeParse(set('a'.repeat(n))).success;
	// The shortest it takes (a title needs 3 characters), then double until it refuses.
	let ok = 1;
	while (!passes(ok)) if (++ok > 10) return 0;
	let bad = ok * 2;
	while (passes(bad)) {
		ok = bad;
		bad *= 2;
		if (bad > 100_000) return Infinity;
	}
	while (bad - ok > 1) {
		const mid = Math.floor((ok + bad) / 2);
		if (passes(mid)) ok = mid;
		else bad = mid;
	}
	return ok;
}
const CONTENT = { title: 'A title', description: 'A description' };
const STEP = { id: 'a', title: 'T', prompt: 'P' };
const UUID = '00000000-0000-4000-8000-000000000000';

describe('form limits', () => {
	it('the schemas enforce exactly the exported limits', () => {
		for (const [key, max] of Object.entries(SCENARIO_LIMITS)) {
			expect(
				longest(scenarioContentSchema, (t) => ({ ...CONTENT, [key]: t })),
				key
			).toBe(max);
		}
		for (const [key, max] of Object.entries(STEP_LIMITS)) {
			const found =
				key === 'choiceLabel'
					? longest(stepChoiceSchema, (t) => ({ label: t, next: null }))
					: key === 'feedback'
						? longest(stepChoiceSchema, (t) => ({ label: 'x', next: null, feedback: t }))
						: longest(stepSchema, (t) => ({ ...STEP, [key]: t }));
			expect(found, key).toBe(max);
		}
		for (const key of ['name', 'pronouns', 'background', 'presentation', 'voice'] as const) {
			expect(
				longest(personaSchema, (t) => ({ name: 'N', [key]: t })),
				key
			).toBe(PERSONA_LIMITS[key]);
		}
		// One-per-line lists: each line and the number of lines.
		const objectives = LINE_LIST_LIMITS.learningObjectives;
		expect(longest(scenarioContentSchema, (t) => ({ ...CONTENT, learningObjectives: [t] }))).toBe(
			objectives.line
		);
		const lines = (n: number) =>
			scenarioContentSchema.safeParse({ ...CONTENT, learningObjectives: Array(n).fill('x') })
				.success;
		expect([lines(objectives.items), lines(objectives.items + 1)]).toEqual([true, false]);
		const comfort = LINE_LIST_LIMITS.comfortIndicators;
		expect(
			longest(comfortIndicatorsSchema, (t) => ({ comfortable: [t], uncomfortable: [t] }))
		).toBe(comfort.line);
		const signs = (n: number) =>
			comfortIndicatorsSchema.safeParse({ comfortable: Array(n).fill('x') }).success;
		expect([signs(comfort.items), signs(comfort.items + 1)]).toEqual([true, false]);
		const age = (n: number) => personaSchema.safeParse({ name: 'N', age: n }).success;
		expect([age(PERSONA_LIMITS.ageMin - 1), age(PERSONA_LIMITS.ageMin)]).toEqual([false, true]);
		expect([age(PERSONA_LIMITS.ageMax), age(PERSONA_LIMITS.ageMax + 1)]).toEqual([true, false]);
		expect(longest(notesInputSchema, (t) => ({ scenarioId: UUID, notes: t }))).toBe(NOTES_MAX);
		expect(
			longest(finishAttemptInputSchema, (t) => ({
				attemptId: UUID,
				completed: true,
				reflection: t
			}))
		).toBe(REFLECTION_MAX);
		expect(longest(rateInputSchema, (t) => ({ scenarioId: UUID, rating: 4, review: t }))).toBe(
			REVIEW_TEXT_MAX
		);
		expect(longest(scenarioListInputSchema, (t) => ({ search: t }))).toBe(SEARCH_MAX);
		const review = (t: string) => ({
			scenarioId: UUID,
			emotionalSafety: 3,
			therapeuticCorrectness: 3,
			ageAppropriateness: 3,
			revealTiming: 3,
			decision: 'changes_requested',
			concerns: t
		});
		expect(longest(reviewSubmitInputSchema, review)).toBe(REVIEW_NOTE_MAX);
	});

	it('every limit has its counterpart in the markup', () => {
		const missing: string[] = [];
		for (const [name, limits] of Object.entries({ SCENARIO_LIMITS, STEP_LIMITS, PERSONA_LIMITS })) {
			for (const key of Object.keys(limits)) {
				if (!usedInMarkup(name, key)) missing.push(`${name}.${key}`);
			}
		}
		for (const name of [
			'NOTES_MAX',
			'REFLECTION_MAX',
			'REVIEW_TEXT_MAX',
			'REVIEW_NOTE_MAX',
			'ESTIMATED_TIME_MIN',
			'ESTIMATED_TIME_MAX'
		]) {
			if (![...SVELTE.values()].some((s) => new RegExp(`=\\{${name}\\}`).test(s))) {
				missing.push(name);
			}
		}
		// One-per-line lists: the box holds every line full, no more.
		for (const key of Object.keys(LINE_LIST_LIMITS)) {
			const use = `maxlength={lineListMaxLength(LINE_LIST_LIMITS.${key})}`;
			if (![...SVELTE.values()].some((s) => s.includes(use)))
				missing.push(`LINE_LIST_LIMITS.${key}`);
		}
		// The search box takes SEARCH_MAX by default.
		const search = SVELTE.get(join('src', 'lib', 'components', 'forms', 'search-input.svelte'));
		if (!search?.includes('maxlength = SEARCH_MAX') || !search.includes('{maxlength}')) {
			missing.push('SEARCH_MAX');
		}
		expect(missing).toEqual([]);
		expect([ESTIMATED_TIME_MIN, ESTIMATED_TIME_MAX]).toEqual([5, 60]);
	});
});
