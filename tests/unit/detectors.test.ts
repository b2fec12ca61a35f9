import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DETECTOR_INFO, detectHints, type Hint } from '../../src/lib/domain/detectors/index';
import {
	evaluateDetectors,
	parseLabelledReplies,
	renderDetectorReport
} from '../../src/lib/domain/detectors/report';
import { splitSentences } from '../../src/lib/domain/detectors/text';
import { DETECTOR_KEYS, type DetectorKey } from '../../src/lib/schemas/practice';

// The transparent behaviour detectors, scored on trainee replies labelled by what a trainer
// would say (tests/fixtures/labelled-replies.yaml), plus the cases they exist for.

const items = parseLabelledReplies(
	parse(readFileSync('tests/fixtures/labelled-replies.yaml', 'utf8'))
);
const metrics = evaluateDetectors(items);

/** The strict bar for the one detector a missed finding matters most for. */
const THRESHOLD: Record<DetectorKey, number> = {
	'open-question': 0.7,
	'closed-question': 0.7,
	'reflection-of-feeling': 0.7,
	'direct-suicide-question': 0.8,
	'premature-advice': 0.7,
	'false-reassurance': 0.7,
	minimising: 0.7,
	jargon: 0.7
};

function detectors(text: string): DetectorKey[] {
	return [...new Set(detectHints(text).map((hint) => hint.detector))].sort();
}

describe('the labelled fixture', () => {
	it('has at least 200 replies, each once', () => {
		expect(items.length).toBeGreaterThanOrEqual(200);
		expect(new Set(items.map((item) => item.text.trim())).size).toBe(items.length);
	});

	it.each(DETECTOR_KEYS)('has at least 20 replies labelled %s', (detector) => {
		expect(items.filter((item) => item.labels.includes(detector)).length).toBeGreaterThanOrEqual(
			20
		);
	});

	it('has replies with no label at all (the detectors must also stay quiet)', () => {
		expect(items.filter((item) => item.labels.length === 0).length).toBeGreaterThanOrEqual(20);
	});
});

describe('precision and recall on the fixture', () => {
	it.each(metrics.map((m) => [m.detector, m] as const))('%s', (detector, m) => {
		const threshold = THRESHOLD[detector];
		const detail = `${detector}: precision ${m.precision.toFixed(2)}, recall ${m.recall.toFixed(2)} (TP ${m.tp}, FP ${m.fp}, FN ${m.fn})\nmissed: ${m.misses.join(' | ')}\nfalse alarms: ${m.falseAlarms.join(' | ')}`;
		expect(m.tp + m.fn, detail).toBe(items.filter((i) => i.labels.includes(detector)).length);
		expect(m.precision, detail).toBeGreaterThanOrEqual(threshold);
		expect(m.recall, detail).toBeGreaterThanOrEqual(threshold);
	});
});

/** The invariants every result of detectHints keeps. */
function expectWellFormed(text: string, hints: Hint[]) {
	const sentences = splitSentences(text);
	let previous: Hint | undefined;
	for (const hint of hints) {
		expect(DETECTOR_KEYS).toContain(hint.detector);
		expect(hint.start).toBeGreaterThanOrEqual(0);
		expect(hint.end).toBeLessThanOrEqual(text.length);
		expect(hint.end).toBeGreaterThan(hint.start);
		expect(text.slice(hint.start, hint.end)).toBe(hint.quote);
		expect(hint.quote).toBe(hint.quote.trim());
		if (previous) expect(hint.start).toBeGreaterThanOrEqual(previous.start);
		previous = hint;
	}
	// At most one finding per detector per sentence: the sentence a finding ends in.
	const seen = new Set<string>();
	for (const hint of hints) {
		const sentence = sentences.findIndex((s) => s.start < hint.end && hint.end <= s.end);
		expect(sentence).toBeGreaterThanOrEqual(0);
		const key = `${sentence}:${hint.detector}`;
		expect(seen.has(key), `${hint.detector} twice in one sentence of "${text}"`).toBe(false);
		seen.add(key);
	}
}

