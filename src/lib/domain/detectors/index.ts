// Transparent behaviour detectors on a trainee's free-text reply to a caller: word lists and
// regular expressions over sentences, each rule commented with why. Findings reach learners as
// "automatic hints" that quote the sentence that triggered them. Pure, so the browser (live
// hints) and the server run the same rules. How well they do on a labelled set of replies:
// docs/detector-report.md (`npm run detectors:report`).

import { DETECTOR_KEYS, type DetectorKey } from '../../schemas/practice';
import { givesAdvice } from './advice';
import { usesJargon } from './jargon';
import { minimises } from './minimising';
import { classifyQuestion } from './questions';
import { falselyReassures } from './reassurance';
import { reflectsFeeling } from './reflection';
import { directSuicideQuestion } from './suicide';
import { splitSentences } from './text';

export { DETECTOR_INFO, type DetectorInfo } from './info';

/** One finding: which behaviour, and the exact words of the reply that triggered it. */
export interface Hint {
	detector: DetectorKey;
	/** `text.slice(start, end)`: the sentence (or, for a follow-up question, two sentences) */
	quote: string;
	start: number;
	end: number;
}

/**
 * Every finding in `text`, at most one per detector per sentence, ordered by position (and by
 * DETECTOR_KEYS within a position). An empty or blank text has none.
 */
export function detectHints(text: string): Hint[] {
	const sentences = splitSentences(text);
	const hints: Hint[] = [];
	sentences.forEach((sentence, i) => {
		const whole = { start: sentence.start, end: sentence.end };
		const found = new Map<DetectorKey, { start: number; end: number }>();

		const suicide = directSuicideQuestion(sentences, i);
		const reflection = reflectsFeeling(sentence);
		const advice = givesAdvice(sentence);
		const question = classifyQuestion(sentence);

		if (question.open) found.set('open-question', whole);
		// A closed question that is really a suicide question or advice is reported as that, and
		// "So you've been feeling low?" (no question opener) as a reflection.
		const closedIsSomethingElse =
			suicide !== null || advice || (question.closedByDefault && reflection);
		if (question.closed && !closedIsSomethingElse) found.set('closed-question', whole);
		if (reflection) found.set('reflection-of-feeling', whole);
		if (suicide) found.set('direct-suicide-question', suicide);
		if (advice) found.set('premature-advice', whole);
		if (falselyReassures(sentence)) found.set('false-reassurance', whole);
		if (minimises(sentence)) found.set('minimising', whole);
		if (usesJargon(sentence)) found.set('jargon', whole);

		for (const [detector, span] of found) {
			hints.push({ detector, quote: text.slice(span.start, span.end), ...span });
		}
	});
	return hints.sort(
		(a, b) =>
			a.start - b.start || DETECTOR_KEYS.indexOf(a.detector) - DETECTOR_KEYS.indexOf(b.detector)
	);
}
