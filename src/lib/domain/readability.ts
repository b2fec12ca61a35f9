import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { AGE_RANGES, type AgeRange } from '../schemas/enums';
import type { ScenarioStep } from '../schemas/steps';

// How hard a quest's text is to read for a child of an age band, for the reviewer's simulated
// playthrough. The grade comes from the maintained libraries (flesch-kincaid: the Flesch-Kincaid
// grade level from counts; syllable: syllables per word); only the counting of words and
// sentences is done here, with a plain tokenizer. Pure: it runs in the browser.

/** A text's reading level: `grade` is the US school grade (null when there is nothing to read). */
export interface Readability {
	grade: number | null;
	words: number;
	sentences: number;
	syllables: number;
}

/** Letters and digits, with inner apostrophes and hyphens ("don't", "well-known") kept in. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/**
 * A run of sentence ends (".", "?!", "...") with any closing quotes, followed by the end or by
 * space and something other than a lower-case letter ("Then... a splash" is one sentence).
 */
const SENTENCE_END = /[.!?…]+['"’”)\]]*(?=\s+(?!\p{Ll})|\s*$)/gu;

export function countWords(text: string): string[] {
	return text.match(WORD) ?? [];
}

/**
 * Sentences: pieces between sentence ends that hold at least one word. A text without a final
 * full stop still counts its last piece ("Goodnight, Willow" is one sentence).
 */
export function countSentences(text: string): number {
	return text.split(SENTENCE_END).filter((piece) => countWords(piece).length > 0).length;
}

export function readability(text: string): Readability {
	const words = countWords(text);
	const sentences = countSentences(text);
	// Every word has at least one syllable, whatever the library guesses for "TV" or "2".
	const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
	if (words.length === 0 || sentences === 0) {
		return { grade: null, words: words.length, sentences, syllables };
	}
	const grade = fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
	return { grade: Math.round(grade * 10) / 10, words: words.length, sentences, syllables };
}

/**
 * The US grades a child of each band reads comfortably. US children start grade 1 at about six,
 * so grade ≈ age − 5 (kindergarten is 0): the band's youngest age gives `min`, its oldest `max`.
 * Flesch-Kincaid scores below 0 happen for very short, simple sentences and fit every band.
 */
export const BAND_GRADES: Record<AgeRange, { min: number; max: number }> = {
	'5-7': { min: 0, max: 2 },
	'7-9': { min: 2, max: 4 },
	'10-12': { min: 5, max: 7 },
	'13-15': { min: 8, max: 10 },
	'16-17': { min: 11, max: 12 }
};

/**
 * How far above the band's top grade a text is still "a stretch" rather than "too hard": about
 * two grades, the usual gap between what children follow when read aloud to and what they read
 * alone (quests are often read together with a parent).
 */
export const STRETCH_GRADES = 2;

export type Verdict = 'fits' | 'stretch' | 'too-hard' | 'no-text';

/** The verdicts in words, for badges and tables. */
export const VERDICT_WORDS: Record<Verdict, string> = {
	fits: 'fits',
	stretch: 'a stretch',
	'too-hard': 'too hard',
	'no-text': 'nothing to read'
};

export interface StepReading extends Readability {
	verdict: Verdict;
	/** one sentence with the numbers, e.g. "Grade 3.1: fits ages 7-9 (comfortable up to grade 4)." */
	summary: string;
}

export function verdictFor(grade: number | null, band: AgeRange): Verdict {
	if (grade === null) return 'no-text';
	const { max } = BAND_GRADES[band];
	if (grade <= max) return 'fits';
	if (grade <= max + STRETCH_GRADES) return 'stretch';
	return 'too-hard';
}

/** A text's reading level judged against a band, with the numbers in words. */
export function readingFor(text: string, band: AgeRange): StepReading {
	const r = readability(text);
	const verdict = verdictFor(r.grade, band);
	const { max } = BAND_GRADES[band];
	const counts = `${r.words} ${r.words === 1 ? 'word' : 'words'}, ${r.sentences} ${r.sentences === 1 ? 'sentence' : 'sentences'}`;
	const summary =
		r.grade === null
			? 'No text for the child to read.'
			: `Grade ${r.grade.toFixed(1)} (${counts}): ${verdict === 'fits' ? 'fits' : `${VERDICT_WORDS[verdict]} for`} ages ${band}, who read comfortably up to grade ${max}.`;
	return { ...r, verdict, summary };
}

/**
 * The band to start with for a scenario's age range: the band it names, else the band holding
 * its youngest age (content may say "8-10"), else the nearest one; '7-9' when there is none.
 */
export function bandFor(ageRange: string | null | undefined): AgeRange {
	if (ageRange && (AGE_RANGES as readonly string[]).includes(ageRange)) return ageRange as AgeRange;
	const youngest = Number(/^(\d{1,2})-\d{1,2}$/.exec(ageRange ?? '')?.[1]);
	if (!Number.isFinite(youngest)) return '7-9';
	const bounds = AGE_RANGES.map((band) => band.split('-').map(Number) as [number, number]);
	const holding = bounds.findIndex(([lo, hi]) => youngest >= lo && youngest <= hi);
	if (holding >= 0) return AGE_RANGES[holding];
	return youngest < bounds[0][0] ? AGE_RANGES[0] : AGE_RANGES[AGE_RANGES.length - 1];
}

/**
 * What the child reads on a step: the story text and the choices' labels (the parent's guidance
 * is not theirs). A label without a full stop still counts as a sentence of its own.
 */
export function childText(step: Pick<ScenarioStep, 'prompt' | 'choices'>): string {
	const labels = (step.choices ?? []).map((c) =>
		/[.!?…]['"’”]*$/u.test(c.label) ? c.label : `${c.label}.`
	);
	return [step.prompt, ...labels].join(' ');
}

export interface StepReadingRow {
	id: string;
	title: string;
	reading: StepReading;
}

/** Every step's reading level for a band, in authored order (not only one walked path). */
export function questReadings(steps: ScenarioStep[], band: AgeRange): StepReadingRow[] {
	return steps.map((step) => ({
		id: step.id,
		title: step.title,
		reading: readingFor(childText(step), band)
	}));
}

/** How many steps got each verdict. */
export function verdictCounts(rows: StepReadingRow[]): Record<Verdict, number> {
	const counts: Record<Verdict, number> = { fits: 0, stretch: 0, 'too-hard': 0, 'no-text': 0 };
	for (const row of rows) counts[row.reading.verdict] += 1;
	return counts;
}
