// Minimising: making the caller's problem or feeling smaller ("at least ...", "it could be
// worse", "others have it worse", "you're overreacting", "calm down"). However well meant, it
// tells the caller their pain is out of proportion. Left out: the same words negated ("you're
// not overreacting", "it's not just a phase"), after a disclaimer ("I'm not going to tell you
// to calm down"), and "at least" counting something ("Is there at least one person ...?").

import { clauseAt, disclaimedBefore, matchesOf, negatedBefore, type Sentence } from './text';

interface Rule {
	pattern: RegExp;
	/** the rule's own words include a negation ("not that bad"), so do not check for one */
	negative?: boolean;
	/** the rule does not apply in a clause opening like this */
	notOf?: RegExp;
}

const RULES: Rule[] = [
	{
		pattern:
			/\b(?:it|that|this|things)\s*(?:'s|s|is|was|are|'re)?\s*(?:not|n't)\s+(?:that|so|as|too|really)\s+(?:bad|serious|big|terrible|awful|important)\b/,
		negative: true
	},
	{
		pattern:
			/\bdon'?t\s+think\s+(?:it'?s|it\s+is|that'?s|it\s+was)\s+(?:that|so|as|too|really)\s+(?:bad|serious|big)\b/,
		negative: true
	},
	{
		pattern: /\b(?:not\s+a|no|making\s+a|make\s+a)\s+(?:big\s+)?(?:deal|fuss|drama)\b/,
		negative: true
	},
	{ pattern: /\b(?:not|hardly)\s+the\s+end\s+of\s+the\s+world\b/, negative: true },
	{ pattern: /\bnot\s+worth\s+(?:crying|getting\s+upset|worrying)\b/, negative: true },
	{ pattern: /\bdon'?t\s+(?:be\s+(?:so\s+)?(?:silly|daft|stupid|dramatic)|cry)\b/, negative: true },
	{
		pattern:
			/\b(?:others|other\s+people|people|everyone\s+else)\s+(?:have|has|had|are)\s+(?:it\s+)?(?:(?:much|far|a\s+lot|way|so\s+much)\s+)?(?:worse|harder)\b/
	},
	{
		pattern:
			/\b(?:lots\s+of|loads\s+of|plenty\s+of|so\s+many|many|most|a\s+lot\s+of)\s+people\s+(?:go\s+through|feel|have|get|deal\s+with|experience|are\s+in|lose)\b/
	},
	{ pattern: /\bhappens\s+to\s+(?:everyone|everybody|all\s+of\s+us|the\s+best\s+of\s+us)\b/ },
	{ pattern: /\beveryone\s+(?:does|goes\s+through|feels\s+like\s+that)\b/ },
	// "everyone feels down sometimes", "we all get low from time to time"
	{
		pattern:
			/\b(?:everyone|everybody|we\s+all)\s+(?:feels?|gets?|has|have|goes\s+through|go\s+through)\b[^.?!]*\b(?:sometimes|at\s+some\s+point|now\s+and\s+then|from\s+time\s+to\s+time)\b/
	},
	{ pattern: /\b(?:you'?ll|you\s+will)\s+(?:laugh\s+about|look\s+back\s+on)\s+(?:this|it)\b/ },
	{ pattern: /\b(?:good|positive)\s+things\s+in\s+your\s+life\b/ },
	{
		pattern:
			/\bcould\s+(?:always\s+)?be\s+(?:a\s+lot\s+|much\s+|so\s+much\s+|way\s+)?worse\b|\bworse\s+things\s+happen\b/
	},
	{ pattern: /\bover-?(?:react|think)\w*/ },
	{ pattern: /\b(?:just|only)\s+a\s+phase\b/ },
	{
		pattern:
			/\b(?:it'?s|it\s+is|its|it\s+was|that'?s|that\s+was|he'?s|she'?s)\s+(?:only|just)\s+(?:a|an|one)\s+\w+/
	},
	// said to the caller, not of someone else ("he's bound to calm down by morning")
	{ pattern: /\bcalm\s+down\b/, notOf: /^(?:he|she|they|it|things|everyone)\b/ },
	{ pattern: /\bcheer\s+up\b|\b(?:look\s+on\s+)?the\s+bright\s+side\b/ },
	{ pattern: /\beverything\s+happens\s+for\s+a\s+reason\b/ },
	{ pattern: /\bbe\s+(?:grateful|thankful)\b|\bcount\s+your\s+blessings\b/ },
	{
		pattern: /\b(?:you'?re|you\s+are|ur)\s+(?:still\s+)?(?:so\s+)?young\b|\bwhole\s+life\s+ahead\b/
	},
	{ pattern: /\bwon'?t\s+(?:even\s+)?remember\s+(?:this|it)\b/ },
	{ pattern: /\b(?:it'?s\s+)?probably\s+nothing\b/ },
	{ pattern: /\ball\s+in\s+your\s+head\b/ },
	{ pattern: /\bget\s+over\s+(?:it|him|her|them)\b/ },
	{ pattern: /\b(?:pull\s+yourself\s+together|snap\s+out\s+of\s+it|man\s+up|toughen\s+up)\b/ },
	{
		pattern:
			/\b(?:you'?re|you\s+are|ur)\s+just\s+(?:being\s+\w+|tired|stressed|hormonal|emotional|overtired|hungry|sensitive)\b/
	}
];

/** "At least ..." opening a clause, unless it counts something ("at least one person"). */
const AT_LEAST = /^at\s+least\b(?!\s+(?:for|one|two|three|a\s+few|some|once|until|\d))/;

export function minimises(sentence: Sentence): boolean {
	const { norm } = sentence;
	for (const { pattern, negative, notOf } of RULES) {
		for (const match of matchesOf(pattern, norm)) {
			if (disclaimedBefore(norm, match.index)) continue;
			if (!negative && negatedBefore(norm, match.index)) continue;
			if (notOf && notOf.test(clauseAt(sentence, match.index)?.text ?? '')) continue;
			return true;
		}
	}
	return sentence.clauses.some((clause) => AT_LEAST.test(clause.text));
}
