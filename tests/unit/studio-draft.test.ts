import { describe, expect, it } from 'vitest';
import { scenarioContentSchema } from '../../src/lib/schemas/scenario';
import {
	END,
	fromDraftForm,
	sameContent,
	toDraftForm,
	validateDraft
} from '../../src/lib/schemas/studio';
import { loadSeedContent } from '../../src/lib/server/bootstrap/load-content';

const saved = scenarioContentSchema.parse({
	title: 'A caller who cannot sleep',
	description: 'A routine call.',
	learningObjectives: ['Reflect feelings', 'Ask about safety'],
	persona: { name: 'Jo', age: 34, background: 'Night shift worker' },
	comfortIndicators: { comfortable: ['Talks freely'], uncomfortable: [] },
	skills: ['active-listening'],
	ageRange: '13-15',
	steps: [
		{
			id: 'open',
			title: 'Opening',
			prompt: 'Hi…',
			choices: [
				{ label: 'Hello', next: 'close' },
				{ label: 'Hang up', next: null }
			]
		},
		{ id: 'close', title: 'Closing', prompt: 'Thanks.', next: null }
	]
});

/** A practice scenario: kinds, state, effects, branches, detector rules, a chosen rubric. */
const practice = scenarioContentSchema.parse({
	title: 'A caller who mentions pills',
	description: 'Practice asking directly.',
	rubric: 'crisis-line-conversation',
	stateVariables: [
		{ name: 'asked', initial: false, label: 'Asked about suicide directly' },
		{ name: 'rapport', initial: 0 }
	],
	steps: [
		{
			id: 'open',
			kind: 'respond',
			title: 'Opening',
			prompt: 'I have been saving my pills.',
			modelResponse: 'Are you thinking about killing yourself?',
			suggestions: ['Are you thinking of suicide?', 'Do you want to end your life?'],
			heard: [
				{
					hint: 'direct-suicide-question',
					effects: [
						{ variable: 'asked', set: true },
						{ criterion: 'asks-about-suicide', delta: 2, note: 'Asked in plain words' }
					]
				}
			],
			effects: [{ variable: 'rapport', add: 1 }],
			branches: [
				{ when: { all: [{ variable: 'asked', op: 'eq', value: true }] }, next: 'safety' },
				{ when: { any: [{ variable: 'rapport', op: 'gte', value: 3 }] }, next: null }
			]
		},
		{ id: 'vague', kind: 'say', title: 'Still vague', prompt: 'I just want it to stop.' },
		{
			id: 'safety',
			kind: 'choose',
			title: 'Safety',
			prompt: 'Yes. I have thought about it.',
			choices: [
				{
					label: 'Ask where the pills are',
					next: null,
					effects: [{ criterion: 'explores-risk', delta: 1 }]
				}
			]
		}
	]
});

