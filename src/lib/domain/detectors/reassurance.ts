// False reassurance: promising an outcome nobody can promise ("everything will be fine", "I
// promise it gets better") or telling the caller not to worry. It feels kind to say, but it
// tells the caller their fear is not welcome and ends the subject. Left out: a disclaimer
// before the words ("I can't promise things will be okay, but I'm here"), questions ("Do you
// think it'll be okay?"), and permission about the call itself ("don't worry about crying").

import { inQuestionClause } from './questions';
import { clauseAt, disclaimedBefore, matchesOf, type Sentence } from './text';

const SUBJECT = '(?:everything|everythings|it|things|it\\s+all|all|this|you|u|we|life)';
const WILL =
	"(?:'ll|ll|\\s+will|'s\\s+going\\s+to|\\s+is\\s+going\\s+to|\\s+are\\s+going\\s+to|'re\\s+going\\s+to|'s\\s+gonna|\\s+is\\s+gonna|\\s+are\\s+gonna|'re\\s+gonna)";
const SURELY =
	'(?:\\s+(?:all|definitely|totally|surely|absolutely|honestly|really|soon|eventually))*';
const OUTCOME =
	'\\s+(?:be\\s+(?:just\\s+)?(?:fine|ok|okay|alright|all\\s+right|better|good|great|over)\\b|turn\\s+out\\s+(?:fine|ok|okay|alright|well|for\\s+the\\s+best)|work\\s+out|get\\s+better|look\\s+(?:better|different)|feel\\s+better|pass|blow\\s+over|sort\\s+itself\\s+out|improve|be\\s+sorted|be\\s+right\\s+as\\s+rain|be\\s+grand)\\b';

const PROMISES = [
	// "everything will be fine", "it's going to be alright", "you'll feel better tomorrow"
	new RegExp(`\\b${SUBJECT}${WILL}${SURELY}${OUTCOME}`),
	// "it gets better", "things always work out"
	/\b(?:it|things|everything)\s+(?:always\s+)?(?:gets?\s+better|works?\s+out)\b/,
	/\b(?:don'?t|dont|do\s+not|no\s+need\s+to|try\s+not\s+to|stop)\s+(?:worry(?:ing)?|stress(?:ing)?|panic(?:king)?|fret(?:ting)?)\b(?!\s+about\s+(?:crying|apologi[sz]ing|taking|calling|ringing|repeating|my\s+time|the\s+time|how\s+long))/,
	/\bnothing\s+to\s+worry\s+about\b/,
	/\bi\s+promise\b/,
	/\bnothing(?:'s|\s+bad)?\s+(?:is\s+going\s+to|will|'s\s+going\s+to|going\s+to|is\s+gonna|gonna)\s+happen\b/,
	// "he's bound to calm down", "they're sure to understand"
	/\b(?:it|he|she|they|things|everything)(?:'s|'re|\s+is|\s+are)\s+(?:bound|sure|certain)\s+to\b/,
	// "I'm sure he'll come round", "I'm sure your exams went better than you think"
	/\bi'?m\s+(?:so\s+|really\s+|absolutely\s+|completely\s+)?sure\s+(?:it|that|he|she|they|you|your|everything|things|this)\b/,
	/\b(?:he|she|they)(?:'ll|\s+will)\s+(?:come\s+(?:back|round|around)|change|understand|forgive\s+you)\b/,
	/\b(?:you|u)(?:'ll|\s+will)\s+(?:get\s+through\s+(?:this|it)|find\s+(?:another|someone|a\s+way)|meet\s+someone)\b/,
	/\b(?:you|u)\s+won'?t\s+(?:even\s+)?(?:remember|feel\s+like\s+this)\b/,
	/\b(?:will|'ll)\s+sort\s+(?:it|this|everything|things)\s+out\b/
];

export function falselyReassures(sentence: Sentence): boolean {
	const { norm } = sentence;
	return PROMISES.some((pattern) =>
		matchesOf(pattern, norm).some(
			(match) =>
				!disclaimedBefore(norm, match.index) &&
				!inQuestionClause(sentence, clauseAt(sentence, match.index))
		)
	);
}
