import type {
	HintWeight,
	ScoreEvidence,
	TurnEvidence,
	TurnHint,
	TurnKind
} from '../../schemas/evaluation';

// The automatic run's scores: transparent sums, so a learner can check every point. Each piece
// of evidence is a choice's or a step's effect, or a detector's finding weighted by the
// criterion (rubrics.yaml `hintWeights`), and cites its turn and words. A criterion nobody
// produced evidence for gets no score: "no evidence" is not "poor".

export interface ScoringTurn {
	id: string;
	kind: TurnKind;
	text: string;
	evidence: TurnEvidence[];
	hints: TurnHint[];
}

export interface ScoringCriterion {
	key: string;
	hintWeights: HintWeight[];
}

export interface AutomaticScore {
	criterionKey: string;
	score: 1 | 2 | 3 | 4;
	rationale: string;
	evidence: ScoreEvidence[];
}

/**
 * Net evidence to a 1..4 level: +3 or more is 4, +1..+2 is 3, 0 (mixed) is 2, below 0 is 1.
 * One clear good move lifts a criterion to 3; it takes several to reach 4.
 */
export function levelFor(net: number): 1 | 2 | 3 | 4 {
	if (net >= 3) return 4;
	if (net >= 1) return 3;
	if (net === 0) return 2;
	return 1;
}

export function scoreAutomatically(
	criteria: ScoringCriterion[],
	turns: ScoringTurn[]
): AutomaticScore[] {
	const found = new Map<string, ScoreEvidence[]>(criteria.map((c) => [c.key, []]));
	for (const turn of turns) {
		if (turn.kind === 'persona') continue;
		// A step's `heard` rule already turned this detector's finding into evidence for this
		// criterion: the rubric's weight would count the same words twice.
		const ruled = new Set(
			turn.evidence.filter((e) => e.detector).map((e) => `${e.detector}|${e.criterion}`)
		);
		for (const e of turn.evidence) {
			const list = found.get(e.criterion);
			if (!list) continue;
			const hint = e.detector ? turn.hints.find((h) => h.detector === e.detector) : undefined;
			list.push({
				turnId: turn.id,
				quote: hint?.quote ?? turn.text,
				delta: e.delta,
				...(e.note ? { note: e.note } : {})
			});
		}
		for (const criterion of criteria) {
			for (const weight of criterion.hintWeights) {
				if (weight.delta === 0 || ruled.has(`${weight.detector}|${criterion.key}`)) continue;
				const hint = turn.hints.find((h) => h.detector === weight.detector);
				if (!hint) continue;
				found.get(criterion.key)!.push({ turnId: turn.id, quote: hint.quote, delta: weight.delta });
			}
		}
	}
	const scores: AutomaticScore[] = [];
	for (const criterion of criteria) {
		const evidence = found.get(criterion.key)!;
		if (evidence.length === 0) continue;
		const plus = evidence.filter((e) => (e.delta ?? 0) > 0).length;
		const minus = evidence.length - plus;
		const net = evidence.reduce((sum, e) => sum + (e.delta ?? 0), 0);
		scores.push({
			criterionKey: criterion.key,
			score: levelFor(net),
			rationale: `${plural(plus, 'sign')} for, ${plural(minus, 'sign')} against (net ${net > 0 ? '+' : ''}${net})`,
			evidence
		});
	}
	return scores;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
