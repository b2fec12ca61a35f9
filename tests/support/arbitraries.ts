import fc from 'fast-check';
import { z } from 'zod';
import {
	AGE_RANGES,
	CEFR_LEVELS,
	DIFFICULTIES,
	MODES,
	PSYCHOLOGICAL_MODULES,
	VISIBILITIES
} from '../../src/lib/schemas/enums';
import { scenarioContentSchema, type ScenarioContent } from '../../src/lib/schemas/scenario';

// fast-check arbitraries for procedure inputs, derived from each procedure's zod parser through
// its JSON Schema (`z.toJSONSchema`, input side): values of the right shape within the declared
// bounds, values one step off them, and junk of every kind.

export interface JsonSchema {
	type?: string | string[];
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	prefixItems?: JsonSchema[];
	minItems?: number;
	maxItems?: number;
	minLength?: number;
	maxLength?: number;
	pattern?: string;
	format?: string;
	minimum?: number;
	maximum?: number;
	exclusiveMinimum?: number;
	exclusiveMaximum?: number;
	enum?: unknown[];
	const?: unknown;
	anyOf?: JsonSchema[];
	oneOf?: JsonSchema[];
	allOf?: JsonSchema[];
	default?: unknown;
	additionalProperties?: boolean | JsonSchema;
}

export function inputJsonSchema(parser: unknown): JsonSchema {
	return z.toJSONSchema(parser as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Text that stresses storage and rendering: markup, SQL, NUL, lone surrogates, RTL, emoji. */
const nastyText = fc.constantFrom(
	'',
	' ',
	'\u0000',
	'a\u0000b',
	'\ud800',
	'\udfff\ud800',
	'\u202e\u0000',
	'😀👍🏽',
	"'; drop table users; --",
	'" or 1=1 --',
	'<script>alert(1)</script>',
	'${7*7}{{7*7}}',
	'../../etc/passwd',
	'%00%0d%0a',
	'\r\n\r\n',
	'null',
	'undefined',
	'NaN',
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'hasOwnProperty'
);

const LONG = 200_000;

/** A string for a schema string, mostly within its bounds. */
function stringArb(s: JsonSchema): fc.Arbitrary<string> {
	const min = s.minLength ?? 0;
	const max = Math.min(s.maxLength ?? 300, 300);
	const fits = (v: string) => v.length >= min && v.length <= (s.maxLength ?? Infinity);
	if (s.format === 'uuid') return fc.uuid();
	if (s.format === 'email') return fc.emailAddress().filter(fits);
	if (s.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
	if (s.pattern) {
		return fc
			.stringMatching(new RegExp(s.pattern), { size: 'small' })
			.filter((v) => v.length >= min && v.length <= (s.maxLength ?? Infinity));
	}
	return fc.oneof(
		{ weight: 6, arbitrary: fc.string({ minLength: min, maxLength: max }) },
		{ weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: min, maxLength: max }) },
		{ weight: 2, arbitrary: nastyText.filter(fits) }
	);
}

function numberArb(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
	const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -1e9);
	const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : 1e9);
	if (integer) {
		return fc.integer({
			min: Math.max(Math.ceil(min), Number.MIN_SAFE_INTEGER),
			max: Math.min(Math.floor(max), Number.MAX_SAFE_INTEGER)
		});
	}
	return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** Values of the shape the schema describes, within its bounds (refinements aside). */
export function validShaped(s: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
	if (s.const !== undefined) return fc.constant(s.const);
	if (s.enum) return fc.constantFrom(...s.enum);
	const union = s.anyOf ?? s.oneOf;
	if (union) return fc.oneof(...union.map((u) => validShaped(u, depth)));
	if (s.allOf) return validShaped(Object.assign({}, ...s.allOf), depth);
	const type = Array.isArray(s.type) ? s.type[0] : s.type;
	switch (type) {
		case 'string':
			return stringArb(s);
		case 'integer':
			return numberArb(s, true);
		case 'number':
			return numberArb(s, false);
		case 'boolean':
			return fc.boolean();
		case 'null':
			return fc.constant(null);
		case 'array': {
			const item = s.items ? validShaped(s.items, depth + 1) : fc.anything();
			return fc.array(item, {
				minLength: s.minItems ?? 0,
				maxLength: Math.min(s.maxItems ?? 8, Math.max(s.minItems ?? 0, depth > 1 ? 2 : 8))
			});
		}
		case 'object': {
			const properties = s.properties ?? {};
			const model = Object.fromEntries(
				Object.entries(properties).map(([k, v]) => [k, validShaped(v, depth + 1)])
			);
			return fc.record(model, { requiredKeys: s.required ?? [] });
		}
		default:
			return fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined));
	}
}

/** Own (not inherited) `__proto__`, `constructor` and `prototype` keys, as JSON.parse makes them. */
export function withPrototypeKeys(value: unknown): unknown {
	const poison = JSON.parse(
		'{"__proto__":{"polluted":"yes","role":"admin"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}'
	);
	if (!value || typeof value !== 'object' || Array.isArray(value)) return poison;
	const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
	for (const key of ['__proto__', 'constructor', 'prototype']) {
		Object.defineProperty(copy, key, {
			value: poison[key],
			enumerable: true,
			writable: true,
			configurable: true
		});
	}
	return copy;
}

