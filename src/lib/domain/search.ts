// Turns whatever a learner types into a safe PostgreSQL tsquery: only letters and digits
// survive, each word becomes a prefix match, all words must match. Quotes, operators,
// backslashes and SQL never reach to_tsquery, so no input can make it fail.

const WORD = /[\p{L}\p{N}]+/gu;
const MAX_WORDS = 8;
const MAX_WORD_LENGTH = 40;

export function searchWords(input: string | undefined | null): string[] {
	if (!input) return [];
	const words = input.normalize('NFKC').toLowerCase().match(WORD) ?? [];
	return words.slice(0, MAX_WORDS).map((w) => w.slice(0, MAX_WORD_LENGTH));
}

/** `word1:* & word2:*`, or null when nothing searchable is left. */
export function toPrefixTsquery(input: string | undefined | null): string | null {
	const words = searchWords(input);
	if (words.length === 0) return null;
	return words.map((w) => `${w}:*`).join(' & ');
}
