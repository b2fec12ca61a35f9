// Rubric levels in words, for the coordinator's pages: an assignment's minimum level and the
// best level a trainee reached (a mean of 1..4 scores, so it may fall between two words).

export const LEVELS = [1, 2, 3, 4] as const;

export const LEVEL_WORDS: Record<(typeof LEVELS)[number], string> = {
	1: 'beginning',
	2: 'developing',
	3: 'proficient',
	4: 'exemplary'
};

/** "3 (proficient)" */
export function levelName(level: number): string {
	const word = LEVEL_WORDS[level as (typeof LEVELS)[number]];
	return word ? `${level} (${word})` : String(level);
}

/** A reached level as given, with at most one decimal: 2.67 → "2.7". */
export function levelValue(level: number): string {
	return String(Math.round(level * 10) / 10);
}