function deeplyNested(depth: number): unknown {
	let value: unknown = { leaf: true };
	for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
	return value;
}

/** Wrong types, huge strings, deep nesting, prototype keys, NaN/Infinity, very long arrays. */
export function junk(): fc.Arbitrary<unknown> {
	return fc.oneof(
		fc.anything({
			maxDepth: 3,
			withBigInt: true,
			withDate: true,
			withMap: true,
			withSet: true,
			withNullPrototype: true,
			withSparseArray: true,
			withTypedArray: true,
			withBoxedValues: true
		}),
		fc.constantFrom(
			null,
			undefined,
			NaN,
			Infinity,
			-Infinity,
			-0,
			2 ** 53 + 1,
			1e308,
			-1e308,
			true,
			'',
			[],
			{},
			new Date(Number.NaN)
		),
		nastyText,
		fc.constant('x'.repeat(LONG)),
		fc.constant(`${'é'.repeat(LONG / 2)}\u0000`),
		fc.constant(deeplyNested(2000)),
		fc.constant(Array.from({ length: 50_000 }, (_, i) => i)),
		fc.constant(Array.from({ length: 5_000 }, () => ({ a: 'b'.repeat(20) }))),
		fc.constant(withPrototypeKeys({}))
	);
}

type Path = (string | number)[];

function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
	if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			const key = Array.isArray(value) ? Number(k) : k;
			out.push([...prefix, key]);
			if (out.length < 200) paths(v, [...prefix, key], out);
		}
	}
	return out;
}

function setAt(value: unknown, path: Path, next: unknown, remove = false): unknown {
	const root = structuredClone(value);
	let node = root as Record<string | number, unknown>;
	for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
	const last = path[path.length - 1];
	if (remove) {
		if (Array.isArray(node)) node.splice(last as number, 1);
		else delete node[last];
	} else {
		node[last] = next;
	}
	return root;
}

/** A value one step off the schema: one field replaced by junk or a boundary, or removed, or an extra key. */
export function nearValid(s: JsonSchema, valid?: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
	const base = valid ?? validShaped(s);
	const offBy = fc.oneof(
		junk(),
		fc.constantFrom(
			-1,
			0,
			6,
			61,
			4.5,
			'0',
			'1e3',
			'true',
			'00000000-0000-0000-0000-000000000000',
			'not-a-uuid',
			'X'.repeat(301),
			'x'.repeat(4001),
			'y'.repeat(10_001),
			Array.from({ length: 101 }, (_, i) => `s${i}`)
		)
	);
	return fc
		.tuple(base, offBy, fc.nat(), fc.constantFrom('replace', 'remove', 'extra', 'proto'))
		.map(([value, replacement, pick, kind]) => {
			if (kind === 'proto') return withPrototypeKeys(value);
			const all = paths(value);
			if (kind === 'extra' || all.length === 0) {
				return value && typeof value === 'object' && !Array.isArray(value)
					? { ...(value as object), unexpected: replacement }
					: replacement;
			}
			const path = all[pick % all.length];
			try {
				return setAt(value, path, replacement, kind === 'remove');
			} catch {
				return replacement;
			}
		});
}

// ---------------------------------------------------------------------------------------------
// Valid scenario content: random scenarios that pass scenarioContentSchema, for the YAML round
// trip and the graph view's property tests. Their text is full of what YAML reads specially
// (`- `, `: `, `#`, `yes`, `~`, dates, tabs, line breaks); their steps branch.

/** Text YAML likes to misread: dashes, colons, '#', quotes, 'yes'/'null', numbers, tabs, breaks. */
const tricky = fc.oneof(
	fc.string({ minLength: 1, maxLength: 60 }),
	fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
	fc.constantFrom(
		'- a list?',
		'key: value',
		'# not a comment',
		'"quoted" and \'single\'',
		'yes',
		'No',
		'null',
		'~',
		'0x1F',
		'1e3',
		'2026-12-07',
		'line one\nline two\n\n  indented',
		'tab\there',
		'* & ! % @ ` |',
		'émoji 🙂 and ひらがな',
		'x'.repeat(300)
	)
);
export const yamlTrickyText = tricky.filter((s) => s.trim().length > 0);
const shortText = (max: number) => yamlTrickyText.filter((s) => s.trim().length <= max);

const stepId = (i: number) => `s${i}`;
/** A way on: another step (any, also backwards or itself) or the end. */
const anyTarget = (n: number) =>
	fc.option(fc.integer({ min: 0, max: n - 1 }).map(stepId), { nil: null, freq: 3 });

/**
 * The steps of a valid scenario. Every step has one way on to the step after it (the last one
 * to the end): its implicit or explicit `next`, or its first choice. So every step is reachable
 * and every step can end, whatever else links where: extra choices and conditional branches
 * point at any step or at the end, loops included.
 */
