import { describe, expect, it } from 'vitest';
import {
	BAND_GRADES,
	bandFor,
	childText,
	countSentences,
	questReadings,
	readability,
	readingFor,
	STRETCH_GRADES,
	verdictCounts,
	verdictFor
} from '../../src/lib/domain/readability';
import { AGE_RANGES } from '../../src/lib/schemas/enums';
import type { ScenarioStep } from '../../src/lib/schemas/steps';

// The reviewer's reading levels: the grade comes from flesch-kincaid and syllable, so these tests
// check what this module adds (counting, the band mapping, the verdicts) and that the ranking of
// texts comes out the way any reader would expect.

const EASY = 'The cat sat on the mat. It was a big cat. The cat was glad.';
const MIDDLE =
	'Willow the otter takes you to a gentle stream. You learn to put each worried thought on a leaf and watch it float away.';
const HARD =
	'Notwithstanding considerable institutional reluctance, the committee unanimously recommended comprehensive organisational restructuring to facilitate interdepartmental communication.';

describe('readability', () => {
	it('ranks an easy text below a middling one below a hard one', () => {
		const [easy, middle, hard] = [EASY, MIDDLE, HARD].map((t) => readability(t).grade!);
		expect(easy).toBeLessThan(middle);
		expect(middle).toBeLessThan(hard);
		expect(easy).toBeLessThan(2);
		expect(hard).toBeGreaterThan(16);
	});

	it('counts words and sentences with ellipses, quotes and a missing last full stop', () => {
		expect(readability(EASY)).toMatchObject({ words: 15, sentences: 3 });
		expect(countSentences("'What if I come last?' Then... a splash! Goodnight, Willow")).toBe(3);
		expect(readability("Don't worry, it's well-known.")).toMatchObject({ words: 4, sentences: 1 });
	});

	it('gives no grade for empty text or punctuation alone', () => {
		for (const text of ['', '   ', '...', '!?']) {
			expect(readability(text)).toEqual({ grade: null, words: 0, sentences: 0, syllables: 0 });
			expect(readingFor(text, '7-9')).toMatchObject({
				verdict: 'no-text',
				summary: 'No text for the child to read.'
			});
		}
	});
});

describe('bands and verdicts', () => {
	it('maps each band to grades of age − 5, in order and without gaps in ages', () => {
		for (const band of AGE_RANGES) {
			const [lo, hi] = band.split('-').map(Number);
			expect(BAND_GRADES[band]).toEqual({ min: lo - 5, max: hi - 5 });
		}
	});

	it('puts the edges of each band where they belong', () => {
		const { max } = BAND_GRADES['7-9'];
		expect(verdictFor(-1, '7-9')).toBe('fits');
		expect(verdictFor(max, '7-9')).toBe('fits');
		expect(verdictFor(max + 0.1, '7-9')).toBe('stretch');
		expect(verdictFor(max + STRETCH_GRADES, '7-9')).toBe('stretch');
		expect(verdictFor(max + STRETCH_GRADES + 0.1, '7-9')).toBe('too-hard');
		// The same grade reads differently for different bands.
		expect(verdictFor(6, '5-7')).toBe('too-hard');
		expect(verdictFor(6, '10-12')).toBe('fits');
		expect(verdictFor(null, '16-17')).toBe('no-text');
	});

	it('says the verdict in words, with the numbers', () => {
		expect(readingFor(EASY, '5-7').summary).toMatch(
			/^Grade -?\d+\.\d \(15 words, 3 sentences\): fits ages 5-7, who read comfortably up to grade 2\.$/
		);
		expect(readingFor(HARD, '7-9').summary).toMatch(/: too hard for ages 7-9, /);
		const stretch = readingFor(MIDDLE, '5-7');
		expect(stretch.grade).toBeGreaterThan(2);
		expect(stretch.grade).toBeLessThanOrEqual(4);
		expect(stretch.summary).toMatch(/: a stretch for ages 5-7, /);
	});

	it('starts from the band the quest names, or the one holding its youngest age', () => {
		expect(bandFor('10-12')).toBe('10-12');
		expect(bandFor('8-10')).toBe('7-9');
		expect(bandFor('11-14')).toBe('10-12');
		expect(bandFor('3-4')).toBe('5-7');
		expect(bandFor('18-25')).toBe('16-17');
		expect(bandFor(null)).toBe('7-9');
		expect(bandFor('teens')).toBe('7-9');
	});
});

describe('steps', () => {
	const steps: ScenarioStep[] = [
		{ id: 'a', title: 'Start', prompt: 'The cat sat. The cat ran.' },
		{
			id: 'b',
			title: 'Choose',
			prompt: 'What now?',
			choices: [
				{ label: 'Run home', next: null },
				{ label: 'Sit down!', next: null }
			]
		},
		{ id: 'c', title: 'Hard', prompt: HARD }
	];

	it('reads what the child reads: the story and the choices, each label a sentence', () => {
		expect(childText(steps[1])).toBe('What now? Run home. Sit down!');
		expect(readability(childText(steps[1]))).toMatchObject({ words: 6, sentences: 3 });
	});

	it('judges every step, in authored order, and counts the verdicts', () => {
		const rows = questReadings(steps, '7-9');
		expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
		expect(rows.map((r) => r.reading.verdict)).toEqual(['fits', 'fits', 'too-hard']);
		expect(verdictCounts(rows)).toEqual({ fits: 2, stretch: 0, 'too-hard': 1, 'no-text': 0 });
	});
});
