import { describe, expect, it } from 'vitest';
import { clip, fill, generateDraft } from '../../src/lib/domain/quest-builder/generate';
import { autoLayout as layoutFor } from '../../src/lib/domain/step-graph';
import { QUEST_TEMPLATES, templateAt } from '../../src/lib/domain/quest-builder/templates';
import { PLACEHOLDERS } from '../../src/lib/domain/quest-builder/templates/types';
import { stepKind, stepTargets } from '../../src/lib/domain/step-walk';
import { AGE_RANGES, QUEST_MODULES } from '../../src/lib/schemas/enums';
import { scenarioContentSchema } from '../../src/lib/schemas/scenario';

// Every template × every age band × awkward answers gives content the studio's own schema
// accepts (graph checks included), each is a real branching quest, and what the parent typed
// reaches the story exactly once per placeholder, never re-expanded.

const AWKWARD: { worry: string; helps: string; title?: string }[] = [
	{ worry: 'the dark', helps: 'a cuddle' },
	{ worry: 'x'.repeat(5000), helps: 'y '.repeat(3000) },
	{ worry: 'Grandma\'s "operation" – and the “hospital”', helps: "Dad's 'silly' songs" },
	{ worry: '🌙🦖 monsters under the bed 👻', helps: '🧸 + 🫖' },
	{ worry: '- key: value # not a comment', helps: '&anchor *alias | > ~ null yes' },
	{ worry: '{helps} {worry} {grownup}', helps: '{worry}' },
	{ worry: '  line\nbreaks\tand\ttabs  ', helps: '\n\n' },
	{ worry: '', helps: '', title: '  ' },
	{ worry: 'school', helps: 'drawing', title: 'T'.repeat(400) },
	{ worry: '<script>alert(1)</script>', helps: '${process.env}', title: 'Ab' }
];

describe('quest templates', () => {
	it('has at least two templates per module, each with its own key', () => {
		const keys = QUEST_MODULES.flatMap((m) => QUEST_TEMPLATES[m].map((t) => t.key));
		for (const m of QUEST_MODULES) {
			expect(QUEST_TEMPLATES[m].length).toBeGreaterThanOrEqual(2);
			for (const t of QUEST_TEMPLATES[m]) expect(t.module).toBe(m);
		}
		expect(new Set(keys).size).toBe(keys.length);
		expect(keys.length).toBeGreaterThanOrEqual(8);
	});

	it('uses only placeholders the generator fills', () => {
		const known = new Set<string>(PLACEHOLDERS);
		const texts = JSON.stringify(QUEST_TEMPLATES);
		const used = [...texts.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]);
		expect(used.filter((u) => !known.has(u))).toEqual([]);
		expect(new Set(used)).toEqual(new Set(['worry', 'helps', 'grownup', 'breath', 'ageBand']));
	});

	for (const module of QUEST_MODULES) {
		QUEST_TEMPLATES[module].forEach((template, index) => {
			describe(template.key, () => {
				it.each(AGE_RANGES)(
					'gives valid, branching content for %s with awkward answers',
					(ageBand) => {
						for (const answers of AWKWARD) {
							const result = generateDraft({ ageBand, module, templateIndex: index, ...answers });
							if (!result.ok) throw new Error(`${template.key}: ${result.problems.join('; ')}`);
							const content = result.content;
							// Valid again from the outside (what the studio and createDraft receive).
							expect(scenarioContentSchema.safeParse(content).success).toBe(true);
							expect(result.templateKey).toBe(template.key);
							expect(content).toMatchObject({
								psychologicalModule: module,
								ageRange: ageBand,
								category: 'therapeutic_quest',
								visibility: 'private'
							});
							expect(content.revealMessage?.length).toBeGreaterThan(50);
							const text = JSON.stringify(content);
							// No placeholder left unfilled (unless the parent typed one).
							if (!`${answers.worry}${answers.helps}`.includes('{'))
								expect(text).not.toMatch(/\{\w+\}/);
							// A choose step whose choices lead to different steps.
							const forks = content.steps.filter(
								(s) =>
									stepKind(s) === 'choose' &&
									new Set(
										stepTargets(content.steps, s.id).map((t) => (t.kind === 'step' ? t.id : ''))
									).size >= 2
							);
							expect(forks.length).toBeGreaterThanOrEqual(1);
							expect(content.steps.filter((s) => s.feeling).length).toBeGreaterThanOrEqual(
								content.steps.length - 1
							);
							// Every step has a position.
							expect(Object.keys(content.layout).sort()).toEqual(
								content.steps.map((s) => s.id).sort()
							);
						}
					}
				);
			});
		});
	}

	it('puts the answers into the story, trimmed and bounded', () => {
		const result = generateDraft({
			ageBand: '7-9',
			module: 'IFS',
			worry: '  the first day at school. ',
			helps: 'holding Bunny'
		});
		if (!result.ok) throw new Error(result.problems.join());
		expect(result.content.description).toContain('worries about the first day at school,');
		expect(result.content.revealMessage).toContain('holding Bunny');
		expect(JSON.stringify(result.content)).toContain('your grown-up');
		const teen = generateDraft({ ageBand: '16-17', module: 'IFS', worry: 'exams', helps: 'music' });
		if (!teen.ok) throw new Error(teen.problems.join());
		expect(JSON.stringify(teen.content)).toContain('someone you trust');
		expect(JSON.stringify(teen.content)).not.toContain('your grown-up');
		expect(teen.content.difficulty).toBe('intermediate');
	});

	it('keeps a parent title, or the template title when it is too short', () => {
		const own = generateDraft({
			ageBand: '5-7',
			module: 'ACT',
			worry: 'dogs',
			helps: 'a song',
			title: ' Brave with dogs '
		});
		const short = generateDraft({
			ageBand: '5-7',
			module: 'ACT',
			worry: 'dogs',
			helps: 'a song',
			title: 'A'
		});
		expect(own.ok && own.content.title).toBe('Brave with dogs');
		expect(short.ok && short.content.title).toBe(templateAt('ACT', 0).title);
	});

	it('fills in one pass and capitalises an answer that opens a text', () => {
		const values = {
			worry: '{helps}',
			helps: 'a hug',
			grownup: 'Mum',
			breath: 'b',
			ageBand: '5-7'
		};
		expect(fill('About {worry} with {helps}', values)).toBe('About {helps} with a hug');
		expect(fill('{helps} helps', values)).toBe('A hug helps');
	});

	it('clips at a word with an ellipsis', () => {
		expect(clip('short', 10)).toBe('short');
		const cut = clip('one two three four five six', 14);
		expect(cut.length).toBeLessThanOrEqual(14);
		expect(cut).toBe('one two three…');
	});

	it('lays out rows by distance from the first step', () => {
		const layout = layoutFor(templateAt('IFS', 0).steps);
		expect(layout['hello-pip']).toEqual({ x: 0, y: 0 });
		expect(layout['meet-the-part'].y).toBe(160);
		expect(layout['say-hello'].y).toBe(320);
		expect(layout['go-away'].y).toBe(320);
		expect(layout['say-hello'].x).not.toBe(layout['go-away'].x);
	});

	it('wraps round the templates of a module', () => {
		expect(templateAt('CBT', 2).key).toBe(templateAt('CBT', 0).key);
		expect(templateAt('CBT', 1).key).not.toBe(templateAt('CBT', 0).key);
	});
});
