// Open and closed questions. A question is a sentence ending in "?" or a clause opening like
// one ("how r u doing", "are you thinking about suicide") when a texter leaves the "?" off.
//
// A sentence that ends with a full stop is a statement even when it opens like a question
// ("What happened to you was serious."): texters who leave off the "?" leave off the "." too.
//
// - Open: invites the caller to talk in their own words. Opens with what / how / why, or is an
//   invitation: "tell me ...", "could you tell me ...", "talk me through ...", "describe ...".
// - Closed: can be answered yes or no. Opens with do / are / is / have / can / will / would ...,
//   or is a tag question ("..., are you?"), or is any other sentence ending in "?" ("You
//   okay?", "Any history of self-harm?").
// - Fact-finding questions (who / where / when / which / how long / how many / how often) are
//   neither: they ask for one fact and trainers do not count them either way.
//
// index.ts drops the closed finding when the same sentence is a direct suicide question
// ("Are you thinking of killing yourself?" is the closed form crisis lines teach on purpose),
// advice ("Have you tried ...?" is flagged as advice), or a tentative reflection with a "?"
// and no question opener ("So you've been feeling low since the funeral?").

import type { Clause, Sentence } from './text';

export type ClauseKind = 'open' | 'closed' | 'fact';

const SUBJECT = "(?:i|i'm|im|you|you're|youre|u|we|he|she|they|it|it's|its|this|that)";

/** Invitations to talk, with or without a question mark; "tell me if ..." asks for yes or no. */
const INVITATION =
	/^(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:like\s+to\s+|mind\s+|be\s+able\s+to\s+)?|please\s+|just\s+)?(?:tell\s+me|say\s+(?:(?:a\s+)?(?:bit|little|lot)\s+)?more|describe|explain|talk\s+me\s+through|walk\s+me\s+through|help\s+me\s+understand|talk\s+to\s+me)\b(?!\s+(?:if|whether)\b)/;
/** "I'd like to hear more about ..." */
const HEAR_MORE = /^i'?d\s+(?:like|love)\s+to\s+(?:hear|know)\s+(?:more|about|what|how)\b/;

/**
 * What / how / why opening a question; not "what about trying ..." or "what if you ..." (advice),
 * not "how long / how many" (facts), not "why don't you" (advice), and not a statement such as
 * "what I'm hearing is ..." where the wh-word is followed by its subject.
 */
const OPEN_WH = new RegExp(
	`^(?:what's|whats|how's|hows|how\\s+come|in\\s+what\\s+way|what(?!\\s+(?:about|if|a|an)\\b)(?!\\s+${SUBJECT}\\b)|how(?!\\s+(?:long|many|much|often|old|far|soon|about)\\b)(?!\\s+${SUBJECT}\\b)|why(?!\\s+(?:don'?t|dont|do\\s+not|not)\\b)(?!\\s+${SUBJECT}\\b))\\b`
);

const FACT_WH = new RegExp(
	`^(?:(?:who|whom|whose|where|when|which)(?!\\s+${SUBJECT}\\b)|how\\s+(?:long|many|much|often|old|far|soon))\\b`
);

const AUX =
	"(?:do|does|did|are|is|am|was|were|have|has|had|hav|can|could|will|would|should|shall|may|might|must|don'?t|doesn'?t|didn'?t|aren'?t|isn'?t|wasn'?t|weren'?t|haven'?t|hasn'?t|won'?t|wouldn'?t|can'?t|couldn'?t|shouldn'?t|r)";
const AUX_OPENER = new RegExp(`^${AUX}\\b`);
/** Without a "?", an auxiliary opens a question only when its subject follows: "are you ok". */
const AUX_SUBJECT = new RegExp(
	`^${AUX}\\s+(?:you|u|ya|i|we|he|she|they|it|there|anyone|anybody|someone|somebody|anything)\\b`
);
/** Exclamations that open like questions: "How awful!", "What a day." */
const EXCLAMATION =
	/^(?:what\s+an?\b|how\s+(?:awful|terrible|horrible|sad|scary|frightening|hard|lovely|kind|brave)\b)/;

/** What a clause opens as, given how its sentence ends. */
export function clauseKind(
	clause: Clause,
	{ asked, stated }: Pick<Sentence, 'asked' | 'stated'>
): ClauseKind | null {
	const words = clause.text;
	if (!asked && EXCLAMATION.test(words)) return null;
	if (INVITATION.test(words) || HEAR_MORE.test(words)) return 'open';
	if (stated) return null;
	if (OPEN_WH.test(words) && (asked || /^\S+\s+\S/.test(words))) return 'open';
	if (FACT_WH.test(words)) return 'fact';
	if (asked ? AUX_OPENER.test(words) : AUX_SUBJECT.test(words)) return 'closed';
	return null;
}

/** "Can I ask, ..." only frames the question after it. */
const FRAME =
	/^(?:can|may|could|might)\s+i\s+(?:just\s+)?ask(?:\s+you)?(?:\s+(?:something|honestly|directly))?$/;

export interface QuestionFinding {
	open: boolean;
	closed: boolean;
	/** closed only because the sentence ends in "?" with no question opener */
	closedByDefault: boolean;
	/** the sentence asks something (ends with "?" or has a question opener) */
	asks: boolean;
}

export function classifyQuestion(sentence: Sentence): QuestionFinding {
	const kinds = sentence.clauses.map((clause, i, all) =>
		i < all.length - 1 && FRAME.test(clause.text) ? null : clauseKind(clause, sentence)
	);
	const open = kinds.includes('open');
	const openerClosed = kinds.includes('closed');
	const anyOpener = kinds.some((k) => k !== null);
	const closedByDefault = sentence.asked && !anyOpener;
	return {
		open,
		closed: openerClosed || closedByDefault,
		closedByDefault,
		asks: sentence.asked || anyOpener
	};
}

/** Whether the clause holding offset `index` opens as a question (advice there is a question). */
export function inQuestionClause(sentence: Sentence, clause: Clause | undefined): boolean {
	return clause !== undefined && clauseKind(clause, sentence) !== null;
}
