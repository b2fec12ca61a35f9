// Direct suicide questions: asking in plain words whether the caller is thinking of suicide.
// Crisis-line training teaches this on purpose: a direct question ("Are you thinking about
// killing yourself?") tells the caller the subject can be talked about, while a euphemism
// ("hurt yourself", "do anything silly", "end it all", "not be here") lets both sides avoid it.
// So only explicit words count: suicide / suicidal, killing yourself, ending or taking your
// life, wanting to die, wishing you were dead.
//
// It must be asked of the caller: a question, or "I'm wondering if ..." / "I want to ask ...".
// A leading negative ("You're not suicidal, are you?") invites "no" and does not count, nor
// does talk about someone else's suicide ("my cousin died by suicide"). A question may lean on
// the sentence before it: "Some people in your situation think about suicide. Is that something
// you're thinking about?" counts, and the finding quotes both sentences.

import { classifyQuestion } from './questions';
import type { Sentence } from './text';

const YOU = '(?:you|u|ya)';
const YOUR = '(?:your|ur|yr)';

/** Explicit words for the caller's own suicide. */
const EXPLICIT = [
	/\bsuicid(?:e|al|ality)\b/,
	new RegExp(`\\bkill(?:s|ing)?\\s+${YOUR}\\s*sel(?:f|ves)\\b`),
	new RegExp(
		`\\b(?:end|ends|ending|ended|take|takes|taking|took)\\s+${YOUR}\\s+(?:own\\s+)?li(?:fe|ves)\\b`
	),
	/\b(?:want|wants|wanted|wanting|wish|wishes|wishing)\s+(?:to\s+)?(?:die|be\s+dead)\b/,
	new RegExp(`\\bwish(?:ed|ing)?\\s+${YOU}\\s+(?:were|was)\\s+dead\\b`),
	/\bbetter\s+off\s+dead\b/,
	/\b(?:thoughts?|thinking|think)\s+(?:of|about)\s+(?:dying|death|being\s+dead)\b/,
	// clarifying a euphemism: "When you say 'gone', do you mean dead?"
	new RegExp(
		`\\b(?:mean|saying)\\s+(?:${YOU}(?:'d|\\s+would|\\s+want\\s+to)?\\s+(?:be\\s+)?)?dead\\b`
	)
];

/** The same acts said of people in general, for a first sentence that a question leans on. */
const EXPLICIT_THIRD_PERSON = [
	/\bkill(?:s|ing)?\s+(?:them|him|her)sel(?:f|ves)\b/,
	/\b(?:end|ending|take|taking)\s+(?:their|his|her)\s+(?:own\s+)?li(?:fe|ves)\b/
];

/** Suicide as a subject or someone else's death, not a question about the caller. */
const NOT_THE_CALLERS =
	/\b(?:died|die|dies|dying|lost\s+\w+|death)\s+(?:by|to|from|of)\s+suicide\b|\bcommitted\s+suicide\b|\bsuicide\s+(?:note|line|hotline|helpline|prevention|rates?|awareness)\b/g;

/** Asking without a question mark. */
const INDIRECT =
	/\b(?:wonder|wondering|wondered|want\s+to\s+(?:ask|know|check)|need\s+to\s+ask|have\s+to\s+ask|going\s+to\s+ask|like\s+to\s+ask|ask(?:ing)?\s+(?:you\s+)?(?:if|whether)|curious\s+(?:if|whether))\b/;

/** "You're not suicidal, are you?", "You wouldn't kill yourself, would you?" */
const LEADING_NEGATIVE = new RegExp(
	`^${YOU}(?:'re|re|\\s+are|\\s+r)?\\s+(?:not|never)\\b|^${YOU}\\s+(?:wouldn'?t|won'?t|aren'?t|don'?t|haven'?t|would\\s+not|will\\s+not)\\b|^(?:you'?re|ur)\\s+not\\b`
);

/** A short follow-up that refers back: "Is that something you're thinking about?", "Are you?" */
const FOLLOW_UP = /^(?:is|has|have|are|do|does|did|could|would|was|hav)\b/;
const REFERS_BACK = /\b(?:that|this|it|so|same)\b/;
const THINKING =
	/\b(?:think|thinks|thinking|thought|thoughts|consider|considers|considering|considered|feel|feels|feeling|felt|want|wants|wanting|wanted|wish|wishes|wishing|talk|talking)\b/;

function mentions(norm: string, patterns: RegExp[]): boolean {
	const cleaned = norm.replace(NOT_THE_CALLERS, (m) => ' '.repeat(m.length));
	return patterns.some((pattern) => pattern.test(cleaned));
}

function asksTheCaller(sentence: Sentence): boolean {
	const first = sentence.clauses[0]?.text ?? '';
	if (LEADING_NEGATIVE.test(first)) return false;
	return classifyQuestion(sentence).asks || INDIRECT.test(sentence.norm);
}

/**
 * The span of a direct suicide question ending at sentence `i`, or null: the sentence itself,
 * or the sentence before and this one when this one is a short follow-up question.
 */
export function directSuicideQuestion(
	sentences: Sentence[],
	i: number
): { start: number; end: number } | null {
	const sentence = sentences[i];
	if (mentions(sentence.norm, EXPLICIT)) {
		return asksTheCaller(sentence) ? { start: sentence.start, end: sentence.end } : null;
	}
	const before = sentences[i - 1];
	if (!before || classifyQuestion(before).asks) return null;
	const first = sentence.clauses[0]?.text ?? '';
	const followsUp =
		sentence.asked &&
		FOLLOW_UP.test(first) &&
		(REFERS_BACK.test(sentence.norm) || first.split(/\s+/).length <= 3);
	if (!followsUp) return null;
	const beforeMentions =
		THINKING.test(before.norm) && mentions(before.norm, [...EXPLICIT, ...EXPLICIT_THIRD_PERSON]);
	return beforeMentions ? { start: before.start, end: sentence.end } : null;
}

/** Whether `norm` mentions suicide or self-harm in so many words (advice rules leave these out). */
export function mentionsSelfHarm(norm: string): boolean {
	return (
		mentions(norm, EXPLICIT) ||
		new RegExp(`\\b(?:hurt|harm|cut|injure)\\w*\\s+${YOUR}\\s*sel(?:f|ves)\\b`).test(norm) ||
		/\boverdos|\bself[- ]?harm/.test(norm)
	);
}
