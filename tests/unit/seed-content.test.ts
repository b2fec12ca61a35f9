import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
	bundledContentFiles,
	contentDir,
	loadSeedContent,
	parseScenarioFile,
	parseSeedContent,
	readContentDir,
	SeedContentError
} from '../../src/lib/server/bootstrap/load-content';
import { SEED_SKILLS } from '../../src/lib/server/bootstrap/skills';

// The seed scenarios are YAML data (src/lib/server/bootstrap/content): every file must pass the
// studio's content schema, and a broken file must fail with its name and the field.

const onDisk = readContentDir(contentDir());
const scenarioFiles = [...onDisk.keys()].filter((file) => file.includes('/'));

describe('the seed content files', () => {
	it.each(scenarioFiles)('%s is a valid scenario', (file) => {
		const scenario = parseScenarioFile(file, onDisk.get(file)!);
		expect(scenario.slug).toBe(file.split('/')[1].replace(/\.yaml$/, ''));
	});

	it('load together: unique slugs and orders, every group present, crowd reviews checked', () => {
		const content = loadSeedContent();
		const all = [...content.builtin, ...content.community];
		expect(all.length).toBe(scenarioFiles.length);
		expect(new Set(all.map((s) => s.slug)).size).toBe(all.length);
		expect(new Set(content.builtin.map((s) => s.group))).toEqual(
			new Set(['crisis-line', 'quests', 'language'])
		);
		expect(content.community.length).toBeGreaterThan(0);
		expect(content.builtin.every((s) => s.content.visibility === 'public')).toBe(true);
		expect(Object.keys(content.crowdReviews.scenarios).length).toBeGreaterThan(0);
	});

	it('use only skills of the seeded taxonomy', () => {
		const known = new Set<string>(SEED_SKILLS.map((s) => s.slug));
		const { builtin, community } = loadSeedContent();
		const unknown = [...builtin, ...community].flatMap((s) =>
			s.content.skills.filter((skill) => !known.has(skill)).map((skill) => `${s.file}: ${skill}`)
		);
		expect(unknown).toEqual([]);
	});

	it('leave defaults out: no top-level nulls or empty lists', () => {
		const explicit = scenarioFiles.flatMap((file) => {
			const raw = parseDocument(onDisk.get(file)!).toJS() as Record<string, unknown>;
			return Object.entries(raw)
				.filter(([, v]) => v === null || (Array.isArray(v) && v.length === 0))
				.map(([key]) => `${file}: ${key}`);
		});
		expect(explicit).toEqual([]);
	});

	it('are what Vite bundles for the server, so tsx and the built server seed the same', () => {
		// Under vitest the loader gets the files through import.meta.glob, like `vite build`.
		const bundled = bundledContentFiles();
		expect(bundled).toBeDefined();
		expect([...bundled!.keys()].sort()).toEqual([...onDisk.keys()].sort());
		for (const [file, text] of onDisk) expect(bundled!.get(file), file).toBe(text);
	});
});

const VALID = `title: A small test scenario
description: Only for the loader's tests.
skills:
  - active-listening
steps:
  - id: opening
    title: Opening
    prompt: Hello?
    next: null
seed:
  order: 1
`;

const COMMUNITY = `title: A community draft
description: Written by a demo author.
visibility: private
seed:
  order: 1
  author: maya
  status: approved
`;

const REVIEW = `  review:
    emotionalSafety: 5
    therapeuticCorrectness: 4
    ageAppropriateness: 5
    revealTiming: 4
    strengths: Warm.
    concerns: None.
    recommendations: Keep it.
    decision: approved
`;

/** The error parseScenarioFile throws for a file, or undefined. */
function errorOf(file: string, text: string): SeedContentError | undefined {
	try {
		parseScenarioFile(file, text);
		return undefined;
	} catch (error) {
		if (error instanceof SeedContentError) return error;
		throw error;
	}
}

