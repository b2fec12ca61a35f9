import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave } from '../../src/lib/state/autosave.svelte';

const DELAY = 500;

/** A server whose answers the test releases one at a time. */
function server() {
	const sent: string[] = [];
	const answers: { resolve: () => void; reject: (error: Error) => void }[] = [];
	const send = vi.fn(
		(value: string) =>
			new Promise<void>((resolve, reject) => {
				sent.push(value);
				answers.push({ resolve, reject });
			})
	);
	const answer = async (error?: Error) => {
		const next = answers.shift()!;
		if (error) next.reject(error);
		else next.resolve();
		await vi.advanceTimersByTimeAsync(0);
	};
	return { sent, send, answer };
}

function notes(send: (value: string) => Promise<void>, saved = '') {
	return new Autosave<string>({ saved, send, delay: DELAY });
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Autosave', () => {
	it('merges changes made within the debounce into one save of the last one', async () => {
		const { sent, send, answer } = server();
		const autosave = notes(send);
		autosave.change('S');
		await vi.advanceTimersByTimeAsync(DELAY - 100);
		autosave.change('Sl');
		await vi.advanceTimersByTimeAsync(DELAY - 100);
		autosave.change('Slow');
		expect(autosave.status).toBe('pending');
		expect(sent).toEqual([]);

		await vi.advanceTimersByTimeAsync(DELAY);
		expect(sent).toEqual(['Slow']);
		expect(autosave.status).toBe('saving');
		await answer();
		expect(autosave.status).toBe('saved');
		expect(autosave.saved).toBe('Slow');
		expect(autosave.savedAt).toBeInstanceOf(Date);
	});

	it('keeps one request in flight and sends only the latest value after it', async () => {
		const { sent, send, answer } = server();
		const autosave = notes(send);
		autosave.change('one');
		const first = autosave.flush();
		autosave.change('two');
		autosave.change('three');
		const second = autosave.flush();
		await vi.advanceTimersByTimeAsync(DELAY * 3);
		expect(sent).toEqual(['one']);
		expect(autosave.status).toBe('saving');

		await answer();
		expect(sent).toEqual(['one', 'three']);
		expect(autosave.saved).toBe('one');
		await answer();
		await Promise.all([first, second]);
		expect(autosave.saved).toBe('three');
		expect(autosave.status).toBe('saved');
		expect(send).toHaveBeenCalledTimes(2);
	});

	it('waits for the debounce before a follow-up when typing goes on during a save', async () => {
		const { sent, send, answer } = server();
		const autosave = notes(send);
		autosave.change('a');
		await vi.advanceTimersByTimeAsync(DELAY);
		autosave.change('ab');
		await answer();
		expect(autosave.status).toBe('pending');
		expect(sent).toEqual(['a']);
		await vi.advanceTimersByTimeAsync(DELAY);
		expect(sent).toEqual(['a', 'ab']);
		await answer();
		expect(autosave.status).toBe('saved');
	});

	it('sends nothing when the latest value is what is stored', async () => {
		const { sent, send } = server();
		const autosave = notes(send, 'kept');
		autosave.change('kept!');
		autosave.change('kept');
		expect(autosave.status).toBe('idle');
		await autosave.flush();
		await vi.advanceTimersByTimeAsync(DELAY * 2);
		expect(sent).toEqual([]);
		expect(autosave.unsaved).toBe(false);
	});

	it('shows an error, keeps the value and sends it again on retry', async () => {
		const { sent, send, answer } = server();
		const autosave = notes(send);
		autosave.change('draft');
		const failed = autosave.flush();
		await answer(new Error('The database is not answering'));
		await failed;
		expect(autosave.status).toBe('error');
		expect(autosave.error).toBe('The database is not answering');
		expect(autosave.unsaved).toBe(true);
		expect(autosave.saved).toBe('');

		const retried = autosave.retry();
		expect(autosave.status).toBe('saving');
		await answer();
		await retried;
		expect(sent).toEqual(['draft', 'draft']);
		expect(autosave.status).toBe('saved');
		expect(autosave.error).toBeNull();
	});

	it('starts saved for an editor and sends what prepare makes of the draft', async () => {
		const { sent, send, answer } = server();
		const editor = new Autosave<{ title: string }, string>({
			saved: 'Title',
			send,
			// an invalid field keeps its stored value, as the studio editor does
			prepare: (draft, saved) => (draft.title.length >= 3 ? draft.title : saved),
			delay: DELAY,
			initial: 'saved'
		});
		expect(editor.status).toBe('saved');
		editor.change({ title: 'No' });
		expect(editor.status).toBe('saved');
		editor.change({ title: 'New title' });
		await vi.advanceTimersByTimeAsync(DELAY);
		await answer();
		expect(sent).toEqual(['New title']);
		expect(editor.status).toBe('saved');
	});
});
