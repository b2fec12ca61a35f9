// Premature advice: telling or nudging the caller what to do before they feel heard. On a
// crisis line a fix offered early ("you should", "have you tried", "why don't you") tells the
// caller the trainee wants to move on; exploring first lets callers find their own options.
//
// Three shapes: advice said outright ("you should ...", "my advice ...", "if I were you ..."),
// advice posed as a question ("Have you tried ...?", "Why don't you ...?", "How about ...?"),
// and an instruction opening a clause ("Try to ...", "Go and ...", "Just ignore them").
// Also the trainee's own plan in the caller's place ("I'd just go to bed"), and "you might want
// to", "it's worth ...", "X might help you". Left out: asking the caller ("What do you think you should do?"), past regret ("you feel you
// should have done more"), praise ("you should be proud"), permission ("you don't have to"),
// questions about self-harm ("Have you tried to hurt yourself before?"), and a disclaimer
// before the words ("I'm not going to tell you what you should do").

import { inQuestionClause } from './questions';
import { mentionsSelfHarm } from './suicide';
import { clauseAt, disclaimedBefore, matchesOf, type Sentence } from './text';

const YOU = '(?:you|u|ya)';

/** Advice in statements; inside a question clause these ask rather than advise. */
const SAID = [
	new RegExp(
		`\\b${YOU}\\s+(?:(?:really|just|honestly|definitely|probably|seriously|also|still|might|may|simply)\\s+)*(?:should|ought\\s+to|need\\s+to|needa|have\\s+to|gotta|got\\s+to|must\\s+not|mustn'?t)\\b(?!\\s+(?:have\\b|be\\s+(?:so\\s+|really\\s+|very\\s+)?(?:proud|pleased|glad)|feel\\s+proud))`
	),
	/\bmy\s+(?:advice|suggestion|recommendation)\b/,
	new RegExp(`\\bif\\s+i\\s+(?:were|was)\\s+${YOU}\\b`),
	/\bi(?:'d|\s+would)?\s+(?:strongly\s+)?(?:suggest|recommend|advise)\b/,
	/\b(?:the\s+)?best\s+thing\s+(?:to\s+do|you\s+can\s+do|you\s+could\s+do|would\s+be|is\s+to)\b/,
	/\b(?:maybe|perhaps)\s+(?:(?:you|u)\s+(?:could|should|can|might)\s+|just\s+)?(?:try|give|take|go|call|ring|talk|speak|get|write|see|ask|look|think\s+about|have)\b/,
	new RegExp(`\\b${YOU}\\s+(?:could|can|might)\\s+(?:always\\s+|just\\s+|also\\s+)?try\\b`),
	// "you might want to speak to ...", "it's worth ringing ...", "a bath might help you relax"
	new RegExp(`\\b${YOU}\\s+(?:might|may)\\s+(?:want|like)\\s+to\\b`),
	/\b(?:it'?s|it\s+is|it\s+would\s+be|might\s+be)\s+(?:really\s+)?worth\s+\w+ing\b/,
	new RegExp(`\\b(?:might|could|would|may|will|can)\\s+(?:really\\s+)?help\\s+${YOU}\\b`),
	// what the trainee would do in the caller's place: "I'd just go to bed", "here's what I'd do"
	/\bi(?:'d|\s+would)\s+(?:just\s+|probably\s+|honestly\s+)*(?:go|call|ring|tell|leave|talk|speak|get|see|try|ignore|block|report|move|stop|do)\b/
];

/** Advice whether or not it is put as a question. */
const ANYWHERE = [
	/\bit\s+(?:might|would|could|may|can|will)\s+(?:really\s+)?help\s+(?:to|if\s+you|you\s+to)\b/,
	/\b(?:some|many|lots\s+of|a\s+lot\s+of|other)\s+(?:people|callers)\s+find\b[^.?!]*\b(?:help|helps|helpful|useful)\b/,
	new RegExp(`\\b(?:can|could)\\s+${YOU}\\s+(?:just\\s+)?try\\b`)
];

/** Advice put as a question, at the start of a clause. */
const ASKED = [
	new RegExp(
		`^ha?ve?\\s+${YOU}\\s+(?:ever\\s+)?(?:tried|considered|thought\\s+(?:about|of)|looked\\s+into)\\b(?!\\s+(?:what|how|who|where|when|why|whether|if)\\b)`
	),
	new RegExp(`^why\\s+(?:don'?t|dont|do\\s+not)\\s+${YOU}\\b`),
	/^why\s+not\s+\w+/,
	/^how\s+about\b/,
	/^what\s+about\s+\w+ing\b/,
	new RegExp(
		`^what\\s+if\\s+${YOU}\\s+(?:just\\s+)?(?:\\w+ed|spoke|went|told|took|got|wrote|gave|made|sent|saw|rang|left|came)\\b`
	)
];

/** An instruction: a clause opening with a verb of doing ("Try to relax", "Just ignore them"). */
const INSTRUCTION =
	/^(?:please\s+)?(?:just\s+)?(?:try|go|take|call|ring|get|stop|talk|speak|write|make|drink|eat|ignore|leave|focus|distract|breathe|put|find|keep|avoid|delete|block|tell\s+(?:him|her|them|your|ur)|see\s+(?:a|your|ur)|have\s+a|look\s+(?:into|for|up)|think\s+(?:positive|of|about)|stay\s+(?:strong|positive|busy|calm|away))\b/;
/** ...but not the ones a listener uses: "take your time", "talk me through it", "try not to worry" (false reassurance). */
const LISTENING =
	/^(?:please\s+)?(?:just\s+)?(?:take\s+(?:your|all\s+the|as\s+much|as\s+long)\b|take\s+care\b|talk\s+(?:me|to\s+me)\b|go\s+on\b|keep\s+(?:talking|going)\b|try\s+not\s+to\s+worry\b|call\s+(?:back|us|me)\b|find\s+(?:the\s+words|a\s+moment)\b)/;

export function givesAdvice(sentence: Sentence): boolean {
	const { norm } = sentence;
	for (const pattern of SAID) {
		for (const match of matchesOf(pattern, norm)) {
			if (disclaimedBefore(norm, match.index)) continue;
			if (inQuestionClause(sentence, clauseAt(sentence, match.index))) continue;
			return true;
		}
	}
	for (const pattern of ANYWHERE) {
		const match = pattern.exec(norm);
		if (match && !disclaimedBefore(norm, match.index)) return true;
	}
	for (const clause of sentence.clauses) {
		const asked = ASKED.find((pattern) => pattern.test(clause.text));
		// "Have you tried to hurt yourself?" / "...thought about taking your own life?" ask about risk.
		if (asked && !mentionsSelfHarm(clause.text)) return true;
		if (INSTRUCTION.test(clause.text) && !LISTENING.test(clause.text)) {
			if (!disclaimedBefore(norm, clause.start)) return true;
		}
	}
	return false;
}
