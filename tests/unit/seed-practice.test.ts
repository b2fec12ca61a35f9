import { describe, expect, it } from 'vitest';
import { advance, initialState } from '../../src/lib/domain/practice-walk';
import { stepKind } from '../../src/lib/domain/step-walk';
import {
	contentDir,
	parseSeedContent,
	readContentDir
} from '../../src/lib/server/bootstrap/load-content';

// The practice side of the seed content: every scenario is evaluated against a rubric in
// content/rubrics.yaml, its evidence names that rubric's criteria, the built-in crisis-line
// scenarios make the learner answer in their own words, and the veteran scenario (the showcase
// of the end-to-end test) branches on whether the learner asked about suicide directly.

const files = readContentDir(contentDir());
const content = parseSeedContent(files);
const all = [...content.builtin, ...content.community];
const rubricByKey = new Map(content.rubrics.map((r) => [r.key, r]));

const CRISIS_KEYS = [
	'asks-about-suicide',
	'explores-risk',
	'reflects-feelings',
	'open-questions',
	'safety-planning',
	'connects-resources',
	'closes-well'
];

/** Every evidence effect of a scenario, wherever it sits. */
function evidenceOf(steps: (typeof all)[number]['content']['steps']) {
	return steps
		.flatMap((step) => [
			...(step.effects ?? []),
			...(step.choices ?? []).flatMap((c) => c.effects ?? []),
			...(step.heard ?? []).flatMap((h) => h.effects)
		])
		.filter((e) => 'criterion' in e);
}

