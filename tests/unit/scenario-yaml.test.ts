import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSeedContent } from '../../src/lib/server/bootstrap/load-content';
import { scenarioFromYaml, scenarioToYaml } from '../../src/lib/domain/scenario-yaml';
import type { ScenarioContent } from '../../src/lib/schemas/scenario';
import { validScenarioContent } from '../support/arbitraries';

// Scenarios as YAML (issue 16): export → import gives back exactly what was exported, for every
// seed scenario (branches, effects, rubrics, personas) and for random valid scenarios whose text
// is full of what YAML treats specially and which carry the quest fields (reveal message, graph
// layout, step feelings; tests/support/arbitraries.ts); import names the line of each problem.

const roundTrip = (content: ScenarioContent) => {
	const back = scenarioFromYaml(scenarioToYaml(content));
	if (!back.ok) throw new Error(JSON.stringify(back.problems));
	return back.content;
};

describe('scenario YAML', () => {
	it('round-trips every seed scenario exactly', () => {
		const { builtin, community } = loadSeedContent();
		for (const seed of [...builtin, ...community]) {
			expect(roundTrip(seed.content), seed.file).toEqual(seed.content);
		}
	});

	it('round-trips random valid scenarios exactly (fast-check)', () => {
		fc.assert(
			fc.property(validScenarioContent, (content) => {
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
