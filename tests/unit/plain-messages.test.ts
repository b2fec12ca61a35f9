import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as accounts from '../../src/lib/schemas/accounts';
import * as admin from '../../src/lib/schemas/admin';
import * as auth from '../../src/lib/schemas/auth';
import {
	describeIssues,
	fieldLabel,
	plainIssueMessage,
	ZOD_DEFAULT_WORDING
} from '../../src/lib/schemas/messages';
import * as moderation from '../../src/lib/schemas/moderation';
import * as progress from '../../src/lib/schemas/progress';
import * as review from '../../src/lib/schemas/review';
import * as scenario from '../../src/lib/schemas/scenario';
import * as steps from '../../src/lib/schemas/steps';
import * as studio from '../../src/lib/schemas/studio';
import { inputJsonSchema, junk, nearValid } from '../support/arbitraries';
import { procedureInput, procedurePaths } from '../support/access';

// Nobody reads zod's developer wording ("Too small: expected string to have >=1 characters",
// `Invalid option: expected one of "approved"|...`): every schema of src/lib/schemas and every
// procedure's input is run against bad values, and each message must be plain words.

const SAMPLES = Number(process.env.MESSAGE_SAMPLES ?? 60);

const modules = { accounts, admin, auth, moderation, progress, review, scenario, steps, studio };
const schemas: [string, z.ZodType][] = [
	...Object.entries(modules).flatMap(([module, exports]) =>
		Object.entries(exports)
			.filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
			.map(([name, schema]): [string, z.ZodType] => [`${module}.${name}`, schema])
	),
	...procedurePaths()
		.map((path): [string, unknown] => [`procedure ${path}`, procedureInput(path)])
		.filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
];

function badValues(schema: z.ZodType): unknown[] {
	const json = inputJsonSchema(schema);
	return [
		undefined,
		null,
		'',
		{},
		[],
		-1,
		1.5,
		'🌙',
		'x'.repeat(20_001),
		...fc.sample(nearValid(json), SAMPLES),
		...fc.sample(junk(), Math.ceil(SAMPLES / 3))
	];
}

describe('validation messages are plain words', () => {
	it('finds the schemas and the procedures', () => {
		expect(schemas.length).toBeGreaterThan(60);
	});

	it.each(schemas)('%s never answers in zod’s own words', (_name, schema) => {
		const seen = new Set<string>();
		for (const value of badValues(schema)) {
			const result = schema.safeParse(value);
			if (result.success) continue;
			for (const issue of result.error.issues) seen.add(issue.message);
		}
		const developerWording = [...seen].filter((m) => ZOD_DEFAULT_WORDING.test(m));
		expect(developerWording).toEqual([]);
	});

	it('words the common problems plainly', () => {
		const check = (schema: z.ZodType, value: unknown) =>
			schema.safeParse(value).error?.issues[0]?.message;
		expect(check(z.string().min(1), '')).toBe('This can’t be empty');
		expect(check(z.string().max(5), 'toolong')).toBe('Use at most 5 characters');
		expect(check(z.enum(['approved', 'rejected']), 'maybe')).toBe(
			'Choose one of the options offered'
		);
		expect(check(z.number().int(), 1.5)).toBe('Enter a whole number');
		expect(check(z.number().max(5), 6)).toBe('Use 5 or less');
		expect(check(z.uuid(), 'x')).toBe('This link or reference is not valid');
		expect(check(z.object({ a: z.string() }), {})).toBe('This is required');
		// A schema's own message still wins.
		expect(check(z.string().min(3, 'Give it a title'), '')).toBe('Give it a title');
	});

	it('names the field in a one-line summary', () => {
		expect(fieldLabel(['content', 'estimatedTime'])).toBe('Estimated time');
		expect(fieldLabel(['steps', 2, 'prompt'])).toBe('Prompt');
		expect(fieldLabel([])).toBeNull();
		expect(
			describeIssues([
				{ path: ['title'], message: 'Use at least 3 characters' },
				{ path: [], message: 'Not expected here: x' }
			])
		).toBe('Title: Use at least 3 characters; Not expected here: x');
		expect(plainIssueMessage({ code: 'something_new' })).toBe('This value is not valid');
	});

	it('recognises zod’s wording when it sees it', () => {
		for (const message of [
			'Too small: expected string to have >=1 characters',
			'Invalid option: expected one of "approved"|"changes_requested"|"rejected"',
			'Invalid input: expected number, received string',
			'Invalid UUID',
			'Unrecognized key: "x"'
		]) {
			expect(ZOD_DEFAULT_WORDING.test(message), message).toBe(true);
		}
	});
});
