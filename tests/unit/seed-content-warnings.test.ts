import { describe, expect, it } from 'vitest';
import { missingWarnings, unmentionedWarnings } from '../../src/lib/domain/content-warnings';
import { loadSeedContent } from '../../src/lib/server/bootstrap/load-content';

// Every seeded scenario carries the warning of every topic its text mentions, so "hide suicide
// content" on /scenarios hides every scenario that asks the learner to talk about suicide.
// A failure names the file, the warning to add and the words found where.

const { builtin, community } = loadSeedContent();
const seeded = [...builtin, ...community];

describe('the seed content warnings', () => {
	it.each(seeded.map((s) => [s.file, s] as const))(
		'%s carries a warning for every topic it mentions',
		(_file, scenario) => {
			const missing = missingWarnings(scenario.content).map(
				(f) =>
					`add "${f.warning}": ${f.evidence.map((e) => `${e.path} (${e.matches.join(', ')})`).join('; ')}`
			);
			expect(missing).toEqual([]);
		}
	);

	it('include the suicide warning on the scenarios issue 12 named', () => {
		const titles = ['Wanting to Stop Lithium', 'Stopped antidepressant because of cost'];
		for (const title of titles) {
			const scenario = seeded.find((s) => s.content.title === title);
			expect(scenario?.content.contentWarnings, title).toContain('suicide');
		}
		const relapse = seeded.find((s) => s.content.title.startsWith('Adult self-harm relapse'));
		expect(relapse?.content.contentWarnings).toEqual(
			expect.arrayContaining(['self-harm', 'suicide'])
		);
	});

	it('name only topics the text mentions (a carried warning the scanner misses needs a pattern)', () => {
		const unmentioned = seeded.flatMap((s) =>
			unmentionedWarnings(s.content).map((w) => `${s.file}: ${w}`)
		);
		expect(unmentioned).toEqual([]);
	});
});
