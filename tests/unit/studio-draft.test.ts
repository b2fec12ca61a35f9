import { describe, expect, it } from 'vitest';
import { scenarioContentSchema } from '../../src/lib/schemas/scenario';
import {
	END,
	fromDraftForm,
	sameContent,
	toDraftForm,
	validateDraft
} from '../../src/lib/schemas/studio';

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

	it('compares content regardless of key order and undefined fields', () => {
		expect(sameContent({ a: 1, b: { c: 2, d: undefined } }, { b: { c: 2 }, a: 1 })).toBe(true);
		expect(sameContent({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
	});
});
