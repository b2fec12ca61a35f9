// Text handling shared by the detectors: normalising a reply without moving any character (so a
// finding's offsets point into the learner's own text), splitting it into sentences and each
// sentence into clauses, and the negation and "I won't say ..." checks the rules share.

/** One sentence of the reply, with offsets into the original text. */
export interface Sentence {
	start: number;
	end: number;
	/** the original words, exactly `text.slice(start, end)` */
	text: string;
	/** the same characters normalised by `normalise`: same length, so offsets carry over */
	norm: string;
	/** ends with a question mark (possibly followed by closing quotes or more ?/!) */
	asked: boolean;
	/** ends with a full stop or "!": a statement, even if it opens with "what" or "are you" */
	stated: boolean;
	clauses: Clause[];
}

/** A stretch of a sentence between commas, dashes, colons, "and", "but" or "or". */
export interface Clause {
	/** offset of `text` in the sentence's `norm` */
	start: number;
	/** normalised words with leading fillers ("ok", "so", "and", "honestly,") removed */
	text: string;
}

// Curly quotes become straight ones, so "don’t" and "don't" match the same rule.
const SAME_LENGTH_REPLACEMENTS: Record<string, string> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201b': "'",
	'\u2032': "'",
	'`': "'",
	'\u201c': '"',
	'\u201d': '"',
	'\u00a0': ' '
};

/**
 * Lower case with straight apostrophes, character by character and never changing the length
 * (a character whose lower case is longer, such as "İ", is kept as it is), so an offset found
 * in the normalised text is the same offset in the original.
 */
export function normalise(text: string): string {
	let out = '';
	for (const char of text) {
		const replaced = SAME_LENGTH_REPLACEMENTS[char];
		if (replaced) {
			out += replaced;
			continue;
		}
		const lower = char.toLowerCase();
		out += lower.length === char.length ? lower : char;
	}
	return out;
}

// A full stop after these is not the end of a sentence.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'e.g', 'i.e', 'etc', 'vs', 'approx']);

/**
 * Splits at ., ! or ? (runs of them, and any closing quote or bracket after) followed by white
 * space, and at line breaks. Leading and trailing white space is left out of each sentence.
 */
export function splitSentences(text: string): Sentence[] {
	const norm = normalise(text);
	const sentences: Sentence[] = [];
	const boundary = /[.!?\u2026]+["')\]]*(?=\s|$)|\n+/g;
	let from = 0;
	for (const match of norm.matchAll(boundary)) {
		const end = match.index + match[0].length;
		if (match[0].startsWith('.') && isAbbreviation(norm, match.index)) continue;
		pushSentence(text, norm, from, end, sentences);
		from = end;
	}
	pushSentence(text, norm, from, text.length, sentences);
	return sentences;
}

function isAbbreviation(norm: string, dotIndex: number): boolean {
	const word = /([a-z.]+)$/.exec(norm.slice(Math.max(0, dotIndex - 8), dotIndex));
	return word !== null && ABBREVIATIONS.has(word[1]);
}

function pushSentence(text: string, norm: string, from: number, to: number, out: Sentence[]) {
	let start = from;
	let end = to;
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	if (end <= start) return;
	const sentenceNorm = norm.slice(start, end);
	out.push({
		start,
		end,
		text: text.slice(start, end),
		norm: sentenceNorm,
		asked: /\?[\s"')\]?!.]*$/.test(sentenceNorm),
		stated: /[.!\u2026]["')\]]*$/.test(sentenceNorm) && !/\?/.test(sentenceNorm.slice(-3)),
		clauses: splitClauses(sentenceNorm)
	});
}

// Words that open a clause without changing what it does: "OK, so what happened?" is the
// question "what happened?". The second list only counts when a comma or full stop follows
// ("Honestly, just ignore them" but not "honestly you're overreacting").
const FILLERS =
	/^(?:(?:ok|okay|k|so|and|but|or|well|um+|uh+|hm+|mm+|yeah|oh|oh no|omg|wow|aw+|ah+|hey|hi|then|also|now)\b[\s,.!]*|(?:right|alright|all right|look|listen|honestly|sorry|yes|no|thanks|thank you|i see)\s*[,.!]+\s*)+/;

/** Clause boundaries: punctuation inside a sentence, dashes, and the joining words and/but/or. */
const CLAUSE_BREAK = /[,;:\u2014\u2013()]|\s-\s|\.\.\.|\s(?=(?:and|but|or)\s)/g;

function splitClauses(norm: string): Clause[] {
	const clauses: Clause[] = [];
	let from = 0;
	const push = (to: number) => {
		const piece = norm.slice(from, to);
		const lead = /^\s*/.exec(piece)![0].length;
		const filler = FILLERS.exec(piece.slice(lead));
		const skip = lead + (filler ? filler[0].length : 0);
		const words = piece
			.slice(skip)
			.replace(/[\s.!?]+$/, '')
			.trim();
		if (words) clauses.push({ start: from + skip, text: words });
	};
	for (const match of norm.matchAll(CLAUSE_BREAK)) {
		push(match.index);
		from = match.index + match[0].length;
	}
	push(norm.length);
	return clauses;
}

/** The clause of `sentence` that contains offset `index` of its `norm`. */
export function clauseAt(sentence: Sentence, index: number): Clause | undefined {
	let found: Clause | undefined;
	for (const clause of sentence.clauses) if (clause.start <= index) found = clause;
	return found;
}

/**
 * "I won't pretend everything will be fine", "I'm not going to tell you to calm down", "No one
 * can promise ...": a phrase that follows such a disclaimer is quoted, not said, so cautions do
 * not fire on it. The disclaimer must come before the phrase in the same sentence.
 */
const DISCLAIMER =
	/\b(?:can'?t|cannot|can not|won'?t|will not|wouldn'?t|would never|not|never|no one can|nobody can)\s+(?:\w+\s+){0,2}?(?:promise|pretend|say|saying|tell|guarantee|lie)\b/;

export function disclaimedBefore(norm: string, index: number): boolean {
	return DISCLAIMER.test(norm.slice(0, index));
}

/**
 * "not", "n't", "no" or "never" among the `words` words before `index`, within its clause ("you're
 * not overreacting", "you don't sound like you're overreacting").
 */
export function negatedBefore(norm: string, index: number, words = 5): boolean {
	const clause =
		norm
			.slice(0, index)
			.split(/[,;:\u2014\u2013]/)
			.pop() ?? '';
	const before = clause.split(/\s+/).filter(Boolean).slice(-words).join(' ');
	return /\b(?:not|never|no|dont|cant|wont|didnt|isnt|arent|doesnt|wasnt)\b|n't\b/.test(before);
}

/** Every match of a global or sticky-free pattern in `text`, as [index, match] pairs. */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
	const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
	return [...text.matchAll(new RegExp(pattern.source, flags))];
}