describe('detectHints', () => {
	it('quotes exactly the words at start..end, in order, on every fixture reply', () => {
		for (const item of items) expectWellFormed(item.text, detectHints(item.text));
	});

	it('keeps the same invariants on any text', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.constantFrom(
						'Are you thinking about killing yourself?',
						'It sounds like you feel trapped.',
						'at least',
						'you should',
						' ',
						'\n',
						'?',
						'. ',
						'’',
						'İ',
						'what',
						'Don’t worry',
						'calm down'
					),
					{ maxLength: 12 }
				),
				fc.string(),
				(parts, noise) => {
					const text = parts.join('') + noise;
					expectWellFormed(text, detectHints(text));
				}
			)
		);
	});

	it('finds nothing in an empty or blank reply', () => {
		expect(detectHints('')).toEqual([]);
		expect(detectHints('   \n\t ')).toEqual([]);
	});

	it('quotes the sentence that asks about suicide', () => {
		const text = "Thank you for telling me. Are you thinking about killing yourself? I'm here.";
		expect(detectHints(text)).toEqual([
			{
				detector: 'direct-suicide-question',
				quote: 'Are you thinking about killing yourself?',
				start: 26,
				end: 66
			}
		]);
	});

	it.each([
		'Are you thinking of hurting yourself?',
		"You're not going to do anything silly, are you?",
		'Are you thinking about ending it all?',
		"You're not suicidal, are you?",
		'My cousin died by suicide.'
	])('does not count a euphemism or a leading negative as asking about suicide: %s', (text) => {
		expect(detectors(text)).not.toContain('direct-suicide-question');
	});

	it('counts a direct suicide question once, not as a yes/no question too', () => {
		expect(detectors('Are you having thoughts of suicide?')).toEqual(['direct-suicide-question']);
		expect(detectors('Are you thinking of hurting yourself?')).toEqual(['closed-question']);
	});

	it('reads a follow-up question together with the sentence before it', () => {
		const text = 'Some people in your situation think about suicide. Is that true for you?';
		const [hint] = detectHints(text);
		expect(hint).toMatchObject({ detector: 'direct-suicide-question', start: 0, end: text.length });
	});

	it('treats curly and straight apostrophes alike', () => {
		expect(detectors('Don’t worry, it’ll all work out.')).toEqual(['false-reassurance']);
		expect(detectors("Don't worry, it'll all work out.")).toEqual(['false-reassurance']);
		expect(detectors('It’s not that bad.')).toEqual(['minimising']);
	});

	it('ignores case', () => {
		expect(detectors('ARE YOU THINKING ABOUT SUICIDE?')).toEqual(['direct-suicide-question']);
		expect(detectors('you should call your gp')).toEqual(['premature-advice']);
	});

	it('does not fire on negated or disclaimed cautions', () => {
		expect(detectors("I'm not going to tell you to calm down.")).toEqual([]);
		expect(detectors("You're not overreacting.")).toEqual([]);
		expect(detectors("I can't promise everything will be okay, but I'm here.")).toEqual([]);
		expect(detectors("I'm not going to tell you what you should do.")).toEqual([]);
	});

	it('tells open from closed questions', () => {
		expect(detectors('How have you been sleeping?')).toEqual(['open-question']);
		expect(detectors('Have you been sleeping?')).toEqual(['closed-question']);
		expect(detectors('Can you tell me more about that?')).toEqual(['open-question']);
		expect(detectors("Can you tell me if you're safe?")).toEqual(['closed-question']);
		expect(detectors('Where are you right now?')).toEqual([]);
	});

	it('treats advice put as a question as advice', () => {
		expect(detectors('Have you tried going for a walk?')).toEqual(['premature-advice']);
		expect(detectors('Have you tried to hurt yourself before?')).toEqual(['closed-question']);
	});

	it('needs a feeling for a reflection', () => {
		expect(detectors("It sounds like you're exhausted.")).toEqual(['reflection-of-feeling']);
		expect(detectors('It sounds like you went to the doctor.')).toEqual([]);
		expect(detectors('I understand how you feel.')).toEqual([]);
	});

	it('counts "affect" as jargon only as a noun', () => {
		expect(detectors('Your affect seems flat.')).toEqual(['jargon']);
		expect(detectors('How does that affect you?')).toEqual(['open-question']);
	});
});

describe('DETECTOR_INFO', () => {
	it('explains every detector in plain words', () => {
		expect(Object.keys(DETECTOR_INFO).sort()).toEqual([...DETECTOR_KEYS].sort());
		for (const info of Object.values(DETECTOR_INFO)) {
			expect(info.title.length).toBeGreaterThan(0);
			expect(info.explanation).toMatch(/\.$/);
		}
	});

	it('marks the strengths and the cautions', () => {
		const strengths = DETECTOR_KEYS.filter((key) => DETECTOR_INFO[key].kind === 'strength');
		expect(strengths.sort()).toEqual([
			'direct-suicide-question',
			'open-question',
			'reflection-of-feeling'
		]);
	});
});

describe('docs/detector-report.md', () => {
	it('is what the detectors produce now', () => {
		const committed = readFileSync('docs/detector-report.md', 'utf8');
		expect(
			committed,
			'docs/detector-report.md is stale: run npm run detectors:report and commit the result'
		).toBe(renderDetectorReport(metrics, items.length));
	});

	it('lists every detector with its counts', () => {
		const report = renderDetectorReport(metrics, items.length);
		for (const m of metrics) {
			expect(report).toContain(`| \`${m.detector}\``);
		}
		expect(report).toContain('## Where the detectors are weak');
	});
});
