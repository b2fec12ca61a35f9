import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/lib/domain/cursor';
import { bayesianRating } from '../../src/lib/domain/ranking';
import { searchWords, toPrefixTsquery } from '../../src/lib/domain/search';
import { decayedScore, eventLog, logAdd, TRENDING_EMPTY } from '../../src/lib/domain/trending';

describe('search words', () => {
	it('keeps letters and digits only, as prefix terms', () => {
		expect(toPrefixTsquery("  Suicide risk, caller's plan! ")).toBe(
			'suicide:* & risk:* & caller:* & s:* & plan:*'
		);
	});
	it.each(["'; drop table scenarios; --", '%', '\\', '😀', '&|!():*<->'])(
		'turns hostile input %j into something harmless',
		(input) => {
			const query = toPrefixTsquery(input);
			expect(query === null || /^[\p{L}\p{N}:* &]+$/u.test(query)).toBe(true);
		}
	);
	it('caps the number and length of words', () => {
		expect(searchWords('a '.repeat(50))).toHaveLength(8);
		expect(searchWords('x'.repeat(500))[0]).toHaveLength(40);
	});
});

describe('cursor', () => {
	it('round-trips and rejects anything else', () => {
		const id = '7f0c9f6e-9d2a-4a57-9c51-2b1f1f6f0a11';
		expect(decodeCursor(encodeCursor(4.25, id))).toEqual({ value: 4.25, id });
		expect(decodeCursor('not-a-cursor')).toBeNull();
		expect(decodeCursor(Buffer.from('[1,"x"]').toString('base64url'))).toBeNull();
	});
});

describe('top rated', () => {
	it('ranks two hundred 4.8s above one perfect vote', () => {
		expect(bayesianRating(960, 200)).toBeGreaterThan(bayesianRating(5, 1));
	});
});

describe('trending', () => {
	it('halves an event every three days', () => {
		const at = new Date('2026-06-01T00:00:00Z');
		const later = new Date(at.getTime() + 3 * 86_400_000);
		expect(decayedScore(eventLog(4, at), later)).toBeCloseTo(2, 6);
	});
	it('adds events in log space without overflow', () => {
		const at = new Date('2036-01-01T00:00:00Z');
		const sum = logAdd(eventLog(1, at), eventLog(1, at));
		expect(decayedScore(sum, at)).toBeCloseTo(2, 6);
		expect(logAdd(TRENDING_EMPTY, eventLog(1, at))).toBe(eventLog(1, at));
	});
	it('ranks a small fresh burst above a larger old one', () => {
		const now = new Date('2026-11-22T00:00:00Z');
		const old = new Date(now.getTime() - 30 * 86_400_000);
		let oldLog = TRENDING_EMPTY;
		for (let i = 0; i < 50; i++) oldLog = logAdd(oldLog, eventLog(3, old));
		let freshLog = TRENDING_EMPTY;
		for (let i = 0; i < 5; i++) freshLog = logAdd(freshLog, eventLog(3, now));
		expect(freshLog).toBeGreaterThan(oldLog);
	});
});
