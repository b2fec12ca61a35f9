import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/lib/domain/quest-builder/messages';
import {
	helpsTopic,
	readAgeBand,
	readModule,
	readTitle,
	worryTopic
} from '../../src/lib/domain/quest-builder/parse';
import {
	advance,
	quickReplies,
	startState,
	type BuilderState
} from '../../src/lib/domain/quest-builder/stages';
import { AGE_RANGES, QUEST_MODULES } from '../../src/lib/schemas/enums';
import { scenarioContentSchema } from '../../src/lib/schemas/scenario';

// The quest builder's pure stage machine: the whole conversation, unclear answers that keep the
// stage, going back, starting over, changing answers, and the draft under review.

function run(replies: string[], from = startState().state) {
	let state: BuilderState = from;
	let last = { message: '', create: false };
	for (const reply of replies) {
		const t = advance(state, reply);
		state = t.state;
		last = t;
	}
	return { state, ...last };
}

const TO_CLARIFYING = ['8', 'the dark', 'a cuddle', 'CBT'];

describe('reading answers', () => {
	it('takes the sentence frame off a worry or what helps, and keeps anything else as typed', () => {
		expect(worryTopic('She worries that nobody will play with her at break time.')).toBe(
			'nobody will play with her at break time'
		);
		expect(worryTopic('The worry is about the dark.')).toBe('the dark');
		expect(worryTopic('my son is scared of dogs!')).toBe('dogs');
		expect(worryTopic('a new school')).toBe('a new school');
		expect(worryTopic('Grandma being ill')).toBe('grandma being ill');
		expect(helpsTopic('Drawing, and hugging her rabbit.')).toBe('drawing, and hugging her rabbit');
		expect(helpsTopic('TV with Dad')).toBe('TV with Dad');
		expect(helpsTopic('What helps is drawing and a hug.')).toBe('drawing and a hug');
		expect(helpsTopic('slow breaths')).toBe('slow breaths');
	});

	it.each([
		['7-9', '7-9'],
		['7 – 9', '7-9'],
		['10 to 12', '10-12'],
		['she is eight', '7-9'],
		['6', '5-7'],
		['7 years old', '7-9'],
		['Sixteen', '16-17'],
		['13-15 please', '13-15']
	])('reads %s as %s', (text, band) => expect(readAgeBand(text)).toBe(band));

	it.each(['', 'toddler', '4', '18', '3-5', '8 and 14', 'old enough', '99'])(
		'does not guess an age band from %j',
		(text) => expect(readAgeBand(text)).toBeNull()
	);

	it('reads modules by name or idea, and asks for help when unsure', () => {
		expect(readModule('cbt')).toBe('CBT');
		expect(readModule('The parts one')).toBe('IFS');
		expect(readModule('big feelings')).toBe('DBT');
		expect(readModule('ACT please')).toBe('ACT');
		expect(readModule('not sure')).toBe('unsure');
		expect(readModule('IFS or CBT')).toBeNull();
		expect(readModule('banana')).toBeNull();
	});

	it('reads title changes, keeping the case', () => {
		expect(readTitle('Change the title to "Brave Bea"')).toBe('Brave Bea');
		expect(readTitle('call it Night Owls')).toBe('Night Owls');
		expect(readTitle('Change the title')).toBe('');
		expect(readTitle('create it')).toBeNull();
	});
});

