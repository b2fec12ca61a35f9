// Jargon: clinical and service terms a caller would not use. They make the call sound like an
// assessment and put distance between trainee and caller. Everyday words that happen to be
// used by services too ("safety plan", "coping", "medication", "GP") are not jargon, and
// "affect" counts only as a noun ("your affect seems flat"), not the verb ("how does it affect
// you").

import type { Sentence } from './text';

const TERMS = [
	/\b(?:suicidal\s+)?ideation\b/,
	/\bcognitive\s+distortions?\b/,
	/\bpsycho-?education\b/,
	/\b(?:your|his|her|their|the|an|flat|blunted|labile|restricted|congruent|incongruent)\s+affect\b/,
	/\bco-?morbid\w*/,
	/\brisk\s+(?:assessment|factors?|formulation|level)\b|\blevel\s+of\s+risk\b/,
	/\bprotective\s+factors?\b/,
	/\b(?:crisis\s+)?interventions?\b/,
	/\blethality\b/,
	/\bmeans\s+(?:restriction|safety)\b|\baccess\s+to\s+(?:lethal\s+)?means\b/,
	/\bpsychotic\b|\bpsychosis\b/,
	/\banhedonia\b/,
	/\bhypervigilan\w*/,
	/\bdysregulat\w*/,
	/\bdissociat\w*/,
	/\bcatastrophi[sz]\w*/,
	/\bruminat\w*/,
	/\bmaladaptive\b/,
	/\btrauma\s+response\b/,
	/\bdepressive\s+episode\b/,
	/\bpresenting\s+(?:problem|issue|complaint)\b/,
	/\battachment\s+(?:issues|style|difficulties|disorder)\b/,
	/\b(?:cbt|dbt)\b/,
	/\bvalidat(?:e|ing)\s+(?:your|those|these|the)\s+(?:feelings|experience|emotions)\b/,
	/\bnormali[sz](?:e|ing)\s+(?:your|this|that|the)\s+(?:experience|feelings|reaction)\b/,
	/\bsafeguarding\b/,
	/\bsymptomatology\b/,
	/\btriage\b/,
	/\b(?:avoidance|safety|help-seeking|risk-taking)\s+behaviou?rs?\b/,
	/\bcommunity\s+mental\s+health\s+team\b|\bcmht\b|\bcare\s+co-?ordinator\b|\bsecondary\s+care\b/
];

export function usesJargon(sentence: Sentence): boolean {
	// "SI" (suicidal ideation) only in capitals, so the word "si" is not taken for it.
	if (/\bSI\b/.test(sentence.text)) return true;
	return TERMS.some((term) => term.test(sentence.norm));
}