function validSteps(n: number, hasVariable: boolean) {
	return fc.tuple(
		...Array.from({ length: n }, (_, i) => {
			const following = i + 1 < n ? stepId(i + 1) : null;
			const common = {
				id: fc.constant(stepId(i)),
				title: shortText(120),
				prompt: yamlTrickyText,
				guidance: fc.option(yamlTrickyText, { nil: undefined }),
				feeling: fc.option(
					fc.record({ name: shortText(40), intensity: fc.integer({ min: 1, max: 5 }) }),
					{ nil: undefined }
				)
			};
			const branches = hasVariable
				? fc.option(
						fc.array(
							fc.record({
								when: fc.oneof(
									fc.record({
										all: fc.array(
											fc.record({
												variable: fc.constant('score'),
												op: fc.constantFrom('eq', 'ne', 'gt', 'gte', 'lt', 'lte'),
												value: fc.integer({ min: -5, max: 5 })
											}),
											{ minLength: 1, maxLength: 3 }
										)
									}),
									fc.record({
										any: fc.array(
											fc.record({
												variable: fc.constant('score'),
												op: fc.constantFrom('eq', 'gte'),
												value: fc.integer({ min: -5, max: 5 })
											}),
											{ minLength: 1, maxLength: 2 }
										)
									})
								),
								next: anyTarget(n)
							}),
							{ minLength: 1, maxLength: 3 }
						),
						{ nil: undefined }
					)
				: fc.constant(undefined);
			// The main way on: implicit (the following step) when there is one, or explicit.
			const next = following
				? fc.constantFrom<string | undefined>(undefined, following)
				: fc.constantFrom<null | undefined>(null, undefined);
			const choice = (to: fc.Arbitrary<string | null>) =>
				fc.record({
					label: shortText(300),
					next: to,
					feedback: fc.option(shortText(1000), { nil: undefined })
				});
			return fc.oneof(
				fc.record({ ...common, kind: fc.constant('say' as const), next, branches }),
				fc.record({
					...common,
					kind: fc.constant('respond' as const),
					next,
					branches,
					modelResponse: shortText(2000)
				}),
				fc.record({
					...common,
					kind: fc.constant('choose' as const),
					choices: fc
						.tuple(choice(fc.constant(following)), fc.array(choice(anyTarget(n)), { maxLength: 3 }))
						.map(([first, rest]) => [first, ...rest])
				})
			);
		})
	);
}

/** Positions for some steps (and ids no step has, which the graph view ignores). */
const layoutArb = (n: number) =>
	fc.dictionary(
		fc.oneof(fc.integer({ min: 0, max: n - 1 }).map(stepId), fc.constantFrom('gone', 'old-step')),
		fc.record({
			x: fc.oneof(
				fc.integer({ min: -100_000, max: 100_000 }),
				fc.double({ min: -5000, max: 5000, noNaN: true })
			),
			y: fc.integer({ min: -100_000, max: 100_000 })
		}),
		{ maxKeys: n + 2 }
	);

/** A random valid scenario (already parsed by scenarioContentSchema, defaults filled). */
export const validScenarioContent: fc.Arbitrary<ScenarioContent> = fc
	.tuple(fc.integer({ min: 1, max: 6 }), fc.boolean())
	.chain(([n, hasVariable]) =>
		fc.record({
			title: yamlTrickyText.map((t) => `Quest ${t}`),
			description: yamlTrickyText,
			instructions: fc.option(yamlTrickyText, { nil: undefined }),
			learningObjectives: fc.array(yamlTrickyText, { maxLength: 4 }),
			persona: fc.option(
				fc.record({
					name: yamlTrickyText,
					age: fc.integer({ min: 5, max: 90 }),
					background: yamlTrickyText
				}),
				{ nil: null }
			),
			mode: fc.constantFrom(...MODES),
			difficulty: fc.constantFrom(...DIFFICULTIES),
			estimatedTime: fc.integer({ min: 5, max: 60 }),
			psychologicalModule: fc.option(fc.constantFrom(...PSYCHOLOGICAL_MODULES), { nil: null }),
			ageRange: fc.option(fc.constantFrom(...AGE_RANGES), { nil: null }),
			revealMessage: fc.option(shortText(2000), { nil: null }),
			cefrLevel: fc.option(fc.constantFrom(...CEFR_LEVELS), { nil: null }),
			skills: fc.subarray(['active-listening', 'rapport-building', 'safety-planning']),
			steps: validSteps(n, hasVariable),
			layout: layoutArb(n),
			stateVariables: fc.constant(hasVariable ? [{ name: 'score', initial: 0 }] : []),
			isOneTime: fc.boolean(),
			visibility: fc.constantFrom(...VISIBILITIES)
		})
	)
	.map((raw) => scenarioContentSchema.safeParse(raw))
	.filter((parsed) => parsed.success)
	.map((parsed) => parsed.data!);