describe('the stage machine', () => {
	it('greets, collects, clarifies, writes a draft, and finishes', () => {
		const start = startState();
		expect(start.state.stage).toBe('greeting');
		expect(start.message).toContain('age band');

		let t = run(['8']);
		expect(t.state).toMatchObject({ stage: 'collecting_info', context: { ageBand: '7-9' } });
		t = run(['the dark'], t.state);
		expect(t.state.context.worry).toBe('the dark');
		t = run(['a cuddle'], t.state);
		expect(quickReplies(t.state)).toEqual(QUEST_MODULES);
		t = run(['CBT'], t.state);
		expect(t.state.stage).toBe('clarifying');
		expect(t.message).toContain('the dark');

		t = run(['Yes, write the draft'], t.state);
		expect(t.state.stage).toBe('reviewing');
		expect(t.state.draft).not.toBeNull();
		expect(scenarioContentSchema.safeParse(t.state.draft).success).toBe(true);
		expect(t.state.draft).toMatchObject({ psychologicalModule: 'CBT', ageRange: '7-9' });
		expect(t.message).toContain(t.state.draft!.title);
		expect(t.create).toBe(false);

		const done = run(['Create it'], t.state);
		expect(done.state.stage).toBe('quest_ready');
		expect(done.create).toBe(true);
		expect(done.state.draft).toEqual(t.state.draft);
		expect(quickReplies(done.state)).toEqual([]);

		// After quest_ready nothing changes (the service answers CONFLICT before this).
		const after = advance(done.state, 'start over');
		expect(after.state).toEqual(done.state);
		expect(after.create).toBe(false);
	});

	it('keeps the stage and asks again in plain words for an unclear age band', () => {
		const t = run(['a toddler']);
		expect(t.state).toEqual(startState().state);
		expect(t.message).toBe(MESSAGES.ageUnclear);
		expect(quickReplies(t.state)).toEqual(AGE_RANGES);
	});

	it('asks again for a worry that is too short or too long, and an unknown module', () => {
		const atWorry = run(['5']).state;
		expect(run(['x'], atWorry)).toMatchObject({ state: atWorry, message: MESSAGES.worryUnclear });
		expect(run(['w'.repeat(161)], atWorry)).toMatchObject({
			state: atWorry,
			message: MESSAGES.worryTooLong
		});
		const atModule = run(['5', 'dogs', 'a song']).state;
		expect(run(['banana'], atModule).state).toEqual(atModule);
		expect(run(['not sure'], atModule).message).toBe(MESSAGES.moduleExplained);
	});

	it('uses a gentle default when the parent is not sure what helps', () => {
		const t = run(['5', 'dogs', 'Not sure']);
		expect(t.state.context.helps).toBe('slow breaths and a hug');
		expect(t.message).toContain('not sure');
	});

	it('goes back one question, and starts over from anywhere', () => {
		const atHelps = run(['12', 'exams']).state;
		const back = run(['back'], atHelps);
		expect(back.state.context).toEqual({ ageBand: '10-12' });
		expect(run(['back'], back.state).state.stage).toBe('greeting');
		expect(run(['back']).message).toBe(MESSAGES.alreadyAtStart);
		const over = run([...TO_CLARIFYING, 'start over']);
		expect(over.state).toEqual(startState().state);
	});

	it('changes one answer from the summary and comes back to it', () => {
		const clar = run(TO_CLARIFYING).state;
		const change = run(['Change the approach'], clar);
		expect(change.state.stage).toBe('collecting_info');
		expect(change.state.context.module).toBeUndefined();
		const again = run(['ACT'], change.state);
		expect(again.state.stage).toBe('clarifying');
		expect(again.state.context).toMatchObject({ worry: 'the dark', module: 'ACT' });
		expect(run(['hmm'], clar)).toMatchObject({ state: clar, message: MESSAGES.clarifyUnclear });
	});

	it('swaps the template, renames, and keeps the stage on unclear review answers', () => {
		const review = run([...TO_CLARIFYING, 'yes']).state;
		const first = review.draft!.title;
		const other = run(['Try the other story'], review).state;
		expect(other.stage).toBe('reviewing');
		expect(other.draft!.title).not.toBe(first);
		expect(run(['try the other story'], other).state.draft!.title).toBe(first);

		const asking = run(['Change the title'], review);
		expect(asking.message).toBe(MESSAGES.askTitle);
		expect(quickReplies(asking.state)).toEqual([]);
		const named = run(['Night Owls 🦉'], asking.state).state;
		expect(named.draft!.title).toBe('Night Owls 🦉');
		expect(named.context.asking).toBeUndefined();
		expect(run(['no'], asking.state).state.context.asking).toBe('title');

		expect(run(['call it Brave Bea'], review).state.draft!.title).toBe('Brave Bea');
		const unclear = run(['hmm'], review);
		expect(unclear.state).toEqual(review);
		expect(unclear.create).toBe(false);
	});
});