describe('the seed rubrics', () => {
	it('has the three rubrics', () => {
		expect([...rubricByKey.keys()].sort()).toEqual(
			['cefr-can-do', 'childrens-quest', 'crisis-line-conversation'].sort()
		);
	});

	it('names the crisis-line criteria in order, each grounded in at least one public source', () => {
		const crisis = rubricByKey.get('crisis-line-conversation')!;
		expect(crisis.criteria.map((c) => c.key)).toEqual(CRISIS_KEYS);
		for (const criterion of crisis.criteria) {
			expect(criterion.sources.length, criterion.key).toBeGreaterThan(0);
			for (const source of criterion.sources) expect(source.url).toMatch(/^https:\/\//);
			expect(criterion.levels).toHaveLength(4);
		}
	});

	it('weighs the direct suicide question for asking, and minimising against reflecting', () => {
		const crisis = rubricByKey.get('crisis-line-conversation')!;
		const weight = (key: string, detector: string) =>
			crisis.criteria.find((c) => c.key === key)!.hintWeights.find((w) => w.detector === detector)
				?.delta;
		expect(weight('asks-about-suicide', 'direct-suicide-question')).toBe(2);
		expect(weight('reflects-feelings', 'minimising')).toBe(-2);
		expect(weight('open-questions', 'closed-question')).toBe(-1);
	});
});

describe('the seed scenarios, for practice', () => {
	it('every built-in and community scenario names a rubric that exists', () => {
		const missing = all
			.filter((s) => !s.content.rubric || !rubricByKey.has(s.content.rubric))
			.map((s) => `${s.file}: ${s.content.rubric}`);
		expect(missing).toEqual([]);
	});

	it('every evidence effect names a criterion of the scenario rubric', () => {
		const stray = all.flatMap((s) => {
			const criteria = new Set(rubricByKey.get(s.content.rubric!)!.criteria.map((c) => c.key));
			return evidenceOf(s.content.steps)
				.filter((e) => 'criterion' in e && !criteria.has(e.criterion))
				.map((e) => `${s.file}: ${'criterion' in e ? e.criterion : ''}`);
		});
		expect(stray).toEqual([]);
	});

	it('built-in quests and language role-plays carry evidence on their choices', () => {
		const without = content.builtin
			.filter((s) => s.group === 'quests' || s.group === 'language')
			.filter(
				(s) =>
					!s.content.steps.some((step) =>
						(step.choices ?? []).some((c) => (c.effects ?? []).some((e) => 'criterion' in e))
					)
			)
			.map((s) => s.file);
		expect(without).toEqual([]);
	});

	it('every built-in crisis-line scenario asks for replies and weighs its choices', () => {
		const crisis = content.builtin.filter((s) => s.group === 'crisis-line');
		expect(crisis.length).toBeGreaterThan(0);
		const short = crisis.flatMap((s) => {
			const problems: string[] = [];
			const responds = s.content.steps.filter(
				(step) => stepKind(step) === 'respond' && step.modelResponse
			);
			if (responds.length < 2) problems.push(`${s.file}: ${responds.length} respond step(s)`);
			const weighed = s.content.steps.some((step) =>
				(step.choices ?? []).some((c) => (c.effects ?? []).some((e) => 'criterion' in e))
			);
			if (!weighed) problems.push(`${s.file}: no choice carries evidence`);
			if (s.content.rubric !== 'crisis-line-conversation') {
				problems.push(`${s.file}: rubric ${s.content.rubric}`);
			}
			return problems;
		});
		expect(short).toEqual([]);
	});

	it('refuses a scenario whose evidence names a criterion outside its rubric, naming the file', () => {
		const file = 'crisis-line/crisis-veteran-anniversary-night.yaml';
		const text = files.get(file)!;
		expect(text).toContain('criterion: asks-about-suicide');
		const broken = new Map(files);
		broken.set(file, text.replace('criterion: asks-about-suicide', 'criterion: no-such-criterion'));
		expect(() => parseSeedContent(broken)).toThrow(
			/crisis-veteran-anniversary-night\.yaml[\s\S]*"no-such-criterion" is not a criterion of crisis-line-conversation/
		);
	});

	it('refuses a scenario naming a rubric that does not exist, naming the file', () => {
		const file = 'quests/quest-the-thought-detective.yaml';
		const broken = new Map(files);
		broken.set(file, files.get(file)!.replace('rubric: childrens-quest', 'rubric: no-such-rubric'));
		expect(() => parseSeedContent(broken)).toThrow(
			/quest-the-thought-detective\.yaml[\s\S]*rubric: Name one of the rubrics/
		);
	});
});

describe('the veteran showcase scenario', () => {
	const veteran = content.builtin.find((s) => s.slug === 'crisis-veteran-anniversary-night')!;
	const { steps, stateVariables } = veteran.content;
	const text = (id: string) => steps.find((s) => s.id === id)!.prompt;
	const asked = [
		{ detector: 'direct-suicide-question', quote: 'are you thinking about killing yourself' }
	];

	it('opens with the caller speaking, then asks for a first reply and for the direct question', () => {
		expect(veteran.content.rubric).toBe('crisis-line-conversation');
		expect(stateVariables).toEqual([
			{ name: 'askedAboutSuicide', initial: false, label: 'Asked directly about suicide' },
			{ name: 'rapport', initial: 0, label: 'Rapport' }
		]);
		expect(steps.slice(0, 3).map((s) => [s.id, stepKind(s)])).toEqual([
			['opening', 'say'],
			['first-reply', 'respond'],
			['ask-directly', 'respond']
		]);
		expect(steps.length).toBeLessThanOrEqual(13);
	});

	it('a reflection of feeling on the first reply builds rapport and counts for reflecting', () => {
		const move = advance(steps, initialState(stateVariables), 'first-reply', { text: 'x' }, [
			{ detector: 'reflection-of-feeling', quote: 'it sounds like you are carrying a lot' }
		]);
		expect(move.state.rapport).toBe(1);
		expect(move.evidence).toEqual([
			expect.objectContaining({ criterion: 'reflects-feelings', delta: 1, source: 'hint' })
		]);
		expect(move.target).toEqual({ kind: 'step', id: 'ask-directly' });
	});

	it('asking directly leads to the disclosure of the service pistol', () => {
		const move = advance(
			steps,
			initialState(stateVariables),
			'ask-directly',
			{ text: 'Ray, are you thinking about killing yourself?' },
			asked
		);
		expect(move.state.askedAboutSuicide).toBe(true);
		expect(move.evidence).toEqual([
			expect.objectContaining({
				criterion: 'asks-about-suicide',
				delta: 2,
				source: 'hint',
				detector: 'direct-suicide-question'
			})
		]);
		expect(move.target).toEqual({ kind: 'step', id: 'disclosure' });
		expect(text('disclosure')).toContain('service pistol');
	});

	it('not asking leads to a deflection, then to a second chance that can still reach the disclosure', () => {
		const state = initialState(stateVariables);
		const missed = advance(steps, state, 'ask-directly', { text: "Oh, don't say that." }, []);
		expect(missed.state.askedAboutSuicide).toBe(false);
		expect(missed.evidence).toEqual([]);
		expect(missed.target).toEqual({ kind: 'step', id: 'deflection' });
		expect(text('deflection')).not.toContain('service pistol');

		const on = advance(steps, missed.state, 'deflection', { continue: true });
		expect(on.target.kind).toBe('step');
		const second = steps.find((s) => on.target.kind === 'step' && s.id === on.target.id)!;
		expect(stepKind(second)).toBe('respond');
		expect(second.heard?.some((h) => h.hint === 'direct-suicide-question')).toBe(true);

		const caught = advance(steps, on.state, second.id, { text: 'Are you thinking of suicide?' }, [
			{ detector: 'direct-suicide-question', quote: 'thinking of suicide' }
		]);
		expect(caught.target).toEqual({ kind: 'step', id: 'disclosure' });
		const passed = advance(steps, on.state, second.id, { text: 'Rough night, huh.' }, []);
		expect(passed.target.kind).toBe('step');
		expect(passed.target).not.toEqual({ kind: 'step', id: 'disclosure' });
	});

	it('weighs the means choices and every path ends', () => {
		const choose = steps.filter((s) => stepKind(s) === 'choose');
		const criteria = new Set(
			choose.flatMap((s) =>
				(s.choices ?? []).flatMap((c) =>
					(c.effects ?? []).flatMap((e) => ('criterion' in e ? [e.criterion] : []))
				)
			)
		);
		for (const key of ['explores-risk', 'safety-planning', 'connects-resources']) {
			expect(criteria.has(key), key).toBe(true);
		}
		// the loader already refuses a graph with a step that cannot end; check the last step ends
		const closing = advance(steps, initialState(stateVariables), 'closing', { text: 'Take care.' });
		expect(closing.target).toEqual({ kind: 'end' });
	});
});