describe('studio draft form', () => {
	it('round-trips saved content through the editor form unchanged', () => {
		const back = scenarioContentSchema.parse(fromDraftForm(toDraftForm(saved)));
		expect(sameContent(back, saved)).toBe(true);
	});

	it('maps the form’s empty strings to the schema’s nulls and absences', () => {
		const form = toDraftForm(saved);
		form.ageRange = '';
		form.hasPersona = false;
		form.comfortable = '';
		form.steps[1].next = '';
		form.steps[0].choices[1].next = END;
		const input = fromDraftForm(form);
		expect(input.ageRange).toBeNull();
		expect(input.persona).toBeNull();
		expect(input.comfortIndicators).toBeNull();
		expect(input.steps?.[1]).not.toHaveProperty('next');
		expect(input.steps?.[0].choices?.[1].next).toBeNull();
	});

	it('keeps valid edits savable while an invalid field falls back to its saved value', () => {
		const form = toDraftForm(saved);
		form.title = 'x';
		form.estimatedTime = 90;
		form.context = 'A quiet weeknight.';
		const { errors, savable } = validateDraft(fromDraftForm(form), saved);
		expect(errors).toEqual({
			title: 'Give it a title of at least 3 characters',
			estimatedTime: 'At most 60 minutes'
		});
		expect(savable).toMatchObject({
			title: saved.title,
			estimatedTime: saved.estimatedTime,
			context: 'A quiet weeknight.'
		});
	});

	it('names the exact step field at fault', () => {
		const form = toDraftForm(saved);
		form.steps[0].choices[0].next = 'nowhere';
		form.steps[1].prompt = '';
		const { errors, savable } = validateDraft(fromDraftForm(form), saved);
		expect(errors['steps.0.choices.0.next']).toBe('No step "nowhere"');
		expect(errors['steps.1.prompt']).toBeDefined();
		// The steps as a whole fall back; everything else would still save.
		expect(savable?.steps).toEqual(saved.steps);
	});

	it('round-trips practice content: kinds, state variables, effects, branches, the rubric', () => {
		const form = toDraftForm(practice);
		expect(form.rubric).toBe('crisis-line-conversation');
		expect(form.stateVariables.map((v) => [v.name, v.type])).toEqual([
			['asked', 'boolean'],
			['rapport', 'number']
		]);
		expect(form.steps.map((s) => s.kind)).toEqual(['respond', 'say', 'choose']);
		expect(form.steps[0].branches[1]).toMatchObject({ match: 'any', next: END });
		expect(form.steps[0].heard[0].effects[1]).toMatchObject({
			type: 'evidence',
			criterion: 'asks-about-suicide',
			delta: 2
		});
		expect(form.steps[0].suggestions).toBe(
			'Are you thinking of suicide?\nDo you want to end your life?'
		);
		const back = scenarioContentSchema.parse(fromDraftForm(form));
		expect(sameContent(back, practice)).toBe(true);
	});

	it('round-trips every seeded scenario unchanged, so opening one never saves a change', () => {
		const { builtin, community } = loadSeedContent();
		for (const scenario of [...builtin, ...community]) {
			const back = fromDraftForm(toDraftForm(scenario.content));
			expect(sameContent(scenarioContentSchema.parse(back), scenario.content), scenario.file).toBe(
				true
			);
		}
	});

	it('maps the practice fields’ empty values to the schema’s nulls and absences', () => {
		const form = toDraftForm(practice);
		form.rubric = '';
		form.steps[0].suggestions = '\n  \n';
		form.steps[0].modelResponse = '';
		form.steps[0].effects = [];
		form.steps[1].kind = '';
		form.stateVariables[0].label = ' ';
		const input = fromDraftForm(form);
		expect(input.rubric).toBeNull();
		expect(input.steps?.[0]).not.toHaveProperty('suggestions');
		expect(input.steps?.[0]).not.toHaveProperty('effects');
		expect(input.steps?.[0].modelResponse).toBeUndefined();
		expect(input.steps?.[1]).not.toHaveProperty('kind');
		expect(input.stateVariables?.[0].label).toBeUndefined();
	});

	it('names the practice field at fault, whole-graph problems included', () => {
		const emptied = toDraftForm(practice);
		emptied.stateVariables[1].number = null;
		expect(validateDraft(fromDraftForm(emptied), practice).errors).toEqual({
			'stateVariables.1.initial': 'This value is not allowed here'
		});
		const form = toDraftForm(practice);
		form.steps[0].modelResponse = '';
		form.steps[0].branches[0].next = 'nowhere';
		form.steps[0].heard[0].effects[0].value = 3;
		form.steps[0].heard[0].effects[1].delta = 0;
		const { errors, savable } = validateDraft(fromDraftForm(form), practice);
		expect(errors['steps.0.modelResponse']).toMatch(/model response/);
		expect(errors['steps.0.branches.0.next']).toMatch(/"nowhere", which is not a step/);
		expect(errors['steps.0.heard.0.effects.0']).toMatch(/sets "asked" to a number/);
		expect(errors['steps.0.heard.0.effects.1.delta']).toBe('A delta of 0 is no evidence');
		expect(savable?.steps).toEqual(practice.steps);
	});

	it('compares content regardless of key order and undefined fields', () => {
		expect(sameContent({ a: 1, b: { c: 2, d: undefined } }, { b: { c: 2 }, a: 1 })).toBe(true);
		expect(sameContent({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
	});
});
