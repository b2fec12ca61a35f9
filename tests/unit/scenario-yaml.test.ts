import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSeedContent } from '../../src/lib/server/bootstrap/load-content';
import { scenarioFromYaml, scenarioToYaml } from '../../src/lib/domain/scenario-yaml';
import {
	CEFR_LEVELS,
	DIFFICULTIES,
	MODES,
	PSYCHOLOGICAL_MODULES,
	VISIBILITIES
} from '../../src/lib/schemas/enums';
import { scenarioContentSchema, type ScenarioContent } from '../../src/lib/schemas/scenario';

// Scenarios as YAML (issue 16): export → import gives back exactly what was exported, for every
// seed scenario (branches, effects, rubrics, personas) and for random valid scenarios whose text
// is full of what YAML treats specially; import names the line of each problem.

const roundTrip = (content: ScenarioContent) => {
	const back = scenarioFromYaml(scenarioToYaml(content));
	if (!back.ok) throw new Error(JSON.stringify(back.problems));
	return back.content;
};

// Text YAML likes to misread: leading dashes and colons, '#', quotes, 'yes'/'no'/'null', numbers,
// tabs and line breaks, unicode, long lines.
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
const text = tricky.filter((s) => s.trim().length > 0);

const stepIds = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);
const steps = fc.integer({ min: 1, max: 6 }).chain((n) =>
	fc.tuple(
		...stepIds(n).map((id, i) =>
			fc.record({
				id: fc.constant(id),
				kind: fc.constantFrom('say', 'respond'),
				title: text,
				prompt: text,
				guidance: fc.option(text, { nil: undefined }),
				modelResponse: text,
				next: fc.constant(i + 1 < n ? `s${i + 1}` : null)
			})
		)
	)
);

const scenario = fc
	.record({
		title: text.map((t) => `Quest ${t}`),
		description: text,
		instructions: fc.option(text, { nil: undefined }),
		learningObjectives: fc.array(text, { maxLength: 4 }),
		persona: fc.option(
			fc.record({ name: text, age: fc.integer({ min: 5, max: 90 }), background: text }),
			{
				nil: null
			}
		),
		mode: fc.constantFrom(...MODES),
		difficulty: fc.constantFrom(...DIFFICULTIES),
		estimatedTime: fc.integer({ min: 5, max: 60 }),
		psychologicalModule: fc.option(fc.constantFrom(...PSYCHOLOGICAL_MODULES), { nil: null }),
		ageRange: fc.option(fc.constantFrom('5-7', '7-9', '10-12'), { nil: null }),
		cefrLevel: fc.option(fc.constantFrom(...CEFR_LEVELS), { nil: null }),
		skills: fc.subarray(['active-listening', 'rapport-building', 'safety-planning']),
		steps,
		isOneTime: fc.boolean(),
		visibility: fc.constantFrom(...VISIBILITIES)
	})
	.map((raw) => scenarioContentSchema.safeParse(raw))
	.filter((parsed) => parsed.success)
	.map((parsed) => parsed.data!);

describe('scenario YAML', () => {
	it('round-trips every seed scenario exactly', () => {
		const { builtin, community } = loadSeedContent();
		for (const seed of [...builtin, ...community]) {
			expect(roundTrip(seed.content), seed.file).toEqual(seed.content);
		}
	});

	it('round-trips random valid scenarios exactly (fast-check)', () => {
		fc.assert(
			fc.property(scenario, (content) => {
				expect(roundTrip(content)).toEqual(content);
			}),
			{ numRuns: 300 }
		);
	});

	it('names the line of each problem', () => {
		const seed = loadSeedContent().builtin[0].content;
		const yaml = scenarioToYaml(seed);
		const lines = yaml.split('\n');
		const at = (needle: string) => lines.findIndex((l) => l.startsWith(needle)) + 1;

		// A schema problem: the estimated time out of range.
		const badTime = yaml.replace(/^estimatedTime: \d+$/m, 'estimatedTime: 500');
		expect(scenarioFromYaml(badTime)).toMatchObject({
			ok: false,
			problems: [{ line: at('estimatedTime:'), path: 'estimatedTime' }]
		});

		// A misspelt field is refused, not dropped.
		const misspelt = yaml.replace(/^description:/m, 'descripton:');
		const result = scenarioFromYaml(misspelt);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.problems.map((p) => p.path)).toContain('description');
		}
		const unknown = scenarioFromYaml(`${yaml}colour: blue\n`);
		expect(unknown).toMatchObject({
			ok: false,
			problems: [
				{ line: lines.length, path: 'colour', message: expect.stringContaining('Unknown') }
			]
		});

		// A YAML syntax error: its line, no crash.
		const broken = scenarioFromYaml('title: A quest\ndescription: x: y\nmode: chat\n');
		expect(broken.ok).toBe(false);
		if (!broken.ok) expect(broken.problems[0].line).toBe(2);

		// Not a mapping, duplicate keys, aliases (a billion laughs) are refused in words.
		expect(scenarioFromYaml('- just\n- a list\n')).toMatchObject({ ok: false });
		expect(scenarioFromYaml('title: a\ntitle: b\n')).toMatchObject({ ok: false });
		expect(scenarioFromYaml('a: &a [x, x]\nb: &b [*a, *a]\ntitle: *b\n')).toMatchObject({
			ok: false
		});
	});
});
