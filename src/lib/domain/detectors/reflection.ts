// Reflection of feeling: saying back the feeling the trainee hears ("It sounds like you're
// exhausted", "That must be frightening", "I hear how lonely you've been"). Two parts must both
// be there: a reflecting frame, and a feeling word (or "feel") after it. A frame alone is a
// content reflection ("It sounds like you went to A&E"), and a feeling alone may be the
// trainee's own ("I feel sad hearing that") or a question ("Are you feeling scared?").

import { clauseKind } from './questions';
import { clauseAt, matchesOf, negatedBefore, type Sentence } from './text';

/** Feelings and the words for how something feels ("hard", "scary"), by stem where it helps. */
const FEELING = new RegExp(
	'\\b(?:' +
		[
			'abandoned',
			'afraid',
			'alone',
			'anger',
			'angry',
			'anxious',
			'anxiety',
			"at (?:your|ur) wits'? end",
			'ashamed',
			'awful',
			'betrayed',
			'breaking point',
			'broken',
			'burden',
			'burn(?:ed|t) out',
			'confus\\w*',
			'crushed',
			'defeated',
			'desperate',
			'despair',
			'devastat\\w*',
			'difficult',
			'disappoint\\w*',
			'disgust\\w*',
			'distress\\w*',
			'down',
			'drained',
			'dread\\w*',
			'embarrass\\w*',
			'empty',
			'end of (?:your|ur) (?:rope|tether)',
			'exhaust\\w*',
			'fed up',
			'fear\\w*',
			'feel',
			'feels',
			'feeling',
			'felt',
			'frighten\\w*',
			'frustrat\\w*',
			'furious',
			'glad',
			'grie\\w*',
			'guilt\\w*',
			'gutted',
			'happy',
			'hard',
			'heartbr\\w*',
			'heavy',
			'helpless',
			'hopeful',
			'hopeless\\w*',
			'horrible',
			'humiliat\\w*',
			'hurt\\w*',
			'isolat\\w*',
			'jealous',
			'let down',
			'lonel\\w*',
			'love',
			'loved',
			'low',
			'mad',
			'miserable',
			'nervous',
			'numb',
			'on edge',
			'overwhelm\\w*',
			'pain\\w*',
			'panic\\w*',
			'powerless',
			'proud',
			'rage',
			'rejected',
			'relieved',
			'resent\\w*',
			'sad',
			'sadness',
			'scar(?:ed|y)',
			'shaken',
			'shame',
			'shattered',
			'shock\\w*',
			'stress\\w*',
			'struggl\\w*',
			'stuck',
			'terri(?:fied|fying|ble)',
			'tired',
			'torn',
			'tough',
			'trapped',
			'unbearable',
			'unloved',
			'unsafe',
			'unwanted',
			'upset\\w*',
			'useless',
			'vulnerable',
			'worn out',
			'worr\\w*',
			'worthless'
		].join('|') +
		')\\b'
);

const YOU = '(?:you|u|ya)';

/** Frames that reflect, anywhere in the sentence; the feeling must come after the frame. */
const FRAMES = [
	// "it sounds like ...", "that sounds so frustrating", "you sound really scared", "you seem down"
	new RegExp(
		`\\b(?:it|that|this|${YOU})\\s+(?:(?:really|also|all|do|does)\\s+)?(?:sound|sounds|seem|seems|look|looks)\\b`
	),
	// "Sounds like you're heartbroken" (no subject)
	/(?:^|[^\w'])sounds\s+(?:like|as\s+if|as\s+though|so|really|very|pretty|quite)\b/,
	// "you must be exhausted", "that must feel so lonely", "it must have been frightening"
	new RegExp(
		`\\b(?:it|that|this|${YOU})\\s+must\\s+(?:be|feel|have\\s+been|have\\s+felt)\\b|\\bmust'?ve\\s+been\\b`
	),
	// "I hear how lonely ...", "I can hear the panic ...", "I can only imagine how painful ..."
	/\bi\s+(?:can\s+)?(?:only\s+|really\s+)?(?:hear|sense|imagine|tell|see|notice)\b/,
	/\bi'?m\s+(?:really\s+)?(?:hearing|sensing|noticing|picking\s+up)\b/,
	/\bi\s+get\s+(?:the\s+|a\s+)?(?:sense|feeling|impression)\b/,
	/\bwhat\s+i'?m\s+hearing\b/,
	// "it's understandable to feel scared", "no wonder you're exhausted"
	/\b(?:understandable|natural|makes\s+sense|no\s+wonder)\b(?=.{0,20}\b(?:feel|feeling|felt|you'?re|you\s+are|you'?d\s+be)\b)/,
	// "it feels hopeless", "feels like you're at the end of your rope"
	/\b(?:it|that|this)\s+feels\b|(?:^|[^\w'])feels\s+like\b/,
	// "there's a lot of anger there", "a part of you that's relieved"
	/\bthere'?s\s+(?:so\s+much|a\s+lot\s+of|such)\b/,
	new RegExp(`\\b(?:a\\s+)?part\\s+of\\s+${YOU}\\b`),
	// "you're carrying so much guilt", "you've got a lot of anger"
	new RegExp(
		`\\b${YOU}(?:'re|\\s+are|'ve\\s+got|\\s+have)\\s+(?:\\w+ing\\s+|got\\s+)?(?:so\\s+much|a\\s+lot\\s+of|such)\\b`
	)
];

/**
 * Frames that reflect only at the start of a clause: "So you're feeling trapped", "and you feel
 * numb", "You're furious". Elsewhere ("I understand how you feel", "are you feeling ...") they
 * are not a reflection.
 */
const CLAUSE_FRAME = new RegExp(
	`^${YOU}(?:'re|re|'ve\\s+been|'ve|'d|\\s+are|\\s+have\\s+been|\\s+r)?\\s+(?:(?:really|so|still|also|probably|kind\\s+of|sort\\s+of|obviously|clearly|quite|pretty)\\s+)*(?:feel|feeling|felt)\\b`
);
const CLAUSE_FEELING = new RegExp(
	`^(?:${YOU}'re|youre|ur|${YOU}\\s+are)\\s+(?:(?:really|so|clearly|obviously|still|quite|pretty)\\s+)*(?=\\S)`
);

export function reflectsFeeling(sentence: Sentence): boolean {
	const { norm } = sentence;
	for (const frame of FRAMES) {
		for (const match of matchesOf(frame, norm)) {
			const clause = clauseAt(sentence, match.index);
			// A frame inside a question ("Does that sound scary?") asks rather than reflects.
			if (clause && clauseKind(clause, sentence) !== null) continue;
			if (negatedBefore(norm, match.index + (/^\W*/.exec(match[0])?.[0].length ?? 0), 2)) continue;
			if (FEELING.test(norm.slice(match.index + match[0].length))) return true;
		}
	}
	for (const clause of sentence.clauses) {
		if (CLAUSE_FRAME.test(clause.text)) return true;
		const lead = CLAUSE_FEELING.exec(clause.text);
		// "You're furious", but not "you're just tired" (that one dismisses, see minimising.ts).
		if (lead && FEELING.test(clause.text.slice(lead[0].length).split(/\s+/)[0] ?? '')) {
			return true;
		}
	}
	return false;
}