describe('the seed content loader', () => {
	it('fills the defaults a file leaves out', () => {
		const scenario = parseScenarioFile('crisis-line/small-test.yaml', VALID);
		expect(scenario).toMatchObject({ slug: 'small-test', group: 'crisis-line', order: 1 });
		expect(scenario.content).toMatchObject({
			psychologicalModule: null,
			ageRange: null,
			cefrLevel: null,
			contentWarnings: [],
			isOneTime: false,
			visibility: 'public',
			mode: 'phone',
			persona: null
		});
		expect(scenario.content.steps[0].next).toBeNull();
	});

	it('names the file and the line of a YAML syntax error', () => {
		const error = errorOf('quests/broken.yaml', VALID.replace('title: Opening', 'title: [Opening'));
		expect(error?.message).toMatch(/src\/lib\/server\/bootstrap\/content\/quests\/broken\.yaml/);
		expect(error?.message).toMatch(/line \d+/);
	});

	it('names the file and the field that fails the content schema', () => {
		const error = errorOf(
			'crisis-line/broken.yaml',
			VALID.replace('prompt: Hello?', 'prompt: ""').replace('skills:', 'difficulty: easy\nskills:')
		);
		expect(error?.message).toContain('content/crisis-line/broken.yaml is not valid seed content');
		expect(error?.message).toMatch(/steps\.0\.prompt: /);
		expect(error?.message).toMatch(/difficulty: /);
	});

	it('rejects a field no schema knows, at any depth', () => {
		const error = errorOf(
			'language/typo.yaml',
			VALID.replace('prompt: Hello?', 'prompt: Hello?\n    guidence: Say hi.')
		);
		expect(error?.message).toMatch(/steps\.0\.guidence: Unknown field/);
		expect(errorOf('language/typo.yaml', `slug: typo\n${VALID}`)?.message).toMatch(
			/slug: Unknown field/
		);
	});

	it('rejects a step pointing at a step that does not exist', () => {
		const error = errorOf('quests/dangling.yaml', VALID.replace('next: null', 'next: nowhere'));
		expect(error?.message).toMatch(/steps\.0\.next: No step "nowhere"/);
	});

	it('checks the seed block: order for built-ins; author, status and review for community', () => {
		expect(
			errorOf('quests/no-order.yaml', VALID.replace('seed:\n  order: 1\n', ''))?.message
		).toMatch(/seed: /);
		expect(
			errorOf('crisis-line/authored.yaml', VALID.replace('order: 1', 'order: 1\n  author: maya'))
				?.message
		).toMatch(/seed: Not expected here: author/);
		expect(errorOf('community/unreviewed.yaml', COMMUNITY)?.message).toMatch(
			/seed\.review: A scenario with status approved needs its review/
		);
		expect(errorOf('community/reviewed.yaml', COMMUNITY + REVIEW)).toBeUndefined();
		expect(
			errorOf(
				'community/mismatch.yaml',
				COMMUNITY + REVIEW.replace('decision: approved', 'decision: rejected')
			)?.message
		).toMatch(/seed\.review\.decision: /);
		expect(
			errorOf('community/stranger.yaml', COMMUNITY.replace('author: maya', 'author: nobody'))
				?.message
		).toMatch(/seed\.author: Not a demo account key/);
	});

	it('rejects files outside the group folders and names that are not slugs', () => {
		expect(errorOf('misc/small-test.yaml', VALID)?.message).toMatch(/Not in a group folder/);
		expect(errorOf('quests/Small_Test.yaml', VALID)?.message).toMatch(/is not a scenario slug/);
	});

	it('rejects a slug used twice, an order used twice and repeated crowd review texts', () => {
		const reviews = 'scenarios: {}\nany: {}\n';
		const files = (entries: [string, string][]) =>
			new Map<string, string>([['crowd-reviews.yaml', reviews], ...entries]);
		expect(() =>
			parseSeedContent(
				files([
					['quests/a-scenario.yaml', VALID],
					['language/b-scenario.yaml', VALID]
				])
			)
		).toThrow(/seed\.order: 1 is also the order of/);
		expect(() =>
			parseSeedContent(
				files([
					['quests/same.yaml', VALID],
					['language/same.yaml', VALID.replace('order: 1', 'order: 2')]
				])
			)
		).toThrow(/The slug same is taken by/);
		const twice = 'scenarios:\n  same:\n    5:\n      - Great.\nany:\n  4:\n    - Great.\n';
		expect(() =>
			parseSeedContent(
				new Map([
					['crowd-reviews.yaml', twice],
					['quests/same.yaml', VALID]
				])
			)
		).toThrow(/crowd-reviews\.yaml[\s\S]*any\.4\.0: Used twice/);
		const unknown = 'scenarios:\n  not-seeded:\n    5:\n      - Fine.\nany: {}\n';
		expect(() =>
			parseSeedContent(
				new Map([
					['crowd-reviews.yaml', unknown],
					['quests/same.yaml', VALID]
				])
			)
		).toThrow(/scenarios\.not-seeded: No seed scenario has this slug/);
	});
});
