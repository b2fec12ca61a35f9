import { describe, expect, it } from 'vitest';
import { dueWords } from '../../src/lib/server/services/cohorts/assignments';

describe('dueWords (assignment notifications)', () => {
	const now = new Date('2026-12-07T12:00:00Z');
	const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
	it('says how far off the due date is, in any time zone', () => {
		expect(dueWords(at(7 * 24), now)).toBe('due in 7 days');
		expect(dueWords(at(7 * 24 - 1), now)).toBe('due in 7 days');
		expect(dueWords(at(25), now)).toBe('due in 2 days');
		expect(dueWords(at(23), now)).toBe('due within a day');
		expect(dueWords(at(0), now)).toBe('due now');
		expect(dueWords(at(-2), now)).toBe('due now');
		expect(dueWords(at(-25), now)).toBe('already past its due date');
	});
});
